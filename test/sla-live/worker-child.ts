/**
 * A notice worker in a process of its own, for the crash tests: ticks in a loop against DATABASE_URL
 * and posts through the Bot Framework notifier to TEAMS_SERVICE_URL (a mock connector), until killed.
 * Prints "ready" once its first tick starts, then one line per tick that did something.
 *
 *   DATABASE_URL=sqlite:/tmp/x.db TEAMS_SERVICE_URL=http://127.0.0.1:1234/ SLA_CONFIG=… LEASE_MS=300 npx tsx test/sla-live/worker-child.ts
 */
import { BotFrameworkNotifier, ConversationRefs } from '../../src/channels/notifier/index.js';
import { createTeamsAdapter } from '../../src/channels/teams/index.js';
import { systemClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config/index.js';
import { createStore } from '../../src/db/index.js';
import { silentLogger } from '../../src/log.js';
import { defaultRedactionPolicy } from '../../src/redaction/index.js';
import { loadContracts } from '../../src/sla/index.js';
import { ClockService, NoticeOutbox, NoticeSender, SlaWorker } from '../../src/sla/live/index.js';

const config = loadConfig();
const store = createStore(config.databaseUrl);
const leaseMs = Number(process.env.LEASE_MS ?? 300);
const adapter = createTeamsAdapter(config.botFramework, silentLogger);
const notifier = new BotFrameworkNotifier({ adapter, refs: new ConversationRefs(store), logger: silentLogger, appId: '', defaultServiceUrl: config.teamsServiceUrl });
const clocks = new ClockService(await loadContracts(config.slaConfigPath));
const worker = new SlaWorker({
  outbox: new NoticeOutbox(store),
  sender: new NoticeSender({ store, clocks, notifier, managersChannelId: config.sla.managersChannelId, redaction: defaultRedactionPolicy, leaseMs }),
  clock: systemClock,
  logger: silentLogger,
  workerId: process.env.WORKER_ID,
  batchSize: 10,
  concurrency: 4,
  leaseMs,
});
process.stdout.write('ready\n');
for (;;) {
  const report = await worker.tick();
  if (report.claimed || report.recovered.requeued || report.recovered.abandoned) process.stdout.write(`${JSON.stringify(report)}\n`);
  else await new Promise((resolve) => setTimeout(resolve, 20));
}
