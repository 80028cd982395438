import { expect, it } from 'vitest';
import { preparedQuery, writeTransaction } from '../../src/db/index.js';
import { describeEachDialect } from '../support/dialects.js';

const insertAnswer = preparedQuery((db, p: { slug: string; userRef: string | null; at: string }) =>
  db
    .insertInto('kb_answers')
    .values({ slug: p.slug, lang: 'fr', user_ref: p.userRef, conversation_id: null, answered_at: p.at, helpful: null, feedback_at: null })
    .returning('id'),
);
const answersOf = preparedQuery((db, p: { slug: string }) =>
  db.selectFrom('kb_answers').select(['id', 'slug', 'user_ref']).where('slug', '=', p.slug).where('lang', '=', 'fr').orderBy('id'),
);
const markHelpful = preparedQuery((db, p: { slug: string; at: string }) =>
  db.updateTable('kb_answers').set({ helpful: 1, feedback_at: p.at }).where('slug', '=', p.slug),
);

describeEachDialect('prepared queries', (ctx) => {
  it('runs the same statement with each call’s values, as bound parameters', async () => {
    const [first] = await insertAnswer.rows(ctx.store.db, { slug: 'vpn', userRef: 'u1', at: '2026-11-29T08:00:00.000Z' });
    const [second] = await insertAnswer.rows(ctx.store.db, { slug: "l'imprimante; drop table kb_answers", userRef: null, at: '2026-11-29T08:01:00.000Z' });
    expect(Number(second!.id)).toBeGreaterThan(Number(first!.id));

    expect(await answersOf.rows(ctx.store.db, { slug: 'vpn' })).toEqual([{ id: first!.id, slug: 'vpn', user_ref: 'u1' }]);
    expect(await answersOf.rows(ctx.store.db, { slug: "l'imprimante; drop table kb_answers" })).toEqual([
      { id: second!.id, slug: "l'imprimante; drop table kb_answers", user_ref: null },
    ]);
    expect(await answersOf.rows(ctx.store.db, { slug: 'absent' })).toEqual([]);
  });

  it('counts the rows a write changed', async () => {
    await insertAnswer.rows(ctx.store.db, { slug: 'wifi', userRef: 'u1', at: '2026-11-29T08:00:00.000Z' });
    await insertAnswer.rows(ctx.store.db, { slug: 'wifi', userRef: 'u2', at: '2026-11-29T08:00:00.000Z' });
    expect(await markHelpful.affectedRows(ctx.store.db, { slug: 'wifi', at: '2026-11-29T09:00:00.000Z' })).toBe(2);
    expect(await markHelpful.affectedRows(ctx.store.db, { slug: 'nothing', at: '2026-11-29T09:00:00.000Z' })).toBe(0);
  });

  it('runs inside a transaction, and rolls back with it', async () => {
    await expect(
      writeTransaction(ctx.store, async (trx) => {
        await insertAnswer.rows(trx, { slug: 'rolled-back', userRef: null, at: '2026-11-29T08:00:00.000Z' });
        expect(await answersOf.rows(trx, { slug: 'rolled-back' })).toHaveLength(1);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await answersOf.rows(ctx.store.db, { slug: 'rolled-back' })).toEqual([]);
  });

  it('refuses a call that lacks a value, instead of binding undefined', async () => {
    await expect(answersOf.rows(ctx.store.db, {} as { slug: string })).rejects.toThrow('prepared query: no value for parameter "slug"');
  });
});
