export { ACTOR_KINDS, auditEventSchema, type ActorKind, type AuditEvent, type AuditEventKind } from './audit-event.js';
export type { Clock, ClockPause, ClockState, ClockThreshold, StopReason, TicketClocks } from './clock.js';
export { computeClocks, type ClockInput } from './compute-clocks.js';
export { describeCalendar, explain, formatDuration } from './explain.js';
export { clockPenalty, monthlyPenalty, startedHours, ticketPenalty } from './penalty.js';
export type { TicketFacts } from './timeline.js';
