import { expect, it } from 'vitest';
import { AutoSaveStateMiddleware, ConversationState, MessageFactory, TestAdapter, type Storage } from 'botbuilder';
import { Dialog, DialogSet, TextPrompt, WaterfallDialog, type WaterfallStep } from 'botbuilder-dialogs';
import { ManualClock } from '../../src/clock.js';
import { KyselyStorage } from '../../src/bot/storage/index.js';
import { isCodedError } from '../../src/errors.js';
import { describeEachDialect } from '../support/dialects.js';
import { openMigrated } from '../support/stores.js';

/**
 * The expectations of botbuilder's own storage test suite (botbuilder-core tests/storageBaseTests.js),
 * run against the table, plus what a database adds: concurrent writers, restarts, expiry.
 */
describeEachDialect('bot state storage', (ctx) => {
  const storage = () => new KyselyStorage(ctx.store);

  it('returns nothing for an unknown key', async () => {
    expect(await storage().read(['unknown'])).toEqual({});
  });

  it('refuses missing keys or changes as MemoryStorage does, and accepts an empty write', async () => {
    await expect(storage().read(null as never)).rejects.toThrow(new ReferenceError('Keys are required when reading.'));
    await expect(storage().write(null as never)).rejects.toThrow(new ReferenceError('Changes are required when writing.'));
    await expect(storage().write([] as never)).resolves.toBeUndefined();
  });

  it('creates objects and gives each an eTag', async () => {
    await storage().write({ createPoco: { id: 1 }, createPocoStoreItem: { id: 2 } });
    const read = await storage().read(['createPoco', 'createPocoStoreItem']);
    expect(read.createPoco).toMatchObject({ id: 1, eTag: expect.any(String) });
    expect(read.createPocoStoreItem).toMatchObject({ id: 2, eTag: expect.any(String) });
    expect(read.createPoco.eTag).not.toBe(read.createPocoStoreItem.eTag);
  });

  it('handles keys full of punctuation', async () => {
    const key = '!@#$%^&*()~/\\><,.?\';"`~';
    await storage().write({ [key]: { id: 1 } });
    expect((await storage().read([key]))[key]).toMatchObject({ id: 1 });
  });

  it('updates with the current eTag, rejects a stale eTag, overwrites without eTag or with "*"', async () => {
    const s = storage();
    await s.write({ pocoItem: { id: 1, count: 1 }, pocoStoreItem: { id: 1, count: 1 } });
    const loaded = await s.read(['pocoItem', 'pocoStoreItem']);
    const pocoItem = loaded.pocoItem;
    delete pocoItem.eTag;
    const pocoStoreItem = loaded.pocoStoreItem;
    pocoItem.count++;
    pocoStoreItem.count++;
    await s.write(loaded);

    const reloaded = await s.read(['pocoItem', 'pocoStoreItem']);
    expect(reloaded.pocoItem.count).toBe(2);
    expect(reloaded.pocoStoreItem.count).toBe(2);
    expect(reloaded.pocoStoreItem.eTag).not.toBe(pocoStoreItem.eTag);

    pocoItem.count = 123;
    await expect(s.write({ pocoItem })).resolves.toBeUndefined();
    pocoStoreItem.count = 123;
    const stale = await s.write({ pocoStoreItem }).catch((error: unknown) => error);
    expect(isCodedError(stale, 'conflict')).toBe(true);
    expect((stale as Error).message).toBe('Storage: error writing "pocoStoreItem" due to eTag conflict.');

    const afterConflict = await s.read(['pocoItem', 'pocoStoreItem']);
    expect(afterConflict.pocoItem.count).toBe(123);
    expect(afterConflict.pocoStoreItem.count).toBe(2);

    await s.write({
      pocoItem: { ...afterConflict.pocoItem, eTag: undefined, count: 100 },
      pocoStoreItem: { ...afterConflict.pocoStoreItem, eTag: '*', count: 100 },
    });
    const final = await s.read(['pocoItem', 'pocoStoreItem']);
    expect(final.pocoItem.count).toBe(100);
    expect(final.pocoStoreItem.count).toBe(100);
  });

  it('writes a batch all or nothing: one stale item keeps the others unwritten', async () => {
    const s = storage();
    await s.write({ batchA: { n: 1 }, batchB: { n: 1 } });
    const { batchA, batchB } = await s.read(['batchA', 'batchB']);
    await s.write({ batchB: { ...batchB, n: 2 } });
    await expect(s.write({ batchA: { ...batchA, n: 9 }, batchB: { ...batchB, n: 9 } })).rejects.toThrow(/eTag conflict/);
    const after = await s.read(['batchA', 'batchB']);
    expect(after.batchA.n).toBe(1);
    expect(after.batchB.n).toBe(2);
  });

  it('accepts an eTag on the first write of a key, as MemoryStorage does', async () => {
    await storage().write({ fresh: { id: 1, eTag: 'from-elsewhere' } });
    expect((await storage().read(['fresh'])).fresh).toMatchObject({ id: 1 });
  });

  it('deletes objects, and deleting an unknown key is not an error', async () => {
    await storage().write({ delete1: { id: 1, count: 1 } });
    expect((await storage().read(['delete1'])).delete1.count).toBe(1);
    await storage().delete(['delete1']);
    expect((await storage().read(['delete1'])).delete1).toBeUndefined();
    await expect(storage().delete(['unknown_key'])).resolves.toBeUndefined();
  });

  it('reads, writes and deletes in batches larger than one query', async () => {
    const changes = Object.fromEntries(Array.from({ length: 1200 }, (_, i) => [`bulk/${i}`, { count: i }]));
    await storage().write(changes);
    const read = await storage().read(Object.keys(changes));
    expect(Object.keys(read)).toHaveLength(1200);
    expect(read['bulk/1199'].count).toBe(1199);
    await storage().delete(Object.keys(changes));
    expect(await storage().read(Object.keys(changes))).toEqual({});
  });

  it('lets exactly one of ten concurrent writers holding the same eTag win', async () => {
    await storage().write({ contested: { owner: 'nobody' } });
    const { contested } = await storage().read(['contested']);
    // PostgreSQL: ten pools, as ten bot instances would have. SQLite: one process holds one connection
    // (better-sqlite3 waits for a lock synchronously, so two connections in one process would block each
    // other), and the ten writes interleave on it.
    const separate = ctx.store.dialect === 'postgres';
    const stores = Array.from({ length: 10 }, () => (separate ? ctx.target.open() : ctx.store));
    try {
      const outcomes = await Promise.allSettled(
        stores.map((store, i) => new KyselyStorage(store).write({ contested: { ...contested, owner: `writer-${i}` } })),
      );
      const winners = outcomes.flatMap((outcome, i) => (outcome.status === 'fulfilled' ? [`writer-${i}`] : []));
      expect(winners).toHaveLength(1);
      for (const outcome of outcomes) {
        if (outcome.status === 'rejected') expect(isCodedError(outcome.reason, 'conflict'), String(outcome.reason)).toBe(true);
      }
      expect((await storage().read(['contested'])).contested.owner).toBe(winners[0]);
    } finally {
      if (separate) await Promise.all(stores.map((store) => store.close()));
    }
  });

  it('sweeps state not written for N days and keeps the rest', async () => {
    const clock = new ManualClock('2026-01-01T08:00:00Z');
    const s = new KyselyStorage(ctx.store, clock);
    await s.write({ 'sweep/old': { step: 1 } });
    clock.set('2026-01-25T08:00:00Z');
    await s.write({ 'sweep/recent': { step: 1 } });
    clock.set('2026-02-01T08:00:00Z');
    expect(await s.sweep({ olderThanDays: 30 })).toBe(1);
    expect(Object.keys(await s.read(['sweep/old', 'sweep/recent']))).toEqual(['sweep/recent']);
  });

  it('carries a waterfall dialog with a prompt through to its end (botbuilder proceedsThroughWaterfall)', async () => {
    const adapter = waterfallBot(storage());
    await adapter
      .send('hello').assertReply('step1')
      .send('hello').assertReply('Please type your name.')
      .send('hi').assertReply('Please send a name that is longer than 3 characters. 1')
      .send('hi').assertReply('Please send a name that is longer than 3 characters. 2')
      .send('Kyle').assertReply('You got it at the 3th try!').assertReply('step3')
      .startTest();
  });

  it('resumes a dialog after a restart: a new store and storage read what the old ones wrote', async () => {
    const before = ctx.target.open();
    const conversation = `restart-${Date.now()}`;
    await waterfallBot(new KyselyStorage(before), conversation)
      .send('hello').assertReply('step1')
      .send('hello').assertReply('Please type your name.')
      .send('hi').assertReply('Please send a name that is longer than 3 characters. 1')
      .startTest();
    await before.close();

    const after = await openMigrated(ctx.target);
    try {
      await waterfallBot(new KyselyStorage(after), conversation)
        .send('Kyle').assertReply('You got it at the 2th try!').assertReply('step3')
        .startTest();
    } finally {
      await after.close();
    }
  });
});

/** botbuilder's waterfall-with-prompt scenario, on a given storage and conversation. */
function waterfallBot(storage: Storage, conversationId = `waterfall-${Date.now()}-${Math.random()}`): TestAdapter {
  const conversationState = new ConversationState(storage);
  const dialogs = new DialogSet(conversationState.createProperty('dialogState'));
  dialogs.add(
    new TextPrompt('textPrompt', async (prompt) => {
      if ((prompt.recognized.value ?? '').length > 3) {
        await prompt.context.sendActivity(MessageFactory.text(`You got it at the ${prompt.attemptCount}th try!`));
        return true;
      }
      await prompt.context.sendActivity(`Please send a name that is longer than 3 characters. ${prompt.attemptCount}`);
      return false;
    }),
  );
  const steps: WaterfallStep[] = [
    async (step) => {
      await step.context.sendActivity('step1');
      return Dialog.EndOfTurn;
    },
    async (step) => step.prompt('textPrompt', { prompt: MessageFactory.text('Please type your name.') }),
    async (step) => {
      await step.context.sendActivity('step3');
      return Dialog.EndOfTurn;
    },
  ];
  dialogs.add(new WaterfallDialog('waterfallDialog', steps));
  const adapter = new TestAdapter(async (context) => {
    const dc = await dialogs.createContext(context);
    await dc.continueDialog();
    if (!context.responded) await dc.beginDialog('waterfallDialog');
  });
  adapter.conversation.conversation.id = conversationId;
  return adapter.use(new AutoSaveStateMiddleware(conversationState));
}
