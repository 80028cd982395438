import type { DirectoryUser } from '../directory/index.js';
import type { Ticket } from '../tickets/index.js';

/** The directory lookup that tells who manages whom. */
export interface ManagerLookup {
  managerChain(userId: number): Promise<DirectoryUser[]>;
}

/**
 * Who may follow a ticket in the chat and add to it: its requester, and the requester's line manager in the
 * directory (a head nurse for her night team's monitor), not the whole chain up to the director.
 */
export async function mayFollowTicket(directory: ManagerLookup, ticket: Pick<Ticket, 'requesterId'>, user: DirectoryUser): Promise<boolean> {
  if (ticket.requesterId === user.id) return true;
  if (ticket.requesterId === null) return false;
  const [lineManager] = await directory.managerChain(ticket.requesterId);
  return lineManager?.id === user.id;
}
