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
          vocabulary.add(alt);
        }
      }
      return { alternatives, prefixes, optional, gap: false };
    });
  return { source, words };
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

/** Index just after the match of words[w..] starting at token i, or -1. */
function matchFrom(tokens: string[], i: number, words: WordSpec[], w: number): number {
  if (w === words.length) return i;
  const spec = words[w]!;
  if (spec.gap) {
    for (let skip = 0; skip <= MAX_GAP && i + skip <= tokens.length; skip++) {
      const end = matchFrom(tokens, i + skip, words, w + 1);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (i < tokens.length && wordMatches(tokens[i]!, spec)) {
    const end = matchFrom(tokens, i + 1, words, w + 1);
    if (end >= 0) return end;
  }
  return spec.optional ? matchFrom(tokens, i, words, w + 1) : -1;
}

/** Position [start, end) of the first occurrence of the phrase, or undefined. */
export function locatePhrase(text: Prepared, phrase: Phrase): { start: number; end: number } | undefined {
  for (let start = 0; start < text.tokens.length; start++) {
    const end = matchFrom(text.tokens, start, phrase.words, 0);
    if (end > start) return { start, end };
  }
  return undefined;
}

export function matchPhrase(text: Prepared, phrase: Phrase): boolean {
  return locatePhrase(text, phrase) !== undefined;
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
    for (let start = 0; start < text.tokens.length; start++) {
      if (matchFrom(text.tokens, start, phrase.words, 0) > start) positions.add(start);
    }
  }
  return [...positions].sort((a, b) => a - b);
}
