/**
 * Text folding for matching: lower case, no accents, apostrophes and punctuation turned into spaces,
 * SMS forms and glued elisions expanded. Lexicon phrases are written in this folded form.
 *
 * @example
 * foldTokens("Bjr, l'écran du PC est tt noir") // ['bonjour', 'l', 'ecran', 'du', 'pc', 'est', 'tout', 'noir']
 */

const NON_ASCII = /[^\x00-\x7f]/;

/** Accent and case folding only: "Réa É" → "rea e". */
export function fold(text: string): string {
  // ASCII text has no accent, no ligature: only case to fold.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase();
}

/** Subjects before which "ma" is "m'a" ("ça ma demandé", "elle ma appelé"). */
const ELIDED_SUBJECTS: ReadonlySet<string> = new Set(['ca', 'il', 'elle', 'on', 'qui', 'cela', 'ils', 'elles']);

/** SMS forms and contractions staff use in chat, written folded, with their expansion. */
const SMS_FORMS: Record<string, string> = {
  mdp: 'mot de passe',
  mdps: 'mots de passe',
  pwd: 'password',
  svp: 's il vous plait',
  stp: 's il te plait',
  bjr: 'bonjour',
  bjour: 'bonjour',
  bsr: 'bonsoir',
  slt: 'salut',
  bcp: 'beaucoup',
  tt: 'tout',
  tte: 'toute',
  ttes: 'toutes',
  ts: 'tous',
  pr: 'pour',
  ds: 'dans',
  qqn: 'quelqu un',
  qqun: 'quelqu un',
  qq: 'quelques',
  qqch: 'quelque chose',
  jveux: 'je veux',
  jvoudrais: 'je voudrais',
  jvx: 'je veux',
  jpeux: 'je peux',
  jarrive: 'j arrive',
  jsuis: 'je suis',
  chui: 'je suis',
  jai: 'j ai',
  g: 'j ai',
  c: 'c est',
  koi: 'quoi',
  kan: 'quand',
  ke: 'que',
  pk: 'pourquoi',
  pq: 'pourquoi',
  pb: 'probleme',
  pbm: 'probleme',
  pbs: 'problemes',
  pa: 'pas',
  ptit: 'petit',
  ptite: 'petite',
  tel: 'telephone',
  tels: 'telephones',
  ordi: 'ordinateur',
  ordis: 'ordinateurs',
  hs: 'hors service',
  msg: 'message',
  rdv: 'rendez vous',
  auj: 'aujourd hui',
  mm: 'meme',
  nn: 'non',
  mrc: 'merci',
  dc: 'donc',
  bat: 'batiment',
  bats: 'batiments',
  imp: 'imprimante',
  impr: 'imprimante',
  thx: 'thanks',
  thks: 'thanks',
  tks: 'thanks',
  ty: 'thank you',
  pls: 'please',
  plz: 'please',
  plse: 'please',
  u: 'you',
  ur: 'your',
  doesnt: 'does not',
  dont: 'do not',
  didnt: 'did not',
  cant: 'can not',
  cannot: 'can not',
  wont: 'will not',
  isnt: 'is not',
  wasnt: 'was not',
  arent: 'are not',
  im: 'i am',
  ive: 'i have',
};

/** Words before "scanner" that make it a verb ("je peux scanner", "faut scanner"); after an article it is the machine. */
const BEFORE_THE_VERB = new Set([
  'peut', 'peux', 'pouvons', 'pouvez', 'peuvent', 'pu', 'arrive', 'arrivons', 'arrivez', 'arrivent', 'faut', 'dois', 'doit',
  'devons', 'devez', 'doivent', 'sais', 'sait', 'veux', 'veut', 'voulons', 'voulez', 'veulent',
]);
/** "impossible de scanner", "essayé de scanner": "de" before the verb; "en attente de scanner", "plus de scanner" name the exam or the machine. */
const BEFORE_DE_THE_VERB = new Set(['impossible', 'essaye', 'essaie', 'essayer', 'essayons', 'arrive', 'arrivons', 'arrete', 'oublie', 'fini', 'finir', 'permet', 'moyen']);
/** Words after "scanner" that make it a verb with its object ("scanner les bons", "scanner mes ordonnances"). */
const OBJECT_AFTER_THE_VERB = new Set(['les', 'mes', 'nos', 'vos', 'ses', 'ces', 'leurs', 'un', 'une', 'ce', 'cette', 'ma', 'mon', 'ta', 'ton', 'sa', 'son']);
/** "scanner des documents": "des" makes an object only before paper ("le scanner des urgences" is a place). */
const PAPER = /^(documents?|papiers?|feuilles?|bons?|ordonnances?|courriers?|dossiers?|pieces?|factures?|cartes?|formulaires?|pages?|cr|crs)$/;
const ARTICLES = new Set(['le', 'l', 'du', 'au', 'un', 'ce', 'mon', 'notre', 'votre', 'leur', 'son', 'ton', 'the', 'a', 'our', 'my', 'ct']);

function scansPaper(beforePrevious: string | undefined, previous: string | undefined, next: string | undefined, afterNext: string | undefined): boolean {
  if (previous !== undefined && ARTICLES.has(previous) && previous !== 'a') return false;
  if (previous !== undefined && BEFORE_THE_VERB.has(previous)) return true;
  if ((previous === 'de' || previous === 'd') && beforePrevious !== undefined && BEFORE_DE_THE_VERB.has(beforePrevious)) return true;
  if (next !== undefined && OBJECT_AFTER_THE_VERB.has(next)) return true;
  return next === 'des' && afterNext !== undefined && PAPER.test(afterNext);
}

/** Words after which a single letter is a building name ("bâtiment C"), not an SMS form. */
const BUILDING_WORDS = new Set(['batiment', 'bat', 'building', 'aile', 'wing', 'pavillon', 'block']);

const C_ELIDED_BEFORE: ReadonlySet<string> = new Set(['est', 'etait', 'etaient', 'eut', 'en']);

const APOSTROPHES = /['’`´‘]/;

/** French elisions glued to the next word when the apostrophe is forgotten ("lécran", "jai"). */
const ELIDED = /^([ldjnmtcs])([aeiouyh][a-z]{3,})$/;

/**
 * Folded tokens. `knownWords` lets the caller split a glued elision only when what follows is a
 * word it knows ("lecran" → "l ecran", but "lundi" stays "lundi").
 */
export function foldTokens(text: string, knownWords?: ReadonlySet<string>): string[] {
  let folded = fold(text);
  // Contractions and apostrophes, skipped when the text has no apostrophe at all (most messages).
  if (APOSTROPHES.test(folded)) {
    folded = folded
      .replace(/\b(won|can)['’]t\b/g, (_match, verb: string) => (verb === 'won' ? 'will not' : 'can not'))
      .replace(/n['’]t\b/g, ' not')
      .replace(/['’`´‘]/g, ' ');
  }
  const raw = folded.replace(/[^a-z0-9&]+/g, ' ').trim();
  if (raw === '') return [];
  const tokens: string[] = [];
  const words = raw.split(' ');
  for (let index = 0; index < words.length; index++) {
    const token = words[index]!;
    const previous = tokens[tokens.length - 1];
    const namesABuilding = token.length === 1 && previous !== undefined && BUILDING_WORDS.has(previous);
    // "c'est", "c'était": the elided "ce" of the verb that follows, not the SMS "c" for "c'est".
    const elision = token === 'c' && C_ELIDED_BEFORE.has(words[index + 1] ?? '');
    const expansion = namesABuilding || elision ? undefined : Object.hasOwn(SMS_FORMS, token) ? SMS_FORMS[token] : undefined;
    if (expansion !== undefined) {
      tokens.push(...expansion.split(' '));
      continue;
    }
    const elided = knownWords && token.length >= 5 && !knownWords.has(token) ? ELIDED.exec(token) : null;
    if (elided && knownWords!.has(elided[2]!)) {
      tokens.push(elided[1]!, elided[2]!);
      continue;
    }
    // "ça ma demandé", "il ma dit": "m'a" written without its apostrophe, not "ma demande" (my request).
    if (token === 'ma' && previous !== undefined && ELIDED_SUBJECTS.has(previous)) {
      tokens.push('m', 'a');
      continue;
    }
    // "impossible de scanner les bons", "on peut scanner plus tard": the verb, paper being digitised, not the CT scanner.
    if (token === 'scanner' && scansPaper(tokens[tokens.length - 2], previous, words[index + 1], words[index + 2])) {
      tokens.push('numeriser');
      continue;
    }
    // "Compte(s) rendu(s)" is a report, "CR" as staff write it: read as one word, it is no account.
    if ((token === 'rendu' || token === 'rendus') && (previous === 'compte' || previous === 'comptes')) {
      tokens[tokens.length - 1] = 'cr';
      continue;
    }
    tokens.push(token);
  }
  return tokens;
}
