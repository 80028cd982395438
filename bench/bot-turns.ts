import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRuntime } from '../src/app/runtime.js';
import { loadConfig } from '../src/config/index.js';
import { silentLogger } from '../src/log.js';
import { listen } from '../src/web/server.js';
import { teamsUser, type TeamsUser } from '../test/support/bot-client.js';
import { MockConnector } from '../test/support/mock-connector.js';
import { startEchoBot } from './echo-bot.js';
import { WARM_UP_TURNS, runTurnBenchmark, type TurnBenchmarkResult } from './turns.js';

const KNOWLEDGE_QUESTIONS = [
  'mon mdp a expiré comment je le change',
  'comment ajouter une imprimante réseau',
  'le wifi invités ne marche pas sur ma tablette',
  'outlook ne synchronise plus mes mails',
  'carte cps pas reconnue par le lecteur',
];
/** An intake cycle: a unit-wide incident (no fiche is offered), two answers, then cancel. */
const INTAKE_CYCLE = ['plus aucun PC ne démarre dans tout le service', 'je ne sais pas', 'oui', 'annule'];

async function startTriage(dir: string) {
  const config = loadConfig({ DATABASE_URL: `sqlite:${path.join(dir, 'bench.db')}`, PORT: '0', HOST: '127.0.0.1' });
  const runtime = await createRuntime(config, { logger: silentLogger });
  const port = await listen(runtime.server, 0, '127.0.0.1');
  const users = await runtime.store.db.selectFrom('users').select(['display_name', 'aad_object_id']).where('aad_object_id', 'is not', null).limit(200).execute();
  const directoryUser = (n: number): TeamsUser => ({ ...teamsUser(n), name: users[n % users.length]!.display_name, aadObjectId: users[n % users.length]!.aad_object_id! });
  return { url: `http://127.0.0.1:${port}/api/messages`, directoryUser, close: () => runtime.close() };
}

const line = (name: string, r: TurnBenchmarkResult) =>
  `${name.padEnd(34)} ${r.turnsPerSecond.toFixed(0).padStart(8)} ${r.p50.toFixed(1).padStart(9)} ${r.p99.toFixed(1).padStart(9)} ${`${r.errors}/${r.turns}`.padStart(9)}`;

/** Turn throughput and latency of the Triage bot against a bare botbuilder echo bot, in one run. */
export async function benchBotTurns({ users = 50, turnsPerUser = 20, thinkMs = 0 } = {}): Promise<void> {
  console.log(
    `\nBot turns over HTTP: ${users} concurrent users x ${turnsPerUser} turns, ` +
      `${thinkMs ? `${thinkMs} ms think time (±50 %) between turns` : 'no think time (saturation)'}, ` +
      `replies at a mock connector (load average ${os.loadavg()[0]!.toFixed(1)})`,
  );
  console.log(`${'bot'.padEnd(34)} ${'turns/s'.padStart(8)} ${'p50 ms'.padStart(9)} ${'p99 ms'.padStart(9)} ${'errors'.padStart(9)}`);
  const results: Record<string, TurnBenchmarkResult> = {};
  const run = async (name: string, url: string, options: Partial<Parameters<typeof runTurnBenchmark>[0]>) => {
    const connector = await MockConnector.start();
    try {
      await runTurnBenchmark({ botUrl: url, connector, users, turnsPerUser: WARM_UP_TURNS, ...options });
      connector.reset();
      const result = await runTurnBenchmark({ botUrl: url, connector, users, turnsPerUser, thinkMs, ...options });
      results[name] = result;
      console.log(line(name, result));
    } finally {
      await connector.close();
    }
  };

  const echo = await startEchoBot();
  try {
    await run('echo bot (bare botbuilder)', echo.url, {});
  } finally {
    await echo.close();
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'triage-bench-bot-'));
  const triage = await startTriage(dir);
  try {
    await run('triage: knowledge answers', triage.url, {
      makeUser: triage.directoryUser,
      makeText: (user, turn) => KNOWLEDGE_QUESTIONS[(user + turn) % KNOWLEDGE_QUESTIONS.length]!,
    });
    await run('triage: incident intake turns', triage.url, {
      makeUser: (n) => triage.directoryUser(n + 1000),
      makeText: (_user, turn) => INTAKE_CYCLE[turn % INTAKE_CYCLE.length]!,
    });
  } finally {
    await triage.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const echoRate = results['echo bot (bare botbuilder)']!.turnsPerSecond;
  for (const name of ['triage: knowledge answers', 'triage: incident intake turns']) {
    console.log(`${name}: ${((results[name]!.turnsPerSecond / echoRate) * 100).toFixed(0)} % of the echo bot's turns/s`);
  }
}
