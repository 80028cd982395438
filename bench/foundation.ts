import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { benchmarkDirectoryLookups, loadSampleHospital } from '../src/directory/index.js';
import { benchmarkTicketInserts, openBenchStore } from './tickets.js';

/** Store figures per dialect: ticket inserts/s and directory lookups/s on the sample hospital. */
export async function benchFoundation(pgUrl: string | undefined): Promise<void> {
  const targets: Array<{ name: string; url: string; schema?: string; cleanup: () => Promise<void> }> = [];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'triage-bench-'));
  targets.push({ name: 'sqlite', url: `sqlite:${path.join(dir, 'bench.db')}`, cleanup: async () => rmSync(dir, { recursive: true, force: true }) });
  if (pgUrl) {
    const schema = `bench_${randomBytes(4).toString('hex')}`;
    targets.push({
      name: 'postgres',
      url: pgUrl,
      schema,
      cleanup: async () => {
        const client = new pg.Client({ connectionString: pgUrl });
        await client.connect();
        await client.query(`drop schema if exists ${schema} cascade`);
        await client.end();
      },
    });
  } else {
    console.log('PostgreSQL skipped: set TEST_PG_URL to measure it too.');
  }
  console.log('\nStore (sequential, one operation at a time)');
  console.log('dialect    ticket inserts/s   directory lookups/s   lookup p50 ms   lookup p95 ms');
  for (const target of targets) {
    const store = await openBenchStore(target.url, target.schema);
    try {
      await loadSampleHospital(store);
      await benchmarkTicketInserts(store, 50); // warm-up
      const inserts = await benchmarkTicketInserts(store, 1000);
      const lookups = await benchmarkDirectoryLookups(store, { iterations: 5000 });
      console.log(
        `${target.name.padEnd(10)} ${inserts.insertsPerSecond.toFixed(0).padStart(16)} ${lookups.lookupsPerSecond.toFixed(0).padStart(21)} ${lookups.p50Ms.toFixed(3).padStart(15)} ${lookups.p95Ms.toFixed(3).padStart(15)}`,
      );
    } finally {
      await store.close();
      await target.cleanup();
    }
  }
}
