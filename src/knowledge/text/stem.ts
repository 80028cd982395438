import snowball from 'snowball-stemmers';
import type { Language } from '../../triage/index.js';
import { LEXICON_STEMS } from './lexicon-stems.js';
import { fold } from './normalize.js';

const stemmers = {
  fr: snowball.newStemmer('french'),
  en: snowball.newStemmer('english'),
};

// Seeded with the stems of the lexicon and stop words (generated): the stemmer is slow to start and
// they would cost it some 3,000 calls at start-up. A word missing from the seed is stemmed on first use.
const cache = {
  fr: new Map<string, string>(Object.entries(LEXICON_STEMS.fr)),
  en: new Map<string, string>(Object.entries(LEXICON_STEMS.en)),
};
const CACHE_LIMIT = 100_000;

/**
 * Snowball stem of one lower-case token, then folded. Unaccented French past participles typed
 * without accents ("bloquee", "verrouillees") get their accent back first, so they stem like
 * "bloquée" → "bloqu".
 */
export function stem(token: string, lang: Language): string {
  const memo = cache[lang];
  const known = memo.get(token);
  if (known !== undefined) return known;
  const result = computeStem(token, lang);
  if (memo.size >= CACHE_LIMIT) memo.clear();
  memo.set(token, result);
  return result;
}

/** stem() without the cache: what the seed table must hold. */
export function computeStem(token: string, lang: Language): string {
  let word = token;
  if (lang === 'fr') word = word.replace(/ee(s?)$/, 'ée$1');
  return /\d/.test(word) ? fold(word) : fold(stemmers[lang].stem(word));
}
