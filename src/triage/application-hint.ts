import { compilePhrases, firstPosition, prepare, type Phrase, type Prepared } from './matcher.js';

/** Finds which business application a message names, from the hospital's own names for them. */
export interface ApplicationFinder {
  /** The code of the application named first in `text`, or undefined. */
  find(text: string | Prepared): string | undefined;
}

/**
 * Builds a finder from application codes and the phrases staff use for each ("dpi": ["cristal net",
 * "dossier patient*"]). Phrases follow the lexicons' syntax: accents and case ignored, `*` for any word
 * ending, `a|b` for either word.
 *
 * ```ts
 * const finder = createApplicationFinder({ dpi: ['cristal net'], pacs: ['pacs'] });
 * finder.find('Cristal-Net ne répond plus') // 'dpi'
 * ```
 */
export function createApplicationFinder(aliases: Readonly<Record<string, readonly string[]>>): ApplicationFinder {
  const compiled: Array<[string, Phrase[]]> = Object.entries(aliases).map(([code, phrases]) => [code, compilePhrases(phrases)]);
  return {
    find(text) {
      const prepared = typeof text === 'string' ? prepare(text) : text;
      let best: { code: string; at: number } | undefined;
      for (const [code, phrases] of compiled) {
        const at = firstPosition(prepared, phrases);
        if (at !== Infinity && (!best || at < best.at)) best = { code, at };
      }
      return best?.code;
    },
  };
}
