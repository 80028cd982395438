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

/** Words after which a single letter is a building name ("bâtiment C"), not an SMS form. */
const BUILDING_WORDS = new Set(['batiment', 'bat', 'building', 'aile', 'wing', 'pavillon', 'block']);

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
    const elision = token === 'c' && words[index + 1] === 'est';
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
    // "Compte(s) rendu(s)" is a report, "CR" as staff write it: read as one word, it is no account.
    if ((token === 'rendu' || token === 'rendus') && (previous === 'compte' || previous === 'comptes')) {
      tokens[tokens.length - 1] = 'cr';
      continue;
    }
    tokens.push(token);
  }
  return tokens;
}
