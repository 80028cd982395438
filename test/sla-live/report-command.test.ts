import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import type { Store } from '../../src/db/index.js';
import { TicketRepository } from '../../src/tickets/index.js';
import type { MonthReport } from '../../src/sla/live/index.js';
import { seedMinimalDirectory, ticketBody } from '../support/minimal-directory.js';
import { runTriage } from '../support/run-cli.js';
import { openMigrated, storeTargets, type StoreTarget } from '../support/stores.js';

/** A 24/7 contract so every figure below can be checked with a pencil. */
const SLA_YAML = `version: 1
contracts:
  - id: desk
    name: Outsourced help desk
    provider: Assistance Santé Services
    teams: [helpdesk-outsourced]
    calendar: { kind: 24/7 }
    targets:
      P1: { respond_minutes: 15, resolve_minutes: 120 }
      P2: { respond_minutes: 30, resolve_minutes: 180 }
      P3: { respond_minutes: 60, resolve_minutes: 240 }
      P4: { respond_minutes: 120, resolve_minutes: 480 }
    penalties: { eur_per_started_hour: 100, cap_per_ticket_eur: 300, cap_per_month_eur: 1000 }
  - id: internal
    name: Internal teams
    provider: internal
    teams: [helpdesk-l1, proximity, biomedical, security, dpi-vendor-l2, infra-l2, telecom]
    calendar: { kind: 24/7 }
    targets:
      P1: { respond_minutes: 15, resolve_minutes: 240 }
      P2: { respond_minutes: 30, resolve_minutes: 480 }
      P3: { respond_minutes: 60, resolve_minutes: 960 }
      P4: { respond_minutes: 240, resolve_minutes: 2400 }
`;

/** The month's tickets: created at (UTC), minutes to the agent's first action and to resolution (null: never). */
const SEED: Array<{ name: string; created: string; respond: number | null; resolve: number | null; cancel?: boolean }> = [
  { name: 'met both', created: '2026-11-02T09:00:00Z', respond: 30, resolve: 180 },
  { name: 'late 30 min and 2 h', created: '2026-11-03T09:00:00Z', respond: 90, resolve: 360 },
  { name: 'late 1 min and exactly 1 h', created: '2026-11-04T09:00:00Z', respond: 61, resolve: 300 },
  { name: 'responded, never resolved', created: '2026-11-05T09:00:00Z', respond: 10, resolve: null },
  { name: 'cancelled', created: '2026-11-06T09:00:00Z', respond: null, resolve: null, cancel: true },
  { name: '1 November 00:30 in Paris', created: '2026-10-31T23:30:00Z', respond: 5, resolve: 60 },
  { name: '1 December 00:30 in Paris', created: '2026-11-30T23:30:00Z', respond: 5, resolve: 60 },
  { name: 'never touched', created: '2026-11-20T09:00:00Z', respond: null, resolve: null },
];
const AS_OF = '2026-12-01T12:00:00.000Z';
const TARGET = { respond: 60, resolve: 240 };
const RATE = 100;
const TICKET_CAP = 300;
const MONTH_CAP = 1000;

/** Penalty of one ticket, computed here independently: started hours late × rate, capped per ticket. */
function expectedPenalty(seed: (typeof SEED)[number]): number {
  const asOfMinutes = (Date.parse(AS_OF) - Date.parse(seed.created)) / 60_000;
  const hours = (used: number | null, target: number) => Math.ceil(Math.max(0, (used ?? asOfMinutes) - target) / 60);
  return Math.min(TICKET_CAP, (hours(seed.respond, TARGET.respond) + hours(seed.resolve, TARGET.resolve)) * RATE);
}

describe('triage sla report and sla show on a month of tickets', () => {
  let target: StoreTarget;
  let store: Store;
  let dir: string;
  let env: Record<string, string>;
  const numbers = new Map<string, string>();

  beforeAll(async () => {
    target = storeTargets()[0]!.create();
    store = await openMigrated(target);
    await seedMinimalDirectory(store);
    await store.db.insertInto('support_teams').values({
      code: 'helpdesk-outsourced', name: 'Assistance N1 externalisée', level: 'l1', provider: 'Assistance Santé Services',
      contract_id: 'desk', teams_channel_id: '19:helpdesk-outsourced@thread.tacv2', slack_channel_id: null,
    }).execute();
    const clock = new ManualClock('2026-10-01T00:00:00Z');
    const tickets = new TicketRepository(store, clock);
    const agent = { by: 'tech@desk.example', kind: 'agent' as const };
    // Events are written in time order, one ticket after another.
    for (const seed of [...SEED].sort((a, b) => a.created.localeCompare(b.created))) {
      clock.set(seed.created);
      const { ticket } = await tickets.create(ticketBody({ team: 'helpdesk-outsourced', title: seed.name, priority_override: { priority: 'P3', reason: 'contract test' } }));
      numbers.set(seed.name, ticket.number);
      const at = (minutes: number) => clock.set(new Date(Date.parse(seed.created) + minutes * 60_000));
      if (seed.cancel) {
        at(20);
        await tickets.move(ticket.number, 'cancelled', agent, 'duplicate');
      }
      if (seed.respond !== null) {
        at(seed.respond);
        await tickets.move(ticket.number, 'in_progress', agent);
      }
      if (seed.resolve !== null) {
        at(seed.resolve);
        await tickets.move(ticket.number, 'resolved', agent);
      }
    }
    dir = mkdtempSync(path.join(os.tmpdir(), 'triage-sla-report-'));
    writeFileSync(path.join(dir, 'sla.yaml'), SLA_YAML);
    env = { DATABASE_URL: target.databaseUrl, SLA_CONFIG: path.join(dir, 'sla.yaml') };
  });
  afterAll(async () => {
    await store?.close();
    await target?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('counts the tickets created in November in Paris time, and recomputes breaches and penalties by hand', async () => {
    const run = await runTriage(['sla', 'report', '--month', '2026-11', '--at', AS_OF, '--json'], { env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as MonthReport;
    const inMonth = SEED.filter((s) => s.name !== '1 December 00:30 in Paris');
    const counted = inMonth.filter((s) => !s.cancel);
    expect(report.tickets).toBe(counted.length);
    expect(report.cancelled).toBe(1);

    const [group, ...others] = report.groups;
    expect(others).toEqual([]);
    expect(group).toMatchObject({ contract_id: 'desk', priority: 'P3', tickets: counted.length });
    const late = (used: number | null, target: number) => used === null || used > target;
    expect(group!.response.breached).toBe(counted.filter((s) => late(s.respond, TARGET.respond)).length);
    expect(group!.response.met).toBe(counted.filter((s) => !late(s.respond, TARGET.respond)).length);
    expect(group!.resolution.breached).toBe(counted.filter((s) => late(s.resolve, TARGET.resolve)).length);
    expect(group!.resolution.met).toBe(counted.filter((s) => !late(s.resolve, TARGET.resolve)).length);
    // Stopped response times 5, 10, 30, 61, 90 min: median (3rd of 5) 30 min, p90 (5th) 90 min.
    expect(group!.response.median_ms).toBe(30 * 60_000);
    expect(group!.response.p90_ms).toBe(90 * 60_000);
    // Stopped resolution times 60, 180, 300, 360 min: median (2nd of 4) 180 min, p90 (4th) 360 min.
    expect(group!.resolution.median_ms).toBe(180 * 60_000);
    expect(group!.resolution.p90_ms).toBe(360 * 60_000);

    const perTicket = counted.map(expectedPenalty);
    expect(perTicket).toEqual([0, 300, 200, 300, 0, 300]);
    const uncapped = perTicket.reduce((a, b) => a + b, 0);
    expect(group!.penalty_eur).toBe(uncapped);
    expect(report.contracts).toEqual([
      { contract_id: 'desk', contract_name: 'Outsourced help desk', provider: 'Assistance Santé Services', tickets: counted.length,
        penalty: { total_eur: Math.min(uncapped, MONTH_CAP), uncapped_eur: uncapped, capped: true } },
    ]);
    // Highest penalty first, then the longest late: the two left open for weeks, then 2 h late, then 1 h late.
    expect(report.worst.map((w) => w.number)).toEqual(
      ['responded, never resolved', 'never touched', 'late 30 min and 2 h', 'late 1 min and exactly 1 h'].map((name) => numbers.get(name)),
    );
    expect(report.worst.map((w) => w.penalty_eur)).toEqual([300, 300, 300, 200]);
  });

  it('writes one CSV line per contract and priority and one per monthly penalty', async () => {
    const run = await runTriage(['sla', 'report', '--month', '2026-11', '--at', AS_OF, '--csv'], { env });
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^month,contract_id,priority,tickets,response_met/);
    expect(lines[1]).toMatch(/^2026-11,desk,P3,6,3,3,0,30\.0,90\.0,2,4,0,180\.0,360\.0,1100\.00$/);
    expect(lines[2]).toBe('2026-11,desk,month,6,,,,,,,,,,,1000.00');
  });

  it('refuses a month that is not YYYY-MM with a usage error', async () => {
    const run = await runTriage(['sla', 'report', '--month', 'novembre'], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('YYYY-MM');
  });

  it('explains the arithmetic of one ticket: contract, calendar, elapsed time, deadline, state and penalty', async () => {
    const number = numbers.get('late 30 min and 2 h')!;
    const run = await runTriage(['sla', 'show', number, '--at', AS_OF], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${number} — resolved, P3, team helpdesk-outsourced, contract desk`);
    expect(run.stdout).toContain('Response clock: breached');
    expect(run.stdout).toContain('Contract: Outsourced help desk (desk), provider Assistance Santé Services');
    expect(run.stdout).toContain('Elapsed: 1 h 30 min of open time (150 % of the target)');
    expect(run.stdout).toContain('Late: 30 min of open time beyond the target');
    expect(run.stdout).toContain('Resolution clock: breached');
    expect(run.stdout).toContain('Ticket penalty: 300.00 EUR');
    const json = JSON.parse((await runTriage(['sla', 'show', number, '--at', AS_OF, '--json'], { env })).stdout) as { response: { late_ms: number }; penalty_eur: number };
    expect(json.response.late_ms).toBe(30 * 60_000);
    expect(json.penalty_eur).toBe(300);
    expect((await runTriage(['sla', 'show', 'INC-2026-999999'], { env })).code).toBe(1);
  });
});
