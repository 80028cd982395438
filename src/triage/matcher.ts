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
  'quand', 'votre', 'notre', 'merci', 'bonne', 'bonjour', 'there', 'their', 'where', 'which', 'would',
  'could', 'should', 'about', 'after', 'again', 'since', 'still', 'other', 'these', 'those', 'being',
  'porte', 'poste', 'postes', 'parte', 'perte', 'paris', 'salle', 'selle', 'place', 'pause', 'passe',
  'fiche', 'fiches', 'feuille', 'feuilles', 'ligne', 'lignes', 'linge', 'marche', 'marches', 'matin', 'matins',
  'medecin', 'medecins', 'interne', 'internes', 'patient', 'patients', 'patiente', 'patientes', 'infirmier', 'infirmiere',
  'infirmieres', 'service', 'services', 'chambre', 'chambres', 'equipe', 'equipes', 'besoin', 'plusieurs', 'personne',
  'personnes', 'collegue', 'collegues', 'message', 'messages', 'minute', 'minutes', 'heure', 'heures', 'semaine',
  'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'lundi', 'monday', 'friday', 'morning', 'evening',
  'nurse', 'nurses', 'doctor', 'doctors', 'please', 'thanks', 'window', 'windows', 'press', 'print', 'prints', 'start',
  'urgence', 'urgences', 'started', 'stars', 'state', 'status', 'store', 'stored', 'score', 'scores', 'slope', 'scopes', 'scope', 'cope',
  'rappel', 'appel', 'appels', 'appelle', 'sonde', 'sondes', 'pompier', 'pompiers', 'bombe', 'tombe', 'tombee',
  'mettre', 'lettre', 'lettres', 'centre', 'entrer', 'entree', 'entrees', 'autre', 'ecrire', 'ecrit', 'manque',
  'marque', 'bloc', 'blocs', 'block', 'clock', 'check', 'checks', 'chose', 'choses', 'change', 'charge', 'charger',
  'chercher', 'classe', 'douche', 'douches', 'poche', 'poches', 'proche', 'reste', 'resto', 'retour', 'trouve',
  'trouver', 'preuve', 'reveil', 'sortie', 'sorties', 'sortir', 'passer', 'passe', 'poser', 'posee', 'envoye',
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
  const phrase = { source, words };
  compiled(phrase);
  return phrase;
}

export function compilePhrases(sources: readonly string[]): Phrase[] {
  return sources.map(compilePhrase);
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

const fuzzyCache = new Map<string, boolean>();

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
  const key = `${token}\u0000${word}`;
  const cached = fuzzyCache.get(key);
  if (cached !== undefined) return cached;
  const max = word.length >= 9 ? 2 : 1;
  const result = !differsByInflection(token, word) && editDistance(token, word, max) <= max;
  if (fuzzyCache.size > 50_000) fuzzyCache.clear();
  fuzzyCache.set(key, result);
  return result;
}

function wordMatches(token: string, spec: WordSpec): boolean {
  if (spec.number) return /^\d+$/.test(token);
  for (const alt of spec.alternatives) if (token === alt) return true;
  for (const prefix of spec.prefixes) if (token.startsWith(prefix)) return true;
  if (vocabulary.has(token)) return false;
  for (const alt of spec.alternatives) if (isTypoOf(token, alt)) return true;
  for (const prefix of spec.prefixes) {
    if (prefix.length >= 6 && token.length > prefix.length && editDistance(token.slice(0, prefix.length), prefix, 1) <= 1) {
      return token[0] === prefix[0] && !differsByInflection(token.slice(0, prefix.length), prefix);
    }
  }
  return false;
}

const MAX_GAP = 3;

/*
 * Speed. Matching a phrase list word by word at every position costs milliseconds per message, so:
 * - every distinct word spec gets a number; a word of a message is looked up once (then cached) to
 *   find the specs it matches, through indexes on exact words, prefixes, and first letter + length
 *   for typos (each candidate still checked by `wordMatches`, which stays the only definition);
 * - each phrase keeps the specs it cannot match without; a phrase one of which no word of the
 *   message matches is skipped; the others run the same backtracking as before;
 * - results are cached per prepared message, so the lists read several times cost nothing more.
 * Adding words to the vocabulary or new specs starts a new generation and drops every cache.
 */

interface CompiledWord {
  spec: number;
  optional: boolean;
  gap: boolean;
}

interface CompiledPhrase {
  /** Index in `phraseInfos`, where per-message results are kept. */
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
/** Exact words of six letters or more (typo candidates) by first letter and length: "c8" → specs by word. */
const typoWords = new Map<string, Map<string, number[]>>();
/** Prefixes of six letters or more (typo candidates) by first letter and length. */
const typoPrefixes = new Map<string, Map<string, number[]>>();

const phraseInfos = new WeakMap<Phrase, CompiledPhrase>();
let phraseCount = 0;
let generation = 0;

function pushTo<K>(map: Map<K, number[]>, key: K, id: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [id]);
  else if (list[list.length - 1] !== id) list.push(id);
}

function nested(map: Map<string, Map<string, number[]>>, word: string): Map<string, number[]> {
  const key = `${word[0]}${word.length}`;
  let inner = map.get(key);
  if (inner === undefined) {
    inner = new Map();
    map.set(key, inner);
  }
  return inner;
}

function specId(spec: WordSpec): number {
  const key = `${spec.number ? '#' : ''}\u0000${spec.alternatives.join('|')}\u0000${spec.prefixes.join('|')}`;
  const known = specIds.get(key);
  if (known !== undefined) return known;
  const id = specs.length;
  specs.push({ number: spec.number, alternatives: [...spec.alternatives], prefixes: [...spec.prefixes], optional: false, gap: false });
  specIds.set(key, id);
  if (spec.number) numberSpecs.push(id);
  for (const alt of spec.alternatives) {
    pushTo(exactIndex, alt, id);
    if (alt.length >= 6) pushTo(nested(typoWords, alt), alt, id);
  }
  for (const prefix of spec.prefixes) {
    if (!prefixIndex.has(prefix)) prefixLengths = [...new Set([...prefixLengths, prefix.length])].sort((a, b) => a - b);
    pushTo(prefixIndex, prefix, id);
    if (prefix.length >= 6) pushTo(nested(typoPrefixes, prefix), prefix, id);
  }
  newGeneration();
  return id;
}

function compiled(phrase: Phrase): CompiledPhrase {
  const known = phraseInfos.get(phrase);
  if (known !== undefined) return known;
  const words = phrase.words.map((spec) => ({ spec: spec.gap ? -1 : specId(spec), optional: spec.optional, gap: spec.gap }));
  const required = [...new Set(words.filter((word) => !word.gap && !word.optional).map((word) => word.spec))];
  const info: CompiledPhrase = { index: phraseCount++, words, required };
  phraseInfos.set(phrase, info);
  return info;
}

/** Specs each word matches, computed once per word (bounded cache, dropped with the generation). */
const tokenSpecs = new Map<string, ReadonlySet<number>>();
const TOKEN_CACHE_SIZE = 20_000;

function newGeneration(): void {
  generation++;
  tokenSpecs.clear();
}

function specsOf(token: string): ReadonlySet<number> {
  const cached = tokenSpecs.get(token);
  if (cached !== undefined) return cached;
  const candidates = new Set<number>(exactIndex.get(token));
  for (const length of prefixLengths) {
    if (length > token.length) break;
    const ids = prefixIndex.get(token.slice(0, length));
    if (ids !== undefined) for (const id of ids) candidates.add(id);
  }
  if (/^\d+$/.test(token)) for (const id of numberSpecs) candidates.add(id);
  if (!vocabulary.has(token) && token.length >= 5) {
    // Typos keep the first letter and change the length by two at most (see isTypoOf).
    for (let length = Math.max(6, token.length - 2); length <= token.length + 2; length++) {
      const words = typoWords.get(`${token[0]}${length}`);
      if (words !== undefined) for (const ids of words.values()) for (const id of ids) candidates.add(id);
    }
    for (let length = 6; length < token.length; length++) {
      const prefixes = typoPrefixes.get(`${token[0]}${length}`);
      if (prefixes !== undefined) for (const ids of prefixes.values()) for (const id of ids) candidates.add(id);
    }
  }
  const matched = new Set<number>();
  for (const id of candidates) if (wordMatches(token, specs[id]!)) matched.add(id);
  if (tokenSpecs.size >= TOKEN_CACHE_SIZE) tokenSpecs.clear();
  tokenSpecs.set(token, matched);
  return matched;
}

const NOT_LOOKED = -2;
const ABSENT = -1;

/** What is known of one prepared message: the specs of each word, and each phrase's first match. */
interface MessageState {
  generation: number;
  tokens: readonly string[];
  length: number;
  words: ReadonlyArray<ReadonlySet<number>>;
  /** present[spec] = 1 when some word of the message matches the spec. */
  present: Uint8Array;
  /** Per phrase index: start of the first match, ABSENT, or NOT_LOOKED. */
  starts: Int32Array;
  ends: Int32Array;
}

const states = new WeakMap<Prepared, MessageState>();

function stateOf(text: Prepared, phraseIndex: number): MessageState {
  let state = states.get(text);
  if (
    state === undefined ||
    state.generation !== generation ||
    state.tokens !== text.tokens ||
    state.length !== text.tokens.length ||
    state.starts.length <= phraseIndex
  ) {
    const words = text.tokens.map(specsOf);
    const present = new Uint8Array(specs.length);
    for (const ids of words) for (const id of ids) present[id] = 1;
    const size = Math.max(phraseCount, phraseIndex + 1);
    state = {
      generation,
      tokens: text.tokens,
      length: text.tokens.length,
      words,
      present,
      starts: new Int32Array(size).fill(NOT_LOOKED),
      ends: new Int32Array(size),
    };
    states.set(text, state);
  }
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

/** False when some word the phrase needs is nowhere in the message. */
function possible(state: MessageState, info: CompiledPhrase): boolean {
  for (const id of info.required) if (state.present[id] !== 1) return false;
  return true;
}

/** Start of the first match (ABSENT when none), cached in the message state. */
function firstStart(text: Prepared, phrase: Phrase): { state: MessageState; start: number } {
  const info = compiled(phrase);
  const state = stateOf(text, info.index);
  let start = state.starts[info.index]!;
  if (start === NOT_LOOKED) {
    start = ABSENT;
    if (possible(state, info)) {
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
  }
  return { state, start };
}

/** Position [start, end) of the first occurrence of the phrase, or undefined. */
export function locatePhrase(text: Prepared, phrase: Phrase): { start: number; end: number } | undefined {
  const { state, start } = firstStart(text, phrase);
  return start === ABSENT ? undefined : { start, end: state.ends[compiled(phrase).index]! };
}

export function matchPhrase(text: Prepared, phrase: Phrase): boolean {
  return firstStart(text, phrase).start !== ABSENT;
}

/** The first phrase of the list found in the text, or undefined. */
export function findAny(text: Prepared, phrases: readonly Phrase[]): Phrase | undefined {
  return phrases.find((phrase) => matchPhrase(text, phrase));
}

export function matchesAny(text: Prepared, phrases: readonly Phrase[]): boolean {
  return findAny(text, phrases) !== undefined;
}

/** How many distinct phrases of the list occur in the text. */
export function countMatches(text: Prepared, phrases: readonly Phrase[]): number {
  return phrases.filter((phrase) => matchPhrase(text, phrase)).length;
}

/** Token positions where any phrase of the list starts (every occurrence, sorted). */
export function positionsOf(text: Prepared, phrases: readonly Phrase[]): number[] {
  const positions = new Set<number>();
  for (const phrase of phrases) {
    const { state, start } = firstStart(text, phrase);
    if (start === ABSENT) continue;
    positions.add(start);
    const info = compiled(phrase);
    for (let from = start + 1; from < state.length; from++) {
      if (matchFrom(state.words, from, info.words, 0) > from) positions.add(from);
    }
  }
  return [...positions].sort((a, b) => a - b);
}
