import type { IntakeState, QuestionId } from './state.js';
import { foldAnswer, parseYesNo, roomNumber } from './answers.js';
import { rejectsWayRound, tellsWorkaround } from '../../triage/index.js';
import { bothersomeWorkaround } from './urgency-words.js';

/*
 * The phrases read in answers to intake's questions, and the small text helpers that go with them: what
 * "je sais pas…", "tous", "c'est la 3 pas la 2" or "c'est bon tu peux créer" mean at each step.
 */

/** The machine itself said to be at fault: "c'est du matériel", "c'est le PC qui ne s'allume plus". */
export const HARDWARE_NAMED = /\b(materiel|hardware|en panne|hs|casse|ecran noir|ecran bleu|blue screen|bsod|ne (s )?(allume|demarre|marche|fonctionne)|won t (start|turn on)|does not (start|turn on)|dead|broken)\b/;

/** "c'est pas les soins", "aucun impact": no, said without the word. */
export const NOT_CARE = /^(c est |ce n est |c |ca n est |c est vraiment )?pas (directement |vraiment )?(les|le|du|des|un probleme de|de probleme de|d impact sur les) ?soins?\b|^(pas directement|not directly)\b|^(pas|aucun|no) (d )?(impact|effect)\b|^not (patient )?care\b/;
/** "les soins, non", "care: no": the subject named before the answer. */
export const CARE_SUBJECT = /^(pour |cote |au niveau des? )?(les |le )?(patient care|soins? (des |aux )?patients?|soins?|patients?|care)\s*/;

/** "c'est bon tu peux créer", "go ahead": a yes to creating the ticket, however many words. */
export const GO_AHEAD = /\b(cree|creer|creez|crees|vas y|allez y|envoie|envoyez|valide|validez|c est bon|c est parfait|parfait|nickel|go ahead|go for it|create|submit|do it|send it)\b/;

/** "ne le créez pas", "don't create it yet": the go-ahead words denied. */
const NOT_YET = /\b(ne (le |la )?(cree|creez|creer|crees|valide|validez|envoie|envoyez) (pas|rien)|pas encore|pas tout de suite|don t|do not|not yet|wait|(before|avant) (you |de |d )?(create|creer|creez|submit|envoyer|valider|anything|rien)|avant que vous (ne )?(creiez|creez|validiez)|attendez|attends)\b/;

/** "I'd rather not do it twice", "je préfère pas le faire deux fois": the words of a go-ahead, said of something else. */
const DENIED_IN_PASSING = /\b(rather not|prefer not|not (to )?do it|(prefere|prefererais|veux|voudrais) pas (le |la )?faire)\b/;

/** A question that weighs the ticket against something else ("…or is this ticket enough?"), not "vous pouvez le créer ?". */
const ASKS_SOMETHING_ELSE = /\b(ou|or|suffit|enough|do i|dois je|faut il|is this|is it|est ce que je|should i)\b/;

/** "c'est bon", "bon tant pis, oui créez-le", "whatever, create it": the person wants the ticket created. */
export function saysGoAhead(text: string): boolean {
  const folded = foldAnswer(text);
  if (!GO_AHEAD.test(folded) || NOT_YET.test(folded) || parseYesNo(text)?.value === false) return false;
  // Said to the bot in a short sentence of its own, first or last ("…it's every phone. ok create it"), not a verb of
  // the story ("l'IRM en salle 2 envoie bien sur le pacs", "le bilan validé ce matin").
  // Not a question ("…or is this ticket enough?"), nor the go-ahead words denied in it ("I'd rather not do it twice").
  const sentences = text.split(/(?<=[.!?;\n])/).map((sentence) => ({ asks: sentence.trim().endsWith('?'), words: foldAnswer(sentence) })).filter((sentence) => sentence.words.length > 0);
  const short = (sentence: { asks: boolean; words: string } | undefined) =>
    sentence !== undefined && !(sentence.asks && ASKS_SOMETHING_ELSE.test(sentence.words)) && sentence.words.split(' ').length <= 8 && GO_AHEAD.test(sentence.words) && !DENIED_IN_PASSING.test(sentence.words);
  return short(sentences[0]) || short(sentences[sentences.length - 1]);
}

/** Questions whose answers, when they say more than the choice, are kept in the ticket's details. */
export const KEEPS_ITS_WORDS: ReadonlySet<QuestionId> = new Set<QuestionId>(['asset', 'location', 'scope', 'patient_care', 'urgency']);

/** A place's room that carries a number, and not the one `named` carries ("Salle d'opération 4" for "salle 5"). */
export function otherRoomNumber(placeRoom: string | null | undefined, named: string): boolean {
  const [own, said] = [placeRoom ? roomNumber(placeRoom) : undefined, roomNumber(named)];
  return own !== undefined && said !== undefined && own !== said;
}

/** A question put after a statement in the same sentence: "c'est pas urgent du tout, pourquoi haute ?". */
const QUESTION_AFTER_COMMA = /^(.*\S)\s*,\s*(pourquoi|why|comment|how|c est normal|est ce|is that|is it|vous pouvez|pouvez vous|pourriez vous|tu peux|can you|could you|quand|when|combien|qui|who)\b[^,]*\?+\s*$/i;

/** The sentences of `text` that are not questions, and the statement that opens a question ("c'est pas urgent du tout, pourquoi haute ?"). */
export function withoutQuestions(text: string): string {
  if (!text.includes('?')) return text.trim();
  return text
    .split(/(?<=[.!?\n])/)
    .map((sentence) => (sentence.trim().endsWith('?') ? QUESTION_AFTER_COMMA.exec(sentence.trim().replace(/[’']/g, ' '))?.[1] ?? '' : sentence))
    .filter((sentence) => sentence.trim() !== '')
    .join(' ')
    .trim();
}

/** The user's words quoted back: at most about 40 characters, cut between words. */
export function quotedShort(text: string): string {
  const words = text.trim();
  if (words.length <= 40) return words;
  const cut = words.slice(0, 41).replace(/\s+\S*$/, '');
  return `${(cut || words.slice(0, 40)).replace(/[\s,;:.!?]+$/, '')}…`;
}

/** "c'est un seul moniteur", "juste moi", "only the patient in bed 4": one person or one bedside device. */
/** "ben moi... j'ai cliqué sur le lien": the person writing, said first (not "moi et ma collègue"). */
export const ME_FIRST = /^((ben|bah|euh|ah|bon|well|er|hmm) )*(moi|me|myself)( seule?| only| meme)?\b(?! (et|and|aussi|also|avec|with|plus|comme|too|pareil)\b)/;

export const ONE_PERSON_OR_DEVICE =
  /\b(?<!\b(?:pas|not|non) )(un seul|une seule|(juste|seulement|uniquement) (moi|un|une|le|la|ce|cet|cette|celui|celle|elle|lui)|que (moi|elle|lui)|qu (elle|il)|only (me|one|the|this|that|her|him)|just (me|one|the|this|that|her|him)|(un|le|ce|one|the|this|a) (seul )?patient|(une|la|cette) (seule )?patiente|(la|le) (patiente?|malade) (de la|du|de|d|en) (chambre |ch |box |lit )?\d+|une (seule )?personne|one person|a single (person|user))\b/;

/** "pas une seule personne", "not one person": the writer says more than one is hit. */
export const ONE_PERSON_DENIED = /\b(pas|not|non) (qu )?(une seule|un seul|une|un|one|a single|just one) (personne|person|user|utilisateur)\b/;

/**
 * "it's a shared desk", "on est 5 préparateurs à imprimer dessus", "on est deux secrétaires à imprimer dessus",
 * "c'est pas qu'une personne", "whoever is on window 2": a team's problem.
 */
const SHARED_BY_A_TEAM =
  /\b(shared (desk|station|pc|computer|workstation|printer|phone|device)|(poste|pc|ordi|imprimante|telephone|dect|tel|bip|chariot|tablette) (partage|partagee|commun|commune)|(shared|common) (dect|pager|bleep|cart|tablet)|whoever (is|s) on|tout le monde (l utilise|s en sert|imprime dessus)|everyone uses it|we all use it|we all share( it)?|(pc|computer|station|desk) we (all )?share|on le partage|partage entre nous|on est (\d+|deux|trois|quatre|cinq|six|plusieurs|tous)( \w+)? a|nous sommes (\d+|deux|trois|quatre|cinq|six|plusieurs)( \w+)? a|we re (\d+|two|three|four|five|several|all)( \w+)? (using|printing|on)|we are (\d+|two|three|four|five|several|all)( \w+)? (using|printing|on)|toute l equipe|the whole team|whole team (uses|use|needs|need)|all of us|plusieurs collegues|several colleagues|(pas|non) (qu une|que une|que moi|seulement moi|juste moi|une seule) (personne)?|not (just|only) (me|one person)|(the whole|all the|toute la|tout le|toute l) (\w+ )?(bench|paillasse|team|equipe|secteur) (uses|use|l utilise|utilise|s en sert)|(it s |c est )?(one|un seul|une seule) (machine|device|analyser|analyzer|automate|appareil)( \w+)? (the whole|all the|toute la|tout le|everyone|tout le monde)|(on est|we re|we are|nous sommes) (\d+|deux|trois|quatre|two|three|four) (touches|concernes|affected|impactes))\b/;
/** "so OR 3 and OR 4", "salles 3 et 4", "chambres 12 à 15": several rooms of a unit, a team's problem. */
const SEVERAL_ROOMS = /\b(or|ors|salle|salles|room|rooms|chambre|chambres|box|bay|bays|theatre|theatres|bloc) ?\d+ ?(et|and|a|to|&|,) ?((l |la |le )?(or|salle|room|chambre|box|bay|theatre|bloc) ?)?\d+\b/;
/** "it's only on one pc, the other pcs are fine", "que sur ce poste, les autres marchent": one machine. */
const ONLY_THIS_ONE =
  /\b((only|just) (on )?(one|this|that|my) (pc|computer|workstation|printer|device|machine|station)|(the )?other (pcs|computers|workstations|printers|ones) (are|work|working)( \w+)? fine|les autres (pc |postes |ordis |imprimantes )?(marchent|fonctionnent|vont bien)|que sur (un|ce|mon|le) (pc|poste|ordi)|(juste|seulement|uniquement|que|only|just) (cet|ce|cette|mon|ma|le|la|l|this|that|the) (echo|echographe|appareil|machine|poste|pc|ordi|imprimante|scope|moniteur|pompe|pousse seringue|ecran|telephone|dect|device|one|monitor|pump|printer|phone|scanner)|un seul (appareil|poste|pc|ordi|ecran|echo|echographe|moniteur|scope|telephone|dect)|(one|a single) (device|machine|monitor|pump|printer|phone) only|only one (device|machine|monitor|pump|printer|phone))\b/;

/** Who is affected, said in plain words rather than by the options: a team's station or one machine. */
/** "all of us on the floor, the AS tablets too", "tout le monde à l'étage": the unit of the floor. */
const WHOLE_FLOOR = /\b(?<!(pas|not|non) )(all of us (on|in) the (floor|ward|unit)|everyone (on|in) the (floor|ward|unit)|everybody (on|in) the (floor|ward|unit)|the (whole|entire) (\w+ )?(floor|ward|unit)|tout le monde (a|sur|dans) l (etage|unite)|tout le monde (du|dans le) service|tout l etage|toute l unite|tout le service)\b/;

/** "y a que moi qui ai cliqué", "ça concerne que moi", "just me": the writer alone (not "pas que moi"). */
const ONLY_ME = /\b(?<!(pas|not) )((il )?y a que moi|(ca concerne |c est )?(que|juste|seulement|uniquement) moi|moi seule?|only me|just me|i m the only one|je suis (le|la) seule?)\b/;

/** "tous les services qui ont un patient au scan ce soir", "all the wards": several units, whatever else the words name. */
const SEVERAL_UNITS = /\b(tous les services|toutes les unites|plusieurs services|plusieurs unites|tout l hopital|tout le site|all (the )?(wards|departments|units)|several (wards|departments|units)|the whole hospital|hospital wide)\b/;

/** Counted in a few words: "1 appareil", "one device". */
const ONE_COUNTED = /^(juste |only |just )?(1|un|une|one|a) (seul |seule |single )?(appareil|device|poste|pc|personne|person|dect|telephone|phone|imprimante|printer|scope|moniteur|monitor|pompe|pump|chariot|cart)\b/;
/** "les 2 chariots", "2 of us at least", "3 ide", "it's 2 PCs, not one person", "c'est sur 2 postes": a few counted, a team. */
const FEW_COUNTED =
  /^((c est|it s|its|it is|ce sont|there are|il y a|y a)( sur| on)? )?(les |the |nos |our )?(2|3|4|5|6|deux|trois|quatre|cinq|six|two|three|four|five|several|plusieurs) (chariots?|carts?|postes?|pcs?|personnes?|people|collegues?|colleagues|imprimantes?|printers?|dects?|telephones?|phones?|ide|infirmieres?|nurses?|secretaires?|secretaries|of us)\b|\b(\d+|two|three|four|five|six) of us\b/;

/** "la salle 5 a le même souci d'après l'IADE", "bay 4 too": one more room hit than the one told. */
export const ANOTHER_ROOM_TOO =
  /\b(la |le |l |the )?(or|salle|room|chambre|box|bay|theatre|bureau|lit|bed) ?\d+\b.{0,25}\b(le meme (souci|probleme|pb|bug)|la meme chose|meme (souci|probleme|pb)|pareil|aussi|egalement|non plus|too|as well|the same (problem|issue|thing))\b/;

export function scopeSaid(text: string): IntakeState['scope'] | undefined {
  const folded = foldAnswer(text);
  if (SEVERAL_UNITS.test(folded)) return 'site';
  if (WHOLE_FLOOR.test(folded)) return 'service';
  if (SHARED_BY_A_TEAM.test(folded) || SEVERAL_ROOMS.test(folded) || FEW_COUNTED.test(folded) || ANOTHER_ROOM_TOO.test(folded)) return 'team';
  if (ONLY_THIS_ONE.test(folded) || ONLY_ME.test(folded) || ONE_COUNTED.test(folded)) return 'single_user';
  return undefined;
}

/** An answer that starts by not knowing: "ben je sais pas alors", "jsais pas, y a rien d'écrit". */
export const DONT_KNOW_FIRST = /^((euh|bah|ben|bof|hmm|alors|ah|oh|sorry|desole|desolee) )*(je (ne )?sais pas|jsais pas|j sais pas|jsp|sais pas|chai pas|chais pas|che pas|chepa|chepas|aucune idee|pas d idee|i don t know|dont know|don t know|dunno|idk|no clue|no idea|not sure)\b/;
/** "y a pas d'étiquette", "no label on it": no number to read. */
export const NO_LABEL =
  /\b((il )?y en a pas|(il )?n y en a pas|y en a aucun|there (isn t|is no) one|there s none|there is none|it (doesn t|does not) have one|pas d etiquette|plus d etiquette|pas de numero|aucune etiquette|sans etiquette|etiquette (arrachee|effacee|illisible|decollee)|no label|no sticker|no tag|no white (label|sticker)|pas d etiquette blanche|can t see (a|the|any|its) (label|number|sticker|tag)|(je |on )?(ne )?(vois|voit|peux pas voir|peut pas voir|lis|lit|peux pas lire|arrive pas a lire) (pas )?(l etiquette|le numero|son numero|l etiquette blanche)|en sterile|je suis sterile|(mains|hands) (prises|full)|scrubbed in|i m scrubbed|can t (read|reach) (it|the label|the sticker)|(je |j )?(ne )?(connais|connait|sais|sait|ai|a) (pas|plus) (le|son|leur|ce) (numero|num|n|tag)|(i )?(don t|do not) (know|have) (the|its|their) (number|tag|label))\b/;
/** "tous !", "c'est tous les DECT du service", "all of them": every device, not one. */
/** "c'est pas un appareil, c'est la ligne des guichets", "it's not a device, it's the line": nothing to label. */
export const NOT_A_DEVICE = /\b((c est |ce n est |it s |it is )?(pas|not) (un|a|an) (appareil|device|equipement|machine)|(c est|it s|it is) (la|les|the) (ligne|lignes|line|lines|numero|number|reseau|network|wifi|standard|switchboard))\b/;

/** "what do I need to do?", "faut-il un formulaire ?": a request that also asks how it works. */
const ASKS_HOW = /\b(what do i (need|have) to (do|provide|send)|what (should|must) i (do|provide|send)|how do i (do|request|ask|get)|what is the (procedure|process)|do you need anything|anything (else )?from me|que (dois|faut) (je|il)|qu est ce que je dois|qu est ce qu il (vous )?faut|comment (je dois |dois je |faut il |on doit |on )?(faire|proceder|demander)|comment (je|on) (fais|fait|procede|demande)|quelle (est la )?(procedure|demarche)|faut il (un|une|remplir|faire|envoyer)|vous faut il)\b/;

export function asksHowToProceed(text: string): boolean {
  return ASKS_HOW.test(foldAnswer(text));
}

export const ALL_OF_THEM =
  /^(tous|toutes|all|both|les deux)\b|\b(c|c est|ce sont|it s|it is|they re) (tous|toutes|all)\b|^(ils|elles) (sont )?(tous|toutes)\b|\ball of them\b|^(les|all|the) (\d+|trois|quatre|cinq|six|sept|huit|three|four|five|six|seven|eight)(?! (autres|other|others)\b)(\b|$)/;

/** "aucun", "none of them", "pas dans la liste": no device of those proposed, and none to name. */
export const NONE_OF_THEM = /^(aucun|aucune|none|pas dans la liste|not in the list|not listed)$|^(aucun des deux|aucune des deux|aucun de ceux la|aucun de ceux ci|ni l un ni l autre|none of them|none of these|none of those|neither)\b/;
/** "c'est le poste fixe sur le bureau de l'accueil", "it's the landline": a desk phone, which the inventory does not list. */
export const DESK_PHONE_NAMED = /\b(poste fixe|telephone fixe|tel fixe|le fixe|landline|desk phone|fixed phone)\b/;
/** "non c'est pas les DECT…", "not those": the devices listed are not the ones concerned. */
export const NOT_THESE = /^((mais )?(non|no|nope|ah non|oh non)\b\s*)?(c est |ce n est |it s |it is )?(pas|not) (les|ces|ceux|celles|la|le|l|un|une|those|these|the|a|an)\b/;

/** "c'est marqué 0003", "it says 0104 on the back": a device's number read off its label. */
export const NUMBER_READ = /\b((marque|ecrit|numero|n|no|etiquette|it says|labelled|label|number)\s+(dessus\s+)?|(says|reads|dit|indique)\s+)\d{2,}/;

/** "c'est la 3 pas la 2", "pas la 2, la 3": another number for the room named before. */
const ROOM_NUMBER_SWAP = [
  /\b(?:la|le|en|salle|box|chambre|room)?\s*(\d{1,3})\s*,?\s+(?:et )?(?:pas|not)\s+(?:la |le |en |salle |box |chambre |room )?(\d{1,3})\b/,
  /\b(?:pas|not)\s+(?:la |le |en |salle |box |chambre |room )?(\d{1,3})\s*,?\s+(?:mais |c est |it s |but )?(?:la |le |en |salle |box |chambre |room )?(\d{1,3})\b/,
];

export function roomRenumbered(room: string | undefined, answer: string): string | undefined {
  const named = room ? /^(.*?)(\d{1,3})\s*$/.exec(room) : null;
  if (!named) return undefined;
  const folded = foldAnswer(answer);
  const swap = ROOM_NUMBER_SWAP[0]!.exec(folded);
  const [wanted, denied] = swap ? [swap[1], swap[2]] : ((m) => (m ? [m[2], m[1]] : [undefined, undefined]))(ROOM_NUMBER_SWAP[1]!.exec(folded));
  return wanted && denied === named[2] && wanted !== denied ? `${named[1]}${wanted}` : undefined;
}

/** The words after a "non" that take back what was said before: "pardon", "attendez, je me suis trompée". */
/** A yes taken back at once: "oui, ah non c'est le lit 4 pas le 3", "yes - no wait, bed 4". */
export const YES_TAKEN_BACK = /^(oui|ouais|yes|yeah|yep|ok)\b[ ,.!]*((ah|oh|euh|heu|hmm|enfin|attends?|attendez|wait|sorry|pardon)[ ,.!]*)?(non|no|nope)\b/;

/** "depuis chez moi", "je suis à domicile", "I'm working from home": away from the hospital, in the person's own words. */
export const AWAY_FROM_SITE =
  /\b((je suis|j suis|suis|je travaille|je bosse|depuis|de|en visite|en tournee|je me connecte de|je me connecte depuis) (chez moi|a domicile|au domicile|a la maison)|en teletravail|(i m|i am|im|i m working|working|work|i work|from) (at |from )?home|wfh)\b/;

export const SELF_CORRECTION = /^(pardon|attends?|attendez|je me suis trompee?|je me suis gouree?|en fait|oups|sorry|wait|my mistake|oops)\b/;

/** Questions whose answers tell of something else than the place. */
export const NOT_ABOUT_PLACE: ReadonlySet<QuestionId> = new Set(['patient_care', 'urgency', 'scope', 'request_urgency']);

/** "c'est aux urgences", "we're in the ICU": the place said as such. */
export const SAYS_WHERE = /\b(c est|ca se passe|on est|je suis|nous sommes|je travaille|it s|it is|we re|we are|i m|i am)\s+(a|aux|au|en|dans|chez|at|in|on)\b/;

/** The field each yes/no or choice question sets, which the words after the answer must not overwrite. */
export const ANSWERED_FIELD: Partial<Record<QuestionId, 'scope' | 'urgency' | 'patientCareImpact'>> = {
  scope: 'scope',
  urgency: 'urgency',
  patient_care: 'patientCareImpact',
};

const CORRECTION = /^(non\b|no\b|nope\b|en fait|plutot|pas (un|une|le|la|l)\b|c est (un|une|le|la|l)\b|actually|in fact|it s (a|an|the)\b|not (a|an|the)\b|(it s|its|it is) not (a|an|the)\b|(c est|ce n est|c) pas (un|une|le|la|l)\b)/;

const CORRECTION_OPENER =
  /^\s*((non|no|nope|pardon|sorry|oups|oops|ah|euh|en fait|actually|in fact|plutot|plutôt|my mistake|my bad|je me suis tromp[ée]e?|autant pour moi|au temps pour moi|d[ée]sol[ée]e?)\b[\s,.;:!]*)+/i;

/** "No. sorry, my mistake, it's not the nurses station one…": the words take back what was said first. */
const RETRACTION =
  /^((non|no|nope|ah|oh)\s+)?((en fait|actually|in fact)\s+)?((pardon|sorry|desolee?|oups|oops|my mistake|my bad|je me suis trompee?|autant pour moi|au temps pour moi)\b|(c est |c |ce n est |ce |it s |its |it is )?(pas|not) (le|la|l|un|une|mon|ma|the|my|a|an) ([a-z0-9]+( [a-z0-9]+)?) (c est|c|it s|its|it is|mais|but)\b)/;

export function retractsWhatWasSaid(text: string): boolean {
  return RETRACTION.test(foldAnswer(text));
}

/**
 * Whether the words take back something of `earlier` ("c'est pas l'imprimante, c'est PharmaTrace" after "l'imprimante
 * de la prépa sort plus les fiches"), rather than the guide's reading of it ("c pas le dect, c la sonnette du patient"
 * after "sonnete ch4 sonne pas au poste" and a DECT guide): an apology always takes back what was said.
 */
export function retractsWhatWasSaidIn(text: string, earlier: string): boolean {
  const found = RETRACTION.exec(foldAnswer(text));
  if (!found) return false;
  const denied = found[10];
  if (!denied) return true;
  const said = ` ${foldAnswer(earlier)} `;
  return denied.split(' ').some((word) => word.length >= 3 && said.includes(` ${word}`));
}

/** "non, pardon, en fait c'est l'imprimante" → "c'est l'imprimante". */
export function withoutCorrectionOpener(text: string): string {
  const rest = text.replace(CORRECTION_OPENER, '').trim();
  return rest.length >= 3 ? rest : text.trim();
}

/** "c'est mon compte windows le souci, pas un logiciel": the kind of problem denied, wherever in the words. */
const KIND_DENIED = new RegExp(
  '\\b((pas|not) (un|une|le|la|du|de l|a|an|the) (logiciel|application|appli|software|bug|materiel|hardware|(probleme|pb|souci|panne) (de |d |du )?(reseau|logiciel|materiel|imprimante|telephone|compte|acces|poste|pc|ordinateur|ordi)|(software|hardware|network|printer|phone|account|computer|pc) (problem|issue))' +
    // "c'est pas un virus", "pas sécurité", "not a security issue": no threat.
    '|(pas|not|no) (un |une |de la |du |a |an )?(virus|securite|security|hameconnage|phishing|piratage|cyberattaque|hack)' +
    // "c'est pas un équipement médical, c'est un PC", "not a medical device".
    '|(pas|not) (un |une |du |de l |a |an )?(equipement|appareil|dispositif|materiel) (medical|biomedical|biomed)|not (a |an )?(medical|biomedical) (device|equipment)' +
    // "not a patient monitor lol, the computer screen!", "c'est pas le scope".
    '|(pas|not) (un |une |le |la |a |an |the )?(patient monitor|moniteur patient|moniteur de surveillance|scope|medical monitor)' +
    // "it's not a phone, it's a computer (the cart PC)", "c'est pas l'imprimante".
    '|(pas|not) (un |une |le |la |l |a |an |the )?(phone|telephone|dect|bip|pager|printer|imprimante)' +
    // "nothing wrong with the phones", "rien à voir avec les imprimantes": the devices named are not at fault.
    '|(nothing wrong with|no problem with|rien a voir avec|pas de (probleme|souci) avec|aucun (probleme|souci) avec) (the |les |le |la |l |mon |ma |mes |my |our |nos )?(phones?|telephones?|dects?|imprimantes?|printers?|pcs?|ordinateurs?|computers?|reseau|network|wifi|teams))\\b',
);

const KINDS_DENIED = new RegExp(KIND_DENIED.source, 'g');

/** "ce n'est pas le PC le problème", "it's not my computer": the machine is not at fault; what runs on it is. */
const MACHINE_DENIED = /\b(pas|not) (le|la|mon|ma|un|une|the|my|a) (pc|poste|ordi|ordinateur|computer|machine|materiel|hardware)( le| la| the)? ?(probleme|souci|pb|problem|issue|en cause|at fault)?\b(?! (non plus|either))/;

export function deniesTheMachine(text: string): boolean {
  return MACHINE_DENIED.test(foldAnswer(text));
}

/** "c pas le DPI le pb, c'est le pc qui fait écran bleu": the application is not at fault, the computer is. */
const APPLICATION_DENIED_FOR_MACHINE =
  /\b(pas|not) (le |la |l |the )?(dpi|cristal net|cristalnet|pacs|sil|gam|outlook|ehr|logiciel|appli|application|software)\b.{0,30}\b(c est|c|it s|its|it is) (le |la |l |mon |ma |the |my )?(pc|poste|ordi|ordinateur|computer|ecran|unite centrale)\b/;

export function deniesTheApplicationForTheMachine(text: string): boolean {
  return APPLICATION_DENIED_FOR_MACHINE.test(foldAnswer(text));
}

export function deniesTheKind(text: string): boolean {
  return KIND_DENIED.test(foldAnswer(text));
}

/** "corriger le type : réseau", "the category is network": the kind of problem corrected in so many words. */
const KIND_NAMED = /\b(le type|type de (probleme|panne)|type (logiciel|materiel|reseau|imprimante|telephone|acces|software|hardware|network|printer|phone|access)|la categorie|categorie|the type|category|the kind|kind of problem)\b/;

export function namesTheKind(text: string): boolean {
  return KIND_NAMED.test(foldAnswer(text));
}

/** "it says account locked", "mot de passe expiré", "compte bloqué": a credential refused, an access problem (DESIGN.md). */
const CREDENTIAL_REFUSED =
  /\b((my |mon |the |le |son |her |his )?(account|compte|session|login)( windows| dpi| qui)?( qui)? (is |est |has been |a ete )?(locked|bloque|bloquee|verrouille|verrouillee|expire|expiree|desactive|desactivee|disabled|expired)|(password|mot de passe|mdp) (has )?(expire|expired|refuse|incorrect|wrong|invalide|invalid)|locked out)\b/;

export function tellsCredentialRefused(text: string): boolean {
  return CREDENTIAL_REFUSED.test(foldAnswer(text));
}

/** The words without the kind they deny, so that "pas un logiciel" does not read as software. */
export function withoutDeniedKind(text: string): string {
  return deniesTheKind(text) ? foldAnswer(text).replace(KINDS_DENIED, ' ') : text;
}

const LEADING_NO = /^(non|nn|nan|no|nope)\b\s*/;

/**
 * "non, c'est l'imprimante", "en fait c'est le réseau", "actually it's the printer". To a yes-or-no
 * question the "non" is the answer: only what follows it can correct ("non, en fait c'est l'imprimante",
 * not "non, pas directement. Je change le mot de passe ?").
 */
export function isCorrection(text: string, yesNoQuestion = false): boolean {
  const folded = foldAnswer(text);
  return CORRECTION.test(yesNoQuestion ? folded.replace(LEADING_NO, '') : folded) || CARD_FIELD_QUOTED.test(folded) || CORRECTION_MIDWAY.test(folded);
}

/** "les 2, PC-PED-0659 et 0660. ah attendez en fait c est le wifi": the writer corrects themself halfway. */
// "no its not GAM, GAM works fine on the other desk. its the whole computer": the machine named as what fails.
const CORRECTION_MIDWAY = /\b(ah |oh |attendez |attends |wait )+(en fait |actually |non )?(c est|c|it s|its) (le|la|l|un|une|the|a|an)\b|\ben fait c est (le|la|l|un|une)\b|\bactually it s (the|a|an)\b|\b(it s|its|it is|c est|c) (the whole|the|tout le|le|l) (computer|pc|machine|ordi|ordinateur|poste)( entier| en entier)? (that s|thats|that is|which|qui)\b/;

/** "soins impactés NON ?? si évidemment…", "urgency low?? no": the summary's own field quoted to contradict it. */
const CARD_FIELD_QUOTED = /^(soins impactes|personnes touchees|urgence|priorite|patient care affected|affected|urgency|priority) (oui|non|yes|no|basse|moyenne|haute|low|medium|high|p[1-4]|une personne|one person)\b/;

const HOLDS_FOR_NOW = /\b(ca peut tenir|on peut tenir|on tient|ca tient|can hold|we can manage|we re managing|we manage)\b/;

const CAN_WAIT = /\b(attendre|attend|pas urgent|pas presse|wait|no rush|not urgent)\b/;

/**
 * The urgency question asks whether there is a workaround: a plain "non" means everything is blocked
 * (high), "oui" means work goes on with difficulty (medium), unless the answer says it can wait (low).
 */
/** The way round keeps others working, not the writer: "mais moi on peut plus me joindre", "but I can't be reached". */
const NOT_FOR_ME = /\b(mais moi|but (i|me)|(plus|pas) me joindre|can t reach me|cannot reach me)\b/;

/** "le papier, je viens de vous le dire", "paper!": the way round named in a word or two. */
const WAY_ROUND_NAMED = /^(ben |bah |euh |bon )?(le |du |on est sur |on est en |sur )?(papier|paper|the paper|on paper|le cahier|la main|a la main|by hand)\b/;

/** "… mais ça va pas tenir toute la journée": a way round that will not last; the repair is due soon. */
const WONT_LAST = /\b(va pas tenir|tiendra pas|peut pas tenir|won t last|can t last|will not last)\b/;

export function urgencyFromWorkaroundAnswer(text: string): IntakeState['urgency'] | undefined {
  const answer = parseYesNo(text);
  // "le papier, je viens de vous le dire... mais ça va pas tenir toute la journée": yes, the way round named; it costs.
  if (!answer && WAY_ROUND_NAMED.test(foldAnswer(text))) return CAN_WAIT.test(foldAnswer(text)) && !WONT_LAST.test(foldAnswer(text)) ? 'low' : 'medium';
  // "je comprends pas la question, je peux toujours bosser": no yes or no, but a way to keep working told.
  // "pas vraiment, autre poste = même compte donc non": a way round named and ruled out.
  if (!answer) return rejectsWayRound(text) ? 'high' : tellsWorkaround(text) ? (CAN_WAIT.test(foldAnswer(text)) ? 'low' : 'medium') : undefined;
  // "pas vraiment de solution, on fait du classement papier en attendant, ça peut tenir une heure ou deux":
  // the "no" is modest; the words tell of a workaround that holds for now.
  // "non juste moi, ma collègue elle y arrive sur son poste": the "no" is to something else; the words tell the way round.
  // "non j'ai rien. la régul appelle les collègues en attendant mais moi on peut plus me joindre": the way round is
  // the others', not the writer's.
  if (!answer.value && NOT_FOR_ME.test(foldAnswer(answer.rest))) return 'high';
  // "non, à part le doppler à la main, c'est pas tenable": the way round named is none.
  if (!answer.value && rejectsWayRound(answer.rest)) return 'high';
  if (!answer.value) return bothersomeWorkaround(answer.rest) || HOLDS_FOR_NOW.test(answer.rest) || tellsWorkaround(answer.rest) ? 'medium' : 'high';
  return CAN_WAIT.test(answer.rest) ? 'low' : 'medium';
}

/** "When do you need it?" in the user's words; the ones that can wait first ("pas urgent" is not "urgent"). */
const WHEN_NEEDED: Array<[IntakeState['urgency'], RegExp]> = [
  ['low', /\b(pas (presse|pressee|urgent|pour tout de suite)|peut attendre|ca peut attendre|quand vous (pouvez|aurez le temps)|semaine prochaine|mois prochain|no rush|not urgent|can wait|whenever|next (week|month))\b/],
  // Days ("demain", "pour lundi", "today") are dates: dateSaid reads them against today.
  ['medium', /\b(cette semaine|dans la semaine|quelques jours|fin de (la )?semaine|pour le \d{1,2}|this week|in a few days|end of (the )?week)\b/],
  ['high', /\b(ce (matin|jour)|cet apres midi|tout de suite|au plus vite|des que possible|asap|urgent|urgente|right away|immediately|now)\b/],
];

export function whenNeeded(text: string): IntakeState['urgency'] | undefined {
  const folded = foldAnswer(text);
  return WHEN_NEEDED.find(([, words]) => words.test(folded))?.[0];
}

/** "ok, j'ai débranché le câble…", "d'accord, …": an acknowledgement followed by news, not a yes. */
/**
 * "là ce soir je fais comment pour valider mes soins dans le DPI ?", "how am I supposed to give the 10pm meds?": asked
 * in answer to whether care is held up, it says care cannot go on as it should.
 */
export const ASKS_HOW_TO_GIVE_CARE =
  /\b(je fais|on fait|comment je|comment on|comment faire|comment valider|comment tracer|comment donner|how do i|how do we|how can i|how can we|how am i supposed to|how are we supposed to)\b.{0,20}\b(valider|tracer|saisir|donner|administrer|prescrire|chart|give|document|record|validate|sign)\b.{0,20}\b(soins|traitements|prescriptions|transmissions|perfusions|medicaments|meds|medications|obs|observations|care|charting|doses)\b/;

export const ACKNOWLEDGEMENT = /^(ok|okay|d accord|dac|voila|right|alright)\b\s*\S+\s+\S+/;

/** The words without the clauses that tell the way round ("for now the lab phones us the critical values"). */
export function withoutWayRound(text: string): string {
  const clauses = text.split(/[.;!?]+|,|\b(?:so|donc|mais|but)\b/);
  const kept = clauses.filter((clause) => !tellsWorkaround(clause));
  return kept.length === clauses.length ? text : kept.join('. ');
}

/** "j'ai perdu mon badge", "lost my CPS card": a lost credential, to block now (not a device to wipe, not a link clicked). */
const LOST_CREDENTIAL =
  /\b(perdu|perdue|egare|egaree|vole|volee|lost|stolen|missing)\b.{0,40}\b(badge|badges|carte cps|cps|carte professionnelle|carte d acces|id badge|access card|smartcard|smart card)\b|\b(badge|carte cps|id badge|access card)\b.{0,30}\b(perdu|perdue|egare|egaree|vole|volee|lost|stolen|missing)\b/;

export function tellsLostCredential(text: string): boolean {
  return LOST_CREDENTIAL.test(foldAnswer(text));
}

/**
 * "ma collègue me prête le sien mais elle dit que c'est interdit", "the nurse is letting me use her session for now",
 * "j'utilise le code de ma collègue": someone works under another person's name.
 */
const SHARING_VERB = /\b(me prete|m a prete|me pretent|nous prete|m a donne|m a passe|m a file|gave me|shared (her|his)|lend\w* me|lent me|letting me use|let me use|lets me use|j utilise|on utilise|i m using|i am using|we re using|we are using|je me connecte avec|je me log avec|je passe par|log(ged)? in (with|as|on)|sign(ed)? in (with|as|on))\b/;
const SOMEONE_ELSES = /\b(le sien|la sienne|les siens|les siennes|(le|la|les) (compte|comptes|session|code|codes|identifiant|identifiants|mot de passe|mdp|login|carte|badge) (de|d) [a-z]+|(son|sa|ses) (code|codes|session|compte|carte|cps|identifiant|identifiants|mot de passe|mdp|login|badge)|(de|d) (ma|mon|une|un) (collegue|cadre|chef|interne|ide)|her (session|login|account|card|password|code|credentials)|his (session|login|account|card|password|code|credentials)|(colleague|colleagues|nurse|someone else) s (session|login|account|card|password|code|credentials)|(her|his) (own )?one)\b/;

export function tellsCredentialsShared(text: string): boolean {
  const folded = foldAnswer(text);
  return SHARING_VERB.test(folded) && SOMEONE_ELSES.test(folded);
}

/** "j'ai trouvé une clé usb par terre": a stick found, whoever's it is. */
const USB_FOUND = /\b(trouve|trouvee|trouvees|ramasse|ramassee|found|picked up)\b.*\b(cle|clef|usb|stick)\b|\b(cle|clef|usb|stick)\b.*\b(trouve|trouvee|found)\b/;
/** "une collègue l'a branchée", "I plugged it in": the stick already went into a computer. */
const USB_PLUGGED = /\b(l a|je l ai|on l a|il l a|elle l a|a ete|ont) (branche|branchee|mise|mis|insere|inseree)\b|\b(plugged|put|inserted) it in\b|\bwas plugged\b/;

/** A stick found and not (yet) plugged in: the advice is not to plug it in anywhere. */
export function tellsUsbFoundNotPlugged(text: string): boolean {
  const folded = foldAnswer(text);
  return USB_FOUND.test(folded) && !USB_PLUGGED.test(folded);
}

/** "can you just open the request for me?", "pouvez-vous faire la demande pour moi": the summary's ticket asked for in words. */
export const ASKS_TO_OPEN_IT =
  /\b(can|could|would) you (just |please )?(open|create|raise|log|submit|file|make|do|send) (it|the request|the ticket|a ticket|a request|this|that)\b|\b(pouvez vous|vous pouvez|tu peux|peux tu|pourriez vous) (juste |simplement )?(l |la |le )?(ouvrir|creer|faire|lancer|envoyer|saisir) (la demande|le ticket|une demande|un ticket|pour moi)|\b(open|create|raise|log|submit) (it|the request|the ticket) for me\b|\b(ouvrez|creez|faites|lancez) (la|le|une|un) (demande|ticket) pour moi\b/;

/** "Pascal à côté me dit qu'il a la même erreur", "my colleague gets the same error": someone else hit as well. */
// "btw Mickael and Melanie in our office got the same email too", "Julie et Paul ont reçu le même mail": the lure reached others.
export const SAME_ERROR_NEXT_DOOR = /\b((il|elle|ils|elles) (a|ont) (la|le) meme (erreur|probleme|souci|bug|message)|(has|have|gets|got|is getting) the same (error|problem|issue|message)|(got|received|had) the same (email|mail|message|text|sms|link)|(a|ont) (recu|eu) (le|la) meme (mail|email|message|sms|lien))\b/;

/**
 * "take my laptop off it", "enlevez le PC", "pas d'appareil", "just remove PC-FIN-0932, device unknown", "put it on my
 * laptop rather than the desktop": the device the intake set is not the one.
 */
export const DEVICE_WITHDRAWN = /\b((take|remove) (my|the|that) (\w+ )?(laptop|pc|computer|device|machine|phone|printer|screen|monitor) off|there s no (device|machine)|no device|(enlevez|enleve|retirez|retire|supprimez) (le|la|l|mon|ma) ?(\w+ )?(pc|poste|ordi|portable|appareil|machine|telephone|imprimante)?|pas d appareil|aucun appareil|(enlevez|enleve|retirez|retire|supprimez|otez) [a-z]{2,5} [a-z]{2,6} \d{3,6}|(remove|delete|drop) (it|that|this|the device|the machine|the pc|[a-z]{2,4} [a-z]{2,6} \d{3,6})|(device|appareil) (unknown|inconnu)|unknown device|(the )?(device|machine|pc|computer|appareil|poste) (is|est) (wrong|faux|incorrect|pas le bon)|(rather than|instead of|not on) (the|my) (desktop|pc|computer|workstation)|(plutot que|au lieu de|pas sur) (le|mon) (pc|poste|ordi)( fixe)?)\b/;

/**
 * "c pas pour moi, c pour le poste de ma collegue Nadia Brun", "PC-DRH-0901 c mon pc a moi, c pas le bon", "it's for my
 * colleague's computer": the machine the intake took from the requester's own is not the one.
 */
export const ANOTHER_PERSONS_MACHINE =
  /\b(poste|pc|ordi|ordinateur|portable|computer|laptop|machine) (de|d|of) (ma|mon|la|le|my|the) (collegue|voisine?|cheffe?|assistante?|secretaire|colleague|neighbour|boss|assistant)\b|\b(colleague|coworker) s (pc|computer|laptop|machine|desk)\b|\b(pc|poste|ordi|ordinateur|computer|laptop|machine)\b.{0,30}\b(pas|not) (le bon|la bonne|the right one|the right)\b|\bpas le bon (pc|poste|ordi|ordinateur)\b|\b(le pc|le poste|l ordi) (c est |c )?pas le mien\b/;

/** A device's button as the intake offers it: its tag, a dash, its model. */
export const DEVICE_BUTTON = /^[A-Z]{2,4}-[A-Z]{2,6}-\d{3,6} [—–-] /;

/**
 * "non mais c'est pas une panne, je veux juste savoir comment changer mon mot de passe", "it's not a problem, just a
 * question: …": nothing is broken, the user asks how.
 */
const JUST_A_QUESTION =
  /\b((c est |ce n est |c )?pas (une panne|en panne|un incident|un probleme|un bug)|(it s |it is |its )?not broken|(it s |it is )?not (a|an) (problem|fault|breakdown|incident|issue)|nothing s? (is )?broken)\b.{0,40}\b(juste|seulement|simplement|just|only)\b.{0,12}\b(savoir|une question|demander|connaitre|question|asking|wondering|want(ed)? to know)\b|^((non|no|nan)( mais)? )?(je veux|je voulais|j aimerais|i want(ed)?|i d like)? ?(juste|seulement|simplement|just|only) (savoir|une question|a question|asking|to know)\b|^((non|no|nan)( mais| but)? )?(i|je) (just|only|juste|seulement) (want(ed)?|need(ed)?|veux|voulais) (to know|to ask|savoir|demander)\b|\b(je (ne )?(veux|voulais) pas (faire|ouvrir|de) (de |un )?ticket|pas besoin de ticket|i don t want a ticket|no ticket needed)\b.{0,80}\b(je demande|juste|just|only|comment|how)\b/;

export function saysItIsJustAQuestion(text: string): boolean {
  return JUST_A_QUESTION.test(foldAnswer(text));
}

/** "non c pas en panne, je veux juste savoir comment faire un renvoi d'appel": the words after "juste savoir". */
const WHAT_IS_ASKED = /\b(?:juste|seulement|simplement|just|only) (?:savoir|to know|demander|to ask)\s*(?:,|:)?\s*/i;

export function questionInJustAQuestion(text: string): string {
  const folded = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const found = WHAT_IS_ASKED.exec(folded);
  const rest = found ? text.slice(found.index + found[0].length).trim() : '';
  return rest.split(/\s+/).length >= 3 ? rest : text;
}

/** "ça peut attendre demain matin", "it can wait": how long it can wait, said with the day. */
const CAN_WAIT_UNTIL = /\b(peut|peuvent|pourra) attendre|can wait|it ll keep\b/;
export function saysItCanWait(text: string): boolean {
  return CAN_WAIT_UNTIL.test(foldAnswer(text));
}
