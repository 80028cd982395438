import type { Language } from '../../triage/index.js';
import { findConcepts } from './concepts.js';
import { fold, tokenize } from './normalize.js';
import { stem } from './stem.js';
import { isIdiomStopWord, isStopWord } from './stop-words.js';

/** What a token is, whatever its context: computed once per distinct token. */
export interface TokenInfo {
  folded: string;
  stop: boolean;
  /** Occurrences counted by the current `countSurface` pass, and which pass that is. */
  count: number;
  pass: number;
  /** Stems, filled on first use in each language. */
  fr?: string;
  en?: string;
}

const infos = new Map<string, TokenInfo>();

function infoOf(token: string): TokenInfo {
  let info = infos.get(token);
  if (!info) {
    const folded = fold(token);
    info = { folded, stop: isStopWord(folded), count: 0, pass: 0 };
    if (infos.size >= 100_000) infos.clear();
    infos.set(token, info);
  }
  return info;
}

/** The index terms of a text: stems of its content words plus the concepts its phrases name. */
export function analyzeText(text: string, lang: Language): string[] {
  return analyzeTokens(tokenize(plainText(text)), lang);
}

/**
 * Counts the distinct tokens seen by successive `analyzeTokens` calls: start a pass, analyze, then
 * read the tokens and their counts. Avoids a second map lookup per token when building an index.
 */
export class SurfaceCounter {
  private static passes = 0;
  readonly pass = ++SurfaceCounter.passes;
  readonly seen: { token: string; info: TokenInfo }[] = [];
}

/** analyzeText for text already split by `tokenize`. */
export function analyzeTokens(tokens: readonly string[], lang: Language, counter?: SurfaceCounter): string[] {
  const n = tokens.length;
  const folded = new Array<string>(n);
  const stems = new Array<string>(n);
  const stop = new Array<boolean>(n);
  for (let i = 0; i < n; i++) {
    const token = tokens[i]!;
    const info = infoOf(token);
    if (counter) {
      if (info.pass !== counter.pass) {
        info.pass = counter.pass;
        info.count = 0;
        counter.seen.push({ token, info });
      }
      info.count++;
    }
    folded[i] = info.folded;
    stems[i] = info[lang] ??= stem(token, lang);
    stop[i] = info.stop;
  }
  const terms: string[] = [];
  for (let i = 0; i < n; i++) {
    if (folded[i]!.startsWith('arriv') && isIdiomStopWord(folded, i)) {
      stems[i] = '';
      continue;
    }
    if (!stop[i]) terms.push(stems[i]!);
  }
  for (const match of findConcepts(stems, lang)) terms.push(match.term);
  return terms;
}

/** Markdown reduced to its words: link targets, emphasis and list markers dropped. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, ' ');
}
