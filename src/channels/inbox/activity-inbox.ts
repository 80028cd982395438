import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { preparedQuery, type InboxState, type Store } from '../../db/index.js';

const pendingOfConversation = preparedQuery((db, p: { channelId: string; conversationId: string }) =>
  db
    .selectFrom('inbox_activities')
    .select('id')
    .where('channel_id', '=', p.channelId)
    .where('conversation_id', '=', p.conversationId)
    .where('state', 'in', ['queued', 'processing'])
    .limit(1),
);

/** One delivered activity waiting for, or holding, its turn. */
export interface InboxEntry {
  id: number;
  channelId: string;
  conversationId: string;
  activityId: string;
  /** The activity as delivered (parsed JSON). */
  activity: Record<string, unknown>;
  /** The delivery's authentication, as {@link DeliveryRecord} (parsed JSON). */
  delivery: Record<string, unknown>;
  /** Turns started for it, this one included once claimed. */
  attempts: number;
  receivedAt: string;
  claimToken: string;
}

export interface NewInboxEntry {
  channelId: string;
  conversationId: string;
  activityId: string;
  activity: object;
  delivery: object;
}

export type InboxCounts = Record<InboxState, number>;

export interface FailedInboxEntry {
  id: number;
  channelId: string;
  conversationId: string;
  activityId: string;
  attempts: number;
  receivedAt: string;
  lastError: string | null;
}

/**
 * The `inbox_activities` table. A conversation's activities run one at a time and in the order they
 * arrived: an activity is claimable only when no earlier activity of its conversation is queued or
 * running. Every transition is one conditional statement, so two workers (or two instances on one
 * PostgreSQL) never run the same activity, nor two activities of one conversation, at once.
 */
export class ActivityInbox {
  constructor(
    private readonly store: Store,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Writes a delivered activity; returns its id, or undefined when that delivery is already in the inbox. */
  async enqueue(entry: NewInboxEntry): Promise<number | undefined> {
    return this.#insert(entry, { state: 'queued', attempts: 0 }, this.now().toISOString());
  }

  /** Whether an activity of this conversation waits or runs in the inbox: a new one must then queue behind it. */
  async hasPending(channelId: string, conversationId: string): Promise<boolean> {
    const rows = await pendingOfConversation.rows(this.store.db, { channelId, conversationId });
    return rows.length > 0;
  }

  /**
   * Writes a delivery whose turn already runs in this process, as claimed by it (its first attempt): if
   * the process stops before the turn ends, the claim runs out and the activity runs again. Undefined
   * when that delivery is in the inbox already.
   */
  async hold(entry: NewInboxEntry): Promise<InboxEntry | undefined> {
    const at = this.now().toISOString();
    const claimToken = randomUUID();
    const id = await this.#insert(entry, { state: 'processing', attempts: 1, claim_token: claimToken, claimed_at: at }, at);
    if (id === undefined) return undefined;
    return {
      id,
      channelId: entry.channelId,
      conversationId: entry.conversationId,
      activityId: entry.activityId,
      activity: entry.activity as Record<string, unknown>,
      delivery: entry.delivery as Record<string, unknown>,
      attempts: 1,
      receivedAt: at,
      claimToken,
    };
  }

  /** One row for a delivery, in the given state; undefined when that delivery is in the inbox already. */
  async #insert(
    entry: NewInboxEntry,
    state: { state: InboxState; attempts: number; claim_token?: string; claimed_at?: string },
    at: string,
  ): Promise<number | undefined> {
    const row = await this.store.db
      .insertInto('inbox_activities')
      .values({
        channel_id: entry.channelId,
        conversation_id: entry.conversationId,
        activity_id: entry.activityId,
        activity: JSON.stringify(entry.activity),
        delivery: JSON.stringify(entry.delivery),
        ...state,
        available_at: at,
        received_at: at,
      })
      .onConflict((oc) => oc.columns(['channel_id', 'conversation_id', 'activity_id']).doNothing())
      .returning('id')
      .executeTakeFirst();
    return row === undefined ? undefined : Number(row.id);
  }

  /** Claims the oldest runnable activity, or returns undefined when none is. */
  async claimNext(): Promise<InboxEntry | undefined> {
    return this.#claim(undefined);
  }

  /** Claims activity `id` if it is runnable now (queued, due, first of its conversation). */
  async claim(id: number): Promise<InboxEntry | undefined> {
    return this.#claim(id);
  }

  /** The turn is over: the activity leaves the inbox. False when the claim was lost meanwhile. */
  async complete(entry: InboxEntry): Promise<boolean> {
    const result = await this.store.db
      .deleteFrom('inbox_activities')
      .where('id', '=', entry.id)
      .where('claim_token', '=', entry.claimToken)
      .executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  /** Puts a claimed activity back in the queue, to run again after `delayMs`. */
  async retryLater(entry: InboxEntry, delayMs: number, reason: string): Promise<boolean> {
    const result = await this.store.db
      .updateTable('inbox_activities')
      .set({
        state: 'queued',
        claim_token: null,
        claimed_at: null,
        available_at: new Date(this.now().getTime() + delayMs).toISOString(),
        last_error: reason,
      })
      .where('id', '=', entry.id)
      .where('claim_token', '=', entry.claimToken)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Gives up on a claimed activity: it stays in the inbox as failed, for an operator to retry. */
  async fail(entry: InboxEntry, reason: string): Promise<boolean> {
    const result = await this.store.db
      .updateTable('inbox_activities')
      .set({ state: 'failed', claim_token: null, last_error: reason })
      .where('id', '=', entry.id)
      .where('claim_token', '=', entry.claimToken)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Queues again the activities claimed before `before` by a worker that stopped (crash, lost instance). */
  async requeueAbandoned(before: Date): Promise<number> {
    const result = await this.store.db
      .updateTable('inbox_activities')
      .set({ state: 'queued', claim_token: null, claimed_at: null, last_error: 'abandoned by a stopped worker' })
      .where('state', '=', 'processing')
      .where('claimed_at', '<', before.toISOString())
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** Queues the failed activities again (all, or those listed), with a fresh count of attempts. */
  async retryFailed(ids?: number[]): Promise<number> {
    let query = this.store.db
      .updateTable('inbox_activities')
      .set({ state: 'queued', attempts: 0, available_at: this.now().toISOString() })
      .where('state', '=', 'failed');
    if (ids) query = query.where('id', 'in', ids.length ? ids : [-1]);
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async counts(): Promise<InboxCounts> {
    const rows = await this.store.db
      .selectFrom('inbox_activities')
      .select(['state', (eb) => eb.fn.countAll<string | number>().as('count')])
      .groupBy('state')
      .execute();
    const counts: InboxCounts = { queued: 0, processing: 0, failed: 0 };
    for (const row of rows) counts[row.state] = Number(row.count);
    return counts;
  }

  async failed(limit = 100): Promise<FailedInboxEntry[]> {
    const rows = await this.store.db
      .selectFrom('inbox_activities')
      .select(['id', 'channel_id', 'conversation_id', 'activity_id', 'attempts', 'received_at', 'last_error'])
      .where('state', '=', 'failed')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((row) => ({
      id: row.id,
      channelId: row.channel_id,
      conversationId: row.conversation_id,
      activityId: row.activity_id,
      attempts: row.attempts,
      receivedAt: row.received_at,
      lastError: row.last_error,
    }));
  }

  /**
   * One statement: pick (the oldest, or the given) queued activity that is due and first of its
   * conversation, and mark it running. On PostgreSQL the pick skips rows another worker is claiming;
   * the earlier-activity test still sees that row as queued, so the conversation's next one waits.
   */
  async #claim(id: number | undefined): Promise<InboxEntry | undefined> {
    const claimToken = randomUUID();
    const now = this.now().toISOString();
    const lock = this.store.dialect === 'postgres' ? sql`for update skip locked` : sql``;
    const only = id === undefined ? sql`` : sql`and i.id = ${id}`;
    const result = await sql<{
      id: number;
      channel_id: string;
      conversation_id: string;
      activity_id: string;
      activity: string;
      delivery: string;
      attempts: number;
      received_at: string;
    }>`
      update inbox_activities
      set state = 'processing', claim_token = ${claimToken}, claimed_at = ${now}, attempts = attempts + 1
      where id = (
        select i.id from inbox_activities i
        where i.state = 'queued' and i.available_at <= ${now} ${only}
          and not exists (
            select 1 from inbox_activities e
            where e.channel_id = i.channel_id and e.conversation_id = i.conversation_id
              and e.id < i.id and e.state in ('queued', 'processing')
          )
        order by i.id
        limit 1
        ${lock}
      )
      returning id, channel_id, conversation_id, activity_id, activity, delivery, attempts, received_at
    `.execute(this.store.db);
    const row = result.rows[0];
    if (!row) return undefined;
    return {
      id: Number(row.id),
      channelId: row.channel_id,
      conversationId: row.conversation_id,
      activityId: row.activity_id,
      activity: JSON.parse(row.activity) as Record<string, unknown>,
      delivery: JSON.parse(row.delivery) as Record<string, unknown>,
      attempts: Number(row.attempts),
      receivedAt: row.received_at,
      claimToken,
    };
  }
}
