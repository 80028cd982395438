import type { Language } from '../../triage/index.js';
import { RELATED, SYNONYMS } from './lexicon.js';
import { tokenize } from './normalize.js';
import { stem } from './stem.js';

/** A lexicon phrase found in a token sequence: tokens [start, end) mean `concept`. */
export interface ConceptMatch {
  start: number;
  end: number;
  /** Index token of the concept, e.g. "§password". */
  term: string;
  /** A strict synonym: the phrase means exactly the concept and its own words can be dropped. */
  strict: boolean;
}

interface Entry {
  stems: string[];
  term: string;
  strict: boolean;
}

/** Prefix of concept tokens; cannot occur in a word token. */
export const CONCEPT_PREFIX = '§';

const compiled = new Map<Language, Map<string, Entry[]>>();

function lexiconFor(lang: Language): Map<string, Entry[]> {
  let byFirst = compiled.get(lang);
  if (byFirst) return byFirst;
  byFirst = new Map();
  const groups = [
    ...Object.entries(SYNONYMS).map(([concept, variants]) => ({ concept, variants, strict: true })),
    ...Object.entries(RELATED).map(([concept, variants]) => ({ concept, variants, strict: false })),
  ];
  for (const { concept, variants, strict } of groups) {
    const term = CONCEPT_PREFIX + concept;
    for (const variant of variants.split('|')) {
      const stems = tokenize(variant).map((token) => stem(token, lang));
      if (stems.length === 0) continue;
      const list = byFirst.get(stems[0]!) ?? [];
      if (!list.some((e) => e.term === term && e.stems.join(' ') === stems.join(' '))) list.push({ stems, term, strict });
      byFirst.set(stems[0]!, list);
    }
  }
  compiled.set(lang, byFirst);
  return byFirst;
}

/**
 * Every lexicon phrase in a sequence of stems (stemmed in `lang`), overlapping matches included:
 * "imprimante à étiquettes" yields both §printer and §label.
 *
 * ```ts
 * findConcepts(['mdp', 'expir'], 'fr'); // [{start:0,end:1,term:'§password'}, {start:1,end:2,term:'§expired'}]
 * ```
 */
export function findConcepts(stems: readonly string[], lang: Language): ConceptMatch[] {
  const byFirst = lexiconFor(lang);
  const matches: ConceptMatch[] = [];
  for (let start = 0; start < stems.length; start++) {
    const candidates = byFirst.get(stems[start]!);
    if (!candidates) continue;
    for (const entry of candidates) {
      if (start + entry.stems.length > stems.length) continue;
      if (entry.stems.every((s, i) => stems[start + i] === s)) {
        matches.push({ start, end: start + entry.stems.length, term: entry.term, strict: entry.strict });
      }
    }
  }
  return matches;
}

/** Folded surface words of every lexicon variant: known words for typo correction. */
export function lexiconWords(): string[] {
  return [...Object.values(SYNONYMS), ...Object.values(RELATED)].flatMap((variants) => tokenize(variants.replace(/\|/g, ' ')));
}
