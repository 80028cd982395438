import { CodedError } from '../../errors.js';
import type { Ticket, TicketEvent } from '../../tickets/index.js';
import { auditEventSchema, type AuditEvent, type TicketFacts } from '../clocks/index.js';

/** Kinds whose `data` the clocks never read: a malformed body there cannot change a clock. */
const DATA_UNUSED = new Set(['assigned', 'described', 'message', 'note', 'responded']);

/**
 * A ticket's audit event as the clocks read it. Events that drive the clocks (created, status, team,
 * priority changes) must be well formed; for the others only the instant and the actor kind matter.
 */
export function toAuditEvent(event: TicketEvent): AuditEvent {
  const candidate = { at: event.at, kind: event.kind, actor_kind: event.actorKind, data: event.data };
  const parsed = auditEventSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  if (DATA_UNUSED.has(event.kind)) return candidate as AuditEvent;
  throw new CodedError('validation_failed', `Audit event #${event.id} (${event.kind}) of ticket #${event.ticketId} cannot be read by the SLA clocks`, {
    problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
  });
}

/** The ticket fields the clocks start from (the audit log wins over them). */
export function ticketFacts(ticket: Pick<Ticket, 'createdAt' | 'priority' | 'team'>): TicketFacts {
  return { created_at: ticket.createdAt, priority: ticket.priority, team: ticket.team };
}
