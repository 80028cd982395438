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
export async function benchOutageStorm({ users = 20_000, seconds = 60 } = {}): Promise<void> {
  console.log(
    `\nOutage storm: ${users} distinct users, one message each, over ${seconds} s, against \`npm start\` in its own ` +
      `process (load average ${os.loadavg()[0]!.toFixed(1)})`,
  );
  const dir = mkdtempSync(path.join(os.tmpdir(), 'triage-bench-storm-'));
  const databaseUrl = `sqlite:${path.join(dir, 'storm.db')}`;
  const connector = await MockConnector.start();
  const bot = await startBotProcess({ DATABASE_URL: databaseUrl, TEAMS_SERVICE_URL: connector.url, LOG_LEVEL: 'warn' });
  try {
    const storm = await runOutageStorm({ botUrl: bot.url, connector, users, seconds });
    console.log(describeStorm(storm, seconds));
    const store = createStore(databaseUrl);
    try {
      const counts = await new ActivityInbox(store).counts();
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

// `npx tsx bench/storm.ts [users] [seconds]`
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchOutageStorm({ users: Number(process.argv[2] ?? 20_000), seconds: Number(process.argv[3] ?? 60) });
}
