import { performance } from 'node:perf_hooks';
import type { Store } from '../db/index.js';
import { CodedError } from '../errors.js';
import { DirectoryRepository } from './repository.js';

export interface DirectoryBenchmarkOptions {
  /** Number of lookups to run (default 5,000), cycling through the kinds of lookup the bot makes. */
  iterations?: number;
}

export interface DirectoryBenchmark {
  dialect: string;
  lookups: number;
  elapsedMs: number;
  lookupsPerSecond: number;
  /** Latency of one lookup, in milliseconds. */
  p50Ms: number;
  p95Ms: number;
  /** Mean latency per kind of lookup, in milliseconds. */
  meanMsByKind: Record<string, number>;
}

type Lookup = [kind: string, run: (i: number) => Promise<unknown>];

/**
 * Measures directory lookups one after another, as the bot makes them: user by e-mail (odd case), by
 * AAD id and Slack id, asset by a loosely typed tag ("pc card 0342") and by hostname, a user's assets,
 * location and manager chain, application by name. Needs a populated directory (e.g. the sample
 * hospital); the targets are read first and not timed.
 *
 * ```ts
 * const { lookupsPerSecond } = await benchmarkDirectoryLookups(store, { iterations: 5000 });
 * ```
 */
export async function benchmarkDirectoryLookups(
  store: Store,
  { iterations = 5_000 }: DirectoryBenchmarkOptions = {},
): Promise<DirectoryBenchmark> {
  const users = await store.db
    .selectFrom('users')
    .select(['id', 'email', 'aad_object_id', 'slack_user_id'])
    .orderBy('id')
    .limit(500)
    .execute();
  const assets = await store.db.selectFrom('assets').select(['tag', 'hostname']).orderBy('id').limit(500).execute();
  const applications = await store.db.selectFrom('applications').select('name').orderBy('id').execute();
  if (users.length === 0 || assets.length === 0 || applications.length === 0) {
    throw new CodedError('not_found', 'the directory is empty: load the sample hospital before benchmarking lookups');
  }
  const withAad = users.filter((u) => u.aad_object_id);
  const withSlack = users.filter((u) => u.slack_user_id);
  const withHost = assets.filter((a) => a.hostname);
  const at = <T>(items: T[], i: number): T => items[i % items.length]!;
  const directory = new DirectoryRepository(store);

  const lookups: Lookup[] = [
    ['userByEmail', (i) => directory.findUserByEmail(at(users, i).email.toUpperCase())],
    ['assetByLooseTag', (i) => directory.findAsset(at(assets, i).tag.toLowerCase().replace(/-/g, ' '))],
    ['assetsOfUser', (i) => directory.assetsOfUser(at(users, i).id)],
    ['locationOfUser', (i) => directory.locationOfUser(at(users, i).id)],
    ['managerChain', (i) => directory.managerChain(at(users, i).id)],
    ['applicationByName', (i) => directory.findApplication(at(applications, i).name)],
  ];
  if (withAad.length > 0) lookups.push(['userByAadObjectId', (i) => directory.findUserByAadObjectId(at(withAad, i).aad_object_id!)]);
  if (withSlack.length > 0) lookups.push(['userBySlackId', (i) => directory.findUserBySlackId(at(withSlack, i).slack_user_id!)]);
  if (withHost.length > 0) lookups.push(['assetByHostname', (i) => directory.findAsset(at(withHost, i).hostname!.toLowerCase())]);

  const durations: number[] = [];
  const totals = new Map<string, { count: number; ms: number }>();
  const started = performance.now();
  for (let i = 0; i < iterations; i++) {
    const [kind, run] = lookups[i % lookups.length]!;
    const t0 = performance.now();
    await run(Math.floor(i / lookups.length));
    const ms = performance.now() - t0;
    durations.push(ms);
    const total = totals.get(kind) ?? { count: 0, ms: 0 };
    total.count++;
    total.ms += ms;
    totals.set(kind, total);
  }
  const elapsedMs = performance.now() - started;
  durations.sort((a, b) => a - b);
  const percentile = (p: number) => durations[Math.min(durations.length - 1, Math.floor(p * durations.length))] ?? 0;
  return {
    dialect: store.dialect,
    lookups: iterations,
    elapsedMs: round(elapsedMs),
    lookupsPerSecond: Math.round(iterations / (elapsedMs / 1000)),
    p50Ms: round(percentile(0.5)),
    p95Ms: round(percentile(0.95)),
    meanMsByKind: Object.fromEntries([...totals].map(([kind, { count, ms }]) => [kind, round(ms / count)])),
  };
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
