/** Ticket statuses (DESIGN.md): new → assigned → in_progress → waiting_user → resolved → closed; cancelled. */
export const TICKET_STATUSES = ['new', 'assigned', 'in_progress', 'waiting_user', 'resolved', 'closed', 'cancelled'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Statuses that stop the resolution clock; leaving one of them for another status is a reopen. */
export const STOP_STATUSES: readonly TicketStatus[] = ['resolved', 'closed', 'cancelled'];

/** The two clocks of a contract: time to respond (first human action) and time to resolve. */
export const CLOCK_KINDS = ['response', 'resolution'] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];
