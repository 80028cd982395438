import type { AssetPlace, DirectoryUser } from '../directory/index.js';
import type { Ticket } from '../tickets/index.js';

/** The directory lookups that tell who manages whom and who works where. */
export interface FollowerLookup {
  managerChain(userId: number): Promise<DirectoryUser[]>;
  locationOfUser(userId: number): Promise<(AssetPlace & { id: number }) | undefined>;
  locationsOfUnit(unitCode: string): Promise<Array<AssetPlace & { id: number }>>;
}

/**
 * Who may follow a ticket in the chat and add to it: its requester; the requester's line manager in the
 * directory (a head nurse for her night team's monitor), not the whole chain up to the director; and, for a
 * ticket about a whole unit or more ("Cristal-Net rame dans tout le service"), the people of that unit.
 */
export async function mayFollowTicket(directory: FollowerLookup, ticket: Pick<Ticket, 'requesterId' | 'scope' | 'locationId'>, user: DirectoryUser): Promise<boolean> {
  if (ticket.requesterId === user.id) return true;
  if (ticket.requesterId !== null) {
    const [lineManager] = await directory.managerChain(ticket.requesterId);
    if (lineManager?.id === user.id) return true;
  }
  if (ticket.locationId === null || !isUnitWide(ticket)) return false;
  return (await locationIdsOfUsersUnit(directory, user)).includes(ticket.locationId);
}

/** A ticket about a whole unit, or more: everyone there waits on it. */
export function isUnitWide(ticket: Pick<Ticket, 'scope'>): boolean {
  return ticket.scope === 'service' || ticket.scope === 'site';
}

/** The places of the user's own unit, by id (none when the directory gives the user no place). */
export async function locationIdsOfUsersUnit(directory: FollowerLookup, user: DirectoryUser): Promise<number[]> {
  const home = await directory.locationOfUser(user.id);
  return home ? locationIdsOfUnit(directory, home.unitCode) : [];
}

/** The places of a unit, by id. */
export async function locationIdsOfUnit(directory: Pick<FollowerLookup, 'locationsOfUnit'>, unitCode: string): Promise<number[]> {
  return (await directory.locationsOfUnit(unitCode)).map((place) => place.id);
}
