import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore, migrateToLatest } from '../../src/db/index.js';
import { startWalCheckpointer } from '../../src/db/wal-checkpointer.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function freshFile(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'triage-checkpoint-'));
  dirs.push(dir);
  return path.join(dir, 'triage.db');
}

/** The slugs the database file itself holds, without its write-ahead log: what checkpoints copied there. */
function slugsInDatabaseFile(file: string): string[] {
  const copy = `${file}.copy`;
  copyFileSync(file, copy);
  const db = new Sqlite(copy, { readonly: true });
  try {
    return db.prepare('select slug from kb_answers order by id').pluck().all() as string[];
  } catch {
    return []; // not even the tables yet
  } finally {
    db.close();
  }
}

async function until(condition: () => boolean, timeoutMs = 5000): Promise<boolean> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await new Promise((resolve) => setTimeout(resolve, 50))) {
    if (condition()) return true;
  }
  return condition();
}

const autocheckpointOf = (sqlite: Sqlite.Database) => sqlite.pragma('wal_autocheckpoint', { simple: true });

describe('checkpoints of the SQLite store', () => {
  it('copy a few commits into the database file in the background, long before 1,000 pages of log', async () => {
    const file = freshFile();
    const store = createStore(`sqlite:${file}`);
    try {
      expect((await migrateToLatest(store)).error).toBeUndefined();
      await store.db
        .insertInto('kb_answers')
        .values({ slug: 'vpn', lang: 'fr', user_ref: null, conversation_id: null, answered_at: '2026-11-30T08:00:00.000Z', helpful: null, feedback_at: null })
        .execute();
      expect(await until(() => slugsInDatabaseFile(file).includes('vpn'))).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('are left to the connection while the worker runs, and handed back when it stops', async () => {
    const file = freshFile();
    const sqlite = new Sqlite(file);
    sqlite.pragma('journal_mode = WAL');
    const checkpointer = startWalCheckpointer(sqlite, file, { intervalMs: 100 });
    try {
      expect(await until(() => autocheckpointOf(sqlite) === 0)).toBe(true);
      await checkpointer.stop();
      expect(autocheckpointOf(sqlite)).toBe(1000);
    } finally {
      sqlite.close();
    }
  });

  it('go back to each commit, and say why, when the worker cannot open the database', async () => {
    const file = freshFile();
    const sqlite = new Sqlite(file);
    sqlite.pragma('journal_mode = WAL');
    const failures: string[] = [];
    const checkpointer = startWalCheckpointer(sqlite, path.join(path.dirname(file), 'missing.db'), { onFailure: (reason) => failures.push(reason) });
    try {
      expect(await until(() => failures.length > 0)).toBe(true);
      expect(failures[0]).toMatch(/could not open the database/);
      expect(autocheckpointOf(sqlite)).toBe(1000);
    } finally {
      await checkpointer.stop();
      sqlite.close();
    }
  });
});
