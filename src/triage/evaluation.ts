import { z } from 'zod';
import {
  categorySchema, languageSchema, prioritySchema, scopeSchema, urgencySchema, type Language,
} from './vocabulary.js';
import { intentSchema } from './intent.js';
import { detectLanguage } from './language.js';
import { prepare } from './matcher.js';
import type { Understanding } from './understand.js';

/** One labelled message of a development or held-out set (test/fixtures/incident-reports.jsonl). */
export const labelledCaseSchema = z.object({
  id: z.string(),
  lang: languageSchema.optional(),
  text: z.string().min(1),
  intent: intentSchema,
  // Messages that are not incidents may leave the incident fields out or set them to null.
  category: categorySchema.nullish().transform((v) => v ?? null),
  scope: scopeSchema.nullish().transform((v) => v ?? null),
  urgency: urgencySchema.nullish().transform((v) => v ?? null),
  patient_care_impact: z.boolean().nullish().transform((v) => v ?? null),
  priority: prioritySchema.nullish().transform((v) => v ?? null),
});
export type LabelledCase = z.infer<typeof labelledCaseSchema>;

const SCORED = ['intent', 'category', 'scope', 'urgency', 'patient_care_impact', 'priority'] as const;
type Scored = (typeof SCORED)[number];

export interface Score {
  correct: number;
  total: number;
  accuracy: number;
}

export interface EvaluationReport {
  cases: number;
  accuracy: Record<Scored, Score>;
  /** Share of P1-labelled messages found P1: a P1 must never be quietly downgraded. */
  p1Recall: Score & { missed: string[] };
  byLanguage: Record<Language, Record<'intent' | 'category' | 'priority', Score>>;
  mistakes: Array<{ id: string; field: Scored; expected: unknown; got: unknown }>;
}

function score(): Score {
  return { correct: 0, total: 0, accuracy: 0 };
}

function count(s: Score, ok: boolean): void {
  s.total++;
  if (ok) s.correct++;
  s.accuracy = s.correct / s.total;
}

function predicted(u: Understanding, field: Scored): unknown {
  if (field === 'intent') return u.intent.value;
  if (!u.fields) return null;
  if (field === 'priority') return u.fields.priority;
  return u.fields[field].value;
}

/**
 * Scores an understanding function against labelled messages. Field accuracies count the messages
 * labelled with that field (incidents and requests); intent counts them all.
 */
export async function evaluateUnderstanding(
  cases: readonly LabelledCase[],
  understand: (text: string) => Understanding | Promise<Understanding>,
): Promise<EvaluationReport> {
  const accuracy = Object.fromEntries(SCORED.map((f) => [f, score()])) as Record<Scored, Score>;
  const p1Recall = { ...score(), missed: [] as string[] };
  const byLanguage = {
    fr: { intent: score(), category: score(), priority: score() },
    en: { intent: score(), category: score(), priority: score() },
  };
  const mistakes: EvaluationReport['mistakes'] = [];
  for (const c of cases) {
    const u = await understand(c.text);
    const lang = c.lang ?? detectLanguage(prepare(c.text).tokens);
    for (const field of SCORED) {
      const expected = c[field];
      if (field !== 'intent' && expected === null) continue;
      const got = predicted(u, field);
      const ok = got === expected;
      count(accuracy[field], ok);
      if (field === 'intent' || field === 'category' || field === 'priority') count(byLanguage[lang][field], ok);
      if (!ok) mistakes.push({ id: c.id, field, expected, got });
    }
    if (c.priority === 'P1') {
      const found = u.fields?.priority === 'P1';
      count(p1Recall, found);
      if (!found) p1Recall.missed.push(c.id);
    }
  }
  return { cases: cases.length, accuracy, p1Recall, byLanguage, mistakes };
}
