import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import { systemClock, type Clock } from '../../clock.js';
import type { Kysely } from 'kysely';
import { preparedQuery, writeTransaction, type Database, type Store } from '../../db/index.js';
import { CodedError } from '../../errors.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Keys per `in (...)` list: far below the bind-parameter limits of both dialects. */
const KEYS_PER_QUERY = 500;

interface StateRow {
  key: string;
  value: string;
  etag: string;
  updatedAt: string;
}

// A turn reads and writes its conversation's and its user's state: these statements run on every turn.
const readOne = preparedQuery((db, p: { key: string }) => db.selectFrom('bot_state').select(['key', 'value', 'etag']).where('key', '=', p.key));
const overwrite = preparedQuery((db, p: StateRow) =>
  db
    .insertInto('bot_state')
    .values({ key: p.key, value: p.value, etag: p.etag, updated_at: p.updatedAt })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: p.value, etag: p.etag, updated_at: p.updatedAt })),
);
const updateIfUnchanged = preparedQuery((db, p: StateRow & { expectedEtag: string }) =>
  db
    .updateTable('bot_state')
    .set({ value: p.value, etag: p.etag, updated_at: p.updatedAt })
    .where('key', '=', p.key)
    .where('etag', '=', p.expectedEtag),
);
const insertIfAbsent = preparedQuery((db, p: StateRow) =>
  db
    .insertInto('bot_state')
    .values({ key: p.key, value: p.value, etag: p.etag, updated_at: p.updatedAt })
    .onConflict((oc) => oc.column('key').doNothing()),
);

/**
 * botbuilder's `Storage` on the `bot_state` table, so conversation and user state (dialog stacks) survive
 * a restart and are shared by every instance on one PostgreSQL database.
 *
 * The eTag contract is MemoryStorage's: an item read carries the `eTag` of its last write; writing it back
 * with that eTag succeeds only if nobody wrote since (otherwise a `conflict` CodedError is thrown); an item
 * without eTag, or with `'*'`, overwrites; every write gets a new eTag. Unlike MemoryStorage, one `write`
 * is atomic: on a conflict, none of its items are written. Values are stored as JSON text.
 *
 * ```ts
 * const conversationState = new ConversationState(new KyselyStorage(store));
 * await new KyselyStorage(store).sweep({ olderThanDays: 30 }); // forget idle conversations
 * ```
 */
export class KyselyStorage implements Storage {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock = systemClock,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const items: StoreItems = {};
    const unique = [...new Set(keys)];
    const batches = unique.length === 1 ? [readOne.rows(this.store.db, { key: unique[0]! })] : chunks(unique).map((chunk) => this.store.db.selectFrom('bot_state').select(['key', 'value', 'etag']).where('key', 'in', chunk).execute());
    for (const rows of await Promise.all(batches)) {
      for (const row of rows) items[row.key] = { ...JSON.parse(row.value), eTag: row.etag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    const keys = Object.keys(changes);
    if (keys.length === 0) return;
    const updatedAt = this.clock.now().toISOString();
    // One item is written by statements that are each atomic and fail as a conflict together: no
    // transaction is needed (every turn writes its conversation state alone).
    const write = keys.length === 1 ? (work: (db: Kysely<Database>) => Promise<void>) => work(this.store.db) : (work: (db: Kysely<Database>) => Promise<void>) => writeTransaction(this.store, work);
    await write(async (trx) => {
      for (const key of keys) {
        const { eTag, ...item } = (changes[key] ?? {}) as { eTag?: unknown; [field: string]: unknown };
        const row: StateRow = { key, value: JSON.stringify(item), etag: randomUUID(), updatedAt };
        if (eTag === undefined || eTag === null || eTag === '' || eTag === '*') {
          await overwrite.execute(trx, row);
          continue;
        }
        if ((await updateIfUnchanged.affectedRows(trx, { ...row, expectedEtag: String(eTag) })) === 1) continue;
        // No row at all: MemoryStorage accepts an eTag on a first write; a row with another eTag is a conflict.
        if ((await insertIfAbsent.affectedRows(trx, row)) !== 1) {
          throw new CodedError('conflict', `Storage: error writing "${key}" due to eTag conflict.`, { key });
        }
      }
    });
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    for (const chunk of chunks([...new Set(keys)])) {
      await this.store.db.deleteFrom('bot_state').where('key', 'in', chunk).execute();
    }
  }

  /**
   * Deletes the state not written for `olderThanDays` days (an abandoned dialog, an idle conversation);
   * returns how many items went. The next turn of such a conversation starts afresh.
   */
  async sweep({ olderThanDays }: { olderThanDays: number }): Promise<number> {
    if (!(olderThanDays > 0)) throw new CodedError('validation_failed', `olderThanDays must be positive, got ${olderThanDays}`);
    const cutoff = new Date(this.clock.now().getTime() - olderThanDays * DAY_MS).toISOString();
    const result = await this.store.db.deleteFrom('bot_state').where('updated_at', '<', cutoff).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

function chunks<T>(values: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += KEYS_PER_QUERY) out.push(values.slice(i, i + KEYS_PER_QUERY));
  return out;
}
