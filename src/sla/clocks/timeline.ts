import { CodedError } from '../../errors.js';
import type { Priority } from '../../triage/index.js';
import { toMs, type Instant } from '../calendar/index.js';
import type { TicketStatus } from '../terms.js';
import type { AuditEvent } from './audit-event.js';

/** A stretch of time in one status; the last one has `to` Infinity. */
export interface StatusSegment {
  status: TicketStatus;
  from: number;
  to: number;
}

/** The ticket as the clocks need it. */
export interface TicketFacts {
  created_at: Instant;
  priority: Priority;
  team: string;
}

/** The audit log replayed up to `now`. */
export interface Timeline {
  team: string;
  /** When the current team got the ticket: creation or its last team change. */
  teamSince: number;
  /** Index in `events` of that team change (-1: creation); only later events can stop its clocks. */
  teamSinceIndex: number;
  priority: Priority;
  statuses: StatusSegment[];
  /** Events up to `now`, with their instants. */
  events: { at: number; event: AuditEvent }[];
  warnings: string[];
}

/**
 * Replays the audit log (events in order, instants never decreasing) up to and including `now`.
 * The log is authoritative: the ticket's own fields only seed the state when the log has no
 * `created` event, and a disagreement at the end is reported as a warning.
 */
export function replay(ticket: TicketFacts, events: readonly AuditEvent[], now: number): Timeline {
  const createdAt = toMs(ticket.created_at);
  let team = ticket.team;
  let priority = ticket.priority;
  let teamSince = createdAt;
  let teamSinceIndex = -1;
  const statuses: StatusSegment[] = [{ status: 'new', from: createdAt, to: Infinity }];
  const kept: Timeline['events'] = [];
  let previous = createdAt;

  events.forEach((event, index) => {
    const at = toMs(event.at);
    if (at < previous) {
      throw new CodedError('validation_failed', `Audit event ${index} (${event.kind} at ${event.at}) is earlier than the event before it or the ticket creation`);
    }
    previous = at;
    if (at > now) return;
    kept.push({ at, event });
    const current = statuses[statuses.length - 1]!;
    switch (event.kind) {
      case 'created':
        team = event.data.team;
        priority = event.data.priority;
        current.status = event.data.status;
        break;
      case 'status_changed':
        if (event.data.to === current.status) break;
        current.to = at;
        statuses.push({ status: event.data.to, from: at, to: Infinity });
        break;
      case 'team_changed':
        if (event.data.to === team) break;
        team = event.data.to;
        teamSince = at;
        teamSinceIndex = kept.length - 1;
        break;
      case 'priority_changed':
        priority = event.data.to;
        break;
      default:
        break;
    }
  });

  const warnings: string[] = [];
  const complete = events.every((event) => toMs(event.at) <= now);
  if (complete && team !== ticket.team) warnings.push(`ticket team is ${ticket.team} but the audit log ends with ${team}; the log is used`);
  if (complete && priority !== ticket.priority) {
    warnings.push(`ticket priority is ${ticket.priority} but the audit log ends with ${priority}; the log is used`);
  }
  // Drop zero-length segments (two changes at the same instant) so pauses and stops stay clean.
  const segments = statuses.filter((segment) => segment.to > segment.from);
  return { team, teamSince, teamSinceIndex, priority, statuses: segments, events: kept, warnings };
}
