import { beforeAll, expect, it } from 'vitest';
import { runConcurrentCreation } from '../../bench/concurrent-create.js';
import { describeEachDialect } from '../support/dialects.js';
import { seedMinimalDirectory } from '../support/minimal-directory.js';

describeEachDialect('1,000 ticket creations from 4 processes at once', (ctx) => {
  beforeAll(async () => {
    await seedMinimalDirectory(ctx.store);
  });

  it('gives 1,000 distinct numbers, 1,000 creation events and no error', async () => {
    const result = await runConcurrentCreation({ url: ctx.target.url, schema: ctx.target.schema, processes: 4, perProcess: 250 });
    expect(result.failures).toBe(0);
    expect(result.numbers).toHaveLength(1000);
    expect(new Set(result.numbers).size).toBe(1000);
    const events = await ctx.store.db
      .selectFrom('ticket_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('kind', '=', 'created')
      .executeTakeFirstOrThrow();
    expect(Number(events.n)).toBe(1000);
    // Monotonic per kind and year: the sequence values of each kind are exactly 1..n (no rollback happened).
    for (const prefix of ['INC', 'REQ']) {
      const seqs = result.numbers.filter((n) => n.startsWith(prefix)).map((n) => Number(n.slice(-6))).sort((a, b) => a - b);
      expect(seqs[0]).toBe(1);
      expect(seqs[seqs.length - 1]).toBe(seqs.length);
    }
  }, 120_000);
});
