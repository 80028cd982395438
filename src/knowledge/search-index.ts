import type { Language } from '../triage/index.js';
import type { Fiche, SectionKey } from './fiche.js';
import { analyzeText, plainText } from './text/analyze.js';
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
const FIELDS = Object.keys(FIELD_WEIGHTS) as Field[];

export interface IndexOptions {
  /** Term-frequency saturation (BM25 k1). */
  k1?: number;
  /** Length normalisation (BM25 b); fiches are short, so it stays low. */
  b?: number;
  /** Weight of the other language's version of a fiche, relative to the question's language. */
  otherLanguageWeight?: number;
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

  constructor(fiches: readonly Fiche[], options: IndexOptions = {}) {
    const k1 = options.k1 ?? 1.2;
    const b = options.b ?? 0.4;
    const other = options.otherLanguageWeight ?? 0.5;

    const bySlug = new Map<string, IndexedSlug>();
    for (const fiche of fiches) {
      const entry = bySlug.get(fiche.id) ?? { slug: fiche.id, fiches: {} };
      entry.fiches[fiche.lang] = fiche;
      bySlug.set(fiche.id, entry);
    }
    this.slugs = [...bySlug.values()].sort((x, y) => x.slug.localeCompare(y.slug));

    // Term counts per slug, per (language, field).
    type Counts = Map<string, Float32Array>; // term → counts indexed by fieldIndex(lang, field)
    const slots = FIELDS.length * 2;
    const slot = (lang: Language, field: Field) => (lang === 'fr' ? 0 : FIELDS.length) + FIELDS.indexOf(field);
    const perSlug: { counts: Counts; lengths: Float32Array }[] = [];
    const totalLength = new Float64Array(slots);
    const present = new Float64Array(slots);
    const spellings = new Map<string, Map<string, number>>();

    for (const entry of this.slugs) {
      const counts: Counts = new Map();
      const lengths = new Float32Array(slots);
      for (const lang of ['fr', 'en'] as const) {
        const fiche = entry.fiches[lang];
        if (!fiche) continue;
        for (const field of FIELDS) {
          const texts = field === 'title' ? [fiche.title] : field === 'keywords' ? fiche.keywords : [fiche.sections[field]];
          const s = slot(lang, field);
          for (const text of texts) {
            for (const term of analyzeText(text, lang)) {
              let row = counts.get(term);
              if (!row) counts.set(term, (row = new Float32Array(slots)));
              row[s]! += 1;
              lengths[s]! += 1;
            }
            for (const token of tokenize(plainText(text))) {
              const folded = fold(token);
              const forms = spellings.get(folded) ?? new Map<string, number>();
              forms.set(token, (forms.get(token) ?? 0) + 1);
              spellings.set(folded, forms);
            }
          }
          totalLength[s]! += lengths[s]!;
          present[s]! += 1;
        }
      }
      perSlug.push({ counts, lengths });
    }

    for (const [folded, forms] of spellings) {
      let best = '';
      let bestCount = -1;
      for (const [form, count] of forms) if (count > bestCount) [best, bestCount] = [form, count];
      this.spelling.set(folded, best);
      this.vocabulary.add(folded, bestCount);
    }
    for (const word of lexiconWords()) this.vocabulary.add(fold(word), 1);
    for (const word of OFF_TOPIC_VOCABULARY) this.vocabulary.add(word, 1);
    for (const list of [STOP_WORDS.fr, STOP_WORDS.en]) for (const word of list) this.vocabulary.add(word, 1);

    const average = Float64Array.from(totalLength, (total, s) => (present[s]! > 0 ? total / present[s]! : 1));
    const weight = (lang: Language, s: number) => {
      const fieldWeight = FIELD_WEIGHTS[FIELDS[s % FIELDS.length]!];
      const fieldLang: Language = s < FIELDS.length ? 'fr' : 'en';
      return fieldWeight * (fieldLang === lang ? 1 : other);
    };

    const building = new Map<string, { docs: number[]; fr: number[]; en: number[] }>();
    perSlug.forEach(({ counts, lengths }, doc) => {
      for (const [term, row] of counts) {
        const strength = { fr: 0, en: 0 };
        for (let s = 0; s < slots; s++) {
          const count = row[s]!;
          if (count === 0) continue;
          const normalised = count / (1 - b + (b * lengths[s]!) / average[s]!);
          strength.fr += weight('fr', s) * normalised;
          strength.en += weight('en', s) * normalised;
        }
        let list = building.get(term);
        if (!list) building.set(term, (list = { docs: [], fr: [], en: [] }));
        list.docs.push(doc);
        list.fr.push(strength.fr / (strength.fr + k1));
        list.en.push(strength.en / (strength.en + k1));
      }
    });
    const n = this.slugs.length;
    let maxIdf = 0;
    for (const [term, list] of building) {
      this.postings.set(term, {
        docs: Int32Array.from(list.docs),
        strength: { fr: Float32Array.from(list.fr), en: Float32Array.from(list.en) },
      });
      const idf = Math.log(1 + (n - list.docs.length + 0.5) / (list.docs.length + 0.5));
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
