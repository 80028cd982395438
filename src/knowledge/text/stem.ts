import snowball from 'snowball-stemmers';
import type { Language } from '../../triage/index.js';
import { fold } from './normalize.js';

const stemmers = {
  fr: snowball.newStemmer('french'),
  en: snowball.newStemmer('english'),
};

const cache = { fr: new Map<string, string>(), en: new Map<string, string>() };
const CACHE_LIMIT = 50_000;

/**
 * Snowball stem of one lower-case token, then folded. Unaccented French past participles typed
 * without accents ("bloquee", "verrouillees") get their accent back first, so they stem like
 * "bloquée" → "bloqu".
 */
export function stem(token: string, lang: Language): string {
  const memo = cache[lang];
  const known = memo.get(token);
  if (known !== undefined) return known;
  let word = token;
  if (lang === 'fr') word = word.replace(/ee(s?)$/, 'ée$1');
  const result = /\d/.test(word) ? fold(word) : fold(stemmers[lang].stem(word));
  if (memo.size >= CACHE_LIMIT) memo.clear();
  memo.set(token, result);
  return result;
}
