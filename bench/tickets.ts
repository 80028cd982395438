import { createStore, migrateToLatest, type Store } from '../src/db/index.js';
import { TicketRepository, loadRoutingConfig } from '../src/tickets/index.js';

/** Sequential ticket creations through the repository (validation, numbering, audit event, commit). */
export async function benchmarkTicketInserts(store: Store, count: number): Promise<{ insertsPerSecond: number; count: number }> {
  const tickets = new TicketRepository(store, undefined, loadRoutingConfig('config/routing.yaml'));
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    await tickets.create({
      requester: 'alice.martin@chv.fr',
      category: 'hardware',
      scope: 'single_user',
      urgency: 'medium',
      patient_care_impact: false,
      title: `Bench ${i}`,
      asset: 'PC-CARD-0342',
      source: { channel: 'cli', activity_id: `bench-${Date.now()}-${i}` },
    });
  }
  const seconds = (performance.now() - started) / 1000;
  return { insertsPerSecond: count / seconds, count };
}

export async function openBenchStore(url: string, schema?: string): Promise<Store> {
  const store = createStore(url, schema ? { schema } : {});
  const report = await migrateToLatest(store);
  if (report.error) throw new Error(report.error);
  return store;
}
