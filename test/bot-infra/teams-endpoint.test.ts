import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Store } from '../../src/db/index.js';
import { ExactlyOnceMiddleware } from '../../src/bot/idempotency/index.js';
import { silentLogger } from '../../src/log.js';
import { BotClient } from '../support/bot-client.js';
import { describeEachDialect } from '../support/dialects.js';
import { MockConnector } from '../support/mock-connector.js';
import { openMigrated, storeTargets, type StoreTarget } from '../support/stores.js';
import { EchoBot, capturingLogger, startBotServer, until, type RunningBot } from './harness.js';

const FRENCH_SORRY =
  "Désolé, un problème technique m'empêche de répondre. Réessayez dans un instant ; si c'est urgent, appelez le support au 5000.";

/** The Teams endpoint over HTTP on loopback, as Teams (through the Bot Framework) would call it. */
describe('Teams endpoint, without credentials (Emulator, Agents Playground)', () => {
  let target: StoreTarget;
  let store: Store;
  let connector: MockConnector;
  let bot: EchoBot;
  let running: RunningBot;
  let log: ReturnType<typeof capturingLogger>;
  let alice: BotClient;

  beforeAll(async () => {
    target = storeTargets()[0]!.create();
    store = await openMigrated(target);
    connector = await MockConnector.start();
    bot = new EchoBot();
    log = capturingLogger();
    running = await startBotServer({ store, bot, logger: log.logger });
    alice = new BotClient({ botUrl: running.url, connector });
  });

  afterAll(async () => {
    await running?.close();
    await connector?.close();
    await store?.close();
    await target?.dispose();
  });

  it('accepts a message without Authorization header and posts the reply to the connector', async () => {
    const { status, replies, activity } = await alice.send('Bonjour, mon imprimante ne répond plus');
    expect(status).toBe(200);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({
      type: 'message',
      text: 'echo: Bonjour, mon imprimante ne répond plus',
      replyToId: activity.id,
      conversation: { id: alice.conversationId },
      recipient: { id: alice.user.id },
    });
    const [operation] = connector.operations.filter((op) => op.replyToId === activity.id);
    expect(operation).toMatchObject({ operation: 'reply', conversationId: alice.conversationId, authorized: false });
  });

  it('answers each user in their own conversation', async () => {
    const bob = new BotClient({ botUrl: running.url, connector });
    await Promise.all([alice.send('un'), bob.send('deux')]);
    expect(connector.activities(bob.conversationId).map((a) => a.text)).toEqual(['echo: deux']);
  });

  it.each([
    ['a body that is not JSON', '{"type": "message", ', 'the body is not valid JSON'],
    ['an empty body', '', 'the body must be a JSON object (a Bot Framework activity)'],
    ['a JSON array', '[{"type":"message"}]', 'the body must be a JSON object (a Bot Framework activity)'],
    ['a JSON string', '"message"', 'the body must be a JSON object (a Bot Framework activity)'],
    ['an object without type', '{}', 'activity.type: '],
  ])('refuses %s with 400 and a reason', async (_case, raw, reason) => {
    const { status, body } = await alice.post(raw);
    expect(status).toBe(400);
    expect((body as { error: string }).error).toContain(reason);
  });

  it.each([
    ['without id', { id: undefined }, 'activity.id'],
    ['without sender', { from: undefined }, 'activity.from'],
    ['without sender id', { from: { name: 'Alice' } as never }, 'activity.from.id'],
    ['without conversation id', { conversation: {} as never }, 'activity.conversation.id'],
    ['without serviceUrl', { serviceUrl: undefined }, 'activity.serviceUrl'],
    ['with a serviceUrl that is not http(s)', { serviceUrl: 'file:///etc/passwd' }, 'activity.serviceUrl'],
    ['without channelId', { channelId: undefined }, 'activity.channelId'],
    ['with a numeric type', { type: 42 as never }, 'activity.type'],
    ['with a 200 000-character text', { text: 'x'.repeat(200_000) }, 'activity.text'],
  ])('refuses a message %s with 400, naming the field', async (_case, overrides, field) => {
    const { status, body } = await alice.post(alice.message('Patient Durand, chambre 12', overrides));
    expect(status).toBe(400);
    expect((body as { error: string }).error.startsWith(`${field}:`)).toBe(true);
    expect(JSON.stringify(body)).not.toContain('Durand');
  });

  it('refuses a body over the size limit with 413 and a reason', async () => {
    const { status, body } = await alice.post(alice.message('x'.repeat(2 * 1024 * 1024)));
    expect(status).toBe(413);
    expect(body).toEqual({ error: 'the body is larger than the server accepts' });
  });

  it('refuses a body that is not sent as JSON', async () => {
    const { status, body } = await alice.post(JSON.stringify(alice.message('bonjour')), { contentType: 'text/plain' });
    expect(status).toBe(400);
    expect(body).toEqual({ error: 'the body must be a JSON object (a Bot Framework activity)' });
  });

  it('still answers after all the malformed requests, and never ran the bot for them', async () => {
    const runsBefore = [...bot.runs.values()].reduce((a, b) => a + b, 0);
    await alice.post('{oops');
    await alice.post([1, 2, 3]);
    const { status, replies } = await alice.send('toujours là ?');
    expect(status).toBe(200);
    expect(replies.map((r) => r.text)).toEqual(['echo: toujours là ?']);
    expect([...bot.runs.values()].reduce((a, b) => a + b, 0)).toBe(runsBefore + 1);
  });

  it('tells the user kindly, in French, when the turn fails, and logs no message text', async () => {
    const { status, replies, activity } = await alice.send('panne du DPI pour Mme Durand chambre 12');
    expect(status).toBe(200);
    expect(replies.map((r) => r.text)).toEqual([FRENCH_SORRY]);
    const logged = log.lines().join('\n');
    expect(logged).toContain(activity.id!);
    expect(logged).toContain('the knowledge base is unreachable');
    expect(logged).not.toContain('Durand');
  });

  it('answers the failure in English when the user writes with an English locale', async () => {
    const bob = new BotClient({ botUrl: running.url, connector, locale: 'en-GB' });
    const { replies } = await bob.send('panne: the patient record is down');
    expect(replies.map((r) => r.text)).toEqual([
      'Sorry, a technical problem is preventing me from answering. Try again in a moment; if it is urgent, call the help desk on 5000.',
    ]);
  });

  it('answers an invoke with its response in the HTTP body', async () => {
    const invoke = alice.message('', { type: 'invoke', name: 'adaptiveCard/action', text: undefined, value: { action: { verb: 'close' } } });
    const { status, body } = await alice.post(invoke);
    expect(status).toBe(200);
    expect(body).toEqual({ echoed: { action: { verb: 'close' } }, name: 'adaptiveCard/action' });
  });
});

describe('Teams endpoint, with Bot Framework credentials', () => {
  let target: StoreTarget;
  let store: Store;
  let connector: MockConnector;
  let bot: EchoBot;
  let running: RunningBot;

  beforeAll(async () => {
    target = storeTargets()[0]!.create();
    store = await openMigrated(target);
    connector = await MockConnector.start();
    bot = new EchoBot();
    running = await startBotServer({
      store,
      bot,
      logger: silentLogger,
      settings: { appId: '2d9f6c51-7b0e-4c1a-8e3f-5a6b7c8d9e0f', appPassword: 'not-a-real-secret', tenantId: '6f1c2b9e-3d4a-4e8f-9a51-0c7d2e8b4a10' },
    });
  });

  afterEach(() => vi.restoreAllMocks());

  afterAll(async () => {
    await running?.close();
    await connector?.close();
    await store?.close();
    await target?.dispose();
  });

  it('refuses a request without Authorization header with 401, before any bot logic', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // botbuilder reports the refusal on the console
    const alice = new BotClient({ botUrl: running.url, connector });
    const { status, replies, activity } = await alice.send('bonjour');
    expect(status).toBe(401);
    expect(replies).toHaveLength(0);
    expect(bot.ranFor(activity.id)).toBe(0);
  });
});

describeEachDialect('Teams endpoint with exactly-once turns', (ctx) => {
  let connector: MockConnector;
  let bot: EchoBot;
  let running: RunningBot;

  beforeAll(async () => {
    connector = await MockConnector.start();
    bot = new EchoBot();
    const exactlyOnce = new ExactlyOnceMiddleware({ store: ctx.store, logger: silentLogger, pollMs: 10, waitForFirstMs: 300 });
    running = await startBotServer({ store: ctx.store, bot, logger: silentLogger, middleware: [exactlyOnce] });
  });

  afterAll(async () => {
    bot.hold = async () => {};
    await running?.close();
    await connector?.close();
  });

  it('answers a replayed activity with the same reply, and ran the logic once', async () => {
    const alice = new BotClient({ botUrl: running.url, connector });
    const activity = alice.message('écran noir au poste de soins');
    const first = await alice.send(activity);
    const retry = await alice.send(activity);
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.replies.map((r) => r.text)).toEqual(['echo: écran noir au poste de soins']);
    expect(retry.replies.map((r) => r.text)).toEqual(first.replies.map((r) => r.text));
    expect(bot.ranFor(activity.id)).toBe(1);
  });

  it('runs the logic once for two concurrent deliveries, and both get the reply', async () => {
    const alice = new BotClient({ botUrl: running.url, connector });
    const activity = alice.message('double livraison');
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    bot.hold = () => gate;
    const deliveries = Promise.all([alice.send(activity), alice.send(activity)]);
    await until(() => bot.ranFor(activity.id) === 1, 'the first delivery to reach the bot');
    await new Promise((resolve) => setTimeout(resolve, 50)); // the second delivery is now waiting
    release();
    const results = await deliveries;
    bot.hold = async () => {};

    expect(results.map((r) => r.status)).toEqual([200, 200]);
    expect(bot.ranFor(activity.id)).toBe(1);
    expect(connector.repliesTo(alice.conversationId, activity.id!).map((r) => r.text)).toEqual([
      'echo: double livraison',
      'echo: double livraison',
    ]);
  });

  it('answers 5xx to a retry that waited too long for the first delivery, without apologising to the user', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const alice = new BotClient({ botUrl: running.url, connector });
    const activity = alice.message('lenteur');
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    bot.hold = () => gate;
    const first = alice.send(activity);
    await until(() => bot.ranFor(activity.id) === 1, 'the first delivery to reach the bot');
    const retry = await alice.send(activity);
    release();
    await first;
    bot.hold = async () => {};
    vi.restoreAllMocks();

    expect(retry.status).toBeGreaterThanOrEqual(500);
    expect(connector.repliesTo(alice.conversationId, activity.id!).map((r) => r.text)).toEqual(['echo: lenteur']);
    expect(bot.ranFor(activity.id)).toBe(1);
  });

  it('gives a replayed invoke the same HTTP body', async () => {
    const alice = new BotClient({ botUrl: running.url, connector });
    const invoke = alice.message('', { type: 'invoke', name: 'adaptiveCard/action', text: undefined, value: { verb: 'escalate' } });
    const first = await alice.post(invoke);
    const retry = await alice.post(invoke);
    expect(first).toEqual({ status: 200, body: { echoed: { verb: 'escalate' }, name: 'adaptiveCard/action' } });
    expect(retry).toEqual(first);
    expect(bot.ranFor(invoke.id)).toBe(1);
  });
});
