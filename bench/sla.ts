import { loadConfig } from '../src/config/index.js';
/**
 * SLA notice scheduler under load: 100,000 open tickets with one pending notice each, due over the next
 * 24 hours, plus a burst due during the run. Measures the cost of a tick when nothing is due (it must
 * not grow with open tickets), the cost per tick and per notice while notices come due, and the
 * lateness of notices (due_at → sent_at) with the worker on the real clock. Notices go through the
 * real BotFrameworkNotifier to a local mock Bot Framework connector over HTTP.
 *
 *   npx tsx bench/sla.ts            # SQLite file
 *   DATABASE_URL=postgres://… npx tsx bench/sla.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { BotFrameworkNotifier, ConversationRefs } from '../src/channels/notifier/index.js';
import { createTeamsAdapter } from '../src/channels/teams/index.js';
import { systemClock } from '../src/clock.js';
import { createStore, migrateToLatest, type Store } from '../src/db/index.js';
import { silentLogger } from '../src/log.js';
import { defaultRedactionPolicy } from '../src/redaction/index.js';
import { parseContracts } from '../src/sla/index.js';
import { ClockService, NoticeOutbox, NoticeSender, SlaWorker } from '../src/sla/live/index.js';
import { MockConnector } from '../test/support/mock-connector.js';
import { seedMinimalDirectory } from '../test/support/minimal-directory.js';

const CONTRACTS = parseContracts(`version: 1
contracts:
  - id: all
    name: Every team
    provider: internal
    teams: [helpdesk-l1, proximity, biomedical, security, dpi-vendor-l2, infra-l2, telecom]
    calendar: { kind: 24/7 }
    targets:
      P1: { respond_minutes: 15, resolve_minutes: 240 }
      P2: { respond_minutes: 30, resolve_minutes: 480 }
      P3: { respond_minutes: 120, resolve_minutes: 1200 }
      P4: { respond_minutes: 480, resolve_minutes: 3000 }
`);

export interface SlaBenchOptions {
  tickets?: number;
  /** Notices that come due during the run, spread over `burstSeconds`. */
  burst?: number;
  burstSeconds?: number;
  tickMs?: number;
  databaseUrl?: string;
}

const pct = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;

async function seed(store: Store, tickets: number, burst: number, burstSeconds: number, start: number, serviceUrl: string): Promise<void> {
  await seedMinimalDirectory(store);
  await store.db.updateTable('support_teams').set({ teams_channel_id: '19:proximity@thread.tacv2' }).execute();
  const requester = await store.db.selectFrom('users').select('id').executeTakeFirstOrThrow();
  const created = new Date(start - 3_600_000).toISOString();
  for (let from = 0; from < tickets; from += 1000) {
    const n = Math.min(1000, tickets - from);
    await store.db.transaction().execute(async (trx) => {
      const rows = Array.from({ length: n }, (_, i) => ({
        number: `INC-2026-${String(from + i + 1).padStart(6, '0')}`, kind: 'incident' as const, requester_id: requester.id, requester_ref: 'alice.martin@chv.fr',
        category: 'hardware', scope: 'single_user', urgency: 'medium', patient_care_impact: 0, impact: 'low', priority: 'P4', status: 'in_progress',
        title: `Panne ${from + i}`, description: 'bench', asset_id: null, location_id: null, team_code: 'proximity', assignee: null, language: 'fr',
        created_at: created, updated_at: created, resolved_at: null, closed_at: null, source_channel: 'cli', conversation_id: null, source_activity_id: null,
      }));
      // Chunks keep each statement under SQLite's bound-parameter limit.
      const ids: number[] = [];
      for (let c = 0; c < rows.length; c += 200) ids.push(...(await trx.insertInto('tickets').values(rows.slice(c, c + 200)).returning('id').execute()).map((r) => r.id));
      const events = ids.map((id) => ({ ticket_id: id, at: created, actor: 'bench', actor_kind: 'user', kind: 'created', data: JSON.stringify({ status: 'new', team: 'proximity', priority: 'P4' }) }));
      for (let c = 0; c < events.length; c += 200) await trx.insertInto('ticket_events').values(events.slice(c, c + 200)).execute();
      const notices = ids.map((id, i) => {
        const index = from + i;
        // The first `burst` tickets come due during the run; the rest over the next 24 hours.
        const due = index < burst ? start + (index / burst) * burstSeconds * 1000 : start + burstSeconds * 1000 + 60_000 + ((index * 7919) % 86_400) * 1000;
        const managers = index % 5 === 0;
        return { ticket_id: id, clock: 'resolution', threshold: managers ? 100 : 50, audience: managers ? 'managers' : 'team', generation: 1, due_at: new Date(due).toISOString(), state: 'pending' as const, attempts: 0 };
      });
      for (let c = 0; c < notices.length; c += 200) await trx.insertInto('sla_notices').values(notices.slice(c, c + 200)).execute();
      // Tickets due during the run already have their card in the channel: team notices update it in place.
      const reference = JSON.stringify({ channelId: 'msteams', serviceUrl, conversation: { id: '19:proximity@thread.tacv2', isGroup: true, conversationType: 'channel' } });
      const cards = ids.filter((_, i) => from + i < burst).map((id) => ({ ticket_id: id, channel_key: '19:proximity@thread.tacv2', conversation_id: '19:proximity@thread.tacv2', activity_id: `1:card-${id}`, updated_at: created, reference }));
      for (let c = 0; c < cards.length; c += 200) await trx.insertInto('ticket_cards').values(cards.slice(c, c + 200)).execute();
    });
  }
}

export async function benchSla(options: SlaBenchOptions = {}): Promise<void> {
  const tickets = options.tickets ?? 100_000;
  const burst = options.burst ?? 2_000;
  const burstSeconds = options.burstSeconds ?? 20;
  const tickMs = options.tickMs ?? loadConfig({}).sla.tickMs;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'triage-bench-sla-'));
  const store = createStore(options.databaseUrl ?? `sqlite:${path.join(dir, 'bench.db')}`);
  const connector = await MockConnector.start();
  try {
    const report = await migrateToLatest(store);
    if (report.error) throw new Error(report.error);
    const seedStart = Date.now();
    const start = seedStart + 120_000; // provisional; reset below once seeding is done
    await seed(store, tickets, burst, burstSeconds, start, connector.url);
    const seededIn = Date.now() - seedStart;
    // Shift every due notice so the burst starts 8 s from now (after the idle ticks), whatever seeding took.
    const shift = Date.now() + 8000 - start;
    const rows = await store.db.selectFrom('sla_notices').select(['id', 'due_at']).execute();
    for (let c = 0; c < rows.length; c += 2000) {
      await store.db.transaction().execute(async (trx) => {
        for (const row of rows.slice(c, c + 2000)) await trx.updateTable('sla_notices').set({ due_at: new Date(Date.parse(row.due_at) + shift).toISOString() }).where('id', '=', row.id).execute();
      });
    }

    const notifier = new BotFrameworkNotifier({ adapter: createTeamsAdapter({}, silentLogger), refs: new ConversationRefs(store), logger: silentLogger, appId: '', defaultServiceUrl: connector.url });
    const clocks = new ClockService(CONTRACTS);
    const worker = new SlaWorker({
      outbox: new NoticeOutbox(store),
      sender: new NoticeSender({ store, clocks, notifier, managersChannelId: '19:sla-managers@thread.tacv2', redaction: defaultRedactionPolicy, leaseMs: 60_000 }),
      clock: systemClock,
      logger: silentLogger,
    });

    // Idle ticks: 100,000 pending notices, none due.
    const idle: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      await worker.tick();
      idle.push(performance.now() - t0);
    }
    idle.sort((a, b) => a - b);

    // Real-time run through the burst.
    const burstStart = start + shift;
    await sleep(Math.max(0, burstStart - Date.now() - 500));
    const ticks: Array<{ ms: number; claimed: number }> = [];
    const until = burstStart + burstSeconds * 1000 + 3000;
    while (Date.now() < until) {
      const t0 = performance.now();
      const r = await worker.tick();
      const ms = performance.now() - t0;
      if (r.claimed) ticks.push({ ms, claimed: r.claimed });
      await sleep(Math.max(0, tickMs - ms));
    }
    const sent = await store.db.selectFrom('sla_notices').select(['due_at', 'sent_at']).where('state', '=', 'sent').execute();
    const lateness = sent.map((r) => Date.parse(r.sent_at!) - Date.parse(r.due_at)).sort((a, b) => a - b);
    const busy = ticks.map((t) => t.ms).sort((a, b) => a - b);
    const perNotice = ticks.reduce((s, t) => s + t.ms, 0) / Math.max(1, ticks.reduce((s, t) => s + t.claimed, 0));
    const posts = connector.operations.filter((o) => o.operation !== 'update').length;
    const updates = connector.operations.filter((o) => o.operation === 'update').length;

    console.log(`SLA scheduler (${store.dialect}, ${tickets.toLocaleString('en')} open tickets, ${tickets.toLocaleString('en')} pending notices; seeded in ${(seededIn / 1000).toFixed(1)} s)`);
    console.log(`  idle tick (nothing due):     p50 ${pct(idle, 0.5).toFixed(2)} ms, max ${idle.at(-1)!.toFixed(2)} ms`);
    console.log(`  busy tick (tick ${tickMs} ms):     ${ticks.length} ticks, p50 ${pct(busy, 0.5).toFixed(1)} ms, max ${busy.at(-1)?.toFixed(1)} ms; ${perNotice.toFixed(2)} ms per notice`);
    console.log(`  notices sent:                ${sent.length} of ${burst} due (${posts} posts, ${updates} card updates via HTTP to a local mock connector)`);
    console.log(`  lateness due_at → sent_at:   p50 ${pct(lateness, 0.5)} ms, p99 ${pct(lateness, 0.99)} ms, max ${lateness.at(-1)} ms`);
  } finally {
    await connector.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchSla({ databaseUrl: process.env.DATABASE_URL || undefined });
}
