import { performance } from 'node:perf_hooks';
import type { Store } from '../db/index.js';
import { CodedError } from '../errors.js';
import { importDirectory } from './import-directory.js';
import { formatIssue } from './issues.js';
import type { DirectorySources } from './parse-files.js';
import { DirectoryRepository } from './repository.js';
import { buildSampleHospital, SAMPLE_FILES } from './sample-hospital/index.js';
import { toCsv } from './sample-hospital/csv-write.js';

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

export interface DirectoryImportBenchmark {
  dialect: string;
  users: number;
  assets: number;
  /** Rows of all five files. */
  rows: number;
  firstImportMs: number;
  /** Same files again: every row compared, nothing written. */
  reimportMs: number;
  rowsPerSecond: number;
}

/**
 * Times the import of a hospital the size of `copies` sample hospitals (the sample's staff and assets
 * repeated under distinct e-mails and tags; 40 copies ≈ 17,000 users and 25,000 assets), into an
 * empty store, then again. The store must be empty and disposable.
 */
export async function benchmarkDirectoryImport(
  store: Store,
  { copies = 10 }: { copies?: number } = {},
): Promise<DirectoryImportBenchmark> {
  const sources = scaledSampleHospital(copies);
  const rows = Object.values(sources).reduce((n, source) => n + source.text.split('\n').length - 2, 0);
  const run = async () => {
    const started = performance.now();
    const result = await importDirectory(store, sources);
    if (!result.ok) throw new CodedError('validation_failed', result.issues.slice(0, 5).map(formatIssue).join('\n'));
    return performance.now() - started;
  };
  const firstImportMs = await run();
  const reimportMs = await run();
  const hospital = buildSampleHospital();
  return {
    dialect: store.dialect,
    users: hospital.users.length * copies,
    assets: hospital.assets.length * copies,
    rows,
    firstImportMs: Math.round(firstImportMs),
    reimportMs: Math.round(reimportMs),
    rowsPerSecond: Math.round(rows / (firstImportMs / 1000)),
  };
}

function scaledSampleHospital(copies: number): DirectorySources {
  const hospital = buildSampleHospital();
  const suffix = (email: string, i: number) => (email ? email.replace('@', `.${i}@`) : '');
  const scaled = { ...hospital, users: [] as typeof hospital.users, assets: [] as typeof hospital.assets };
  for (let i = 0; i < copies; i++) {
    for (const u of hospital.users) {
      scaled.users.push({ ...u, email: suffix(u.email, i), manager_email: suffix(u.manager_email, i), aad_object_id: '', slack_user_id: '' });
    }
    for (const a of hospital.assets) {
      scaled.assets.push({
        ...a,
        tag: `${a.tag}-${i}`,
        hostname: a.hostname ? `${a.hostname}-${i}` : '',
        assigned_user_email: suffix(a.assigned_user_email, i),
      });
    }
  }
  const sources: DirectorySources = {};
  for (const { kind, file, columns } of SAMPLE_FILES) sources[kind] = { name: file, text: toCsv(columns, scaled[kind]) };
  return sources;
}
