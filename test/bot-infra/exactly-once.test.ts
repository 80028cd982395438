import { beforeEach, expect, it } from 'vitest';
import { ActivityTypes, TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { ManualClock } from '../../src/clock.js';
import { ActivityInProgressError, ExactlyOnceMiddleware, type ExactlyOnceOptions } from '../../src/bot/idempotency/index.js';
import { silentLogger } from '../../src/log.js';
import { describeEachDialect } from '../support/dialects.js';

/**
 * Teams delivers an activity again when it believes the first delivery lost. Each "instance" here is a
 * botbuilder TestAdapter with the middleware on the shared store, as several bot processes would be.
 */
describeEachDialect('exactly-once turns', (ctx) => {
  let clock: ManualClock;
  let runs: Map<string, number>;
  let conversation: string;
  let sequence = 0;

  beforeEach(() => {
    clock = new ManualClock('2026-03-02T08:00:00Z');
    runs = new Map();
    conversation = `a:1conversation-${++sequence}-${Date.now()}`;
  });

  /** The bot logic: counts its runs per activity id and answers with two activities (a text and a card). */
  function logic(hold: () => Promise<void> = async () => {}) {
    return async (context: TurnContext) => {
      const id = context.activity.id!;
      runs.set(id, (runs.get(id) ?? 0) + 1);
      await hold();
      if (context.activity.text === 'panne') throw new Error('downstream failure');
      if (context.activity.type === ActivityTypes.Invoke) {
        await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: { ticket: 'INC-2026-000042' } } });
        return;
      }
      await context.sendActivity(`Ticket créé pour « ${context.activity.text} »`);
      await context.sendActivity({
        attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'INC-2026-000042' }] } }],
      });
    };
  }

  function instance(options: Partial<ExactlyOnceOptions> = {}, hold?: () => Promise<void>) {
    const middleware = new ExactlyOnceMiddleware({ store: ctx.store, logger: silentLogger, clock, pollMs: 10, ...options });
    const adapter = new TestAdapter(logic(hold)).use(middleware);
    const deliver = (activity: Partial<Activity>) => adapter.processActivity(structuredClone(activity));
    return { adapter, middleware, deliver };
  }

  function message(id: string, text = 'imprimante bloquée'): Partial<Activity> {
    return { type: 'message', id, text, channelId: 'msteams', conversation: { id: conversation } as never };
  }

  const content = (activities: Array<Partial<Activity>>) => activities.map(({ type, text, attachments, value }) => ({ type, text, attachments, value }));

  it('answers a retried delivery with the same replies, without running the logic again', async () => {
    const { adapter, deliver } = instance();
    await deliver(message('m-1'));
    const first = adapter.activeQueue.splice(0);
    await deliver(message('m-1'));
    const retry = adapter.activeQueue.splice(0);

    expect(runs.get('m-1')).toBe(1);
    expect(first).toHaveLength(2);
    expect(content(retry)).toEqual(content(first));
    expect(retry[0]!.replyToId).toBe('m-1');
  });

  it('runs the logic once when two instances receive the same activity at the same time, and both answer', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const a = instance({}, () => gate);
    const b = instance({}, () => gate);
    const deliveries = [a.deliver(message('m-2')), b.deliver(message('m-2'))];
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    await Promise.all(deliveries);

    expect(runs.get('m-2')).toBe(1);
    expect(content(a.adapter.activeQueue)).toEqual(content(b.adapter.activeQueue));
    expect(a.adapter.activeQueue).toHaveLength(2);
  });

  it('lets a retry run the logic again when the first processing failed', async () => {
    const { adapter, deliver } = instance();
    await expect(deliver(message('m-3', 'panne'))).rejects.toThrow('downstream failure');
    expect(adapter.activeQueue).toHaveLength(0);
    await expect(deliver(message('m-3', 'panne'))).rejects.toThrow('downstream failure');
    expect(runs.get('m-3')).toBe(2);

    const fixed = instance();
    await fixed.deliver(message('m-4'));
    expect(fixed.adapter.activeQueue).toHaveLength(2);
  });

  it('gives up waiting after the bound, without running the logic, and replays once the first is done', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = instance({}, () => gate);
    const impatient = instance({ waitForFirstMs: 150 });
    const first = slow.deliver(message('m-5'));
    await new Promise((resolve) => setTimeout(resolve, 20));

    const error = await impatient.deliver(message('m-5')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActivityInProgressError);
    expect(impatient.adapter.activeQueue).toHaveLength(0);

    release();
    await first;
    await impatient.deliver(message('m-5'));
    expect(runs.get('m-5')).toBe(1);
    expect(content(impatient.adapter.activeQueue)).toEqual(content(slow.adapter.activeQueue));
  });

  it('takes over the claim of an instance that stopped mid-turn, once it is stale', async () => {
    const { middleware, deliver, adapter } = instance({ staleAfterMs: 60_000, waitForFirstMs: 100 });
    // An instance claimed the activity, then died before finishing.
    await middleware.records.claim({ channelId: 'msteams', conversationId: conversation, activityId: 'm-6' }, clock.now());
    await expect(deliver(message('m-6'))).rejects.toBeInstanceOf(ActivityInProgressError);
    expect(runs.get('m-6')).toBeUndefined();

    clock.advance(61_000);
    await deliver(message('m-6'));
    expect(runs.get('m-6')).toBe(1);
    expect(adapter.activeQueue).toHaveLength(2);
  });

  it('replays an invoke response, so the retried HTTP request gets the same body', async () => {
    const { adapter, deliver } = instance();
    const invoke = { ...message('i-1'), type: 'invoke', name: 'adaptiveCard/action', text: undefined, value: { action: { verb: 'close' } } };
    await deliver(invoke);
    await deliver(invoke);
    expect(runs.get('i-1')).toBe(1);
    const [first, retry] = adapter.activeQueue;
    expect(first).toMatchObject({ type: 'invokeResponse', value: { status: 200, body: { ticket: 'INC-2026-000042' } } });
    expect(content([retry!])).toEqual(content([first!]));
  });

  it('can resend only the invoke response, leaving the replies the first delivery posted', async () => {
    const { adapter, deliver } = instance({ resend: 'invoke-response' });
    await deliver(message('m-7'));
    await deliver(message('m-7'));
    expect(runs.get('m-7')).toBe(1);
    expect(adapter.activeQueue).toHaveLength(2);
  });

  it('keys on the conversation too: the same activity id in two conversations is two activities', async () => {
    const { deliver, adapter } = instance();
    await deliver(message('1700000000000'));
    await deliver({ ...message('1700000000000'), conversation: { id: `${conversation}-other` } as never });
    expect(runs.get('1700000000000')).toBe(2);
    expect(adapter.activeQueue).toHaveLength(4);
  });

  it('lets other activity types through every time', async () => {
    const { deliver } = instance();
    const update = { type: 'conversationUpdate', id: 'u-1', channelId: 'msteams', conversation: { id: conversation } as never };
    await deliver(update);
    await deliver(update);
    expect(runs.get('u-1')).toBe(2);
  });

  it('sweeps records older than seven days, at most once per interval, during a turn', async () => {
    const { middleware, deliver } = instance({ sweepEveryMs: 60 * 60 * 1000 });
    await deliver(message('m-old')); // sweeps (first turn), then records m-old
    clock.advance(8 * 24 * 60 * 60 * 1000);
    await deliver(message('m-new')); // sweeps m-old away, records m-new
    const key = (activityId: string) => ({ channelId: 'msteams', conversationId: conversation, activityId });
    expect(await middleware.records.find(key('m-old'))).toBeUndefined();
    expect(await middleware.records.find(key('m-new'))).toMatchObject({ state: 'done' });

    // Delivered again after the sweep, an activity is new again: the record is the only memory.
    await deliver(message('m-old'));
    expect(runs.get('m-old')).toBe(2);
  });
});
