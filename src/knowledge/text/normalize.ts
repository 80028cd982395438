/**
 * Case and accent folding, and tokenisation of the French and English text staff type.
 *
 * ```ts
 * tokenize("L'imprimante n'imprime plus !"); // ['l', 'imprimante', 'n', 'imprime', 'plus']
 * fold('Réanimation');                      // 'reanimation'
 * ```
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower case, no diacritics, ligatures split: "Œdème Réa" → "oedeme rea". */
export function fold(text: string): string {
  if (PLAIN.test(text)) return text;
  const known = folded.get(text);
  if (known !== undefined) return known;
  const result = text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '');
  if (folded.size >= 50_000) folded.clear();
  folded.set(text, result);
  return result;
}

const PLAIN = /^[a-z0-9 ]*$/;
const folded = new Map<string, string>();

/**
 * Splits lower-cased text into word tokens, keeping accents (the stemmer needs them): apostrophes,
 * hyphens and punctuation separate words; digits stay ("p2", "5000").
 */
export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
}
