import { z } from 'zod';
import { languageSchema, type Language } from '../triage/index.js';

/** One line of a question set: a staff question and the fiche that answers it (null: none does). */
export const evalQuestionSchema = z.object({
  id: z.union([z.string(), z.number()]),
  q: z.string().min(1),
  lang: languageSchema,
  expected: z.string().nullable(),
});
export type EvalQuestion = z.infer<typeof evalQuestionSchema>;

/** What a retrieval system says about one question: its ranking and whether it would answer. */
export interface Ranking {
  answerable: boolean;
  /** Slugs, best first (duplicates ignored). */
  slugs: string[];
}

export interface AnswerableMetrics {
  questions: number;
  hitAt1: number;
  hitAt3: number;
  /** Mean reciprocal rank over the returned list (0 when absent). */
  mrr: number;
  /** Share of answerable questions the system refused to answer. */
  falseAbstention: number;
  /** Questions whose first result is not the expected fiche. */
  rank1Misses: number;
}

export interface EvalReport {
  all: AnswerableMetrics;
  byLang: Record<Language, AnswerableMetrics>;
  /** Must-not-answer questions, and the share refused. */
  negatives: { questions: number; abstention: number };
  misses: { id: string | number; q: string; expected: string | null; got: string[]; answerable: boolean }[];
}

/**
 * Scores a retrieval system on a question set: hit@1, hit@3, MRR and false abstention on the
 * answerable questions (overall and per language), abstention on the must-not-answer ones.
 *
 * ```ts
 * const report = evaluate(questions, (q) => {
 *   const r = knowledge.search(q.q);
 *   return { answerable: r.answerable, slugs: r.results.map((h) => h.slug) };
 * });
 * ```
 */
export function evaluate(questions: readonly EvalQuestion[], rank: (question: EvalQuestion) => Ranking): EvalReport {
  const rows = { all: [] as number[][], fr: [] as number[][], en: [] as number[][] };
  let negatives = 0;
  let refused = 0;
  const misses: EvalReport['misses'] = [];
  for (const question of questions) {
    const ranking = rank(question);
    const slugs = [...new Set(ranking.slugs)];
    if (question.expected === null) {
      negatives++;
      if (!ranking.answerable) refused++;
      else misses.push({ id: question.id, q: question.q, expected: null, got: slugs.slice(0, 3), answerable: true });
      continue;
    }
    const at = slugs.indexOf(question.expected);
    const row = [at === 0 ? 1 : 0, at >= 0 && at < 3 ? 1 : 0, at >= 0 ? 1 / (at + 1) : 0, ranking.answerable ? 0 : 1];
    rows.all.push(row);
    rows[question.lang].push(row);
    if (at !== 0 || !ranking.answerable) {
      misses.push({ id: question.id, q: question.q, expected: question.expected, got: slugs.slice(0, 3), answerable: ranking.answerable });
    }
  }
  return {
    all: summarise(rows.all),
    byLang: { fr: summarise(rows.fr), en: summarise(rows.en) },
    negatives: { questions: negatives, abstention: negatives === 0 ? 1 : refused / negatives },
    misses,
  };
}

function summarise(rows: number[][]): AnswerableMetrics {
  const n = rows.length;
  const mean = (i: number) => (n === 0 ? 0 : rows.reduce((sum, row) => sum + row[i]!, 0) / n);
  return {
    questions: n,
    hitAt1: mean(0),
    hitAt3: mean(1),
    mrr: mean(2),
    falseAbstention: mean(3),
    rank1Misses: rows.filter((row) => row[0] === 0).length,
  };
}

/**
 * For a system that only gives scores: the threshold on its top score that best separates
 * answerable from must-not-answer questions (highest balanced accuracy; ties: the lower one).
 */
export function bestThreshold(samples: readonly { topScore: number; answerable: boolean }[]): number {
  const positives = samples.filter((s) => s.answerable);
  const negatives = samples.filter((s) => !s.answerable);
  const candidates = [...new Set(samples.map((s) => s.topScore))].sort((a, b) => a - b);
  let best = { threshold: 0, accuracy: -1 };
  for (const threshold of [0, ...candidates.map((c) => c + 1e-9)]) {
    const kept = positives.filter((s) => s.topScore >= threshold).length / Math.max(1, positives.length);
    const refused = negatives.filter((s) => s.topScore < threshold).length / Math.max(1, negatives.length);
    const accuracy = (kept + refused) / 2;
    if (accuracy > best.accuracy) best = { threshold, accuracy };
  }
  return best.threshold;
}

/** Parses a JSON-lines question set; a bad line fails with its line number. */
export function parseQuestionSet(text: string, source = 'questions'): EvalQuestion[] {
  return text
    .split('\n')
    .map((line, i) => ({ line: line.trim(), number: i + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new Error(`${source}:${number}: not valid JSON`);
      }
      const parsed = evalQuestionSchema.safeParse(json);
      if (!parsed.success) throw new Error(`${source}:${number}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return parsed.data;
    });
}
