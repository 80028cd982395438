import { foldTokens } from './normalize.js';

/**
 * Phrase matching over folded tokens, tolerant to common typos.
 *
 * Phrase syntax (already folded, words separated by spaces):
 * - `imprim*`  a word starting with "imprim"
 * - `ne|n`     one of several words
 * - `de?`      an optional word
 * - `..`       a gap of zero to three words
 * - `#`        a number
 * - `(a b|c)`   alternatives of several words (compilePhrases expands them into one phrase each)
 *
 * A word of six letters or more also matches a typo at edit distance 1 (two from nine letters) that
 * keeps the first letter, unless the typed word is itself a known word or only another form of it:
 * "impossibl", "conecter", "imprimente" match; "porte" never matches "poste", nor "installé" "installer".
 *
 * @example
 * const phrase = compilePhrase('ne .. plus marche*');
 * matchPhrase(prepare("l'imprimante ne marche plus"), phrase) // false: order matters
 * matchPhrase(prepare('ça ne marche plus'), compilePhrase('ne .. marche* plus')) // true
 */

interface WordSpec {
  number?: boolean;
  alternatives: string[];
  prefixes: string[];
  optional: boolean;
  gap: boolean;
}

export interface Phrase {
  source: string;
  words: WordSpec[];
}

/** A message ready for matching: folded tokens plus the folded text for character-level checks. */
export interface Prepared {
  tokens: string[];
  /** Tokens joined by single spaces, with a space at each end: " l ecran est noir ". */
  joined: string;
  /** The original message, untouched (ticket numbers, asset tags, punctuation). */
  raw: string;
}

/** Every exact word known to some lexicon: never "corrected" into another word. */
const vocabulary = new Set<string>();

/** Frequent short words that must never be read as typos of lexicon words. */
const COMMON_WORDS = [
  'depuis', 'encore', 'toujours', 'autre', 'autres', 'comme', 'leurs', 'cette', 'entre', 'apres', 'avant',
  'attendez', 'attends', 'quand', 'votre', 'notre', 'merci', 'bonne', 'bonjour', 'there', 'their', 'where', 'which', 'would',
  'could', 'should', 'about', 'after', 'again', 'since', 'still', 'other', 'these', 'those', 'being',
  'porte', 'poste', 'postes', 'swamped', 'infectious', 'infectiologie', 'infectiologue', 'infectiology', 'parte', 'perte', 'paris', 'salle', 'selle', 'place', 'pause', 'passe',
  'fiche', 'fiches', 'feuille', 'feuilles', 'ligne', 'lignes', 'linge', 'marche', 'marches', 'matin', 'matins',
  'medecin', 'medecins', 'interne', 'internes', 'patient', 'patients', 'patiente', 'patientes', 'infirmier', 'infirmiere',
  'infirmieres', 'service', 'services', 'chambre', 'chambres', 'equipe', 'equipes', 'besoin', 'plusieurs', 'personne',
  'personnes', 'instable', 'instables', 'brancher', 'branche', 'branchee', 'branches', 'branchez', 'branchent', 'collegue', 'collegues', 'message', 'messages', 'minute', 'minutes', 'heure', 'heures', 'semaine',
  'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'lundi', 'monday', 'friday', 'morning', 'evening',
  'nurse', 'nurses', 'doctor', 'doctors', 'please', 'thanks', 'window', 'windows', 'press', 'print', 'prints', 'start',
  'urgence', 'urgences', 'started', 'stars', 'state', 'status', 'store', 'stored', 'score', 'scores', 'slope', 'scopes', 'scope', 'cope',
  'rappel', 'appel', 'appels', 'appelle', 'sonde', 'sondes', 'pompier', 'pompiers', 'bombe', 'tombe', 'tombee',
  'mettre', 'lettre', 'lettres', 'centre', 'entrer', 'entree', 'entrees', 'autre', 'ecrire', 'ecrit', 'manque',
  'marque', 'bloc', 'blocs', 'block', 'clock', 'check', 'checks', 'chose', 'choses', 'change', 'charge', 'charger',
  'chercher', 'classe', 'douche', 'douches', 'poche', 'poches', 'proche', 'reste', 'resto', 'retour', 'trouve',
  'trouver', 'preuve', 'reveil', 'sortie', 'sorties', 'sortir', 'passer', 'passe', 'poser', 'posee', 'envoye',
  // Care words a typo away from security ones ("injectent" is not "infectent").
  'injecte', 'injectent', 'injecter', 'injectons', 'injectez', 'injecteur', 'injecteurs', 'injection', 'injections',
  // "j'ai regardé l'étiquette" is not "retard".
  'regarde', 'regardes', 'regarder', 'regardez', 'regardons', 'regardent', 'regardee',
  // "un saturo portable" is a pulse oximeter, not a saturated workaround.
  'saturo', 'saturos', 'saturometre', 'saturometres', 'saturation',
  // "we're phoning the lab" is not phishing.
  'phoning', 'phoned', 'phones', 'phone',
  // "I'm presenting at grand rounds" is not pretending to be someone.
  'presenting', 'presented', 'presentation',
  // "je suis complètement bloquée" is not a locked account ("compte … bloqué").
  'completement', 'complete', 'completes', 'completer', 'complet', 'complets',
  // Words that look like a glued elision and are not: "le cable débranché" is no "c able", "savoir" no "s avoir".
  'cable', 'cables', 'cablage', 'center', 'centers', 'savoir', 'savez', 'savons', 'savait', 'legalement', 'caller', 'callers',
  'couvre', 'couvrir', 'couvert', 'cover', 'covers', 'covered', 'tetes', 'mother', 'mothers', 'table', 'tables',
];
for (const word of COMMON_WORDS) vocabulary.add(word);

export function compilePhrase(source: string): Phrase {
  const words: WordSpec[] = source
    .trim()
    .split(/\s+/)
    .map((part) => {
      if (part === '..') return { alternatives: [], prefixes: [], optional: false, gap: true };
      if (part === '#') return { number: true, alternatives: [], prefixes: [], optional: false, gap: false };
      const optional = part.endsWith('?');
      const body = optional ? part.slice(0, -1) : part;
      const alternatives: string[] = [];
      const prefixes: string[] = [];
      for (const alt of body.split('|')) {
        if (alt.endsWith('*')) prefixes.push(alt.slice(0, -1));
        else {
          alternatives.push(alt);
          if (!vocabulary.has(alt)) {
            vocabulary.add(alt);
            newGeneration();
          }
        }
      }
      return { alternatives, prefixes, optional, gap: false };
    });
  const phrase: Phrase = { source, words };
  Object.defineProperty(phrase, COMPILED, { value: compileWords(phrase), enumerable: false });
  return phrase;
}

/** Every phrase source compiled so far, as written (for the lexicon lint). */
const sourcesCompiled: string[] = [];

export function compiledPhraseSources(): readonly string[] {
  return sourcesCompiled;
}

export function compilePhrases(sources: readonly string[]): Phrase[] {
  sourcesCompiled.push(...sources);
  return sources.flatMap(expandGroups).map(compilePhrase);
}

/**
 * "bip (de l|du|de la) interne" → "bip de l interne", "bip du interne", "bip de la interne"; a group followed by "?"
 * may also be left out: "we can (still )?work" → "we can still work", "we can work".
 */
export function expandGroups(source: string): string[] {
  const open = source.indexOf('(');
  if (open < 0) return [source];
  const close = source.indexOf(')', open);
  if (close < 0) throw new Error(`unclosed "(" in phrase: ${source}`);
  const optional = source[close + 1] === '?';
  const [before, after] = [source.slice(0, open), source.slice(close + (optional ? 2 : 1))];
  const choices = source.slice(open + 1, close).split('|');
  return (optional ? [...choices, ''] : choices).flatMap((choice) => expandGroups(`${before} ${choice.trim()} ${after}`.replace(/\s+/g, ' ').trim()));
}

export function prepare(text: string): Prepared {
  const tokens = foldTokens(text, vocabulary);
  return { tokens, joined: ` ${tokens.join(' ')} `, raw: text };
}

/** Optimal string alignment distance, stopping early above `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
  }
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      }
      rows[i]![j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/** Word endings that make another word, not a typo: "installe"/"installer", "medecin"/"medecine". */
const INFLECTIONS = new Set(['', 'e', 's', 'es', 'x', 'z', 'er', 'ez', 'ee', 'ees', 'ent', 'ant', 'd', 'ed', 'r', 'ing', 'ers']);

/** Endings no French or English word has ("impossibl"): a typo even when only an "e" is missing. */
const IMPOSSIBLE_ENDING = /[bcdfgkptv][lr]$/;

function differsByInflection(a: string, b: string): boolean {
  if (IMPOSSIBLE_ENDING.test(a) || IMPOSSIBLE_ENDING.test(b)) return false;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return INFLECTIONS.has(a.slice(common)) && INFLECTIONS.has(b.slice(common));
}

/** A typo of `word`: same first letter, small edit distance, and not merely another form of it. */
function isTypoOf(token: string, word: string): boolean {
  if (word.length < 6 || token.length < 5 || token[0] !== word[0]) return false;
  const max = word.length >= 9 ? 2 : 1;
  return withinDistance(token, word, max) && !differsByInflection(token, word);
}

const letterCounts = new Int32Array(128);

/**
 * True when the letters of `a` and `b`, taken as bags, differ by more than `max` (then so does their
 * edit distance: each edit changes the bag difference by one at most). Cheap, for ASCII words only.
 */
function bagsDifferMoreThan(a: string, b: string, max: number): boolean {
  for (let i = 0; i < a.length; i++) if (a.charCodeAt(i) >= 128) return false;
  for (let i = 0; i < b.length; i++) if (b.charCodeAt(i) >= 128) return false;
  for (let i = 0; i < a.length; i++) letterCounts[a.charCodeAt(i)]!++;
  for (let i = 0; i < b.length; i++) letterCounts[b.charCodeAt(i)]!--;
  let extra = 0;
  let missing = 0;
  for (let i = 0; i < a.length; i++) {
    const code = a.charCodeAt(i);
    const count = letterCounts[code]!;
    if (count > 0) extra += count;
    else missing -= count;
    letterCounts[code] = 0;
  }
  for (let i = 0; i < b.length; i++) {
    const code = b.charCodeAt(i);
    const count = letterCounts[code]!;
    if (count < 0) missing -= count;
    letterCounts[code] = 0;
  }
  return Math.max(extra, missing) > max;
}

/** Edit distance of at most `max` (same answer as `editDistance(a, b, max) <= max`, often sooner). */
function withinDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max || bagsDifferMoreThan(a, b, max)) return false;
  return editDistance(a, b, max) <= max;
}

function wordMatches(token: string, spec: WordSpec): boolean {
  if (spec.number) return /^\d+$/.test(token);
  for (const alt of spec.alternatives) if (token === alt) return true;
  for (const prefix of spec.prefixes) if (token.startsWith(prefix)) return true;
  if (vocabulary.has(token)) return false;
  for (const alt of spec.alternatives) if (isTypoOf(token, alt)) return true;
  for (const prefix of spec.prefixes) {
    if (prefix.length >= 6 && token.length > prefix.length && withinDistance(token.slice(0, prefix.length), prefix, 1)) {
      return token[0] === prefix[0] && !differsByInflection(token.slice(0, prefix.length), prefix);
    }
  }
  return false;
}

const MAX_GAP = 3;

/*
 * Speed. Trying every phrase at every word of a message costs milliseconds, so matching works on
 * numbers instead:
 * - each distinct word spec gets a number; each word of a message is looked up once (then cached)
 *   for the specs it matches, through indexes on exact words, on prefixes, and on first letter and
 *   length for typos; `wordMatches` above still decides every case the indexes cannot settle alone;
 * - a phrase is tried only when every spec it cannot do without matches some word of the message,
 *   and then with the same backtracking as `wordMatches` word by word;
 * - each phrase's first match is kept with the message, so lists read several times cost nothing more.
 * Adding a word to the vocabulary or a new spec starts a new generation, which drops these caches.
 */

interface CompiledWord {
  /** Spec number, -1 for a gap. */
  spec: number;
  optional: boolean;
  gap: boolean;
}

interface CompiledPhrase {
  /** Slot of the phrase in each message's results. */
  index: number;
  words: CompiledWord[];
  /** Specs every match needs (not optional, not a gap). */
  required: number[];
}

const specIds = new Map<string, number>();
const specs: WordSpec[] = [];
const exactIndex = new Map<string, number[]>();
const prefixIndex = new Map<string, number[]>();
/** Lengths of the prefixes in `prefixIndex`, ascending. */
let prefixLengths: number[] = [];
const numberSpecs: number[] = [];
/** Words (or prefixes) sharing a first letter and a length, each with the specs it belongs to. */
interface Bucket {
  words: string[];
  specs: number[][];
}
/** Exact words of six letters or more (typo candidates) by first letter and length: "c8". */
const typoWords = new Map<string, Bucket>();
/** Prefixes of six letters or more (typo candidates) by first letter and length. */
const typoPrefixes = new Map<string, Bucket>();

/** Compiled form of the phrases made by compilePhrase, kept out of sight on the phrase itself. */
const COMPILED = Symbol('compiled phrase');
/** Compiled form of phrases built by hand (not through compilePhrase). */
const otherPhrases = new WeakMap<Phrase, CompiledPhrase>();
let phraseCount = 0;
let generation = 0;

function pushTo(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

function addToBucket(map: Map<string, Bucket>, word: string, id: number): void {
  const key = `${word[0]}${word.length}`;
  let bucket = map.get(key);
  if (bucket === undefined) {
    bucket = { words: [], specs: [] };
    map.set(key, bucket);
  }
  const at = bucket.words.indexOf(word);
  if (at < 0) {
    bucket.words.push(word);
    bucket.specs.push([id]);
  } else if (!bucket.specs[at]!.includes(id)) bucket.specs[at]!.push(id);
}

function specId(spec: WordSpec): number {
  const key = JSON.stringify([spec.number === true, spec.alternatives, spec.prefixes]);
  const known = specIds.get(key);
  if (known !== undefined) return known;
  const id = specs.length;
  const { number, alternatives, prefixes } = spec;
  specs.push({ number, alternatives: [...alternatives], prefixes: [...prefixes], optional: false, gap: false });
  specIds.set(key, id);
  if (spec.number) numberSpecs.push(id);
  for (const alt of spec.alternatives) {
    pushTo(exactIndex, alt, id);
    if (alt.length >= 6) addToBucket(typoWords, alt, id);
  }
  for (const prefix of spec.prefixes) {
    if (!prefixIndex.has(prefix)) prefixLengths = [...new Set([...prefixLengths, prefix.length])].sort((a, b) => a - b);
    pushTo(prefixIndex, prefix, id);
    if (prefix.length >= 6) addToBucket(typoPrefixes, prefix, id);
  }
  newGeneration();
  return id;
}

function compileWords(phrase: Phrase): CompiledPhrase {
  const words = phrase.words.map((spec) => ({ spec: spec.gap ? -1 : specId(spec), optional: spec.optional, gap: spec.gap }));
  const required = [...new Set(words.filter((word) => !word.gap && !word.optional).map((word) => word.spec))];
  return { index: phraseCount++, words, required };
}

function compiled(phrase: Phrase): CompiledPhrase {
  const own = (phrase as { [COMPILED]?: CompiledPhrase })[COMPILED];
  if (own !== undefined) return own;
  let other = otherPhrases.get(phrase);
  if (other === undefined) {
    other = compileWords(phrase);
    otherPhrases.set(phrase, other);
  }
  return other;
}

/** Specs a word matches: as a set to test, as a list to walk. */
interface WordSpecs {
  set: ReadonlySet<number>;
  ids: Int32Array;
}

/** Specs each word matches, computed once per word (bounded cache, dropped with the generation). */
const tokenSpecs = new Map<string, WordSpecs>();
const TOKEN_CACHE_SIZE = 20_000;

function newGeneration(): void {
  generation++;
  tokenSpecs.clear();
}

function addAll(target: Set<number>, ids: readonly number[] | undefined): void {
  if (ids !== undefined) for (const id of ids) target.add(id);
}

function specsOf(token: string): WordSpecs {
  const cached = tokenSpecs.get(token);
  if (cached !== undefined) return cached;
  const candidates = new Set<number>(exactIndex.get(token));
  for (const length of prefixLengths) {
    if (length > token.length) break;
    addAll(candidates, prefixIndex.get(token.slice(0, length)));
  }
  if (/^\d+$/.test(token)) addAll(candidates, numberSpecs);
  const matched = new Set<number>();
  if (!vocabulary.has(token) && token.length >= 5) {
    // A typo keeps the first letter and changes the length by two at most (isTypoOf): every spec
    // with a word the token is a typo of matches (wordMatches), unless it stands for a number.
    for (let length = Math.max(6, token.length - 2); length <= token.length + 2; length++) {
      const bucket = typoWords.get(`${token[0]}${length}`);
      if (bucket === undefined) continue;
      for (let k = 0; k < bucket.words.length; k++) {
        if (!isTypoOf(token, bucket.words[k]!)) continue;
        for (const id of bucket.specs[k]!) (specs[id]!.number ? candidates : matched).add(id);
      }
    }
    // A typo in a prefix of six letters or more, shorter than the token: checked by wordMatches.
    for (let length = 6; length < token.length; length++) {
      const bucket = typoPrefixes.get(`${token[0]}${length}`);
      if (bucket === undefined) continue;
      const head = token.slice(0, length);
      for (let k = 0; k < bucket.words.length; k++) {
        if (withinDistance(head, bucket.words[k]!, 1)) addAll(candidates, bucket.specs[k]);
      }
    }
  }
  for (const id of candidates) if (!matched.has(id) && wordMatches(token, specs[id]!)) matched.add(id);
  const result: WordSpecs = { set: matched, ids: Int32Array.from(matched) };
  if (tokenSpecs.size >= TOKEN_CACHE_SIZE) tokenSpecs.clear();
  tokenSpecs.set(token, result);
  return result;
}

const NOT_LOOKED = -2;
const ABSENT = -1;

/** What is known of one prepared message: the specs of each word, and each phrase's first match. */
interface MessageState {
  text: Prepared | undefined;
  generation: number;
  tokens: readonly string[];
  length: number;
  words: Array<ReadonlySet<number>>;
  /** present[spec] = 1 when some word of the message matches the spec. */
  present: Uint8Array;
  /** Per phrase slot: start of the first match, ABSENT, or NOT_LOOKED. */
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * States of the last messages read, most recent first. The lexicons query one message many times in
 * a row; a message pushed out is simply read again if it comes back. Buffers are reused.
 */
const states: MessageState[] = [];
const STATE_SLOTS = 4;

function current(state: MessageState, text: Prepared): boolean {
  return (
    state.text === text &&
    state.generation === generation &&
    state.tokens === text.tokens &&
    state.length === text.tokens.length
  );
}

function stateOf(text: Prepared): MessageState {
  const first = states[0];
  if (first !== undefined && current(first, text)) return first;
  let at = states.findIndex((state) => current(state, text));
  if (at < 0) {
    at = states.length < STATE_SLOTS ? states.length : states.length - 1;
    states[at] = read(text, states[at]);
  }
  const state = states[at]!;
  states.splice(at, 1);
  states.unshift(state);
  return state;
}

function read(text: Prepared, reused: MessageState | undefined): MessageState {
  const state: MessageState = reused ?? {
    text: undefined,
    generation: -1,
    tokens: [],
    length: 0,
    words: [],
    present: new Uint8Array(0),
    starts: new Int32Array(0),
    ends: new Int32Array(0),
  };
  if (state.present.length < specs.length) state.present = new Uint8Array(specs.length);
  else state.present.fill(0);
  if (state.starts.length < phraseCount) {
    state.starts = new Int32Array(phraseCount);
    state.ends = new Int32Array(phraseCount);
  }
  state.starts.fill(NOT_LOOKED);
  const tokens = text.tokens;
  state.words.length = 0;
  for (const token of tokens) {
    const found = specsOf(token);
    state.words.push(found.set);
    for (const id of found.ids) state.present[id] = 1;
  }
  state.text = text;
  state.generation = generation;
  state.tokens = tokens;
  state.length = tokens.length;
  return state;
}

/** Index just after the match of words[w..] starting at token i, or -1 (same walk as wordMatches). */
function matchFrom(words: ReadonlyArray<ReadonlySet<number>>, i: number, phrase: CompiledWord[], w: number): number {
  if (w === phrase.length) return i;
  const word = phrase[w]!;
  if (word.gap) {
    for (let skip = 0; skip <= MAX_GAP && i + skip <= words.length; skip++) {
      const end = matchFrom(words, i + skip, phrase, w + 1);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (i < words.length && words[i]!.has(word.spec)) {
    const end = matchFrom(words, i + 1, phrase, w + 1);
    if (end >= 0) return end;
  }
  return word.optional ? matchFrom(words, i, phrase, w + 1) : -1;
}

/** Start of the phrase's first match in the message (ABSENT when none), cached in the state. */
function firstStart(state: MessageState, info: CompiledPhrase): number {
  if (info.index >= state.starts.length) {
    // A phrase compiled after the message was first read.
    const starts = new Int32Array(phraseCount + 64).fill(NOT_LOOKED);
    const ends = new Int32Array(phraseCount + 64);
    starts.set(state.starts);
    ends.set(state.ends);
    state.starts = starts;
    state.ends = ends;
  }
  let start = state.starts[info.index]!;
  if (start !== NOT_LOOKED) return start;
  start = ABSENT;
  let possible = true;
  // A phrase needing a spec that no word of the message matches cannot match.
  for (const id of info.required) {
    if (state.present[id] !== 1) {
      possible = false;
      break;
    }
  }
  if (possible) {
    for (let from = 0; from < state.length; from++) {
      const end = matchFrom(state.words, from, info.words, 0);
      if (end > from) {
        start = from;
        state.ends[info.index] = end;
        break;
      }
    }
  }
  state.starts[info.index] = start;
  return start;
}

/** Position [start, end) of the first occurrence of the phrase, or undefined. */
export function locatePhrase(text: Prepared, phrase: Phrase): { start: number; end: number } | undefined {
  const info = compiled(phrase);
  const state = stateOf(text);
  const start = firstStart(state, info);
  return start === ABSENT ? undefined : { start, end: state.ends[info.index]! };
}

export function matchPhrase(text: Prepared, phrase: Phrase): boolean {
  return firstStart(stateOf(text), compiled(phrase)) !== ABSENT;
}

/** A phrase list compiled once: each phrase's compiled form, and one spec it needs (-1 when none). */
interface CompiledList {
  length: number;
  infos: CompiledPhrase[];
  keys: Int32Array;
}

/** Lexicons are module constants: their lists are compiled once (a list that changed length is redone). */
const compiledLists = new WeakMap<readonly Phrase[], CompiledList>();

function compiledList(phrases: readonly Phrase[]): CompiledList {
  let list = compiledLists.get(phrases);
  if (list === undefined || list.length !== phrases.length) {
    const infos = phrases.map(compiled);
    list = { length: phrases.length, infos, keys: Int32Array.from(infos, (info) => info.required[0] ?? -1) };
    compiledLists.set(phrases, list);
  }
  return list;
}

/**
 * Calls `visit` with the position in the list and the start of each phrase found in the text, in list
 * order, until it returns true. A phrase needing a word the message lacks is passed over at the cost of
 * one array read.
 */
function scanList(text: Prepared, phrases: readonly Phrase[], visit: (position: number, start: number, state: MessageState) => boolean): void {
  // Compiling a list may add word specs, which makes every message be read again: compile first.
  const { infos, keys } = compiledList(phrases);
  const state = stateOf(text);
  const present = state.present;
  for (let i = 0; i < infos.length; i++) {
    const key = keys[i]!;
    if (key >= 0 && present[key] !== 1) continue;
    const start = firstStart(state, infos[i]!);
    if (start !== ABSENT && visit(i, start, state)) return;
  }
}

/** The first phrase of the list found in the text, or undefined. */
export function findAny(text: Prepared, phrases: readonly Phrase[]): Phrase | undefined {
  let found: Phrase | undefined;
  scanList(text, phrases, (position) => {
    found = phrases[position];
    return true;
  });
  return found;
}

export function matchesAny(text: Prepared, phrases: readonly Phrase[]): boolean {
  return findAny(text, phrases) !== undefined;
}

/** How many distinct phrases of the list occur in the text. */
export function countMatches(text: Prepared, phrases: readonly Phrase[]): number {
  let count = 0;
  scanList(text, phrases, () => {
    count++;
    return false;
  });
  return count;
}

/** Token position of the first phrase of the list found in the text (Infinity when none). */
export function firstPosition(text: Prepared, phrases: readonly Phrase[]): number {
  let first = Infinity;
  scanList(text, phrases, (_position, start) => {
    if (start < first) first = start;
    return false;
  });
  return first;
}

/** Token positions where any phrase of the list starts (every occurrence, sorted). */
export function positionsOf(text: Prepared, phrases: readonly Phrase[]): number[] {
  const positions = new Set<number>();
  const { infos } = compiledList(phrases);
  scanList(text, phrases, (position, start, state) => {
    positions.add(start);
    const info = infos[position]!;
    for (let from = start + 1; from < state.length; from++) {
      if (matchFrom(state.words, from, info.words, 0) > from) positions.add(from);
    }
    return false;
  });
  return [...positions].sort((a, b) => a - b);
}
