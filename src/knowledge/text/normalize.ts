/**
 * Case and accent folding, and tokenisation of the French and English text staff type.
 *
 * ```ts
 * tokenize("L'imprimante n'imprime plus !"); // ['l', 'imprimante', 'n', 'imprime', 'plus']
 * fold('Réanimation');                      // 'reanimation'
 * ```
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const PLAIN = /^[a-z0-9 ]*$/;
const folded = new Map<string, string>();

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

// 1 when the UTF-16 code unit is a letter or a digit; computed on first sight of each code.
const WORD_CHAR = new Uint8Array(65_536);
const KNOWN = new Uint8Array(65_536);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordChar(code: number): boolean {
  if (KNOWN[code] === 0) {
    KNOWN[code] = 1;
    WORD_CHAR[code] = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 0;
  }
  return WORD_CHAR[code] === 1;
}

/**
 * Splits lower-cased text into word tokens, keeping accents (the stemmer needs them): apostrophes,
 * hyphens and punctuation separate words; digits stay ("p2", "5000").
 */
export function tokenize(text: string): string[] {
  const lower = text.toLowerCase();
  const tokens: string[] = [];
  let start = -1;
  for (let i = 0; i < lower.length; i++) {
    if (isWordChar(lower.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      tokens.push(lower.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) tokens.push(lower.slice(start));
  return tokens;
}
