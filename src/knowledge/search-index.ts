import { LANGUAGES, type Language } from '../triage/index.js';
import type { Fiche, SectionKey } from './fiche.js';
import { AnalysisPass, analyzeInto, plainText, type TermSink } from './text/analyze.js';
import { lexiconWords } from './text/concepts.js';
import { Vocabulary } from './text/fuzzy.js';
import { fold, tokenize } from './text/normalize.js';
import { OFF_TOPIC_VOCABULARY } from './text/off-topic.js';
import { stem } from './text/stem.js';
import { STOP_WORDS } from './text/stop-words.js';

/** The parts of a fiche that are indexed, with their relative weight (BM25F). */
export const FIELD_WEIGHTS = {
  title: 3,
  keywords: 2.5,
  symptoms: 1.2,
  whatToDo: 1,
  doNot: 0.4,
  whenToCall: 0.4,
} as const satisfies Record<'title' | 'keywords' | SectionKey, number>;
type Field = keyof typeof FIELD_WEIGHTS;
/** Fields that say what a fiche is about; the others mention things in passing. */
const TOPICAL_FIELDS = new Set<Field>(['title', 'keywords', 'symptoms']);
const FIELDS = Object.keys(FIELD_WEIGHTS) as Field[];

export interface IndexOptions {
  /** Term-frequency saturation (BM25 k1). */
  k1?: number;
  /** Length normalisation (BM25 b); fiches are short, so it stays low. */
  b?: number;
  /** Weight of the other language's version of a fiche, relative to the question's language. */
  otherLanguageWeight?: number;
  /**
   * How much a fiche that only mentions a term in passing (in its steps or warnings, not in its
   * title, keywords or symptoms) counts in the term's document frequency. 1 is plain BM25.
   */
  incidentalDf?: number;
  fieldWeights?: Partial<Record<Field, number>>;
}

/** One indexed slug: its fiches in each language it exists in. */
export interface IndexedSlug {
  slug: string;
  fiches: Partial<Record<Language, Fiche>>;
}

/**
 * An inverted index over slugs: each slug is one document made of its French and English fiches,
 * field by field, so a French question still meets the English words staff borrow ("login").
 * Built once; read-only afterwards. Postings are flat typed arrays: the postings of term `id` are
 * positions offsets[id] to offsets[id + 1] of postingDocs and of the strength arrays.
 */
export class SearchIndex {
  readonly slugs: IndexedSlug[];
  readonly vocabulary = new Vocabulary();
  /** Folded word → the accented spelling seen most in the fiches (the stemmer wants accents). */
  readonly spelling = new Map<string, string>();
  private readonly termIds = new Map<string, number>();
  readonly offsets: Int32Array;
  readonly postingDocs: Int32Array;
  /** Saturated, weighted term frequency, tf/(tf+k1), for a question in each language. */
  readonly strength: Record<Language, Float32Array>;
  private readonly idfs: Float64Array;
  readonly maxIdf: number;
  /** Strength of a term seen once in the title and once in the keywords: a full match, for turning scores into shares. */
  readonly referenceStrength: number;

  constructor(fiches: readonly Fiche[], options: IndexOptions = {}) {
    const k1 = options.k1 ?? 5;
    const b = options.b ?? 0.3;
    const other = options.otherLanguageWeight ?? 0.5;
    const incidental = options.incidentalDf ?? 0.25;
    const fieldWeights = { ...FIELD_WEIGHTS, ...options.fieldWeights };
    const reference = fieldWeights.title + fieldWeights.keywords;
    this.referenceStrength = reference / (reference + k1);

    const bySlug = new Map<string, IndexedSlug>();
    for (const fiche of fiches) {
      const entry = bySlug.get(fiche.id) ?? { slug: fiche.id, fiches: {} };
      entry.fiches[fiche.lang] = fiche;
      bySlug.set(fiche.id, entry);
    }
    this.slugs = [...bySlug.values()].sort((x, y) => x.slug.localeCompare(y.slug));
    const n = this.slugs.length;

    // Pass 1: the term ids of every (slug, slot), slot = language * FIELDS.length + field.
    const slotCount = FIELDS.length * 2;
    const fieldTerms: number[] = [];
    const fieldStart = new Int32Array(n * slotCount + 1);
    const totalLength = new Float64Array(slotCount);
    const present = new Float64Array(slotCount);
    const pass = new AnalysisPass();
    const intern = (term: string) => {
      let id = this.termIds.get(term);
      if (id === undefined) this.termIds.set(term, (id = this.termIds.size));
      return id;
    };
    const sinks: Record<Language, TermSink> = {
      fr: {
        word: (info, stem) => fieldTerms.push(info.idFr >= 0 ? info.idFr : (info.idFr = intern(stem))),
        concept: (term) => fieldTerms.push(intern(term)),
      },
      en: {
        word: (info, stem) => fieldTerms.push(info.idEn >= 0 ? info.idEn : (info.idEn = intern(stem))),
        concept: (term) => fieldTerms.push(intern(term)),
      },
    };
    this.slugs.forEach((entry, doc) => {
      LANGUAGES.forEach((lang, l) => {
        const fiche = entry.fiches[lang];
        FIELDS.forEach((field, f) => {
          const slot = l * FIELDS.length + f;
          fieldStart[doc * slotCount + slot] = fieldTerms.length;
          if (!fiche) return;
          const texts = field === 'title' ? [fiche.title] : field === 'keywords' ? fiche.keywords : [fiche.sections[field]];
          const before = fieldTerms.length;
          for (const text of texts) analyzeInto(tokenize(plainText(text)), lang, sinks[lang], pass);
          totalLength[slot]! += fieldTerms.length - before;
          present[slot]! += 1;
        });
      });
    });
    fieldStart[n * slotCount] = fieldTerms.length;

    // Per slot: its weight for a French and for an English question, and whether it is topical.
    const slotWeight = { fr: new Float64Array(slotCount), en: new Float64Array(slotCount) };
    const slotTopical = new Uint8Array(slotCount);
    for (let slot = 0; slot < slotCount; slot++) {
      const field = FIELDS[slot % FIELDS.length]!;
      const slotLang = LANGUAGES[Math.floor(slot / FIELDS.length)]!;
      slotWeight.fr[slot] = fieldWeights[field] * (slotLang === 'fr' ? 1 : other);
      slotWeight.en[slot] = fieldWeights[field] * (slotLang === 'en' ? 1 : other);
      slotTopical[slot] = TOPICAL_FIELDS.has(field) ? 1 : 0;
    }
    const average = Float64Array.from(totalLength, (total, slot) => (present[slot]! > 0 ? total / present[slot]! : 1));

    // Pass 2: per slug, accumulate each term's weighted, length-normalised frequency.
    const terms = this.termIds.size;
    const seen = new Int32Array(terms).fill(-1);
    const sumFr = new Float64Array(terms);
    const sumEn = new Float64Array(terms);
    const about = new Uint8Array(terms);
    const df = new Float64Array(terms);
    const postingTerm: number[] = [];
    const postingDoc: number[] = [];
    const postingFr: number[] = [];
    const postingEn: number[] = [];
    const touched: number[] = [];
    for (let doc = 0; doc < n; doc++) {
      for (let slot = 0; slot < slotCount; slot++) {
        const from = fieldStart[doc * slotCount + slot]!;
        const to = fieldStart[doc * slotCount + slot + 1]!;
        if (from === to) continue;
        const norm = 1 / (1 - b + (b * (to - from)) / average[slot]!);
        const wFr = slotWeight.fr[slot]! * norm;
        const wEn = slotWeight.en[slot]! * norm;
        const topical = slotTopical[slot]!;
        for (let i = from; i < to; i++) {
          const term = fieldTerms[i]!;
          if (seen[term] !== doc) {
            seen[term] = doc;
            sumFr[term] = 0;
            sumEn[term] = 0;
            about[term] = 0;
            touched.push(term);
          }
          sumFr[term]! += wFr;
          sumEn[term]! += wEn;
          about[term]! |= topical;
        }
      }
      for (const term of touched) {
        df[term]! += about[term] ? 1 : incidental;
        postingTerm.push(term);
        postingDoc.push(doc);
        postingFr.push(sumFr[term]! / (sumFr[term]! + k1));
        postingEn.push(sumEn[term]! / (sumEn[term]! + k1));
      }
      touched.length = 0;
    }

    // Group postings by term (counting sort; docs stay in increasing order within a term).
    this.offsets = new Int32Array(terms + 1);
    for (const term of postingTerm) this.offsets[term + 1]! += 1;
    for (let t = 0; t < terms; t++) this.offsets[t + 1]! += this.offsets[t]!;
    const fill = this.offsets.slice(0, terms);
    this.postingDocs = new Int32Array(postingTerm.length);
    this.strength = { fr: new Float32Array(postingTerm.length), en: new Float32Array(postingTerm.length) };
    for (let p = 0; p < postingTerm.length; p++) {
      const at = fill[postingTerm[p]!]!++;
      this.postingDocs[at] = postingDoc[p]!;
      this.strength.fr[at] = postingFr[p]!;
      this.strength.en[at] = postingEn[p]!;
    }
    this.idfs = Float64Array.from(df, (d) => Math.log(1 + (n - d + 0.5) / (d + 0.5)));
    let maxIdf = 0;
    for (const idf of this.idfs) if (idf > maxIdf) maxIdf = idf;
    this.maxIdf = maxIdf || Math.log(1 + (n + 0.5) / 0.5);

    // Surface words, folded, with the accented spelling seen most: the typo corrector's vocabulary.
    const best = new Map<string, [string, number]>();
    for (const { token, folded, count } of pass.seen) {
      const known = best.get(folded);
      if (!known) best.set(folded, [token, count]);
      else if (count > known[1]) best.set(folded, [token, count + known[1]]);
      else known[1] += count;
    }
    for (const [folded, [form, count]] of best) {
      this.spelling.set(folded, form);
      this.vocabulary.add(folded, count);
    }
    for (const word of lexiconWords()) this.vocabulary.add(fold(word), 1);
    for (const word of OFF_TOPIC_VOCABULARY) this.vocabulary.add(word, 1);
    for (const list of [STOP_WORDS.fr, STOP_WORDS.en]) for (const word of list) this.vocabulary.add(word, 1);
  }

  get size(): number {
    return this.slugs.length;
  }

  /** Id of an index term, or -1. */
  termId(term: string): number {
    return this.termIds.get(term) ?? -1;
  }

  /** Inverse document frequency of a term (0 for a term no fiche has). */
  idf(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.idfs[id]!;
  }

  /** True when the token, stemmed in either language, is an index term ("fermée" → "ferm"). */
  knowsStem(token: string): boolean {
    return this.termIds.has(stem(token, 'fr')) || this.termIds.has(stem(token, 'en'));
  }
}
