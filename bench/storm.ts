import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ActivityInbox } from '../src/channels/inbox/index.js';
import { createStore } from '../src/db/index.js';
import { startBotProcess } from '../test/support/bot-process.js';
import { MockConnector } from '../test/support/mock-connector.js';
import { describeStorm, runOutageStorm } from './turns.js';

/**
 * The outage storm against the product as `npm start` runs it, in its own process on a fresh SQLite file:
 * `users` distinct people each send one message, spread over `seconds`. The load generator and the mock
 * connector share this process, so the bot has a core of its own on a two-core machine.
 */
export async function benchOutageStorm({
  users = 20_000,
  seconds = 60,
  connectorLatencyMs = 0,
  env = {},
}: { users?: number; seconds?: number; connectorLatencyMs?: number; env?: Record<string, string> } = {}): Promise<void> {
  console.log(
    `\nOutage storm: ${users} distinct users, one message each, over ${seconds} s, against \`npm start\` in its own ` +
      `process${Object.keys(env).length ? ` (${Object.entries(env).map(([k, v]) => `${k}=${v}`).join(' ')})` : ''}, ` +
      `connector answering in ${connectorLatencyMs} ms (load average ${os.loadavg()[0]!.toFixed(1)})`,
  );
  const dir = mkdtempSync(path.join(os.tmpdir(), 'triage-bench-storm-'));
  const databaseUrl = `sqlite:${path.join(dir, 'storm.db')}`;
  const connector = await MockConnector.start({ latencyMs: connectorLatencyMs });
  const bot = await startBotProcess({ ...env, DATABASE_URL: databaseUrl, TEAMS_SERVICE_URL: connector.url });
  try {
    const storm = await runOutageStorm({ botUrl: bot.url, connector, users, seconds });
    console.log(describeStorm(storm, seconds));
    const store = createStore(databaseUrl);
    try {
      const inbox = new ActivityInbox(store);
      // The last rows leave the inbox just after their replies are out.
      let counts = await inbox.counts();
      for (let waited = 0; counts.processing > 0 && waited < 10_000; waited += 100) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        counts = await inbox.counts();
      }
      console.log(`inbox after the storm: queued ${counts.queued}, running ${counts.processing}, failed ${counts.failed}`);
    } finally {
      await store.close();
    }
  } finally {
    await bot.stop();
    await connector.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// `npx tsx bench/storm.ts [users] [seconds] [connector latency ms]`; INBOX_WORKERS etc. pass to the bot.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const passed = Object.fromEntries(
    ['INBOX_WORKERS', 'BOT_ACK_WITHIN_MS'].filter((name) => process.env[name]).map((name) => [name, process.env[name]!]),
  );
  await benchOutageStorm({
    users: Number(process.argv[2] ?? 20_000),
    seconds: Number(process.argv[3] ?? 60),
    connectorLatencyMs: Number(process.argv[4] ?? 0),
    env: passed,
  });
}
