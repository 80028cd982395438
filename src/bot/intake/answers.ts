import { allPhrasings, choiceKeys, type MessageKey } from '../messages/index.js';

/** The sentences of an answer, each trimmed: "cette semaine. ah non…" → ["cette semaine.", "ah non…"]. */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?;])\s+|\n+/).map((sentence) => sentence.trim()).filter(Boolean);
}

/** Lower case, no accents, no punctuation at the ends: how typed answers are compared. */
export function foldAnswer(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .replace(/[^a-z0-9/\- ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The number that ends a room's name: "C132 Salle de naissance 2" → "2", "salle 5" → "5". */
/** "A270": a room by the code on its door, a building's letter and a number (as the directory's rooms begin). */
export function isDoorCode(room: string): boolean {
  return /^[a-h]\d{3}$/.test(foldAnswer(room));
}

export function roomNumber(room: string): string | undefined {
  return /(?:^|\s)(\d{1,4}[a-z]?)\s*$/.exec(foldAnswer(room))?.[1];
}

/**
 * "pour l'instant non, …", "moi non. …", "pas pour l'instant, les IDE me montrent…", "for now yes": a qualifier before the yes or no; "bloque non, on se
 * débrouille avec le papier": the question's own word echoed before it.
 */
const QUALIFIER = '(pour l instant|pour le moment|pour le coup|a priori|for now|right now|at the moment|moi|nous|me|us|alors|du coup|hmm|hum|(ca )?(bloque|bloquer|bloquant|retarde|retarder)|blocked|blocking|delayed)';
const YES = new RegExp(String.raw`^((ah|oh|euh|ben|bah|bon|eh bien|ben evidemment|well|er) )?(${QUALIFIER} )?(oui|ouais|ouaip|yes|yep|yeah|ok|okay|d accord|dac|exact|exactement|c est ca|c est bien ca|tout a fait|bien sur|affirmatif|correct|right|sure|absolument|voila|oui oui|evidemment|of course)\b`);
const NO = new RegExp(String.raw`^((ah|oh|euh|ben|bah|hum) )?(${QUALIFIER} )?(non|nan|nn|no|nope|nah|pas du tout|negatif|absolument pas|pas vraiment|bof|not really|pas ca|c est pas ca|ce n est pas ca|non non|pas pour l instant|pas pour le moment|pas encore|not yet|not for now|not right now|not at the moment)\b`);

const YES_SAID_LAST = / (oui|ouais|yes|yep|yeah)( (c est ca|exactement|voila|c est bien ca|that s it|that s right))?$/;
const DENIAL = /\b(pas|plus|non|not|no|never|jamais)\b/;

/** true / false for a yes or no answer (with what follows, e.g. "non, c'est en réa"), else undefined. */
export function parseYesNo(text: string): { value: boolean; rest: string } | undefined {
  const folded = foldAnswer(text);
  const yes = YES.exec(folded);
  if (yes) return { value: true, rest: folded.slice(yes[0].length).trim() };
  const no = NO.exec(folded);
  if (no) return { value: false, rest: folded.slice(no[0].length).trim() };
  // "do I really have to spell it out? yes it delays care": the answer after a question asked back.
  const after = text.slice(text.lastIndexOf('?') + 1);
  if (text.includes('?') && after.trim() !== '') return parseYesNo(after);
  // "je suis en ronde au bâtiment C là mais on est basés au E0 oui": the yes said last, after what it agrees to.
  const last = YES_SAID_LAST.exec(folded);
  return last && !DENIAL.test(folded) ? { value: true, rest: folded.slice(0, last.index).trim() } : undefined;
}

function allPhrasingsFolded(key: MessageKey): string[] {
  return allPhrasings(key).map(foldAnswer);
}

/** A regular-expression group of every phrasing of these messages, folded: "(urgence|urgency)". */
export function phrasingsGroup(...keys: MessageKey[]): string {
  return `(${keys.flatMap(allPhrasingsFolded).join('|')})`;
}

/**
 * Which option a typed or clicked answer designates: its label in either language, its position
 * ("2"), or a label that starts with what was typed ("tout le serv").
 */
export function parseChoice<T extends string>(text: string, options: Array<{ value: T; key: MessageKey }>): T | undefined {
  const folded = foldAnswer(text);
  if (!folded) return undefined;
  const position = /^\d{1,2}$/.test(folded) ? Number(folded) - 1 : -1;
  if (position >= 0 && position < options.length) return options[position]!.value;
  for (const option of options) if (allPhrasingsFolded(option.key).includes(folded)) return option.value;
  if (folded.length >= 4) {
    const matches = options.filter((o) => allPhrasingsFolded(o.key).some((p) => p.startsWith(folded)));
    if (matches.length === 1) return matches[0]!.value;
  }
  return undefined;
}

const DONT_KNOW =
  /^((euh|bah|ben|hmm|alors|sorry|desole|desolee) )*(je (ne )?sais pas|j en sais rien|j en sais pas|dunno|no clue|jsp|j sais pas|sais pas|chai pas|chais pas|che pas|chepa|chepas|aucune idee|pas d idee|i don t know|dont know|don t know|no idea|not sure|unknown|inconnu|\?)( (lequel|laquelle|lesquels|lesquelles|exactement|trop|vraiment|du tout|which( one)?|exactly|really|sorry|desole|desolee))*$/;

export function isDontKnow(text: string): boolean {
  return DONT_KNOW.test(foldAnswer(text)) || allPhrasingsFolded('choice.dont_know').includes(foldAnswer(text));
}

/**
 * "…c'est reparti, annulez", "laissez tomber, ça remarche": the person withdraws, in a sentence ("un
 * examen a été annulé" tells what happened, it withdraws nothing).
 */
const WITHDRAWAL =
  /\b((?<!\b(a ete|ete|est|sont|ont|etait|ai|a|on a|il a|g|jai|avons|avez) )annule(?! (la|le|les|l|mes|mon|ma|ses|son|sa|tous|toutes|tout) ?(les |mes )?(file|files|impression|impressions|job|jobs|document|documents|doc|docs|tache|taches|queue|envoi|envois|print|prints))|annulez|annulons|laisse tomber|laissez tomber|oubliez ca|oublie ca|oubliez ma demande|oubliez (tout|le ticket|la demande|l incident)|oubliez$|c est reparti|ca remarche|ca re marche|ca refonctionne|ca marche (a nouveau|de nouveau)|ca a (re)?marche(?! (pendant|hier|avant|un temps|quelques|puis|mais|jusqu))|plus besoin|pas besoin (de|d un) ticket|no need for a ticket|it works now|it worked|cancel (it|this|that)|never mind|nevermind|forget it|it works again|working again|it s (printing|working) fine now)\b/;

/** "faut que ça remarche avant 8h", "pour que ça remarche": what is wanted, not what happened. */
const WANTED = /\b(faut que|faudrait que|pour que|il faut que|doit|doivent|devrait|avant que|jusqu a ce que|need it to|needs to|has to|must) (ca |il |elle |le |la |les |tout )?(re)?(marche|fonctionne|remarche|refonctionne|work|works|working)\b/g;

/** "euh non j'ai rien annulé !", "I didn't mean to cancel": the form just cancelled was still wanted. */
const NOT_CANCELLED =
  /\b((j ai|g|jai|je n ai|j avais|je n avais) (rien|pas|jamais) (annule|demande d annuler|dit d annuler)|(mais non|non) .{0,20}(je veux|je voulais|il me faut) (un|le|mon) ticket|(no|but) .{0,20}i (still )?(want|wanted|need) (a|the|my) ticket|je (ne )?voulais pas annuler|pas (annuler|annule) (!|svp|stp|enfin)?$|i (didn t|did not|never) (cancel|mean to cancel|want to cancel|ask(ed)? to cancel|say cancel)|don t cancel|do not cancel)\b/;

/**
 * "ah si finalement, on installe dragon", "en fait si", "finalement oui, faites-la", "j'ai changé d'avis", "actually yes,
 * go ahead", "wait, I do need it": the cancel taken back. A bare "si" opens too many sentences ("si ça recommence…"): it
 * counts after an "ah", or said twice.
 */
const MIND_CHANGED_BACK =
  /^((ah|oh|euh|bon|ben|bah|hmm|non|nan|no|wait|attendez|attends|pardon|sorry|ok|oui) )+si\b|^((ah|oh|euh|bon|ben|bah|hmm|non|nan|no|wait|attendez|attends|pardon|sorry|ok) )*(si si|en fait si|finalement si|si finalement|si en fait|finalement oui|oui finalement|en fait oui|oui en fait|actually yes|yes actually|actually (i|we) (do|still)|on second thought|on second thoughts|j ai change d avis|je change d avis|changement d avis|(i ve|i have|i) changed my mind)\b|\b(finalement|en fait|quand meme|actually|after all)\b.{0,20}\b(je (la|le|les) veux|j en ai besoin|on en a besoin|on (le|la|les) (fait|veut)|on installe|installez|faites (la|le|les)|go ahead|(i|we) (still |do |really )?(need|want) (it|that|this|one))\b|\b(je (la|le|les) veux|j en ai besoin|on en a besoin|(i|we) (still |do |really )?(need|want) (it|that|this|one)) (finalement|en fait|quand meme|after all)\b/;

export function saysItWasNotCancelled(text: string): boolean {
  const folded = foldAnswer(text);
  return NOT_CANCELLED.test(folded) || (MIND_CHANGED_BACK.test(folded) && !isWithdrawal(text));
}

/**
 * "euh non j'ai rien annulé ! il plante toujours" → "euh non il plante toujours"; "mais non!!! je veux un ticket" → "":
 * what the words tell besides taking the cancel back, when it is more than an interjection.
 */
export function newsBesidesTheUndo(text: string): string {
  const rest = foldAnswer(text).replace(NOT_CANCELLED, ' ').replace(MIND_CHANGED_BACK, ' ').split(' ').filter(Boolean);
  return rest.filter((word) => !INTERJECTIONS.has(word)).length >= 2 ? text.trim() : '';
}

const INTERJECTIONS = new Set(['ah', 'oh', 'euh', 'bon', 'ben', 'bah', 'hmm', 'mais', 'non', 'nan', 'no', 'but', 'wait', 'attendez', 'attends', 'pardon', 'sorry', 'ok', 'oui', 'yes', 'si', 'svp', 'stp', 'please']);

/**
 * "…SPSS… non laissez tomber, R ça ira très bien", "forget it, the old one will do", "non laissez tomber pharmatrace… juste
 * windows + cristal-net": a choice changed or an item taken back, the rest still wanted.
 */
const OTHER_CHOICE_WILL_DO = /\b(laisse|laissez|laissons) tomber\b.{0,40}\b(ca ira|ca suffira|ca suffit|ca me va|ca fera l affaire|je prends|je prendrai|je garde|plutot)\b|\b(forget it|never mind|nevermind)\b.{0,40}\b(will do|is fine|is enough|ll do|i ll take|i ll keep)\b|\b(laisse|laissez|laissons) tomber\b.{0,80}\b(juste|seulement|uniquement)\b|\b(forget|drop|never mind)\b.{0,60}\b(just|only)\b/g;

/** "le bracelet sort bien centré", "the labels come out fine": what was printed wrong comes out right. */
export const COMES_OUT_FINE =
  /\b(le bracelet|les bracelets|l etiquette|les etiquettes|la feuille|les feuilles|ca|elle|il|it|they) (sort|sortent|imprime|impriment|prints|print|comes out|come out) (bien|correctement|nickel|normalement|fine|correctly|properly)(?! (mais|but|sauf|except))(?!.*\b(toujours|still|encore) )\b/;

export function isWithdrawal(text: string): boolean {
  const folded = foldAnswer(text).replace(WANTED, ' ').replace(OTHER_CHOICE_WILL_DO, ' ');
  return WITHDRAWAL.test(folded) || COMES_OUT_FINE.test(folded);
}

const NOTHING_TO_CHANGE =
  /^(non|no|nope|rien|non rien|nothing|no nothing|rien a (corriger|changer|modifier)|nothing to (change|correct)|finalement rien|en fait rien|tout est (bon|correct|juste)|c est (correct|juste|tout bon)|all good|it s (fine|correct|all correct))$/;

/** "rien", "non", "tout est bon" to "what should be corrected?". */
export function saysNothingToChange(text: string): boolean {
  return NOTHING_TO_CHANGE.test(foldAnswer(text));
}

let buttonTitles: Set<string> | undefined;

/** "My team / a shared station": the title of one of the bot's buttons, clicked or typed, which tells nothing more. */
export function isButtonTitle(text: string): boolean {
  buttonTitles ??= new Set(choiceKeys().flatMap(allPhrasingsFolded));
  return buttonTitles.has(foldAnswer(text));
}

/** "pas celle des étiquettes", "not the DPI", "plutôt que le SIL": a name ruled out, with its article. */
const RULED_OUT_NAME = /\b(pas|not|non|plutot que|rather than)( (celle|celui|ceux|celles|le|la|les|l|un|une|the|a|that))?( (des|du|de la|de|d|of the|of))? [a-z0-9-]+/g;

/** The folded words without the names they rule out ("pas celle des étiquettes, la HP" → "… la hp"). */
export function withoutNamesRuledOut(folded: string): string {
  return folded.replace(RULED_OUT_NAME, ' ');
}

/** Another place hit as well: "la réa aussi", "ils ont le même souci", "same problem over there". */
const ALSO_HIT = /\b(aussi|egalement|pareil|idem|la meme chose|(le )?meme (souci|probleme|pb|bug|chose)|too|as well|also|same (problem|issue|thing))\b/;

export function saysAlsoHit(text: string): boolean {
  return ALSO_HIT.test(foldAnswer(text));
}
