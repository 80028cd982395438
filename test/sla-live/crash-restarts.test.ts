import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import type { Store } from '../../src/db/index.js';
import { silentLogger } from '../../src/log.js';
import { parseContracts } from '../../src/sla/index.js';
import { ClockService, slaNoticePlanner } from '../../src/sla/live/index.js';
import { TicketRepository } from '../../src/tickets/index.js';
import { describeEachDialect } from '../support/dialects.js';
import { seedMinimalDirectory, ticketBody } from '../support/minimal-directory.js';
import { MockConnector, type RecordedOperation } from '../support/mock-connector.js';

const SLA_YAML = `version: 1
contracts:
  - id: all
    name: Every team, around the clock
    provider: Assistance Santé Services
    teams: [helpdesk-l1, proximity, biomedical, security, dpi-vendor-l2, infra-l2, telecom]
    calendar: { kind: 24/7 }
    targets:
      P1: { respond_minutes: 15, resolve_minutes: 120 }
      P2: { respond_minutes: 30, resolve_minutes: 240 }
      P3: { respond_minutes: 60, resolve_minutes: 480 }
      P4: { respond_minutes: 120, resolve_minutes: 960 }
    penalties: { eur_per_started_hour: 100, cap_per_ticket_eur: 1000, cap_per_month_eur: 10000 }
`;
const MANAGERS = '19:sla-managers@thread.tacv2';
const TICKETS = 80;
const ROOT = path.resolve(import.meta.dirname, '../..');

/** What a post is about, so the same notice posted twice shows up as one key counted twice. */
function noticeKey(op: RecordedOperation): string {
  const text = JSON.stringify(op.activity ?? {});
  const number = /INC-\d{4}-\d{6}/.exec(text)?.[0] ?? '?';
  if (op.conversationId !== MANAGERS) return `card ${op.conversationId} ${number}`;
  const clock = text.includes('délai de prise en charge') ? 'response' : 'resolution';
  const kind = text.includes('SLA dépassé') ? 'breach' : 'warning';
  return `managers ${number} ${clock} ${kind}`;
}

function duplicates(connector: MockConnector): string[] {
  const counts = new Map<string, number>();
  for (const op of connector.operations.filter((o) => o.operation !== 'update' && o.operation !== 'delete')) {
    const key = noticeKey(op);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n > 1).map(([key, n]) => `${key} ×${n}`);
}

describeEachDialect('SLA notice workers that crash or run side by side', (ctx) => {
  let dir: string;
  let connector: MockConnector;
  const children = new Set<ChildProcess>();

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'triage-sla-crash-'));
    writeFileSync(path.join(dir, 'sla.yaml'), SLA_YAML);
    connector = await MockConnector.start({ latencyMs: 4 });
    await seedMinimalDirectory(ctx.store);
    for (const team of await ctx.store.db.selectFrom('support_teams').select('code').execute()) {
      await ctx.store.db.updateTable('support_teams').set({ teams_channel_id: `19:${team.code}@thread.tacv2` }).where('code', '=', team.code).execute();
    }
  });
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await connector?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Opens `count` tickets two days ago: every notice (card, 50–100 %, breach) is due now. */
  async function openTickets(count: number): Promise<void> {
    const clock = new ManualClock(new Date(Date.now() - 2 * 86_400_000));
    const tickets = new TicketRepository(ctx.store, clock);
    tickets.onChange(slaNoticePlanner(new ClockService(parseContracts(SLA_YAML)), silentLogger));
    const categories = ['hardware', 'network', 'phone', 'software'];
    for (let i = 0; i < count; i++) {
      clock.advance(1000);
      await tickets.create(ticketBody({ category: categories[i % categories.length], title: `Panne ${i}`, asset: i % 2 ? 'pc card 0342' : undefined }));
    }
  }

  function spawnWorker(id: string, leaseMs = 300): Promise<ChildProcess> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/sla-live/worker-child.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: ctx.target.databaseUrl,
        TEAMS_SERVICE_URL: connector.url,
        SLA_CONFIG: path.join(dir, 'sla.yaml'),
        LEASE_MS: String(leaseMs),
        WORKER_ID: id,
        LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    child.once('exit', () => children.delete(child));
    let errors = '';
    child.stderr!.on('data', (d: Buffer) => (errors += d.toString()));
    return new Promise((resolve, reject) => {
      child.stdout!.on('data', (d: Buffer) => {
        if (d.toString().includes('ready')) resolve(child);
      });
      child.once('exit', (code) => reject(new Error(`worker ${id} exited (${code}) before it was ready: ${errors}`)));
    });
  }

  async function kill(child: ChildProcess): Promise<void> {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  /** Waits until no notice is pending or being sent (the lease lets a survivor recover interrupted ones). */
  async function drained(timeoutMs = 60_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      const open = await ctx.store.db.selectFrom('sla_notices').select('id').where('state', 'in', ['pending', 'sending']).execute();
      if (open.length === 0) return;
      await sleep(100);
    }
    throw new Error('notices still pending or sending');
  }

  async function states(): Promise<Record<string, number>> {
    const rows = await ctx.store.db.selectFrom('sla_notices').select(['state', 'last_error']).execute();
    const counts: Record<string, number> = {};
    for (const row of rows) counts[row.state] = (counts[row.state] ?? 0) + 1;
    return counts;
  }

  it('posts no notice twice after 20 kill -9 of the worker at random moments, and loses only what it marks interrupted', async () => {
    await openTickets(TICKETS);
    for (let kills = 0; kills < 20; kills++) {
      const child = await spawnWorker(`crash-${kills}`);
      await sleep(20 + Math.floor(Math.random() * 250));
      await kill(child);
    }
    const survivor = await spawnWorker('survivor');
    await drained();
    await kill(survivor);

    expect(duplicates(connector)).toEqual([]);
    const rows = await ctx.store.db.selectFrom('sla_notices').selectAll().execute();
    const failed = rows.filter((r) => r.state === 'failed');
    for (const row of failed) expect(row.last_error).toMatch(/interrupted/);
    // Only a post cut off while under way is given up: at most one per sending lane (4) per kill.
    expect(failed.length).toBeLessThanOrEqual(20 * 4);
    // Every ticket has its card (unless its first post was interrupted), and the managers got each breach once.
    const posts = connector.operations.filter((o) => o.operation === 'send' || o.operation === 'reply');
    const cards = new Set(posts.filter((o) => o.conversationId !== MANAGERS).map(noticeKey));
    const lostCards = (await ctx.store.db.selectFrom('ticket_cards').select('ticket_id').where('activity_id', '=', '?').execute()).map((r) => r.ticket_id);
    expect(cards.size + new Set(lostCards).size).toBeGreaterThanOrEqual(TICKETS);
    const sentToManagers = rows.filter((r) => r.audience === 'managers' && r.state === 'sent').length;
    const interruptedManagers = failed.filter((r) => r.audience === 'managers').length;
    const managerPosts = posts.filter((o) => o.conversationId === MANAGERS).length;
    expect(managerPosts).toBeGreaterThanOrEqual(sentToManagers);
    expect(managerPosts).toBeLessThanOrEqual(sentToManagers + interruptedManagers);
    process.stderr.write(`[${ctx.target.name}] after 20 kills: ${JSON.stringify(await states())}, ${posts.length} posts, ` +
      `${connector.operations.filter((o) => o.operation === 'update').length} updates, ${failed.length} interrupted\n`);
  }, 240_000);

  it('two workers on one database never post the same notice twice', async () => {
    connector.reset();
    await openTickets(TICKETS);
    // A lease longer than any send: neither worker takes the other's claims for interrupted ones.
    const [a, b] = await Promise.all([spawnWorker('left', 30_000), spawnWorker('right', 30_000)]);
    await drained();
    await Promise.all([kill(a), kill(b)]);
    expect(duplicates(connector)).toEqual([]);
    const rows = await ctx.store.db.selectFrom('sla_notices').select(['claimed_by', 'state']).where('claimed_by', 'in', ['left', 'right']).execute();
    const byWorker = new Set(rows.map((r) => r.claimed_by));
    expect(rows.filter((r) => r.state === 'failed')).toEqual([]);
    process.stderr.write(`[${ctx.target.name}] two workers: ${rows.length} notices claimed by ${[...byWorker].join(' and ')}\n`);
  }, 120_000);
});
