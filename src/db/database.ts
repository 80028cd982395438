import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { withStatementCache } from './statement-cache.js';
import { startWalCheckpointer } from './wal-checkpointer.js';

export type DialectName = 'sqlite' | 'postgres';

/** The store handle every repository receives: the Kysely instance and which dialect is behind it. */
export interface Store {
  db: Kysely<Database>;
  dialect: DialectName;
  /** Where the data lives, without credentials (for logs and health checks). */
  location: string;
  /** PostgreSQL schema the store is confined to, when one was given. */
  schema?: string;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** PostgreSQL only: schema to use (created if missing); lets tests isolate themselves on one database. */
  schema?: string;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
  /** SQLite file only: told when a background checkpoint fails, or its worker does (checkpoints then go back to each commit). */
  onCheckpointFailure?: (reason: string) => void;
}

/**
 * Opens the store named by a DATABASE_URL: `sqlite:<path>` (the file and its folder are created) or
 * `postgres://...`.
 *
 * ```ts
 * const store = createStore('sqlite:./data/triage.db');
 * await migrateToLatest(store);
 * ```
 */
export function createStore(url: string, options: StoreOptions = {}): Store {
  if (url.startsWith('sqlite:')) return createSqliteStore(url.slice('sqlite:'.length), options);
  if (/^postgres(ql)?:\/\//.test(url)) return createPostgresStore(url, options);
  throw new Error(`DATABASE_URL must be sqlite:<path> or postgres://..., got "${url.split(':')[0]}:..."`);
}

function createSqliteStore(file: string, { onCheckpointFailure }: StoreOptions): Store {
  const inMemory = file === ':memory:';
  if (!inMemory) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Sqlite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 10000');
  sqlite.pragma('synchronous = NORMAL');
  const checkpointer = inMemory ? undefined : startWalCheckpointer(sqlite, file, { onFailure: onCheckpointFailure });
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  const close = async () => {
    await checkpointer?.stop();
    await db.destroy();
  };
  return { db, dialect: 'sqlite', location: `sqlite:${file}`, close };
}

function createPostgresStore(url: string, { schema, poolSize = 10 }: StoreOptions): Store {
  if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name "${schema}"`);
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client that loses its server must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({
      pool,
      onCreateConnection: schema
        ? async (connection) => {
            // Creating the schema from the first connection keeps a fresh test schema usable at once.
            await connection.executeQuery(CompiledQuery.raw(`create schema if not exists ${schema}`));
          }
        : undefined,
    }),
  });
  const where = new URL(url);
  return {
    db,
    dialect: 'postgres',
    location: `postgres://${where.hostname}:${where.port || 5432}${where.pathname}${schema ? `#${schema}` : ''}`,
    schema,
    close: () => db.destroy(),
  };
}
