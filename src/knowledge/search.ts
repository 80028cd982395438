import { LANGUAGES, type Language } from '../triage/index.js';
import { fitsReader } from './audience.js';
import type { Fiche, StaffGroup } from './fiche.js';
import { analyzeQuery, type QueryUnit } from './query.js';
import { SearchIndex, type IndexOptions } from './search-index.js';
import { detectLanguage } from './text/language.js';

export interface SearchOptions {
  /** The question's language; detected from its words when absent. */
  lang?: Language;
  /** How many fiches to return (default 5). */
  k?: number;
  /**
   * The staff groups of the person asking: fiches written for other groups only are left out. When the fiche that
   * answers best is one of those, the question is answerable only if a fiche written for them (or for everyone)
   * answers it nearly as well (the lab is not told "call the lab", nor given a weaker fiche that happens to come
   * next). Absent: every fiche.
   */
  readers?: readonly StaffGroup[];
}

export interface SearchHit {
  slug: string;
  /** Language of the fiche to show: the question's, or the other one when that fiche is missing. */
  lang: Language;
  /**
   * Relevance in [0, 1): 1 - exp(-2 * share), share being how much of the question the fiche
   * explains (1 is a question fully matched by a fiche's title and keywords). Increases with share.
   */
  score: number;
}

export interface SearchResult {
  /** False when no fiche answers: greetings, thanks, off-topic questions, gibberish, weak matches. */
  answerable: boolean;
  lang: Language;
  /**
   * Calibrated probability that a fiche among the first results answers the question: a logistic
   * map of the first result's share of the question, fitted on the development question set (see
   * SearcherOptions).
   */
  confidence: number;
  results: SearchHit[];
}

export interface SearcherOptions extends IndexOptions {
  /**
   * confidence = 1 / (1 + exp(-(slope * share + intercept))), share being how much of the question
   * the first result explains (capped at 1). Default fitted by logistic regression on test/fixtures/kb-questions.jsonl
   * (label: the expected fiche is in the top 3; must-not-answer lines are 0), Brier score 0.006,
   * and 0.010 on the held-out set test/fixtures/kb-holdout.jsonl, which played no part in the fit.
   */
  calibration?: { slope: number; intercept: number };
  /** Minimum confidence to call a question answerable (default 0.5). */
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
  private readonly calibration: { slope: number; intercept: number };
  /** Per-document best value of the current unit; kept between calls (search is synchronous). */
  private scratch = new Float64Array(0);
  private readonly unknownWeight: number;
  private readonly offTopicWeight: number;

  constructor(fiches: readonly Fiche[], options: SearcherOptions = {}) {
    this.index = new SearchIndex(fiches, options);
    this.threshold = options.threshold ?? 0.5;
    this.calibration = options.calibration ?? { slope: 13.4, intercept: -5.8 };
    this.unknownWeight = options.unknownWeight ?? 0.5;
    this.offTopicWeight = options.offTopicWeight ?? 2;
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    const lang = options.lang ?? detectLanguage(query);
    const k = options.k ?? 5;
    const units = analyzeQuery(query, lang, this.index);
    const { scores, total } = this.score(units, lang);
    const readers = options.readers;
    const order = rank(scores, k, readers ? (doc) => this.fitsReaders(doc, readers) : undefined);
    const results = order.map((doc) => this.hit(doc, scores[doc]! / total, lang));
    const best = order[0] === undefined ? undefined : scores[order[0]]! / total;
    const { slope, intercept } = this.calibration;
    const confidence = best === undefined ? 0 : Math.round(10_000 / (1 + Math.exp(-(slope * Math.min(best, 1) + intercept)))) / 10_000;
    // A number alone ("1", "12": a button pressed when none was shown) names no problem.
    const content = /\p{L}/u.test(query) && units.some((unit) => !unit.offTopic && unit.alternatives.length > 0);
    const answerable = content && confidence >= this.threshold && (!readers || this.bestLeftOutIsNotFarAbove(scores, total, results[0]));
    return { answerable, lang, confidence, results };
  }

  /** The units of a question, for explaining a ranking. */
  explain(query: string, lang: Language = detectLanguage(query)): QueryUnit[] {
    return analyzeQuery(query, lang, this.index);
  }

  private score(units: QueryUnit[], lang: Language): { scores: Float64Array; total: number } {
    const index = this.index;
    const n = index.size;
    if (this.scratch.length !== n) this.scratch = new Float64Array(n);
    const scores = new Float64Array(n);
    const best = this.scratch;
    const strength = index.strength[lang];
    const touched: number[] = [];
    let total = 0;
    for (const unit of units) {
      let unitWeight = 0;
      for (const { term, weight, cap } of unit.alternatives) {
        const id = index.termId(term);
        if (id < 0) continue;
        const idf = Math.min(index.idf(term), cap ?? Infinity);
        unitWeight = Math.max(unitWeight, idf * weight);
        const factor = idf * weight;
        for (let p = index.offsets[id]!, end = index.offsets[id + 1]!; p < end; p++) {
          const doc = index.postingDocs[p]!;
          const value = factor * strength[p]!;
          if (best[doc] === 0) touched.push(doc);
          if (value > best[doc]!) best[doc] = value;
        }
      }
      if (unit.unknown) unitWeight = this.unknownWeight * index.maxIdf;
      if (unit.offTopic) unitWeight = Math.max(unitWeight, this.offTopicWeight * index.maxIdf);
      // A tie-breaking unit adds a tenth of its match to fiches already scored, and nothing to the total.
      if (!unit.tieBreak) total += unitWeight;
      for (const doc of touched) {
        if (!unit.tieBreak) scores[doc]! += best[doc]!;
        else if (scores[doc]! > 0) scores[doc]! += best[doc]! * TIE_BREAK_SHARE;
        best[doc] = 0;
      }
      touched.length = 0;
    }
    return { scores, total: total * index.referenceStrength || 1 };
  }

  /** False when a fiche left out for its readers explains the question clearly better than the first one kept. */
  private bestLeftOutIsNotFarAbove(scores: Float64Array, total: number, kept: SearchHit | undefined): boolean {
    const [best] = rank(scores, 1);
    if (best === undefined || !kept) return true;
    return scoreOfShare(scores[best]! / total) - kept.score <= LEFT_OUT_MARGIN;
  }

  /** Whether the slug's fiches are written for one of these groups (or for everyone). */
  private fitsReaders(doc: number, readers: readonly StaffGroup[]): boolean {
    return Object.values(this.index.slugs[doc]!.fiches).some((fiche) => fitsReader(fiche.audience, readers));
  }

  private hit(doc: number, share: number, lang: Language): SearchHit {
    const entry = this.index.slugs[doc]!;
    const shown = entry.fiches[lang] ? lang : LANGUAGES.find((l) => entry.fiches[l])!;
    return { slug: entry.slug, lang: shown, score: scoreOfShare(share) };
  }
}

/** A hit's score from its share of the question (see SearchHit.score). */
function scoreOfShare(share: number): number {
  return Math.round((1 - Math.exp(-2 * share)) * 10_000) / 10_000;
}

/** How far (in score) a fiche written for the reader may trail one left out for its readers, and still be offered. */
const LEFT_OUT_MARGIN = 0.05;

/** How much a tie-breaking unit's match counts, next to the topic units. */
const TIE_BREAK_SHARE = 0.1;

/** Indexes of the k best positive scores among the documents kept, best first (ties by index, so by slug). */
function rank(scores: Float64Array, k: number, keep?: (doc: number) => boolean): number[] {
  const top: number[] = [];
  for (let doc = 0; doc < scores.length; doc++) {
    const score = scores[doc]!;
    if (score <= 0) continue;
    if (keep && !keep(doc)) continue;
    if (top.length === k && score <= scores[top[k - 1]!]!) continue;
    let at = top.length;
    while (at > 0 && scores[top[at - 1]!]! < score) at--;
    top.splice(at, 0, doc);
    if (top.length > k) top.pop();
  }
  return top;
}
