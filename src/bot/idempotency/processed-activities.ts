import { randomUUID } from 'node:crypto';
import { preparedQuery, type Store } from '../../db/index.js';
import type { StoredResponse } from './replayable.js';

/** A delivered activity, named as the channel names it. */
export interface ActivityKey {
  channelId: string;
  conversationId: string;
  activityId: string;
}

export type ProcessedActivity =
  | { state: 'processing'; claimToken: string; claimedAt: string; createdAt: string }
  | { state: 'done'; responses: StoredResponse[]; createdAt: string };

const insertClaim = preparedQuery((db, p: ActivityKey & { claimToken: string; now: string }) =>
  db
    .insertInto('processed_activities')
    .values({
      channel_id: p.channelId,
      conversation_id: p.conversationId,
      activity_id: p.activityId,
      state: 'processing',
      responses: null,
      claim_token: p.claimToken,
      claimed_at: p.now,
      created_at: p.now,
    })
    .onConflict((oc) => oc.columns(['channel_id', 'conversation_id', 'activity_id']).doNothing()),
);

const markDone = preparedQuery((db, p: ActivityKey & { claimToken: string; responses: string }) =>
  db
    .updateTable('processed_activities')
    .set({ state: 'done', responses: p.responses })
    .where('channel_id', '=', p.channelId)
    .where('conversation_id', '=', p.conversationId)
    .where('activity_id', '=', p.activityId)
    .where('state', '=', 'processing')
    .where('claim_token', '=', p.claimToken),
);

/**
 * The `processed_activities` table: who runs the turn of a delivered activity, and what it answered.
 * Every transition is one conditional statement, so two instances racing on one activity never both win.
 */
export class ProcessedActivities {
  constructor(private readonly store: Store) {}

  /** Claims a first delivery; returns the claim token, or undefined when the activity is already known. */
  async claim(key: ActivityKey, at: Date): Promise<string | undefined> {
    const claimToken = randomUUID();
    const inserted = await insertClaim.affectedRows(this.store.db, { ...key, claimToken, now: at.toISOString() });
    return inserted === 1 ? claimToken : undefined;
  }

  /** Takes over a claim whose holder stopped (crash, lost instance); undefined if someone else was faster. */
  async takeOver(key: ActivityKey, staleToken: string, at: Date): Promise<string | undefined> {
    const claimToken = randomUUID();
    const result = await this.store.db
      .updateTable('processed_activities')
      .set({ claim_token: claimToken, claimed_at: at.toISOString() })
      .where((eb) => eb.and(keyColumns(key)))
      .where('state', '=', 'processing')
      .where('claim_token', '=', staleToken)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1 ? claimToken : undefined;
  }

  async find(key: ActivityKey): Promise<ProcessedActivity | undefined> {
    const row = await this.store.db
      .selectFrom('processed_activities')
      .selectAll()
      .where((eb) => eb.and(keyColumns(key)))
      .executeTakeFirst();
    if (!row) return undefined;
    if (row.state === 'done') return { state: 'done', responses: JSON.parse(row.responses ?? '[]'), createdAt: row.created_at };
    return { state: 'processing', claimToken: row.claim_token, claimedAt: row.claimed_at, createdAt: row.created_at };
  }

  /** Records the replies of the turn; false when the claim was lost meanwhile (taken over as stale). */
  async complete(key: ActivityKey, claimToken: string, responses: ReadonlyArray<StoredResponse | string>): Promise<boolean> {
    // Replies may come as JSON already (see storedResponseJson): the record is their JSON array.
    const json = `[${responses.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join(',')}]`;
    const updated = await markDone.affectedRows(this.store.db, { ...key, claimToken, responses: json });
    return updated === 1;
  }

  /** Gives a claim up after a failed turn, so a retry of the delivery runs the turn again. */
  async release(key: ActivityKey, claimToken: string): Promise<void> {
    await this.store.db
      .deleteFrom('processed_activities')
      .where((eb) => eb.and(keyColumns(key)))
      .where('state', '=', 'processing')
      .where('claim_token', '=', claimToken)
      .execute();
  }

  /** Deletes the records created before `before`; returns how many went. */
  async sweep(before: Date): Promise<number> {
    const result = await this.store.db.deleteFrom('processed_activities').where('created_at', '<', before.toISOString()).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

/** The primary-key columns of one delivered activity, for `where`. */
function keyColumns(key: ActivityKey) {
  return { channel_id: key.channelId, conversation_id: key.conversationId, activity_id: key.activityId };
}
