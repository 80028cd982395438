import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRuntime } from '../src/app/runtime.js';
import { loadConfig } from '../src/config/index.js';
import { silentLogger } from '../src/log.js';
import { listen } from '../src/web/server.js';
import { teamsUser, type TeamsUser } from '../test/support/bot-client.js';
import { MockConnector } from '../test/support/mock-connector.js';
import { startDialogsBot, startEchoBot } from './echo-bot.js';
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

const ECHO = 'echo bot (bare botbuilder)';
const DIALOGS = 'plain dialogs bot, SQLite state';
const KNOWLEDGE = 'triage: knowledge answers';
const INTAKE = 'triage: incident intake turns';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Turn throughput and latency of the Triage bot against a bare botbuilder echo bot, in one run. The three
 * are measured in turn, `rounds` times (echo, knowledge, intake, echo, …), so a burst of load on a shared
 * machine hits one round rather than one bot; each ratio is the median of the rounds' ratios.
 */
export async function benchBotTurns({ users = 50, turnsPerUser = 20, thinkMs = 0, rounds = 3 } = {}): Promise<void> {
  console.log(
    `\nBot turns over HTTP: ${users} concurrent users x ${turnsPerUser} turns, ` +
      `${thinkMs ? `${thinkMs} ms think time (±50 %) between turns` : 'no think time (saturation)'}, ` +
      `${rounds} rounds, replies at a mock connector (load average ${os.loadavg()[0]!.toFixed(1)})`,
  );
  console.log(`${'round  bot'.padEnd(34)} ${'turns/s'.padStart(8)} ${'p50 ms'.padStart(9)} ${'p99 ms'.padStart(9)} ${'errors'.padStart(9)}`);
  const echo = await startEchoBot();
  const plain = await startDialogsBot();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'triage-bench-bot-'));
  const triage = await startTriage(dir);
  const connector = await MockConnector.start();
  const targets: Array<[string, Partial<Parameters<typeof runTurnBenchmark>[0]> & { botUrl: string }]> = [
    [ECHO, { botUrl: echo.url }],
    [DIALOGS, { botUrl: plain.url }],
    [KNOWLEDGE, {
      botUrl: triage.url,
      makeUser: triage.directoryUser,
      makeText: (user, turn) => KNOWLEDGE_QUESTIONS[(user + turn) % KNOWLEDGE_QUESTIONS.length]!,
    }],
    [INTAKE, {
      botUrl: triage.url,
      makeUser: (n) => triage.directoryUser(n + 1000),
      makeText: (_user, turn) => INTAKE_CYCLE[turn % INTAKE_CYCLE.length]!,
    }],
  ];
  const results = new Map<string, TurnBenchmarkResult[]>(targets.map(([name]) => [name, []]));
  try {
    for (const [, options] of targets) {
      await runTurnBenchmark({ connector, users, turnsPerUser: WARM_UP_TURNS, ...options });
      connector.reset();
    }
    for (let round = 1; round <= rounds; round++) {
      for (const [name, options] of targets) {
        const result = await runTurnBenchmark({ connector, users, turnsPerUser, thinkMs, ...options });
        connector.reset();
        results.get(name)!.push(result);
        console.log(line(`${round}      ${name}`, result));
      }
    }
  } finally {
    await connector.close();
    await echo.close();
    await plain.close();
    await triage.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const echoRuns = results.get(ECHO)!;
  for (const name of [DIALOGS, KNOWLEDGE, INTAKE]) {
    const runs = results.get(name)!;
    const ratios = runs.map((run, i) => (run.turnsPerSecond / echoRuns[i]!.turnsPerSecond) * 100);
    console.log(
      `${name}: ${median(ratios).toFixed(0)} % of the echo bot's turns/s (median of rounds: ${ratios.map((r) => r.toFixed(0)).join(', ')} %); ` +
        `p99 ${median(runs.map((run) => run.p99)).toFixed(1)} ms (echo ${median(echoRuns.map((run) => run.p99)).toFixed(1)} ms)`,
    );
  }
}
