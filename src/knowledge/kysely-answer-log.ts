import { sql } from 'kysely';
import { systemClock, type Clock } from '../clock.js';
import { preparedQuery, type Store } from '../db/index.js';
import { languageSchema } from '../triage/index.js';
import { deflectionRow, sortDeflection, type AnswerLog, type DeflectionRow, type NewAnswer, type RecordedAnswer } from './answer-log.js';

const insertAnswer = preparedQuery(
  (db, p: { slug: string; lang: string; userRef: string | null; conversationId: string | null; answeredAt: string }) =>
    db
      .insertInto('kb_answers')
      .values({
        slug: p.slug,
        lang: p.lang,
        user_ref: p.userRef,
        conversation_id: p.conversationId,
        answered_at: p.answeredAt,
        helpful: null,
        feedback_at: null,
      })
      .returning('id'),
);

/**
 * AnswerLog on the `kb_answers` table (SQLite or PostgreSQL through Kysely).
 *
 * ```ts
 * const log = new KyselyAnswerLog(createStore(config.databaseUrl), systemClock);
 * ```
 */
export class KyselyAnswerLog implements AnswerLog {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock = systemClock,
  ) {}

  async recordAnswer(answer: NewAnswer): Promise<number> {
    const [row] = await insertAnswer.rows(this.store.db, {
      slug: answer.slug,
      lang: answer.lang,
      userRef: answer.userRef ?? null,
      conversationId: answer.conversationId ?? null,
      answeredAt: this.clock.now().toISOString(),
    });
    if (!row) throw new Error('kb_answers: the insert returned no id');
    return Number(row.id);
  }

  async recordFeedback(id: number, helpful: boolean): Promise<boolean> {
    const result = await this.store.db
      .updateTable('kb_answers')
      .set({ helpful: helpful ? 1 : 0, feedback_at: this.clock.now().toISOString() })
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async get(id: number): Promise<RecordedAnswer | undefined> {
    const row = await this.store.db.selectFrom('kb_answers').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    return {
      id: Number(row.id),
      slug: row.slug,
      lang: languageSchema.parse(row.lang),
      userRef: row.user_ref,
      conversationId: row.conversation_id,
      answeredAt: row.answered_at,
      helpful: row.helpful === null ? null : Number(row.helpful) === 1,
      feedbackAt: row.feedback_at,
    };
  }

  async deflection(options: { since?: string } = {}): Promise<DeflectionRow[]> {
    let query = this.store.db
      .selectFrom('kb_answers')
      .select([
        'slug',
        sql<number>`count(*)`.as('answers'),
        sql<number>`sum(case when helpful = 1 then 1 else 0 end)`.as('helpful'),
        sql<number>`sum(case when helpful = 0 then 1 else 0 end)`.as('not_helpful'),
      ])
      .groupBy('slug');
    if (options.since) query = query.where('answered_at', '>=', options.since);
    const rows = await query.execute();
    // PostgreSQL returns count/sum as strings (bigint): convert explicitly.
    return sortDeflection(rows.map((r) => deflectionRow(r.slug, Number(r.answers), Number(r.helpful), Number(r.not_helpful))));
  }
}
