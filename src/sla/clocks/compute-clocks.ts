import { addOpenTime, isoUtc, MINUTE, normalizeIntervals, openMsBetween, toMs, type Instant, type Interval } from '../calendar/index.js';
import type { Contract, ContractBook } from '../contracts/index.js';
import { STOP_STATUSES, type ClockKind } from '../terms.js';
import type { AuditEvent } from './audit-event.js';
import type { Clock, ClockPause, StopReason, TicketClocks } from './clock.js';
import { clockPenalty, startedHours, ticketPenalty } from './penalty.js';
import { replay, type TicketFacts, type Timeline } from './timeline.js';

export interface ClockInput {
  ticket: TicketFacts;
  /** The ticket's audit log, in order. Events after `now` are ignored (clocks as of a past instant). */
  events: readonly AuditEvent[];
  now: Instant;
  contracts: ContractBook;
}

interface Stop {
  at: number;
  reason: StopReason;
}

interface LabelledPause {
  interval: Interval;
  reason: string;
}

/**
 * The response and resolution clocks of a ticket for the team that currently holds it.
 *
 * Rules (the same for every contract):
 * - Start: when the current team got the ticket (creation, or its last team change). A reassigned
 *   ticket starts fresh clocks under the new team's contract; the previous team's time is not carried.
 * - Target and calendar: those of the current priority; a priority change re-measures the whole
 *   span from the same start.
 * - Pauses: both clocks stand still while the status is one of the contract's pause statuses.
 * - Response stops at the first event after the start made by an agent, or a `responded` event; if
 *   the ticket sits in resolved/closed/cancelled before that, the response clock stops there too.
 * - Resolution stops when the ticket enters resolved, closed or cancelled (resolved then closed
 *   stops at the resolution). A reopen (leaving one of those for another status) resumes the same
 *   clock: the open time used before the resolution still counts, the time spent resolved does not
 *   (a pause with reason `reopened`, for both clocks).
 * - Met when the open time counted at the stop is at most the target (reaching it exactly is met);
 *   breached as soon as it exceeds the target, stopped or not.
 */
export function computeClocks({ ticket, events, now, contracts }: ClockInput): TicketClocks {
  const nowMs = toMs(now);
  const timeline = replay(ticket, events, nowMs);
  const contract = contracts.contractForTeam(timeline.team);
  const basePauses = statusPauses(timeline, contract);
  const resolution = resolutionStop(timeline);
  const response = earliest(responseStop(timeline), resolution.stop);
  const pauses = [...basePauses, ...resolution.reopenPauses];

  const responseClock = buildClock('response', contract, timeline, nowMs, pauses, response);
  const resolutionClock = buildClock('resolution', contract, timeline, nowMs, pauses, resolution.stop);
  return {
    as_of: isoUtc(nowMs),
    team: timeline.team,
    priority: timeline.priority,
    contract_id: contract.id,
    response: responseClock,
    resolution: resolutionClock,
    penalty_eur: ticketPenalty(contract.penalties, [responseClock.penalty_eur, resolutionClock.penalty_eur]),
    warnings: timeline.warnings,
  };
}

function earliest(a: Stop | undefined, b: Stop | undefined): Stop | undefined {
  if (!a || !b) return a ?? b;
  return b.at < a.at ? b : a;
}

function statusPauses(timeline: Timeline, contract: Contract): LabelledPause[] {
  return timeline.statuses
    .filter((segment) => contract.pause_statuses.includes(segment.status) && segment.to > timeline.teamSince)
    .map((segment) => ({ interval: [Math.max(segment.from, timeline.teamSince), segment.to], reason: segment.status }));
}

function responseStop(timeline: Timeline): Stop | undefined {
  const found = timeline.events.find(
    ({ event }, index) => index > timeline.teamSinceIndex && (event.actor_kind === 'agent' || event.kind === 'responded'),
  );
  return found && { at: found.at, reason: 'agent_action' };
}

/** The current stop (if the ticket is in a final status) and the resolved stretches that were reopened. */
function resolutionStop(timeline: Timeline): { stop?: Stop; reopenPauses: LabelledPause[] } {
  const reopenPauses: LabelledPause[] = [];
  let runStart: { at: number; reason: StopReason } | undefined;
  for (const segment of timeline.statuses) {
    const final = STOP_STATUSES.includes(segment.status);
    if (final && !runStart) runStart = { at: segment.from, reason: segment.status as StopReason };
    if (!final && runStart) {
      if (segment.from > timeline.teamSince) {
        reopenPauses.push({ interval: [Math.max(runStart.at, timeline.teamSince), segment.from], reason: 'reopened' });
      }
      runStart = undefined;
    }
  }
  const stop = runStart && { at: Math.max(runStart.at, timeline.teamSince), reason: runStart.reason };
  return { stop, reopenPauses };
}

function buildClock(kind: ClockKind, contract: Contract, timeline: Timeline, now: number, pauses: LabelledPause[], stop: Stop | undefined): Clock {
  const target = contract.targets[timeline.priority];
  const minutes = kind === 'response' ? target.respond_minutes : target.resolve_minutes;
  const targetMs = minutes * MINUTE;
  const start = timeline.teamSince;
  const calendar = target.calendar;
  const end = stop ? Math.min(stop.at, now) : now;
  // A stopped clock no longer pauses: pauses are cut at the stop, so its deadline stays defined. A pause
  // that begins at `now` on a running clock counts: the ticket waits from that very instant.
  const kept = pauses
    .filter((pause) => pause.interval[0] < end || (!stop && pause.interval[0] === now))
    .map((pause) => ({ ...pause, interval: [pause.interval[0], stop ? Math.min(pause.interval[1], stop.at) : pause.interval[1]] as const }))
    .sort((a, b) => a.interval[0] - b.interval[0]);
  const holes = normalizeIntervals(kept.map((pause) => pause.interval));

  const elapsed = openMsBetween(calendar, start, end, holes);
  const deadline = addOpenTime(calendar, start, targetMs, holes);
  const late = Math.max(0, elapsed - targetMs);
  const pausedNow = holes.some(([from, to]) => from <= now && now < to);
  const state = late > 0 ? 'breached' : stop ? 'met' : pausedNow ? 'paused' : 'running';
  const thresholds = contract.escalation.thresholds.map((percent) => {
    const at = addOpenTime(calendar, start, Math.round((targetMs * percent) / 100), holes);
    return {
      percent,
      at: at === null ? null : isoUtc(at),
      audiences: Object.keys(contract.escalation.notify).filter((audience) => contract.escalation.notify[audience]!.includes(percent)),
      reached: at !== null && at <= end,
    };
  });
  const penalty = clockPenalty(contract.penalties, kind, late);

  return {
    kind,
    as_of: isoUtc(now),
    contract: { id: contract.id, name: contract.name, provider: contract.provider },
    team: timeline.team,
    priority: timeline.priority,
    calendar: { name: target.calendar_name, spec: calendar.spec },
    start: isoUtc(start),
    target_minutes: minutes,
    pauses: kept.map(toClockPause),
    deadline: deadline === null ? null : isoUtc(deadline),
    elapsed_ms: elapsed,
    remaining_ms: Math.max(0, targetMs - elapsed),
    state,
    stopped_at: stop ? isoUtc(stop.at) : null,
    stop_reason: stop ? stop.reason : null,
    late_ms: late,
    late_wall_ms: late > 0 && deadline !== null ? end - deadline : 0,
    started_hours_late: startedHours(late),
    penalty_eur: penalty,
    thresholds,
  };
}

function toClockPause({ interval: [from, to], reason }: LabelledPause): ClockPause {
  return { from: isoUtc(from), to: to === Infinity ? null : isoUtc(to), reason };
}
