import { DateTime } from 'luxon';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/index.js';
import { CodedError } from '../../errors.js';
import { toTicket, toTicketEvent, type TicketEvent } from '../../tickets/index.js';
import { PRIORITIES, type Priority } from '../../triage/index.js';
import { monthlyPenalty, type Clock, type TicketClocks } from '../clocks/index.js';
import type { ClockService } from './clock-service.js';
import { DISPLAY_ZONE } from './words.js';

/** Met/breached counts and times of one clock over a group of tickets. */
export interface ClockStats {
  met: number;
  breached: number;
  /** Still running or paused, not breached yet. */
  open: number;
  /** Median and 90th percentile (nearest rank) of the open time counted at the stop, stopped clocks only; null when none. */
  median_ms: number | null;
  p90_ms: number | null;
}

export interface GroupReport {
  contract_id: string;
  contract_name: string;
  priority: Priority;
  tickets: number;
  response: ClockStats;
  resolution: ClockStats;
  /** Sum of the tickets' penalties (each capped per ticket), before the monthly cap. */
  penalty_eur: number;
}

export interface ContractReport {
  contract_id: string;
  contract_name: string;
  provider: string;
  tickets: number;
  /** Penalties of the month: per-ticket caps applied, then the monthly cap. */
  penalty: { total_eur: number; uncapped_eur: number; capped: boolean };
}

export interface WorstTicket {
  number: string;
  contract_id: string;
  priority: Priority;
  status: string;
  response_state: Clock['state'];
  resolution_state: Clock['state'];
  late_ms: number;
  penalty_eur: number;
}

export interface MonthReport {
  month: string;
  /** Membership rule, stated in the report itself. */
  rule: string;
  from: string;
  to: string;
  as_of: string;
  tickets: number;
  /** Cancelled tickets: left out of the figures and penalties. */
  cancelled: number;
  groups: GroupReport[];
  contracts: ContractReport[];
  worst: WorstTicket[];
}

export const MONTH_RULE =
  'tickets created in the month, Europe/Paris local time (from the 1st 00:00 to the 1st of the next month 00:00); ' +
  'clocks as of the report instant under the contract of the team holding the ticket; cancelled tickets left out; ' +
  'times are open time on the contract calendar, median and p90 by nearest rank over stopped clocks';

/** The UTC bounds of a month given as YYYY-MM, in Paris time; usage error otherwise. */
export function monthBounds(month: string): { from: string; to: string } {
  const start = /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? DateTime.fromISO(`${month}-01T00:00:00`, { zone: DISPLAY_ZONE }) : undefined;
  if (!start?.isValid) throw new CodedError('usage', `month must be YYYY-MM, e.g. 2026-11 (got "${month}")`);
  return { from: start.toUTC().toISO()!, to: start.plus({ months: 1 }).toUTC().toISO()! };
}

/**
 * The SLA report of one month: per contract and priority, tickets, response and resolution met and
 * breached, median and p90 times, penalties (per ticket, then capped per month), and the worst tickets.
 */
export async function monthReport(db: Kysely<Database>, service: ClockService, month: string, asOf: Date, worstCount = 10): Promise<MonthReport> {
  const { from, to } = monthBounds(month);
  const rows = await db.selectFrom('tickets').selectAll().where('created_at', '>=', from).where('created_at', '<', to).orderBy('id').execute();
  const tickets = rows.map(toTicket);
  const events = new Map<number, TicketEvent[]>();
  for (let i = 0; i < tickets.length; i += 500) {
    const ids = tickets.slice(i, i + 500).map((ticket) => ticket.id);
    const found = await db.selectFrom('ticket_events').selectAll().where('ticket_id', 'in', ids).orderBy('id').execute();
    for (const row of found) events.set(row.ticket_id, [...(events.get(row.ticket_id) ?? []), toTicketEvent(row)]);
  }

  let cancelled = 0;
  const measured: Array<{ ticket: (typeof tickets)[number]; clocks: TicketClocks }> = [];
  for (const ticket of tickets) {
    if (ticket.status === 'cancelled') {
      cancelled += 1;
      continue;
    }
    if (!service.contracts.findContractForTeam(ticket.team)) continue;
    measured.push({ ticket, clocks: service.compute(ticket, events.get(ticket.id) ?? [], asOf) });
  }

  const groups = new Map<string, typeof measured>();
  for (const item of measured) {
    const key = `${item.clocks.contract_id}\u0000${item.clocks.priority}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const contracts = service.contracts.contracts;
  const order = (id: string) => contracts.findIndex((c) => c.id === id);
  const groupReports: GroupReport[] = [...groups.values()]
    .map((items) => {
      const first = items[0]!.clocks;
      return {
        contract_id: first.contract_id,
        contract_name: first.response.contract.name,
        priority: first.priority,
        tickets: items.length,
        response: stats(items.map((i) => i.clocks.response)),
        resolution: stats(items.map((i) => i.clocks.resolution)),
        penalty_eur: sumEur(items.map((i) => i.clocks.penalty_eur)),
      };
    })
    .sort((a, b) => order(a.contract_id) - order(b.contract_id) || PRIORITIES.indexOf(a.priority) - PRIORITIES.indexOf(b.priority));

  const contractReports: ContractReport[] = contracts
    .map((contract) => {
      const mine = measured.filter((m) => m.clocks.contract_id === contract.id);
      return {
        contract_id: contract.id,
        contract_name: contract.name,
        provider: contract.provider,
        tickets: mine.length,
        penalty: monthlyPenalty(contract.penalties, mine.map((m) => m.clocks.penalty_eur)),
      };
    })
    .filter((c) => c.tickets > 0);

  const worst = measured
    .map(({ ticket, clocks }) => ({
      number: ticket.number,
      contract_id: clocks.contract_id,
      priority: clocks.priority,
      status: ticket.status,
      response_state: clocks.response.state,
      resolution_state: clocks.resolution.state,
      late_ms: Math.max(clocks.response.late_ms, clocks.resolution.late_ms),
      penalty_eur: clocks.penalty_eur,
    }))
    .filter((w) => w.late_ms > 0)
    .sort((a, b) => b.penalty_eur - a.penalty_eur || b.late_ms - a.late_ms || a.number.localeCompare(b.number))
    .slice(0, worstCount);

  return { month, rule: MONTH_RULE, from, to, as_of: asOf.toISOString(), tickets: measured.length, cancelled, groups: groupReports, contracts: contractReports, worst };
}

function stats(clocks: Clock[]): ClockStats {
  const stopped = clocks.filter((c) => c.stopped_at !== null).map((c) => c.elapsed_ms).sort((a, b) => a - b);
  return {
    met: clocks.filter((c) => c.state === 'met').length,
    breached: clocks.filter((c) => c.state === 'breached').length,
    open: clocks.filter((c) => c.state === 'running' || c.state === 'paused').length,
    median_ms: nearestRank(stopped, 0.5),
    p90_ms: nearestRank(stopped, 0.9),
  };
}

/** Nearest-rank percentile: the smallest value with at least p of the values at or below it. */
export function nearestRank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

function sumEur(amounts: number[]): number {
  return amounts.reduce((total, amount) => total + Math.round(amount * 100), 0) / 100;
}

/** The report as CSV: one line per contract and priority, then one per contract's monthly penalty. */
export function reportCsv(report: MonthReport): string {
  const header = 'month,contract_id,priority,tickets,response_met,response_breached,response_open,response_median_min,response_p90_min,' +
    'resolution_met,resolution_breached,resolution_open,resolution_median_min,resolution_p90_min,penalty_eur';
  const minutes = (ms: number | null) => (ms === null ? '' : (ms / 60_000).toFixed(1));
  const lines = report.groups.map((g) =>
    [report.month, g.contract_id, g.priority, g.tickets,
      g.response.met, g.response.breached, g.response.open, minutes(g.response.median_ms), minutes(g.response.p90_ms),
      g.resolution.met, g.resolution.breached, g.resolution.open, minutes(g.resolution.median_ms), minutes(g.resolution.p90_ms),
      g.penalty_eur.toFixed(2)].join(','),
  );
  for (const c of report.contracts) {
    lines.push([report.month, c.contract_id, 'month', c.tickets, '', '', '', '', '', '', '', '', '', '', c.penalty.total_eur.toFixed(2)].join(','));
  }
  return [header, ...lines].join('\n') + '\n';
}
