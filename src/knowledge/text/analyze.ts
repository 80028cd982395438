import type { Language } from '../../triage/index.js';
import { findConcepts } from './concepts.js';
import { fold, tokenize } from './normalize.js';
import { stem } from './stem.js';
import { isIdiomStopWord, isStopWord } from './stop-words.js';

/** The index terms of a text: stems of its content words plus the concepts its phrases name. */
export function analyzeText(text: string, lang: Language): string[] {
  const tokens = tokenize(plainText(text));
  const folded = tokens.map(fold);
  const stems = tokens.map((token, i) => (isIdiomStopWord(folded, i) ? '' : stem(token, lang)));
  const terms: string[] = [];
  folded.forEach((word, i) => {
    if (!isStopWord(word) && !isIdiomStopWord(folded, i)) terms.push(stems[i]!);
  });
  for (const match of findConcepts(stems, lang)) terms.push(match.term);
  return terms;
}

/** Markdown reduced to its words: link targets, emphasis and list markers dropped. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[*_`#>]/g, ' ');
}
