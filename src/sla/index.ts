/**
 * SLA: contracts, business calendars, deadlines and clocks. Pure logic; time is always a parameter.
 *
 * @example
 * import { deadline } from '../sla/index.js';
 * deadline({ kind: '24/7' }, '2026-03-30T09:00:00+02:00', 240)?.toISOString(); // '2026-03-30T11:00:00.000Z'
 */
export * from './calendar/index.js';
export * from './contracts/index.js';
export * from './clocks/index.js';
export { CLOCK_KINDS, STOP_STATUSES, TICKET_STATUSES, type ClockKind, type TicketStatus } from './terms.js';
export { formatPath } from './format-path.js';
export { deadlineRequestSchema, type DeadlineRequest } from './deadline-request.js';
