import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createStore, migrateToLatest, type Store } from '../../src/db/index.js';

/** PostgreSQL URL for store tests, from TEST_PG_URL; undefined means those tests are skipped. */
export const TEST_PG_URL = process.env.TEST_PG_URL || undefined;

export interface StoreTarget {
  name: 'sqlite' | 'postgres';
  /** Server URL (for PostgreSQL, without the test's schema). */
  url: string;
  /** DATABASE_URL that a CLI run or child process can use to reach the same store, schema included. */
  databaseUrl: string;
  schema?: string;
  open(): Store;
  dispose(): Promise<void>;
}

/**
 * One fresh, empty store per dialect: a SQLite file in a temp folder, and a PostgreSQL schema of its own
 * on TEST_PG_URL when it is set (so test files running side by side never see each other's rows).
 */
export function storeTargets(): Array<{ name: 'sqlite' | 'postgres'; available: boolean; create: () => StoreTarget }> {
  return [
    { name: 'sqlite', available: true, create: sqliteTarget },
    { name: 'postgres', available: TEST_PG_URL !== undefined, create: postgresTarget },
  ];
}

function sqliteTarget(): StoreTarget {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'triage-test-'));
  const url = `sqlite:${path.join(dir, 'triage.db')}`;
  return {
    name: 'sqlite',
    url,
    databaseUrl: url,
    open: () => createStore(url),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function postgresTarget(): StoreTarget {
  const url = TEST_PG_URL!;
  const schema = `t_${randomBytes(6).toString('hex')}`;
  return {
    name: 'postgres',
    url,
    databaseUrl: `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    schema,
    open: () => createStore(url, { schema }),
    dispose: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`drop schema if exists ${schema} cascade`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Opens a migrated store on `target`; the caller closes it. */
export async function openMigrated(target: StoreTarget): Promise<Store> {
  const store = target.open();
  const report = await migrateToLatest(store);
  if (report.error) throw new Error(report.error);
  return store;
}
