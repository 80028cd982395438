import type { Language } from '../../triage/index.js';
import { CONTEXT, RELATED, SYNONYMS } from './lexicon.js';
import { tokenize } from './normalize.js';
import { stem } from './stem.js';

/** A lexicon phrase found in a token sequence: tokens [start, end) mean `concept`. */
export interface ConceptMatch {
  start: number;
  end: number;
  /** Index token of the concept, e.g. "§password". */
  term: string;
  /**
   * synonym: the phrase means exactly the concept, its own words can be dropped; context: the same,
   * for where/who words of low weight; related: the concept is added beside the words.
   */
  kind: ConceptKind;
}

export type ConceptKind = 'synonym' | 'context' | 'related';

/** One lexicon phrase, as stems of one language. */
export interface LexiconEntry {
  stems: string[];
  term: string;
  kind: ConceptKind;
}

/** Prefix of concept tokens; cannot occur in a word token. */
export const CONCEPT_PREFIX = '§';

const compiled = new Map<Language, Map<string, LexiconEntry[]>>();

/** Lexicon phrases of a language, by the stem of their first word. */
export function lexiconFor(lang: Language): Map<string, LexiconEntry[]> {
  let byFirst = compiled.get(lang);
  if (byFirst) return byFirst;
  byFirst = new Map();
  const groups = [
    ...Object.entries(SYNONYMS).map(([concept, variants]) => ({ concept, variants, kind: 'synonym' as const })),
    ...Object.entries(CONTEXT).map(([concept, variants]) => ({ concept, variants, kind: 'context' as const })),
    ...Object.entries(RELATED).map(([concept, variants]) => ({ concept, variants, kind: 'related' as const })),
  ];
  for (const { concept, variants, kind } of groups) {
    const term = CONCEPT_PREFIX + concept;
    for (const variant of variants.split('|')) {
      const stems = tokenize(variant).map((token) => stem(token, lang));
      if (stems.length === 0) continue;
      const list = byFirst.get(stems[0]!) ?? [];
      if (!list.some((e) => e.term === term && e.stems.join(' ') === stems.join(' '))) list.push({ stems, term, kind });
      byFirst.set(stems[0]!, list);
    }
  }
  compiled.set(lang, byFirst);
  return byFirst;
}

/**
 * Every lexicon phrase in a sequence of stems (stemmed in `lang`), overlapping matches included:
 * "imprimante à étiquettes" yields both §printer and §label; a strict phrase inside a longer strict
 * phrase is dropped.
 *
 * ```ts
 * findConcepts(['mdp', 'expir'], 'fr'); // [{start:0,end:1,term:'§password'}, {start:1,end:2,term:'§expired'}]
 * ```
 */
export function findConcepts(stems: readonly string[], lang: Language): ConceptMatch[] {
  const byFirst = lexiconFor(lang);
  return matchConcepts(stems, stems.length, (i) => byFirst.get(stems[i]!));
}

/**
 * findConcepts over the first `length` stems, with the lexicon phrases starting at each position
 * given by the caller (who may have cached them per word).
 */
export function matchConcepts(
  stems: readonly string[],
  length: number,
  phrasesAt: (position: number) => readonly LexiconEntry[] | undefined,
): ConceptMatch[] {
  const matches: ConceptMatch[] = [];
  for (let start = 0; start < length; start++) {
    const candidates = phrasesAt(start);
    if (candidates === undefined) continue;
    for (const entry of candidates) {
      const size = entry.stems.length;
      if (start + size > length) continue;
      let same = true;
      for (let i = 1; i < size && same; i++) same = stems[start + i] === entry.stems[i];
      if (same) matches.push({ start, end: start + size, term: entry.term, kind: entry.kind });
    }
  }
  if (matches.length < 2) return matches;
  // Longest strict phrase wins: "patient monitor" is not also a "monitor" (screen), and
  // "dossier patient" is not a folder.
  return matches.filter(
    (m) =>
      !matches.some(
        (o) => o !== m && o.kind !== 'related' && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start,
      ),
  );
}

/** Folded surface words of every lexicon variant: known words for typo correction. */
export function lexiconWords(): string[] {
  return [...Object.values(SYNONYMS), ...Object.values(CONTEXT), ...Object.values(RELATED)].flatMap((variants) => tokenize(variants.replace(/\|/g, ' ')));
}
