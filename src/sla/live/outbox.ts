import type { Kysely } from 'kysely';
import { writeTransaction, type Database, type Store } from '../../db/index.js';
import { isIdempotent, type NoticeRow } from './notice-kinds.js';

/**
 * The `sla_notices` outbox as the worker uses it. Every method is one short transaction; no
 * transaction is held open while something is sent.
 */
export class NoticeOutbox {
  constructor(private readonly store: Store) {}

  /**
   * Claims up to `limit` pending notices due by `now`, oldest due first, and marks them `sending` for
   * `workerId`. PostgreSQL: `FOR UPDATE SKIP LOCKED`, so workers sharing a database never claim the
   * same row; SQLite: the write lock taken by the transaction does the same. Uses the (state, due_at)
   * index, so the cost follows the notices due, not the tickets open.
   */
  async claimDue(now: Date, workerId: string, limit: number): Promise<NoticeRow[]> {
    const at = now.toISOString();
    return writeTransaction(this.store, async (trx) => {
      let due = trx
        .selectFrom('sla_notices')
        .select('id')
        .where('state', '=', 'pending')
        .where('due_at', '<=', at)
        .orderBy('due_at')
        .orderBy('id')
        .limit(limit);
      if (this.store.dialect === 'postgres') due = due.forUpdate().skipLocked();
      const ids = (await due.execute()).map((row) => row.id);
      if (ids.length === 0) return [];
      const rows = await trx
        .updateTable('sla_notices')
        .set((eb) => ({ state: 'sending', claimed_by: workerId, claimed_at: at, send_started_at: null, attempts: eb('attempts', '+', 1) }))
        .where('id', 'in', ids)
        .where('state', '=', 'pending')
        .returningAll()
        .execute();
      return rows.sort((a, b) => a.due_at.localeCompare(b.due_at) || a.id - b.id);
    });
  }

  /**
   * Recovery after a worker died between claiming and finishing (kill -9, crash, lost host): a notice
   * left `sending` since before `now - leaseMs` is
   * - put back to `pending` when its post had not started (`send_started_at` empty: nothing left the
   *   process), or when sending it again can only update what was posted (the team's countdown card,
   *   whose first post is guarded by an intent row in `ticket_cards`);
   * - marked `failed` ("interrupted") otherwise: it may have reached the channel just before the
   *   worker died, and a notice is never posted twice. It stays visible for an operator.
   * Returns how many of each.
   */
  async recoverInterrupted(now: Date, leaseMs: number, limit = 500): Promise<{ requeued: number; abandoned: number }> {
    const before = new Date(now.getTime() - leaseMs).toISOString();
    return writeTransaction(this.store, async (trx) => {
      let stale = trx
        .selectFrom('sla_notices')
        .select(['id', 'clock', 'audience', 'send_started_at'])
        .where('state', '=', 'sending')
        .where('claimed_at', '<', before)
        .orderBy('claimed_at')
        .limit(limit);
      if (this.store.dialect === 'postgres') stale = stale.forUpdate().skipLocked();
      const rows = await stale.execute();
      const safe = (row: (typeof rows)[number]) => row.send_started_at === null || isIdempotent(row);
      const requeue = rows.filter(safe).map((row) => row.id);
      const abandon = rows.filter((row) => !safe(row)).map((row) => row.id);
      const settle = async (ids: number[], state: 'pending' | 'failed', reason: string) => {
        if (ids.length === 0) return;
        await trx.updateTable('sla_notices').set({ state, last_error: reason }).where('id', 'in', ids).where('state', '=', 'sending').execute();
      };
      await settle(requeue, 'pending', 'interrupted before its post or as an update in place; sent again');
      await settle(abandon, 'failed', 'interrupted while sending; not sent again because it may already have been delivered');
      return { requeued: requeue.length, abandoned: abandon.length };
    });
  }

  /**
   * Records, just before a notice that is not a mere update is posted, that its post is starting; false
   * when the claim was lost meanwhile (recovered by another worker), and then it must not be posted.
   */
  async startSending(row: NoticeRow, workerId: string, now: Date): Promise<boolean> {
    const result = await this.store.db
      .updateTable('sla_notices')
      .set({ send_started_at: now.toISOString() })
      .where('id', '=', row.id)
      .where('state', '=', 'sending')
      .where('claimed_by', '=', workerId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Marks a claimed notice sent, with any bookkeeping that must commit with it (the card's activity id). */
  async markSent(row: NoticeRow, workerId: string, sentAt: Date, also?: (trx: Kysely<Database>) => Promise<void>, note?: string): Promise<void> {
    await writeTransaction(this.store, async (trx) => {
      if (also) await also(trx);
      await this.finish(trx, row, workerId, { state: 'sent', sent_at: sentAt.toISOString(), last_error: note ?? null });
    });
  }

  /** A notice that will not be sent (nobody to send it to); `reason` says why. */
  async markSkipped(row: NoticeRow, workerId: string, reason: string): Promise<void> {
    await this.finish(this.store.db, row, workerId, { state: 'cancelled', last_error: reason });
  }

  /** Gives a failed attempt another go at `retryAt`, or gives up once `maxAttempts` is reached. */
  async markFailed(row: NoticeRow, workerId: string, error: string, retryAt: Date | null): Promise<void> {
    const update = retryAt
      ? { state: 'pending' as const, due_at: retryAt.toISOString(), last_error: error }
      : { state: 'failed' as const, last_error: error };
    await this.finish(this.store.db, row, workerId, update);
  }

  /** Hands a claimed notice back untouched (someone else is busy with the same card); due again at `at`. */
  async release(row: NoticeRow, workerId: string, at: Date): Promise<void> {
    await this.finish(this.store.db, row, workerId, { state: 'pending', due_at: at.toISOString(), attempts: Math.max(0, row.attempts - 1) });
  }

  private async finish(db: Kysely<Database>, row: NoticeRow, workerId: string, update: Partial<Omit<NoticeRow, 'id'>>): Promise<void> {
    // Only the holder of the claim finishes it: a row recovered by another worker is left alone.
    await db.updateTable('sla_notices').set(update).where('id', '=', row.id).where('state', '=', 'sending').where('claimed_by', '=', workerId).execute();
  }
}
