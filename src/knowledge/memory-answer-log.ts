import { systemClock, type Clock } from '../clock.js';
import { deflectionRow, sortDeflection, type AnswerLog, type DeflectionRow, type NewAnswer, type RecordedAnswer } from './answer-log.js';

/** An AnswerLog kept in memory: for tests and for running without a database. */
export class MemoryAnswerLog implements AnswerLog {
  private readonly rows: RecordedAnswer[] = [];

  constructor(private readonly clock: Clock = systemClock) {}

  async recordAnswer(answer: NewAnswer): Promise<number> {
    const id = this.rows.length + 1;
    this.rows.push({
      id,
      slug: answer.slug,
      lang: answer.lang,
      userRef: answer.userRef ?? null,
      conversationId: answer.conversationId ?? null,
      answeredAt: this.clock.now().toISOString(),
      helpful: null,
      feedbackAt: null,
    });
    return id;
  }

  async recordFeedback(id: number, helpful: boolean): Promise<boolean> {
    const row = this.rows[id - 1];
    if (!row) return false;
    row.helpful = helpful;
    row.feedbackAt = this.clock.now().toISOString();
    return true;
  }

  async get(id: number): Promise<RecordedAnswer | undefined> {
    const row = this.rows[id - 1];
    return row && { ...row };
  }

  async deflection(options: { since?: string } = {}): Promise<DeflectionRow[]> {
    const bySlug = new Map<string, { answers: number; helpful: number; notHelpful: number }>();
    for (const row of this.rows) {
      if (options.since && row.answeredAt < options.since) continue;
      const counts = bySlug.get(row.slug) ?? { answers: 0, helpful: 0, notHelpful: 0 };
      counts.answers++;
      if (row.helpful === true) counts.helpful++;
      if (row.helpful === false) counts.notHelpful++;
      bySlug.set(row.slug, counts);
    }
    return sortDeflection([...bySlug].map(([slug, c]) => deflectionRow(slug, c.answers, c.helpful, c.notHelpful)));
  }
}
