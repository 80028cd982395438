import type { Language } from '../../triage/index.js';
import { lexiconFor, matchConcepts, type LexiconEntry } from './concepts.js';
import { fold, tokenize } from './normalize.js';
import { stem } from './stem.js';
import { isIdiomStopWord, isStopWord } from './stop-words.js';

/**
 * What a token is, whatever its context: computed once per distinct token, so building an index
 * costs about one map lookup per word.
 */
export interface TokenInfo {
  token: string;
  folded: string;
  stop: boolean;
  /** Stems, filled on first use in each language. */
  fr?: string;
  en?: string;
  /** Lexicon phrases starting with this word's stem, per language (null: none). */
  phrasesFr?: readonly LexiconEntry[] | null;
  phrasesEn?: readonly LexiconEntry[] | null;
  /** Per analysis pass (one index build): occurrences and the word's term ids in that index. */
  pass: number;
  count: number;
  idFr: number;
  idEn: number;
}

const infos = new Map<string, TokenInfo>();

function infoOf(token: string): TokenInfo {
  let info = infos.get(token);
  if (!info) {
    const folded = fold(token);
    info = { token, folded, stop: isStopWord(folded), pass: 0, count: 0, idFr: -1, idEn: -1 };
    if (infos.size >= 100_000) infos.clear();
    infos.set(token, info);
  }
  return info;
}

function stemOf(info: TokenInfo, lang: Language): string {
  return lang === 'fr' ? (info.fr ??= stem(info.token, 'fr')) : (info.en ??= stem(info.token, 'en'));
}

function phrasesOf(info: TokenInfo, lang: Language): readonly LexiconEntry[] | undefined {
  if (lang === 'fr') return (info.phrasesFr ??= lexiconFor('fr').get(stemOf(info, 'fr')) ?? null) ?? undefined;
  return (info.phrasesEn ??= lexiconFor('en').get(stemOf(info, 'en')) ?? null) ?? undefined;
}

/** Receives the terms of analysed text: content words (with their token info) and concepts. */
export interface TermSink {
  word(info: TokenInfo, stem: string): void;
  concept(term: string): void;
}

/**
 * One pass of analyses (one index build): counts the distinct tokens seen and lets the index keep
 * per-token data (its term ids) valid for this pass only.
 */
export class AnalysisPass {
  private static passes = 0;
  readonly id = ++AnalysisPass.passes;
  readonly seen: TokenInfo[] = [];
}

// Scratch arrays reused by every call (analysis is synchronous).
let scratchInfos: TokenInfo[] = [];
let scratchStems: string[] = [];
let scratchFolded: string[] = [];

/**
 * Analyses tokens (from `tokenize`) of a text in `lang`: stems of content words and the concepts
 * of lexicon phrases, sent to `sink`. Idioms ("je n'arrive pas") neither count nor start a phrase.
 */
export function analyzeInto(tokens: readonly string[], lang: Language, sink: TermSink, pass?: AnalysisPass): void {
  const n = tokens.length;
  if (scratchInfos.length < n) {
    scratchInfos = new Array<TokenInfo>(n * 2);
    scratchStems = new Array<string>(n * 2);
    scratchFolded = new Array<string>(n * 2);
  }
  const infosAt = scratchInfos;
  const stems = scratchStems;
  const folded = scratchFolded;
  for (let i = 0; i < n; i++) {
    const info = infoOf(tokens[i]!);
    if (pass && info.pass !== pass.id) {
      info.pass = pass.id;
      info.count = 0;
      info.idFr = -1;
      info.idEn = -1;
      pass.seen.push(info);
    }
    if (pass) info.count++;
    infosAt[i] = info;
    folded[i] = info.folded;
    stems[i] = stemOf(info, lang);
  }
  for (let i = 0; i < n; i++) {
    const info = infosAt[i]!;
    if (folded[i]!.startsWith('arriv') && isIdiomStopWord(folded.slice(0, n), i)) {
      stems[i] = '';
      continue;
    }
    if (!info.stop) sink.word(info, stems[i]!);
  }
  const matches = matchConcepts(stems, n, (i) => (stems[i] === '' ? undefined : phrasesOf(infosAt[i]!, lang)));
  for (const match of matches) sink.concept(match.term);
}

/** The index terms of tokens: stems of content words plus the concepts their phrases name. */
export function analyzeTokens(tokens: readonly string[], lang: Language): string[] {
  const terms: string[] = [];
  analyzeInto(tokens, lang, { word: (_, stem) => terms.push(stem), concept: (term) => terms.push(term) });
  return terms;
}

/** The index terms of a text. */
export function analyzeText(text: string, lang: Language): string[] {
  return analyzeTokens(tokenize(plainText(text)), lang);
}

/** Markdown reduced to its words: link targets and addresses dropped. */
export function plainText(markdown: string): string {
  return markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/https?:\/\/\S+/g, ' ');
}
