import { sql, type Kysely } from 'kysely';
import type { Store } from './database.js';
import type { Database } from './schema.js';

/**
 * Runs `work` in one write transaction: everything it writes commits together or not at all.
 *
 * On SQLite the transaction starts with BEGIN IMMEDIATE, taking the write lock up front: a deferred
 * transaction that reads first and writes later can fail with SQLITE_BUSY when another process wrote
 * in between, and busy_timeout does not retry that case. On PostgreSQL it is an ordinary transaction.
 */
export async function writeTransaction<T>(store: Store, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  if (store.dialect === 'postgres') return store.db.transaction().execute(work);
  return store.db.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection);
    try {
      const result = await work(connection);
      await sql`commit`.execute(connection);
      return result;
    } catch (error) {
      await sql`rollback`.execute(connection);
      throw error;
    }
  });
}
