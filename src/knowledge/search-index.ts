import { LANGUAGES, type Language } from '../triage/index.js';
import type { Fiche, SectionKey } from './fiche.js';
import { SurfaceCounter, analyzeTokens, plainText } from './text/analyze.js';
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

interface Posting {
  docs: Int32Array;
  /** Saturated, weighted term frequency per doc, for a question in each language: tf/(tf+k1). */
  strength: Record<Language, Float32Array>;
}

/**
 * An inverted index over slugs: each slug is one document made of its French and English fiches,
 * field by field, so a French question still meets the English words staff borrow ("login").
 * Built once; read-only afterwards.
 */
export class SearchIndex {
  readonly slugs: IndexedSlug[];
  readonly vocabulary = new Vocabulary();
  /** Folded word → the accented spelling seen most in the fiches (the stemmer wants accents). */
  readonly spelling = new Map<string, string>();
  private readonly postings = new Map<string, Posting>();
  private readonly idfs = new Map<string, number>();
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

    // Term counts per slug and per (language, field) slot: slot = language * FIELDS.length + field.
    const slotCount = FIELDS.length * 2;
    const perSlug: { counts: Map<string, number>[]; lengths: Float64Array }[] = [];
    const totalLength = new Float64Array(slotCount);
    const present = new Float64Array(slotCount);
    const surface = new SurfaceCounter();

    for (const entry of this.slugs) {
      const counts: Map<string, number>[] = [];
      const lengths = new Float64Array(slotCount);
      LANGUAGES.forEach((lang, l) => {
        const fiche = entry.fiches[lang];
        FIELDS.forEach((field, f) => {
          const slot = l * FIELDS.length + f;
          const slotCounts = new Map<string, number>();
          counts[slot] = slotCounts;
          if (!fiche) return;
          const texts = field === 'title' ? [fiche.title] : field === 'keywords' ? fiche.keywords : [fiche.sections[field]];
          let length = 0;
          for (const text of texts) {
            const terms = analyzeTokens(tokenize(plainText(text)), lang, surface);
            length += terms.length;
            for (const term of terms) slotCounts.set(term, (slotCounts.get(term) ?? 0) + 1);
          }
          lengths[slot] = length;
          totalLength[slot]! += length;
          present[slot]! += 1;
        });
      });
      perSlug.push({ counts, lengths });
    }

    // Surface words, folded, with the accented spelling seen most.
    const best = new Map<string, [string, number]>();
    for (const { token, info } of surface.seen) {
      const { folded, count } = info;
      const seen = best.get(folded);
      if (!seen) best.set(folded, [token, count]);
      else if (count > seen[1]) best.set(folded, [token, count + seen[1]]);
      else seen[1] += count;
    }
    for (const [folded, [form, count]] of best) {
      this.spelling.set(folded, form);
      this.vocabulary.add(folded, count);
    }
    for (const word of lexiconWords()) this.vocabulary.add(fold(word), 1);
    for (const word of OFF_TOPIC_VOCABULARY) this.vocabulary.add(word, 1);
    for (const list of [STOP_WORDS.fr, STOP_WORDS.en]) for (const word of list) this.vocabulary.add(word, 1);

    // Per slot: its weight for a French and for an English question, and whether it is topical.
    const slotWeight = { fr: new Float64Array(slotCount), en: new Float64Array(slotCount) };
    const slotTopical: boolean[] = [];
    for (let slot = 0; slot < slotCount; slot++) {
      const field = FIELDS[slot % FIELDS.length]!;
      const slotLang = LANGUAGES[Math.floor(slot / FIELDS.length)]!;
      slotWeight.fr[slot] = fieldWeights[field] * (slotLang === 'fr' ? 1 : other);
      slotWeight.en[slot] = fieldWeights[field] * (slotLang === 'en' ? 1 : other);
      slotTopical[slot] = TOPICAL_FIELDS.has(field);
    }
    const average = Float64Array.from(totalLength, (total, slot) => (present[slot]! > 0 ? total / present[slot]! : 1));

    const building = new Map<string, { docs: number[]; fr: number[]; en: number[]; df: number }>();
    perSlug.forEach(({ counts, lengths }, doc) => {
      const accumulated = new Map<string, { fr: number; en: number; about: boolean }>();
      counts.forEach((slotCounts, slot) => {
        const norm = 1 / (1 - b + (b * lengths[slot]!) / average[slot]!);
        const [wFr, wEn, topical] = [slotWeight.fr[slot]!, slotWeight.en[slot]!, slotTopical[slot]!];
        for (const [term, count] of slotCounts) {
          let sum = accumulated.get(term);
          if (!sum) accumulated.set(term, (sum = { fr: 0, en: 0, about: false }));
          sum.fr += wFr * count * norm;
          sum.en += wEn * count * norm;
          if (topical) sum.about = true;
        }
      });
      for (const [term, sum] of accumulated) {
        let list = building.get(term);
        if (!list) building.set(term, (list = { docs: [], fr: [], en: [], df: 0 }));
        list.df += sum.about ? 1 : incidental;
        list.docs.push(doc);
        list.fr.push(sum.fr / (sum.fr + k1));
        list.en.push(sum.en / (sum.en + k1));
      }
    });
    const n = this.slugs.length;
    let maxIdf = 0;
    for (const [term, list] of building) {
      this.postings.set(term, {
        docs: Int32Array.from(list.docs),
        strength: { fr: Float32Array.from(list.fr), en: Float32Array.from(list.en) },
      });
      const idf = Math.log(1 + (n - list.df + 0.5) / (list.df + 0.5));
      this.idfs.set(term, idf);
      if (idf > maxIdf) maxIdf = idf;
    }
    this.maxIdf = maxIdf || Math.log(1 + (n + 0.5) / 0.5);
  }

  get size(): number {
    return this.slugs.length;
  }

  idf(term: string): number {
    return this.idfs.get(term) ?? 0;
  }

  /** True when the token, stemmed in either language, is an index term ("fermée" → "ferm"). */
  knowsStem(token: string): boolean {
    return this.postings.has(stem(token, 'fr')) || this.postings.has(stem(token, 'en'));
  }

  posting(term: string): Posting | undefined {
    return this.postings.get(term);
  }
}
