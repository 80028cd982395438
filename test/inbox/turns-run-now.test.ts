import { afterEach, describe, expect, it, vi } from 'vitest';
import { MockConnector } from '../support/mock-connector.js';
import { startBot, type RunningBot } from '../support/runtime.js';
import { BotClient, teamsUser } from '../support/bot-client.js';

/** A delivery that finds a free slot runs at once, outside the inbox; the inbox keeps what cannot. */
describe('turns run at once when a slot is free', () => {
  let bot: RunningBot | undefined;
  let ownConnector: MockConnector | undefined;
  afterEach(async () => {
    await bot?.dispose();
    await ownConnector?.close();
    bot = undefined;
    ownConnector = undefined;
  });

  it('answers 200 once the turn is over, with the replies sent, and writes nothing to the inbox', async () => {
    bot = await startBot();
    const enqueue = vi.spyOn(bot.runtime.inbox, 'enqueue');
    const hold = vi.spyOn(bot.runtime.inbox, 'hold');
    const client = await bot.clientFor('alice.martin@chv.fr');
    const { status, replies } = await client.send('aide');
    expect(status).toBe(200);
    expect(replies.length).toBeGreaterThan(0);
    expect(enqueue).not.toHaveBeenCalled();
    expect(hold).not.toHaveBeenCalled();
  });

  it('claims nothing from the inbox after a turn run at once when the last claim found it empty', async () => {
    bot = await startBot();
    const client = await bot.clientFor('alice.martin@chv.fr');
    await client.send('bonjour');
    const claim = vi.spyOn(bot.runtime.inbox, 'claimNext');
    const started = Date.now();
    for (const text of ['aide', 'merci', 'aide', 'merci', 'aide']) expect((await client.send(text)).status).toBe(200);
    // The workers' timer still looks once a second, for what other instances queued.
    const timerLooks = Math.ceil((Date.now() - started) / 1000);
    expect(claim.mock.calls.length).toBeLessThanOrEqual(timerLooks);
  });

  it("runs one person's messages posted at once one after the other, in the order they came", async () => {
    bot = await startBot();
    const client = await bot.clientFor('alice.martin@chv.fr');
    const first = client.message('bonjour');
    const second = client.message('aide');
    const [a, b] = await Promise.all([client.send(first), client.send(second)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const replyTo = bot.connector.activities(client.conversationId).map((reply) => reply.replyToId);
    // Every reply to the first message comes before any reply to the second.
    expect(replyTo.lastIndexOf(first.id)).toBeLessThan(replyTo.indexOf(second.id));
  });

  it('runs at most 8 turns at once outside the queue while new connections keep arriving, the others queued and answered at once', async () => {
    // Long loop turns delay accepting new connections: beyond a few turns at once, a burst is written down and
    // acknowledged rather than run while its delivery waits.
    ownConnector = await MockConnector.start({ latencyMs: 1000 });
    bot = await startBot({ connector: ownConnector, env: { BOT_ACK_WITHIN_MS: '10000' } });
    const enqueue = vi.spyOn(bot.runtime.inbox, 'enqueue');
    const clients = Array.from({ length: 12 }, () => new BotClient({ botUrl: bot!.botUrl, connector: ownConnector!, user: teamsUser() }));
    const answers = await Promise.all(clients.map((client) => client.send('aide')));
    expect(answers.filter((answer) => answer.status === 200).length).toBe(8);
    expect(answers.filter((answer) => answer.status === 202).length).toBe(4);
    expect(enqueue).toHaveBeenCalledTimes(4);

  });

  it('writes a turn still running after BOT_ACK_WITHIN_MS down as running, answers 202, and lets it leave the inbox when it ends', async () => {
    ownConnector = await MockConnector.start({ latencyMs: 400 });
    bot = await startBot({ connector: ownConnector, env: { BOT_ACK_WITHIN_MS: '100' } });
    const hold = vi.spyOn(bot.runtime.inbox, 'hold');
    const client = await bot.clientFor('alice.martin@chv.fr');
    const { status, activity } = await client.send('aide');
    expect(status).toBe(202);
    expect(hold).toHaveBeenCalledTimes(1);
    expect(await bot.runtime.inbox.counts()).toMatchObject({ processing: 1 });
    await ownConnector.waitFor(() => ownConnector!.repliesTo(client.conversationId, activity.id!).length > 0, {
      conversationId: client.conversationId,
      timeoutMs: 10_000,
    });
    await expect.poll(() => bot!.runtime.inbox.counts(), { timeout: 10_000 }).toEqual({ queued: 0, processing: 0, failed: 0 });
  });

  it('queues a message behind one of the same conversation that waits in the inbox', async () => {
    bot = await startBot();
    const client = await bot.clientFor('alice.martin@chv.fr');
    await bot.runtime.inboxWorkers.stop();
    const waiting = await client.send('bonjour');
    expect(waiting.status).toBe(202);
    bot.runtime.inboxWorkers.start();
    const enqueue = vi.spyOn(bot.runtime.inbox, 'enqueue');
    const next = await client.send('aide');
    expect(enqueue).toHaveBeenCalledTimes(1);
    await bot.connector.waitFor(() => bot!.connector.repliesTo(client.conversationId, next.activity.id!).length > 0, {
      conversationId: client.conversationId,
      timeoutMs: 10_000,
    });
    const replyTo = bot.connector.activities(client.conversationId).map((reply) => reply.replyToId);
    expect(replyTo.lastIndexOf(waiting.activity.id)).toBeLessThan(replyTo.indexOf(next.activity.id));
  });
});
