import type { Language } from '../triage/index.js';
import type { SearchIndex } from './search-index.js';
import { CONCEPT_PREFIX, findConcepts } from './text/concepts.js';
import { saysItFails } from './text/failure.js';
import { fold, tokenize } from './text/normalize.js';
import { offTopicPositions } from './text/off-topic.js';
import { stem } from './text/stem.js';
import { isIdiomStopWord, isStopWord } from './text/stop-words.js';

/** One index term a unit of the question may match, with how much we trust it (typos lower it). */
export interface Alternative {
  term: string;
  weight: number;
  /** Highest idf the term may count with (context words: a unit, a role). */
  cap?: number;
}

/** Highest idf of a context concept (care unit, role). */
const CONTEXT_IDF_CAP = 0.5;

/**
 * A unit of meaning in the question: a content word, or a lexicon phrase with the words it spans.
 * A unit counts once however many of its alternatives match.
 */
export interface QueryUnit {
  words: string[];
  alternatives: Alternative[];
  /** The unit names something outside IT support (meals, drugs, leave...). */
  offTopic: boolean;
  /** A word no fiche and no lexicon knows, even after typo correction. */
  unknown: boolean;
  /**
   * A phrase of filler words that still says something ("ne marche plus": broken). It names no topic,
   * so it neither adds to the question's weight nor makes it answerable; it only orders fiches that the
   * topic words scored alike (the troubleshooting fiche before the how-to fiche).
   */
  tieBreak?: boolean;
}

const FUZZY_WEIGHT = [1, 0.8, 0.6];
const BROKEN = `${CONCEPT_PREFIX}broken`;
const OTHER_LANGUAGE_STEM_WEIGHT = 0.9;

/**
 * Turns a question into units: typo correction against the index vocabulary, stemming in the
 * question's language (and the other one, for borrowed words), lexicon concepts, off-topic flags.
 */
export function analyzeQuery(text: string, lang: Language, index: SearchIndex): QueryUnit[] {
  const tokens = tokenize(text);
  const folded = tokens.map(fold);
  const offTopic = offTopicPositions(folded);
  const other: Language = lang === 'fr' ? 'en' : 'fr';

  // Correct typos first, so lexicon phrases see the corrected words.
  const words: string[] = [];
  const trust: number[] = [];
  const kind: ('stop' | 'content' | 'unknown' | 'ignored')[] = [];
  folded.forEach((word, i) => {
    if (isStopWord(word) || isIdiomStopWord(folded, i)) {
      words.push(tokens[i]!);
      trust.push(1);
      kind.push('stop');
    } else if (index.vocabulary.has(word) || offTopic.has(i) || /\d/.test(word) || index.knowsStem(tokens[i]!)) {
      words.push(index.spelling.get(word) ?? tokens[i]!);
      trust.push(1);
      kind.push('content');
    } else {
      const near = index.vocabulary.nearest(word);
      if (near) {
        words.push(index.spelling.get(near.word) ?? near.word);
        trust.push(FUZZY_WEIGHT[near.distance] ?? 0.5);
        kind.push(isStopWord(near.word) ? 'stop' : 'content');
      } else {
        words.push(tokens[i]!);
        trust.push(1);
        kind.push(word.length <= 2 ? 'ignored' : 'unknown');
      }
    }
  });

  // An idiom word ("n'arrive pas") must not start a lexicon phrase either.
  const idiom = (i: number) => isIdiomStopWord(folded, i);
  const stems = words.map((word, i) => (idiom(i) ? '' : stem(word, lang)));
  const otherStems = words.map((word, i) => (idiom(i) ? '' : stem(word, other)));
  const matches = [...findConcepts(stems, lang), ...findConcepts(otherStems, other)];

  // Union the positions each lexicon phrase spans: one unit per group.
  const group = words.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
  for (const match of matches) for (let i = match.start + 1; i < match.end; i++) group[find(i)] = find(match.start);

  const units = new Map<number, QueryUnit>();
  const unitAt = (i: number) => {
    const root = find(i);
    let unit = units.get(root);
    if (!unit) units.set(root, (unit = { words: [], alternatives: [], offTopic: false, unknown: false }));
    return unit;
  };
  const add = (unit: QueryUnit, term: string, weight: number, cap?: number) => {
    const existing = unit.alternatives.find((a) => a.term === term);
    if (existing) existing.weight = Math.max(existing.weight, weight);
    else unit.alternatives.push(cap === undefined ? { term, weight } : { term, weight, cap });
  };
  const meaningful = (i: number) => kind[i] === 'content' || kind[i] === 'unknown';
  const tieBreakers: QueryUnit[] = [];
  const breakTie = (term: string) => {
    // Said twice ("ne marche pas" read in both languages), it still breaks the tie once.
    if (!tieBreakers.some((unit) => unit.alternatives[0]!.term === term)) {
      tieBreakers.push({ words: [], alternatives: [{ term, weight: 1 }], offTopic: false, unknown: false, tieBreak: true });
    }
  };
  for (const match of matches) {
    // A phrase made only of stop words ("ne marche pas") names no topic: it only breaks ties.
    if (!kind.slice(match.start, match.end).some((_, j) => meaningful(match.start + j))) {
      breakTie(match.term);
      continue;
    }
    const unit = unitAt(match.start);
    add(unit, match.term, Math.min(...trust.slice(match.start, match.end)), match.kind === 'context' ? CONTEXT_IDF_CAP : undefined);
  }
  // Words inside a strict synonym say nothing more than the synonym class.
  const replaced = new Set<number>();
  for (const match of matches) if (match.kind !== 'related') for (let i = match.start; i < match.end; i++) replaced.add(i);
  words.forEach((word, i) => {
    if (kind[i] === 'stop' || kind[i] === 'ignored') return;
    const unit = unitAt(i);
    unit.words.push(word);
    if (offTopic.has(i)) unit.offTopic = true;
    if (kind[i] === 'unknown') {
      unit.unknown = true;
      return;
    }
    if (replaced.has(i)) return;
    add(unit, stems[i]!, trust[i]!);
    if (otherStems[i] !== stems[i]) add(unit, otherStems[i]!, trust[i]! * OTHER_LANGUAGE_STEM_WEIGHT);
  });
  for (const unit of units.values()) {
    // A unit is unknown only if nothing in it is known.
    if (unit.alternatives.length > 0) unit.unknown = false;
  }
  // "n'imprime plus", "won't print": a failure said around the topic word breaks ties like "en panne".
  if (saysItFails(folded)) breakTie(BROKEN);
  return [...units.values(), ...tieBreakers];
}
