import type { Insertable, Kysely } from 'kysely';
import type { Database, SlaNoticeTable } from '../../db/index.js';
import type { Logger } from '../../log.js';
import type { TicketChangeHook } from '../../tickets/index.js';
import type { Clock, TicketClocks } from '../clocks/index.js';
import { CLOCK_KINDS } from '../terms.js';
import type { ClockService } from './clock-service.js';
import { CARD, REQUESTER, STATUS, TEAM } from './notice-kinds.js';

/** States of a notice that count as told: sent, being sent, or given up on (it may have gone out). */
const TOLD = ['sent', 'sending', 'failed'] as const;

/**
 * The ticket-change hook that keeps the notice outbox in step with the ticket, in the change's own
 * transaction (a change and its notices commit together or not at all).
 *
 * Rules:
 * - Every change gets a new generation: the id of its audit event. Pending threshold notices and
 *   card updates of older generations are cancelled and the due ones planned again from the clocks as
 *   of the change (a pause, priority or team change moves them).
 * - A threshold notice (clock, threshold, audience) already sent, being sent or given up on since
 *   the current team got the ticket is never planned again: no notice twice. A new team starts fresh
 *   clocks, so its notices are planned anew.
 * - While a clock is paused, thresholds not yet reached have no instant: no row until it resumes.
 * - Thresholds already due when planned (a priority raised, a late restart) collapse per audience to
 *   the highest one, the others are recorded as cancelled ("superseded"), so managers get one breach
 *   notice, not a 90 % warning and a breach in the same second.
 * - A stopped clock plans only a breach notice not yet told (a breach is never lost because the
 *   ticket was resolved before the worker ran); a met clock plans nothing more.
 * - Every change but a plain message or note plans a card update; every status change plans a
 *   message to the requester (never cancelled: each change is told once).
 */
export function slaNoticePlanner(clocks: ClockService, logger?: Logger): TicketChangeHook {
  return async (trx, { ticket, event, at }) => {
    if (!clocks.contracts.findContractForTeam(ticket.team)) return;
    let computed: Awaited<ReturnType<ClockService['clocksOf']>>;
    try {
      // As of 1 ms after the change: computeClocks leaves out a pause that starts exactly at `now`, so
      // as of the change itself a ticket just put on hold would still show its old deadlines.
      computed = await clocks.clocksOf(trx, ticket, new Date(Date.parse(at) + 1));
    } catch (error) {
      // A ticket change is never refused because its clocks cannot be computed; the cause is logged.
      logger?.error({ err: error, ticket: ticket.number }, 'SLA clocks could not be computed; no notice planned for this change');
      return;
    }
    const { events, clocks: ticketClocks } = computed;
    const last = events[events.length - 1];
    if (!last) return;
    const generation = last.id;
    const teamSince = lastTeamChange(events, ticket.team);

    const responseStoppedNow = ticketClocks.response.stopped_at === new Date(at).toISOString();
    const cardChanged = (event !== 'message' && event !== 'note') || responseStoppedNow;
    await trx
      .updateTable('sla_notices')
      .set({ state: 'cancelled', last_error: `superseded by generation ${generation}` })
      .where('ticket_id', '=', ticket.id)
      .where('state', '=', 'pending')
      .where('clock', 'in', cardChanged ? [...CLOCK_KINDS, CARD] : [...CLOCK_KINDS])
      .execute();

    const told = await toldSince(trx, ticket.id, teamSince);
    const rows: Insertable<SlaNoticeTable>[] = planThresholds(ticketClocks, told, at).map((plan) => ({
      ticket_id: ticket.id,
      generation,
      attempts: 0,
      ...plan,
    }));

    if (cardChanged) {
      rows.push({ ticket_id: ticket.id, clock: CARD, threshold: 0, audience: TEAM, generation, due_at: at, state: 'pending', attempts: 0 });
    }
    if (event === 'status_changed' && ticket.requesterId !== null) {
      rows.push({ ticket_id: ticket.id, clock: STATUS, threshold: 0, audience: REQUESTER, generation, due_at: at, state: 'pending', attempts: 0 });
    }
    if (rows.length === 0) return;
    await trx
      .insertInto('sla_notices')
      .values(rows)
      .onConflict((oc) => oc.columns(['ticket_id', 'clock', 'threshold', 'audience', 'generation']).doNothing())
      .execute();
  };
}

interface PlannedThreshold {
  clock: string;
  threshold: number;
  audience: string;
  due_at: string;
  state: 'pending' | 'cancelled';
  last_error?: string;
}

/** The threshold notices still to send for both clocks, as of `at` (pure: tested on its own). */
export function planThresholds(clocks: Pick<TicketClocks, 'response' | 'resolution'>, told: ReadonlySet<string>, at: string): PlannedThreshold[] {
  const now = Date.parse(at);
  const planned: PlannedThreshold[] = [];
  for (const clock of [clocks.response, clocks.resolution]) planned.push(...planClock(clock, told, now));
  return planned;
}

function planClock(clock: Clock, told: ReadonlySet<string>, now: number): PlannedThreshold[] {
  const stopped = clock.stopped_at !== null;
  if (stopped && clock.state !== 'breached') return [];
  const planned: PlannedThreshold[] = [];
  const audiences = new Set(clock.thresholds.flatMap((t) => t.audiences));
  for (const audience of audiences) {
    const candidates = clock.thresholds
      .filter((t) => t.at !== null && t.audiences.includes(audience) && !told.has(toldKey(clock.kind, t.percent, audience)))
      .filter((t) => !stopped || t.percent >= 100);
    const due = candidates.filter((t) => Date.parse(t.at!) <= now);
    const highestDue = due.length ? Math.max(...due.map((t) => t.percent)) : undefined;
    for (const t of candidates) {
      const superseded = highestDue !== undefined && Date.parse(t.at!) <= now && t.percent < highestDue;
      planned.push({
        clock: clock.kind,
        threshold: t.percent,
        audience,
        due_at: t.at!,
        state: superseded ? 'cancelled' : 'pending',
        ...(superseded ? { last_error: `superseded by ${highestDue} %, due at the same time` } : {}),
      });
    }
  }
  return planned;
}

export function toldKey(clock: string, threshold: number, audience: string): string {
  return `${clock}/${threshold}/${audience}`;
}

/** The id of the audit event that gave the ticket to its current team (0: it has had it since creation). */
function lastTeamChange(events: ReadonlyArray<{ id: number; kind: string; data: Record<string, unknown> }>, team: string): number {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]!;
    if (event.kind === 'team_changed' && event.data.to === team) return event.id;
  }
  return 0;
}

async function toldSince(db: Kysely<Database>, ticketId: number, generation: number): Promise<Set<string>> {
  const rows = await db
    .selectFrom('sla_notices')
    .select(['clock', 'threshold', 'audience'])
    .where('ticket_id', '=', ticketId)
    .where('generation', '>=', generation)
    .where('clock', 'in', [...CLOCK_KINDS])
    .where('state', 'in', [...TOLD])
    .execute();
  return new Set(rows.map((row) => toldKey(row.clock, row.threshold, row.audience)));
}
