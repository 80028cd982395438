import { afterAll, beforeAll, describe } from 'vitest';
import type { Store } from '../../src/db/index.js';
import { openMigrated, storeTargets, type StoreTarget } from './stores.js';

let reportedSkip = false;

/**
 * Declares the same suite once per dialect. SQLite always runs; PostgreSQL runs when TEST_PG_URL is set,
 * and otherwise is reported as skipped (by name, and once on stderr) rather than silently dropped.
 *
 * ```ts
 * describeEachDialect('tickets', (ctx) => {
 *   it('creates', async () => { await createTicket(ctx.store, ...); });
 * });
 * ```
 */
export function describeEachDialect(
  title: string,
  suite: (ctx: { store: Store; target: StoreTarget }) => void,
): void {
  for (const { name, available, create } of storeTargets()) {
    if (!available) {
      if (!reportedSkip) {
        reportedSkip = true;
        process.stderr.write('PostgreSQL store tests SKIPPED: set TEST_PG_URL (e.g. postgres://postgres@127.0.0.1:5432/test) to run them.\n');
      }
      describe.skip(`${title} [postgres: skipped, TEST_PG_URL not set]`, () => suite({} as never));
      continue;
    }
    describe(`${title} [${name}]`, () => {
      const ctx = {} as { store: Store; target: StoreTarget };
      beforeAll(async () => {
        ctx.target = create();
        ctx.store = await openMigrated(ctx.target);
      });
      afterAll(async () => {
        await ctx.store?.close();
        await ctx.target?.dispose();
      });
      suite(ctx);
    });
  }
}
