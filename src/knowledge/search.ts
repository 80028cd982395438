import { LANGUAGES, type Language } from '../triage/index.js';
import type { Fiche } from './fiche.js';
import { analyzeQuery, type QueryUnit } from './query.js';
import { SearchIndex, type IndexOptions } from './search-index.js';
import { detectLanguage } from './text/language.js';

export interface SearchOptions {
  /** The question's language; detected from its words when absent. */
  lang?: Language;
  /** How many fiches to return (default 5). */
  k?: number;
}

export interface SearchHit {
  slug: string;
  /** Language of the fiche to show: the question's, or the other one when that fiche is missing. */
  lang: Language;
  /** Share of the question this fiche explains, 0..1. */
  score: number;
}

export interface SearchResult {
  /** False when no fiche answers: greetings, thanks, off-topic questions, gibberish, weak matches. */
  answerable: boolean;
  lang: Language;
  /** Confidence that the first result answers the question, 0..1 (the first score, 0 when none). */
  confidence: number;
  results: SearchHit[];
}

export interface SearcherOptions extends IndexOptions {
  /** Minimum confidence to call a question answerable. */
  threshold?: number;
  /** Weight of a word nobody knows, as a share of the rarest term's weight. */
  unknownWeight?: number;
  /** Weight of an off-topic word (canteen, dose, leave...), as a multiple of the rarest term's weight. */
  offTopicWeight?: number;
}

/**
 * Finds the fiches that answer a staff question, and says honestly when none does.
 *
 * ```ts
 * const searcher = new FicheSearcher(fiches);
 * searcher.search('mdp expiré');        // { answerable: true, lang: 'fr', results: [{ slug: 'password-reset', ... }] }
 * searcher.search('menu de la cantine'); // { answerable: false, ... }
 * ```
 */
export class FicheSearcher {
  readonly index: SearchIndex;
  private readonly threshold: number;
  private readonly unknownWeight: number;
  private readonly offTopicWeight: number;

  constructor(fiches: readonly Fiche[], options: SearcherOptions = {}) {
    this.index = new SearchIndex(fiches, options);
    this.threshold = options.threshold ?? 0.35;
    this.unknownWeight = options.unknownWeight ?? 0.5;
    this.offTopicWeight = options.offTopicWeight ?? 2;
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    const lang = options.lang ?? detectLanguage(query);
    const k = options.k ?? 5;
    const units = analyzeQuery(query, lang, this.index);
    const { scores, total } = this.score(units, lang);
    const order = rank(scores, k);
    const results = order.map((doc) => this.hit(doc, Math.min(1, scores[doc]! / total), lang));
    const confidence = results[0]?.score ?? 0;
    const content = units.some((unit) => !unit.offTopic && unit.alternatives.length > 0);
    return { answerable: content && confidence >= this.threshold, lang, confidence, results };
  }

  /** The units of a question, for explaining a ranking. */
  explain(query: string, lang: Language = detectLanguage(query)): QueryUnit[] {
    return analyzeQuery(query, lang, this.index);
  }

  private score(units: QueryUnit[], lang: Language): { scores: Float64Array; total: number } {
    const n = this.index.size;
    const scores = new Float64Array(n);
    const best = new Float64Array(n);
    const touched: number[] = [];
    let total = 0;
    for (const unit of units) {
      let unitWeight = 0;
      for (const { term, weight, cap } of unit.alternatives) {
        const idf = Math.min(this.index.idf(term), cap ?? Infinity);
        unitWeight = Math.max(unitWeight, idf * weight);
        const posting = this.index.posting(term);
        if (!posting) continue;
        const strength = posting.strength[lang];
        for (let i = 0; i < posting.docs.length; i++) {
          const doc = posting.docs[i]!;
          const value = idf * weight * strength[i]!;
          if (best[doc] === 0) touched.push(doc);
          if (value > best[doc]!) best[doc] = value;
        }
      }
      if (unit.unknown) unitWeight = this.unknownWeight * this.index.maxIdf;
      if (unit.offTopic) unitWeight = Math.max(unitWeight, this.offTopicWeight * this.index.maxIdf);
      total += unitWeight;
      for (const doc of touched) {
        scores[doc]! += best[doc]!;
        best[doc] = 0;
      }
      touched.length = 0;
    }
    return { scores, total: total * this.index.referenceStrength || 1 };
  }

  private hit(doc: number, score: number, lang: Language): SearchHit {
    const entry = this.index.slugs[doc]!;
    const shown = entry.fiches[lang] ? lang : LANGUAGES.find((l) => entry.fiches[l])!;
    return { slug: entry.slug, lang: shown, score: Math.round(score * 10_000) / 10_000 };
  }
}

/** Indexes of the k best positive scores, best first (ties by index, so by slug). */
function rank(scores: Float64Array, k: number): number[] {
  const top: number[] = [];
  for (let doc = 0; doc < scores.length; doc++) {
    const score = scores[doc]!;
    if (score <= 0) continue;
    if (top.length === k && score <= scores[top[k - 1]!]!) continue;
    let at = top.length;
    while (at > 0 && scores[top[at - 1]!]! < score) at--;
    top.splice(at, 0, doc);
    if (top.length > k) top.pop();
  }
  return top;
}
