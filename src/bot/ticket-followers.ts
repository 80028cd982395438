import type { AssetPlace, DirectoryAsset, DirectoryUser } from '../directory/index.js';
import type { Ticket } from '../tickets/index.js';

/** The directory lookups that tell who manages whom and who works where. */
export interface FollowerLookup {
  managerChain(userId: number): Promise<DirectoryUser[]>;
  locationOfUser(userId: number): Promise<(AssetPlace & { id: number }) | undefined>;
  locationsOfUnit(unitCode: string): Promise<Array<AssetPlace & { id: number }>>;
  findAssetById(id: number): Promise<DirectoryAsset | undefined>;
}

type FollowedTicket = Pick<Ticket, 'requesterId' | 'scope' | 'locationId' | 'assetId' | 'category' | 'kind'>;

/**
 * Who may follow a ticket in the chat and add to it: its requester; the requester's line manager in the
 * directory (a head nurse for her night team's monitor), not the whole chain up to the director; and the people
 * of the unit where it is, for a ticket the unit shares: about a whole unit or more ("Cristal-Net rame dans tout
 * le service"), or an incident on something the unit's staff use together (the nurses' station printer, a
 * bedside pump), since the colleague on the next shift waits on it too; everyone, for an incident across the
 * hospital. Someone's own PC, account or request, and security matters, stay theirs.
 */
export async function mayFollowTicket(directory: FollowerLookup, ticket: FollowedTicket, user: DirectoryUser): Promise<boolean> {
  if (ticket.requesterId === user.id) return true;
  if (ticket.requesterId !== null) {
    const [lineManager] = await directory.managerChain(ticket.requesterId);
    if (lineManager?.id === user.id) return true;
  }
  // An outage across the hospital ("le DPI rame partout") is everyone's to follow, whoever reported it first.
  if (ticket.scope === 'site' && ticket.kind === 'incident' && !staysItsReporters(ticket.category)) return true;
  if (ticket.locationId === null || !(isUnitWide(ticket) || (await sharedInTheUnit(directory, ticket)))) return false;
  return (await locationIdsOfUsersUnit(directory, user)).includes(ticket.locationId);
}

/** An incident on what a unit's staff use together: a station shared by a team, or a device no one person holds. */
export async function sharedInTheUnit(directory: Pick<FollowerLookup, 'findAssetById'>, ticket: FollowedTicket): Promise<boolean> {
  if (ticket.kind !== 'incident' || staysItsReporters(ticket.category)) return false;
  if (ticket.scope === 'team') return true;
  // A medical device is the unit's, never one person's: the pump of room 12 is shared even before its tag is known.
  if (ticket.category === 'biomedical' && ticket.assetId === null) return true;
  if (ticket.assetId === null) return false;
  const asset = await directory.findAssetById(ticket.assetId);
  return asset !== undefined && asset.kind !== 'application' && asset.assignedUserId === null;
}

/** A ticket about a whole unit, or more: everyone there waits on it. */
/** Kinds of problem that stay their reporter's, however many people they reach: a security matter, an account. */
export function staysItsReporters(category: string): boolean {
  return category === 'security' || category === 'access';
}

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
