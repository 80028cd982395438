import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { BotClient, teamsUser, type TeamsUser } from '../test/support/bot-client.js';
import { MockConnector } from '../test/support/mock-connector.js';
import { startEchoBot, startPlumbedEchoBot } from './echo-bot.js';

export interface TurnBenchmarkOptions {
  /** The bot's messaging endpoint. */
  botUrl: string;
  /** Where the bot's replies arrive (the activities' serviceUrl). */
  connector: MockConnector;
  /** Simulated users talking at the same time, each in its own conversation. */
  users: number;
  turnsPerUser: number;
  /** What user `user` says at turn `turn` (both from 0). */
  makeText?: (user: number, turn: number) => string;
  /** A turn without a reply after this long counts as an error (default 10 s). */
  replyTimeoutMs?: number;
  /** Who user `user` is (default: a new Teams user unknown to the directory). */
  makeUser?: (user: number) => TeamsUser;
  /** Pause of each user between reading a reply and sending the next message (default 0: saturation). */
  thinkMs?: number;
}

export interface TurnBenchmarkResult {
  turns: number;
  errors: number;
  seconds: number;
  turnsPerSecond: number;
  /** Latency of a turn, from the post to its reply at the connector, in milliseconds. */
  p50: number;
  p99: number;
  max: number;
}

export interface OutageStormOptions {
  botUrl: string;
  connector: MockConnector;
  /** Distinct users, each sending one message (default 20 000: a whole hospital). */
  users?: number;
  /** The window the messages are spread over, evenly (default 60 s). */
  seconds?: number;
  makeText?: (user: number) => string;
  /** A post unanswered after this long is abandoned, as the Bot Framework service does (default 15 s). */
  requestTimeoutMs?: number;
  /** Messages still without a reply this long after the window are counted as missing replies (default 300 s). */
  replyTimeoutMs?: number;
}

export interface OutageStormResult {
  users: number;
  /** Deliveries answered 2xx (the channel's view: delivered). */
  acknowledged: number;
  /** Answered with a status other than 2xx. */
  httpErrors: number;
  /** The post itself failed (connection refused, reset, abandoned after `requestTimeoutMs`). */
  networkErrors: number;
  /** Network errors by cause (`TimeoutError`, `ECONNRESET`, `UND_ERR_CONNECT_TIMEOUT`...). */
  networkErrorCauses: Record<string, number>;
  /** Acknowledged messages whose reply reached the connector. */
  answered: number;
  /** Acknowledged, but no reply within `replyTimeoutMs` after the window. */
  missingReplies: number;
  /** From the first message to the last reply (or to giving up waiting), in seconds. */
  seconds: number;
  /** How late the last message was sent compared with its schedule (load generator saturation). */
  maxScheduleLagMs: number;
  /** Time from a post to its HTTP answer, in milliseconds. */
  ack: Percentiles;
  /** Time from a post to its first reply at the connector, in milliseconds. */
  reply: Percentiles;
}

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Turns per user before measuring (300 at 50 users): steady state (JIT, statement cache, connections) is compared. */
export const WARM_UP_TURNS = 6;

const defaultText = (user: number, turn: number) => `Le DPI ne répond plus au poste de soins (utilisateur ${user}, message ${turn})`;

/**
 * Closed-loop load: `users` simulated Teams users at once, each sending a message, waiting for its reply
 * at the connector, then sending the next, `turnsPerUser` times.
 *
 * ```ts
 * const { turnsPerSecond, p50, p99 } = await runTurnBenchmark({ botUrl, connector, users: 50, turnsPerUser: 20 });
 * ```
 */
export async function runTurnBenchmark({
  botUrl,
  connector,
  users,
  turnsPerUser,
  makeText = defaultText,
  replyTimeoutMs = 10_000,
  makeUser,
  thinkMs = 0,
}: TurnBenchmarkOptions): Promise<TurnBenchmarkResult> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: users }, async (_, user) => {
      const client = new BotClient({ botUrl, connector, ...(makeUser ? { user: makeUser(user) } : {}) });
      // Users start spread over the first think time, as people do, not all in the same millisecond.
      if (thinkMs > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * thinkMs));
      for (let turn = 0; turn < turnsPerUser; turn++) {
        if (thinkMs > 0 && turn > 0) await new Promise((resolve) => setTimeout(resolve, thinkMs * (0.5 + Math.random())));
        const sent = performance.now();
        try {
          const { status, replies } = await client.send(makeText(user, turn), { expectReplies: 1, timeoutMs: replyTimeoutMs });
          if (status < 200 || status > 299 || replies.length === 0) errors++;
          else latencies.push(performance.now() - sent);
        } catch {
          errors++;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  return {
    turns: users * turnsPerUser,
    errors,
    seconds,
    turnsPerSecond: latencies.length / seconds,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    max: sorted.at(-1) ?? 0,
  };
}

/**
 * Open-loop load, as on the morning an application fails hospital-wide: `users` distinct users each send
 * one message, at instants spread evenly over `seconds`, whether or not earlier messages were answered.
 * Measures the channel's view (every post answered 2xx, how fast) and the users' view (every message
 * answered at the connector, how fast), then counts whatever fell short of either.
 */
export async function runOutageStorm({
  botUrl,
  connector,
  users = 20_000,
  seconds = 60,
  makeText = (user) => defaultText(user, 0),
  requestTimeoutMs = 15_000,
  replyTimeoutMs = 300_000,
}: OutageStormOptions): Promise<OutageStormResult> {
  const interval = (seconds * 1000) / users;
  const ackLatencies: number[] = [];
  const sentAt = new Map<string, number>();
  let httpErrors = 0;
  let networkErrors = 0;
  const networkErrorCauses: Record<string, number> = {};
  let maxScheduleLagMs = 0;
  const started = performance.now();
  const epochOffset = Date.now() - started;

  const one = async (user: number): Promise<void> => {
    const client = new BotClient({ botUrl, connector, requestTimeoutMs });
    const activity = client.message(makeText(user));
    const sent = performance.now();
    maxScheduleLagMs = Math.max(maxScheduleLagMs, sent - started - user * interval);
    try {
      const { status } = await client.post(activity);
      if (status < 200 || status > 299) httpErrors++;
      else {
        ackLatencies.push(performance.now() - sent);
        sentAt.set(activity.id!, sent);
      }
    } catch (error) {
      networkErrors++;
      const cause = errorCause(error);
      networkErrorCauses[cause] = (networkErrorCauses[cause] ?? 0) + 1;
    }
  };

  const inFlight: Array<Promise<void>> = [];
  for (let user = 0; user < users; user++) {
    const due = started + user * interval;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(one(user));
  }
  await Promise.all(inFlight);

  // Replies are matched to messages from the connector's record: one pass, not one waiter per message.
  const firstReplyAt = new Map<string, number>();
  let scanned = 0;
  const collect = () => {
    for (; scanned < connector.operations.length; scanned++) {
      const op = connector.operations[scanned]!;
      if (op.operation === 'reply' && op.replyToId && sentAt.has(op.replyToId) && !firstReplyAt.has(op.replyToId)) {
        firstReplyAt.set(op.replyToId, op.at - epochOffset);
      }
    }
  };
  const deadline = performance.now() + replyTimeoutMs;
  for (collect(); firstReplyAt.size < sentAt.size && performance.now() < deadline; collect()) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const replyLatencies = [...firstReplyAt].map(([id, at]) => at - sentAt.get(id)!);
  const end = firstReplyAt.size < sentAt.size ? performance.now() : Math.max(started, ...firstReplyAt.values());
  return {
    users,
    acknowledged: sentAt.size,
    httpErrors,
    networkErrors,
    networkErrorCauses,
    answered: firstReplyAt.size,
    missingReplies: sentAt.size - firstReplyAt.size,
    seconds: (end - started) / 1000,
    maxScheduleLagMs,
    ack: percentiles(ackLatencies),
    reply: percentiles(replyLatencies),
  };
}

function percentiles(values: number[]): Percentiles {
  const sorted = values.sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99), max: sorted.at(-1) ?? Number.NaN };
}

/** fetch wraps the socket error: `TypeError: fetch failed` with the code on its cause. */
function errorCause(error: unknown): string {
  if ((error as Error)?.name === 'TimeoutError') return 'TimeoutError';
  const cause = (error as { cause?: { code?: string; name?: string } })?.cause;
  return cause?.code ?? cause?.name ?? (error as Error)?.name ?? 'unknown';
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

/** One line for a storm: what the channel saw, what the users saw, what went wrong. */
export function describeStorm(storm: OutageStormResult, windowSeconds: number): string {
  const p = (q: Percentiles) => `p50 ${ms(q.p50)}, p95 ${ms(q.p95)}, p99 ${ms(q.p99)}, max ${ms(q.max)}`;
  return (
    `storm of ${storm.users} users over ${windowSeconds} s: acknowledged ${storm.acknowledged} (${p(storm.ack)}); ` +
    `answered ${storm.answered} (${p(storm.reply)}), last reply ${storm.seconds.toFixed(1)} s after the first message; ` +
    `errors: http ${storm.httpErrors}, network ${storm.networkErrors} ${JSON.stringify(storm.networkErrorCauses)}, ` +
    `no reply ${storm.missingReplies}; schedule lag max ${ms(storm.maxScheduleLagMs)}`
  );
}

/** A bot to measure: how to start it, and how to stop it. */
export interface BenchTarget {
  name: string;
  start(): Promise<{ url: string; close(): Promise<void> }>;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/**
 * `npx tsx bench/turns.ts [--users 50] [--turns 20] [--storm-users 20000 --storm-seconds 60] [--bot-url URL]`
 * (`--bot-url`: a bot running as its own process, e.g. `npx tsx bench/echo-bot.ts 3979`, measured alone).
 * Measures each target in turn and prints one line per run: the bare echo bot, then the same echo
 * through the product's plumbing (on PostgreSQL too when TEST_PG_URL is set).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      users: { type: 'string', default: '50' },
      turns: { type: 'string', default: '20' },
      'storm-users': { type: 'string', default: '0' },
      'storm-seconds': { type: 'string', default: '60' },
      'bot-url': { type: 'string' },
    },
  });
  const users = Number(values.users);
  const turnsPerUser = Number(values.turns);
  const stormUsers = Number(values['storm-users']);
  const stormSeconds = Number(values['storm-seconds']);
  const external = values['bot-url'];
  const postgresUrl = process.env.TEST_PG_URL;
  const targets: BenchTarget[] = external
    ? [{ name: external, start: async () => ({ url: external, close: async () => {} }) }]
    : [
        { name: 'echo bot (bare botbuilder CloudAdapter)', start: () => startEchoBot() },
        { name: 'echo bot + endpoint check, exactly-once, state (SQLite)', start: () => startPlumbedEchoBot() },
        ...(postgresUrl
          ? [{ name: 'echo bot + endpoint check, exactly-once, state (PostgreSQL)', start: () => startPlumbedEchoBot({ postgresUrl }) }]
          : []),
      ];

  process.stdout.write(
    `node ${process.version}, ${os.availableParallelism()} cores, load average ${os.loadavg()[0]!.toFixed(1)}; ` +
      `load generator and connector in this process, ${external ? `bot at ${external}` : 'bot too'}\n`,
  );
  for (const target of targets) {
    const connector = await MockConnector.start();
    const bot = await target.start();
    try {
      await runTurnBenchmark({ botUrl: bot.url, connector, users, turnsPerUser: WARM_UP_TURNS });
      connector.reset();
      const turns = await runTurnBenchmark({ botUrl: bot.url, connector, users, turnsPerUser });
      process.stdout.write(
        `${target.name}: ${users} users x ${turnsPerUser} turns: ${turns.turnsPerSecond.toFixed(0)} turns/s, ` +
          `p50 ${ms(turns.p50)}, p99 ${ms(turns.p99)}, max ${ms(turns.max)}, errors ${turns.errors}/${turns.turns}\n`,
      );
      if (stormUsers > 0) {
        connector.reset();
        const storm = await runOutageStorm({ botUrl: bot.url, connector, users: stormUsers, seconds: stormSeconds });
        process.stdout.write(`${target.name}: ${describeStorm(storm, stormSeconds)}\n`);
      }
    } finally {
      await bot.close();
      await connector.close();
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
