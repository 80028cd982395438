import { z } from 'zod';
import { CodedError } from '../errors.js';

export const TICKET_STATUSES = [
  'new', 'assigned', 'in_progress', 'waiting_user', 'resolved', 'closed', 'cancelled',
] as const;
export const ticketStatusSchema = z.enum(TICKET_STATUSES);
export type TicketStatus = z.infer<typeof ticketStatusSchema>;

/**
 * Legal moves. waiting_user pauses the SLA clock; resolved → in_progress or assigned is a reopen;
 * closed and cancelled are final.
 */
const TRANSITIONS: Record<TicketStatus, readonly TicketStatus[]> = {
  new: ['assigned', 'in_progress', 'waiting_user', 'resolved', 'cancelled'],
  assigned: ['in_progress', 'waiting_user', 'resolved', 'cancelled'],
  in_progress: ['assigned', 'waiting_user', 'resolved', 'cancelled'],
  waiting_user: ['assigned', 'in_progress', 'resolved', 'cancelled'],
  resolved: ['closed', 'in_progress', 'assigned'],
  closed: [],
  cancelled: [],
};

export function allowedMoves(from: TicketStatus): readonly TicketStatus[] {
  return TRANSITIONS[from];
}

export function canMove(from: TicketStatus, to: TicketStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isReopen(from: TicketStatus, to: TicketStatus): boolean {
  return from === 'resolved' && (to === 'in_progress' || to === 'assigned');
}

/** The statuses of a ticket still being worked on (what isOpen accepts), for queries. */
export const OPEN_STATUSES = ['new', 'assigned', 'in_progress', 'waiting_user'] as const satisfies readonly TicketStatus[];

export function isOpen(status: TicketStatus): boolean {
  return status !== 'resolved' && status !== 'closed' && status !== 'cancelled';
}

/** Throws an `illegal_transition` error that says which moves are possible from here. */
export function assertMove(number: string, from: TicketStatus, to: TicketStatus): void {
  if (canMove(from, to)) return;
  const options = TRANSITIONS[from];
  const hint = options.length === 0 ? `${from} is final` : `from ${from} it can go to: ${options.join(', ')}`;
  throw new CodedError('illegal_transition', `${number} cannot move from ${from} to ${to} (${hint}).`, { number, from, to });
}
