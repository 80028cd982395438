import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { BotClient } from '../support/bot-client.js';
import { describeEachDialect } from '../support/dialects.js';
import { MockConnector } from '../support/mock-connector.js';
import { startBotProcess, type BotProcess } from '../support/bot-process.js';

const USERS = 300;
const WORKERS = 4;

describeEachDialect('the bot process killed (kill -9) while a burst waits in its inbox', (ctx) => {
  let connector: MockConnector;
  const running = new Set<BotProcess>();
  beforeAll(async () => {
    connector = await MockConnector.start();
  });
  afterEach(async () => {
    await Promise.all([...running].map((bot) => bot.kill()));
    running.clear();
  });
  afterAll(async () => {
    await connector.close();
  });

  it('answers every acknowledged message after the restart, re-running at most the turns under way', async () => {
    const first = await startBot();
    const clients = Array.from({ length: USERS }, () => new BotClient({ botUrl: first.url, connector }));
    const posts = await Promise.all(clients.map((client) => client.send('le DPI ne répond plus au poste de soins')));
    expect(posts.filter((post) => post.status !== 200 && post.status !== 202)).toEqual([]);

    await connector.waitFor(() => answered() >= 20, { timeoutMs: 30_000 });
    await first.kill();
    const answeredBeforeKill = answered();
    expect(answeredBeforeKill).toBeLessThan(USERS);

    await startBot();
    await connector.waitFor(() => answered() === USERS, {
      timeoutMs: 60_000,
      describe: () => `${answered()} of ${USERS} messages answered after the restart`,
    });
    // The last rows leave the inbox just after their replies are out.
    await expect.poll(() => ctx.store.db.selectFrom('inbox_activities').select(['state']).execute(), { timeout: 10_000 }).toEqual([]);

    const repliesPerMessage = posts.map((post, i) => connector.repliesTo(clients[i]!.conversationId, post.activity.id!).length);
    const usual = mode(repliesPerMessage);
    const repeated = repliesPerMessage.filter((count) => count > usual).length;
    process.stderr.write(
      `[${ctx.target.name}] kill -9 after ${answeredBeforeKill}/${USERS} answered: all ${USERS} answered after restart, ` +
        `${repeated} answered twice (turns under way at the kill)\n`,
    );
    expect(repeated).toBeLessThanOrEqual(WORKERS);

    function answered(): number {
      return posts.filter((post, i) => connector.repliesTo(clients[i]!.conversationId, post.activity.id!).length > 0).length;
    }
  });

  async function startBot(): Promise<BotProcess> {
    const bot = await startBotProcess({
      DATABASE_URL: ctx.target.databaseUrl,
      TEAMS_SERVICE_URL: connector.url,
      INBOX_WORKERS: String(WORKERS),
      BOT_ACK_WITHIN_MS: '0',
      TURN_LEASE_MS: '1500',
    });
    running.add(bot);
    return bot;
  }
});

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}
