import type { Language } from '../triage/index.js';

/** One fiche shown to a user, and what they said about it. */
export interface RecordedAnswer {
  id: number;
  slug: string;
  lang: Language;
  userRef: string | null;
  conversationId: string | null;
  /** ISO-8601 UTC. */
  answeredAt: string;
  helpful: boolean | null;
  feedbackAt: string | null;
}

export interface NewAnswer {
  slug: string;
  lang: Language;
  /** Who asked (directory reference or channel id), never a name typed in free text. */
  userRef?: string | null;
  conversationId?: string | null;
}

/** Deflection of one fiche: how often it was shown and how often it solved the problem. */
export interface DeflectionRow {
  slug: string;
  answers: number;
  helpful: number;
  notHelpful: number;
  /** Answers without feedback yet. */
  noFeedback: number;
  /** helpful / (helpful + notHelpful), null before any feedback. */
  rate: number | null;
}

/**
 * Where answers and their feedback are recorded. The Kysely implementation writes `kb_answers`;
 * tests and the CLI without a database use the in-memory one.
 *
 * ```ts
 * const id = await log.recordAnswer({ slug: 'password-reset', lang: 'fr', userRef: 'u-42' });
 * await log.recordFeedback(id, true);
 * await log.deflection(); // [{ slug: 'password-reset', answers: 1, helpful: 1, notHelpful: 0, rate: 1, ... }]
 * ```
 */
export interface AnswerLog {
  recordAnswer(answer: NewAnswer): Promise<number>;
  /** Records whether answer `id` helped; returns false for an unknown id. A later call overrides. */
  recordFeedback(id: number, helpful: boolean): Promise<boolean>;
  get(id: number): Promise<RecordedAnswer | undefined>;
  /** Per fiche, most answered first; optionally only answers at or after `since` (ISO-8601). */
  deflection(options?: { since?: string }): Promise<DeflectionRow[]>;
}

/** Rate and ordering shared by every implementation. */
export function deflectionRow(slug: string, answers: number, helpful: number, notHelpful: number): DeflectionRow {
  const judged = helpful + notHelpful;
  return {
    slug,
    answers,
    helpful,
    notHelpful,
    noFeedback: answers - judged,
    rate: judged === 0 ? null : Math.round((helpful / judged) * 1000) / 1000,
  };
}

export function sortDeflection(rows: DeflectionRow[]): DeflectionRow[] {
  return rows.sort((a, b) => b.answers - a.answers || a.slug.localeCompare(b.slug));
}
