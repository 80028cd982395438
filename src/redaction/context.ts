/** How far back (in characters) a context phrase is looked for before a candidate. */
const LOOKBACK_CHARS = 160;

/**
 * A list of phrases ("IPP", "sécurité sociale", "n° sécu") one of which must end at most `window`
 * words before a candidate. Phrases are compared as lower-case words without accents or punctuation.
 */
export interface ContextRule {
  phrases: readonly (readonly string[])[];
  window: number;
}

/** Lower-case, accent-free words of a text, punctuation dropped: "N° Sécu :" → ["n", "secu"]. */
export function normalizeWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

export function compileContext(phrases: readonly string[], window: number): ContextRule {
  return { phrases: phrases.map(normalizeWords).filter((words) => words.length > 0), window };
}

/**
 * True when one of the rule's phrases ends at most `rule.window` words before `index` in `text`,
 * with no number between them.
 */
export function hasContextBefore(text: string, index: number, rule: ContextRule): boolean {
  if (rule.phrases.length === 0) return false;
  const words = normalizeWords(text.slice(Math.max(0, index - LOOKBACK_CHARS), index));
  // A phrase introduces the next number only: "IPP 80123456, NDA 2026004512" gives NDA no IPP context.
  let window = 0;
  while (window < rule.window && window < words.length && !/\p{N}/u.test(words[words.length - 1 - window]!)) window++;
  for (const phrase of rule.phrases) {
    for (let gap = 0; gap <= window; gap++) {
      const start = words.length - gap - phrase.length;
      if (start < 0) break;
      if (phrase.every((word, i) => words[start + i] === word)) return true;
    }
  }
  return false;
}
