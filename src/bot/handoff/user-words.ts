import type { DirectoryUser } from '../../directory/index.js';
import { isOpen, type Ticket } from '../../tickets/index.js';
import { forAudit, type HandoffDeps } from './handoff-deps.js';
import { mayFollowTicket } from '../ticket-followers.js';

/** An open ticket the user may follow and add to (see {@link mayFollowTicket}); someone else's is never returned. */
export async function followedOpenTicket(deps: Pick<HandoffDeps, 'tickets' | 'directory'>, user: DirectoryUser | undefined, number: string | undefined): Promise<Ticket | undefined> {
  if (!user || !number) return undefined;
  const ticket = await deps.tickets.find(number);
  return ticket && isOpen(ticket.status) && (await mayFollowTicket(deps.directory, ticket, user)) ? ticket : undefined;
}

/**
 * The requester's words on their ticket, masked as the audit trail requires. A ticket waiting for them has its
 * answer: it resumes, and its SLA clock runs again.
 */
export async function recordUserWords(deps: HandoffDeps, ticket: Ticket, text: string, extra: Record<string, unknown> = {}, writer?: string): Promise<void> {
  // The requester's line manager may write too: the audit trail names who wrote.
  const actor = { by: writer ?? ticket.requester, kind: 'user' } as const;
  await deps.tickets.record(ticket.number, 'message', { direction: 'user_to_agent', text: forAudit(deps, text), ...extra }, actor);
  if (ticket.status === 'waiting_user') await deps.tickets.move(ticket.number, 'in_progress', actor, 'the user answered');
}
