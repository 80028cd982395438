import { afterEach, describe, expect, it } from 'vitest';
import { technicalProblemMessage } from '../../src/channels/teams/index.js';
import { runTriage } from '../support/run-cli.js';
import { BotClient } from '../support/bot-client.js';
import { startBot, type RunningBot } from '../support/runtime.js';

describe('the activity inbox behind /api/messages', () => {
  let bot: RunningBot | undefined;
  afterEach(async () => {
    await bot?.dispose();
    bot = undefined;
  });

  it('acknowledges a burst larger than its workers at once, and answers every sender', async () => {
    bot = await startBot({ env: { INBOX_WORKERS: '2' } });
    const { botUrl, connector } = bot;
    const clients = Array.from({ length: 120 }, () => new BotClient({ botUrl, connector }));
    const posts = await Promise.all(clients.map((client) => client.send('le DPI ne répond plus au poste de soins')));

    expect(posts.map((p) => p.status).filter((status) => status !== 200 && status !== 202)).toEqual([]);
    // With two workers most deliveries cannot be turned at once: they are acknowledged queued.
    expect(posts.filter((p) => p.status === 202).length).toBeGreaterThan(60);
    for (const [i, client] of clients.entries()) {
      await connector.waitFor(() => connector.repliesTo(client.conversationId, posts[i]!.activity.id!).length > 0, {
        conversationId: client.conversationId,
        timeoutMs: 60_000,
      });
    }
    await bot.runtime.inboxWorkers.drained();
    expect(await bot.runtime.inbox.counts()).toEqual({ queued: 0, processing: 0, failed: 0 });
  });

  it('shows the backlog on /healthz, for whoever watches the instance', async () => {
    bot = await startBot({ env: { BOT_ACK_WITHIN_MS: '0' } });
    await bot.runtime.inboxWorkers.stop();
    const client = new BotClient({ botUrl: bot.botUrl, connector: bot.connector });
    await client.send('bonjour');
    await client.send('aide');
    const health = await fetch(bot.botUrl.replace('/api/messages', '/healthz')).then((r) => r.json());
    expect(health).toMatchObject({ status: 'ok', inbox: { queued: 2, processing: 0, failed: 0 }, turns_at_once: 2 });
  });

  it("answers one person's messages in the order they were sent, even when they queue", async () => {
    bot = await startBot({ env: { BOT_ACK_WITHIN_MS: '0' } });
    const client = await bot.clientFor('alice.martin@chv.fr');
    const texts = ['bonjour', 'aide', 'où en est mon ticket ?', 'merci'];
    const sent: string[] = [];
    for (const text of texts) sent.push((await client.send(text)).activity.id!);
    await bot.connector.waitFor(() => sent.every((id) => bot!.connector.repliesTo(client.conversationId, id).length > 0), {
      conversationId: client.conversationId,
      timeoutMs: 20_000,
    });
    const firstReplyTo = bot.connector
      .activities(client.conversationId)
      .map((reply) => reply.replyToId)
      .filter((id, index, all) => all.indexOf(id) === index);
    expect(firstReplyTo).toEqual(sent);
  });

  it('runs a turn again when the connector refused its replies, so the user gets the answer and no apology', async () => {
    bot = await startBot();
    const { connector } = bot;
    const client = await bot.clientFor('alice.martin@chv.fr');
    connector.failNext(100, 503);
    const { status, activity } = await client.send('aide');
    expect(status).toBe(202);
    await expect.poll(() => lastError(bot!, activity.id!), { timeout: 15_000 }).toBeDefined();
    expect(await lastError(bot, activity.id!)).toMatch(/TransientTurnFailure/);
    connector.clearFailures();

    await connector.waitFor(() => connector.repliesTo(client.conversationId, activity.id!).length > 0, {
      conversationId: client.conversationId,
      timeoutMs: 15_000,
    });
    await bot.runtime.inboxWorkers.drained();
    const texts = connector.activities(client.conversationId).map((a) => a.text ?? '');
    expect(texts.some((text) => text.includes(technicalProblemMessage('fr-FR')))).toBe(false);
    expect(texts.join('\n')).toMatch(/aide|help|Je peux/i);
    expect(await bot.runtime.inbox.counts()).toEqual({ queued: 0, processing: 0, failed: 0 });
  });

  it('keeps a message as failed after its last attempt, and answers it once an operator retries it', async () => {
    bot = await startBot({ env: { INBOX_MAX_ATTEMPTS: '1' } });
    const { connector } = bot;
    const client = await bot.clientFor('alice.martin@chv.fr');
    connector.failNext(1000, 503);
    const { activity } = await client.send('aide');
    await expect.poll(async () => (await bot!.runtime.inbox.counts()).failed, { timeout: 15_000 }).toBe(1);
    connector.clearFailures();

    const env = { DATABASE_URL: bot.runtime.store.location, SEED_SAMPLE_DIRECTORY: 'false' };
    const listed = await runTriage(['inbox', 'failed'], { env });
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(activity.id!);
    expect(listed.stdout).toMatch(/1 attempts\): TransientTurnFailure/);
    expect(listed.stdout).not.toContain('aide');
    const retried = await runTriage(['inbox', 'retry'], { env });
    expect(retried.stdout).toBe('1 failed activity queued again\n');

    await connector.waitFor(() => connector.repliesTo(client.conversationId, activity.id!).some((a) => a.text !== technicalProblemMessage('fr-FR')), {
      conversationId: client.conversationId,
      timeoutMs: 15_000,
    });
    await bot.runtime.inboxWorkers.drained();
    expect((await runTriage(['inbox', 'status'], { env })).stdout).toBe('queued 0, running 0, failed 0\n');
  });

  it('does not run a bug twice: the user is told at once and the message leaves the inbox', async () => {
    bot = await startBot();
    const client = await bot.clientFor('alice.martin@chv.fr');
    const understander = bot.runtime.services.understander;
    bot.runtime.services.understander = {
      ...understander,
      analyse: async () => {
        throw new TypeError('cannot read properties of undefined');
      },
    } as typeof understander;
    const { status, replies } = await client.send('mon imprimante ne marche plus', { expectReplies: 1 });
    expect(status).toBe(200);
    expect(replies.map((r) => r.text)).toEqual([technicalProblemMessage('fr-FR')]);
    expect(await bot.runtime.inbox.counts()).toEqual({ queued: 0, processing: 0, failed: 0 });
  });
});

async function lastError(bot: RunningBot, activityId: string): Promise<string | undefined> {
  const row = await bot.runtime.store.db
    .selectFrom('inbox_activities')
    .select('last_error')
    .where('activity_id', '=', activityId)
    .executeTakeFirst();
  return row?.last_error ?? undefined;
}
