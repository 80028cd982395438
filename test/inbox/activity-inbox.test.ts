import { randomUUID } from 'node:crypto';
import { beforeEach, expect, it } from 'vitest';
import { ActivityInbox, InboxWorkers, type InboxEntry } from '../../src/channels/inbox/index.js';
import { silentLogger } from '../../src/log.js';
import { describeEachDialect } from '../support/dialects.js';

const delivery = { claims: [], isAuthenticated: true };

describeEachDialect('the activity inbox', (ctx) => {
  let inbox: ActivityInbox;
  let now: Date;
  beforeEach(async () => {
    await ctx.store.db.deleteFrom('inbox_activities').execute();
    now = new Date('2026-11-28T08:00:00.000Z');
    inbox = new ActivityInbox(ctx.store, () => now);
  });

  const message = (conversationId: string, activityId: string = randomUUID(), text = 'le DPI ne répond plus') => ({
    channelId: 'msteams',
    conversationId,
    activityId,
    activity: { type: 'message', id: activityId, text, conversation: { id: conversationId } },
    delivery,
  });

  it('keeps one row per delivered activity: a second delivery of the same activity is recognised', async () => {
    const first = await inbox.enqueue(message('a:1', 'act-1'));
    const again = await inbox.enqueue(message('a:1', 'act-1'));
    const elsewhere = await inbox.enqueue(message('a:2', 'act-1'));
    expect(first).toBeTypeOf('number');
    expect(again).toBeUndefined();
    expect(elsewhere).toBeTypeOf('number');
    expect(await inbox.counts()).toEqual({ queued: 2, processing: 0, failed: 0 });
  });

  it('hands activities out oldest first, with the activity and its delivery as written', async () => {
    await inbox.enqueue(message('a:1', 'm1', 'premier'));
    await inbox.enqueue(message('a:2', 'm2', 'second'));
    const first = await inbox.claimNext();
    const second = await inbox.claimNext();
    expect([first?.activityId, second?.activityId]).toEqual(['m1', 'm2']);
    expect(first?.activity).toMatchObject({ text: 'premier', conversation: { id: 'a:1' } });
    expect(first?.delivery).toEqual(delivery);
    expect(first?.attempts).toBe(1);
    expect(await inbox.claimNext()).toBeUndefined();
  });

  it('runs one activity of a conversation at a time, in the order they arrived', async () => {
    await inbox.enqueue(message('a:1', 'm1'));
    await inbox.enqueue(message('a:1', 'm2'));
    await inbox.enqueue(message('a:2', 'm3'));
    const first = await inbox.claimNext();
    const next = await inbox.claimNext();
    expect([first?.activityId, next?.activityId]).toEqual(['m1', 'm3']);
    expect(await inbox.claimNext()).toBeUndefined();
    expect(await inbox.claim((await idOf('m2'))!)).toBeUndefined();
    expect(await inbox.complete(first!)).toBe(true);
    expect((await inbox.claimNext())?.activityId).toBe('m2');
  });

  it('keeps the order when the earlier activity waits for a retry', async () => {
    await inbox.enqueue(message('a:1', 'm1'));
    await inbox.enqueue(message('a:1', 'm2'));
    const first = (await inbox.claimNext())!;
    expect(await inbox.retryLater(first, 2000, 'connector answered 503')).toBe(true);
    expect(await inbox.claimNext()).toBeUndefined();
    now = new Date(now.getTime() + 2000);
    const again = await inbox.claimNext();
    expect(again).toMatchObject({ activityId: 'm1', attempts: 2 });
  });

  it('claims a given activity only when it is runnable', async () => {
    const id = (await inbox.enqueue(message('a:1', 'm1')))!;
    const claimed = await inbox.claim(id);
    expect(claimed?.activityId).toBe('m1');
    expect(await inbox.claim(id)).toBeUndefined();
  });

  it('lets only the holder of a claim complete it, and deletes the row then', async () => {
    await inbox.enqueue(message('a:1', 'm1'));
    const entry = (await inbox.claimNext())!;
    expect(await inbox.complete({ ...entry, claimToken: 'someone else' })).toBe(false);
    expect(await inbox.complete(entry)).toBe(true);
    expect(await inbox.counts()).toEqual({ queued: 0, processing: 0, failed: 0 });
  });

  it('keeps a failed activity, lets the next of its conversation run, and queues it again on demand', async () => {
    await inbox.enqueue(message('a:1', 'm1'));
    await inbox.enqueue(message('a:1', 'm2'));
    const first = (await inbox.claimNext())!;
    expect(await inbox.fail(first, 'TransientTurnFailure: connector unreachable')).toBe(true);
    expect((await inbox.claimNext())?.activityId).toBe('m2');
    expect(await inbox.failed()).toEqual([
      expect.objectContaining({ activityId: 'm1', attempts: 1, lastError: 'TransientTurnFailure: connector unreachable' }),
    ]);
    expect(await inbox.retryFailed()).toBe(1);
    expect(await inbox.counts()).toEqual({ queued: 1, processing: 1, failed: 0 });
  });

  it('queues again what a stopped worker had claimed, once its lease has run out', async () => {
    await inbox.enqueue(message('a:1', 'm1'));
    const abandoned = (await inbox.claimNext())!;
    expect(await inbox.requeueAbandoned(new Date(now.getTime() - 60_000))).toBe(0);
    now = new Date(now.getTime() + 61_000);
    expect(await inbox.requeueAbandoned(new Date(now.getTime() - 60_000))).toBe(1);
    const again = (await inbox.claimNext())!;
    expect(again).toMatchObject({ activityId: 'm1', attempts: 2 });
    expect(await inbox.complete(abandoned)).toBe(false);
  });

  it('never gives one activity, or two of one conversation, to two workers claiming at once', async () => {
    const conversations = Array.from({ length: 20 }, (_, i) => `a:${i}`);
    for (let round = 0; round < 5; round++) {
      for (const conversation of conversations) await inbox.enqueue(message(conversation, `${conversation}-${round}`));
    }
    const second = ctx.target.open();
    try {
      const other = new ActivityInbox(second, () => now);
      const running = new Map<string, string>();
      const order: Record<string, string[]> = {};
      let overlaps = 0;
      let done = 0;
      const worker = async (from: ActivityInbox) => {
        for (;;) {
          const entry: InboxEntry | undefined = await from.claimNext();
          if (!entry) {
            if (done === 100) return;
            await new Promise((resolve) => setTimeout(resolve, 1));
            continue;
          }
          if (running.has(entry.conversationId)) overlaps++;
          running.set(entry.conversationId, entry.activityId);
          (order[entry.conversationId] ??= []).push(entry.activityId);
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 3));
          running.delete(entry.conversationId);
          expect(await from.complete(entry)).toBe(true);
          done++;
        }
      };
      await Promise.all([worker(inbox), worker(other), worker(inbox), worker(other)]);
      expect(overlaps).toBe(0);
      expect(done).toBe(100);
      for (const conversation of conversations) {
        expect(order[conversation]).toEqual([0, 1, 2, 3, 4].map((round) => `${conversation}-${round}`));
      }
    } finally {
      await second.close();
    }
  });

  async function idOf(activityId: string): Promise<number | undefined> {
    const row = await ctx.store.db.selectFrom('inbox_activities').select('id').where('activity_id', '=', activityId).executeTakeFirst();
    return row?.id;
  }
});

describeEachDialect('turns run at once by the inbox workers', (ctx) => {
  it('runs up to `slots` turns at once outside the queue, even while the lag-driven limit is lower', async () => {
    await ctx.store.db.deleteFrom('inbox_activities').execute();
    const inbox = new ActivityInbox(ctx.store);
    const workers = new InboxWorkers({ inbox, runTurn: async () => undefined, logger: silentLogger, slots: 3, minSlots: 1 });
    workers.start();
    // The claim that start() makes on an empty queue holds a slot until it returns.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const ends: Array<() => void> = [];
    const turn = () => new Promise<void>((resolve) => ends.push(resolve));
    const entry = (id: string) => ({ channelId: 'msteams', conversationId: `a:${id}`, activityId: id, activity: { type: 'message', id }, delivery });
    try {
      const started = ['1', '2', '3'].map((id) => workers.runNow(entry(id), turn));
      expect(started.every((run) => run !== undefined)).toBe(true);
      expect(workers.busy).toBe(true);
      expect(workers.runNow(entry('4'), turn)).toBeUndefined();
      for (const end of ends) end();
      expect(await Promise.all(started.map((run) => run!.settled))).toEqual(['done', 'done', 'done']);
      expect(await inbox.counts()).toEqual({ queued: 0, processing: 0, failed: 0 });
    } finally {
      for (const end of ends) end();
      await workers.stop();
    }
  });

  it('writes a turn run at once to the inbox when it fails, for its next attempt', async () => {
    await ctx.store.db.deleteFrom('inbox_activities').execute();
    const inbox = new ActivityInbox(ctx.store);
    const workers = new InboxWorkers({ inbox, runTurn: async () => undefined, logger: silentLogger, backoffMs: () => 60_000 });
    workers.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const run = workers.runNow(
      { channelId: 'msteams', conversationId: 'a:9', activityId: 'x', activity: { type: 'message', id: 'x' }, delivery },
      async () => {
        throw new Error('connector unavailable');
      },
    );
    expect(await run?.settled).toBe('kept');
    expect(await inbox.counts()).toEqual({ queued: 1, processing: 0, failed: 0 });
    await workers.stop();
  });
});
