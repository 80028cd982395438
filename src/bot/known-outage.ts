import type { DirectoryUser } from '../directory/index.js';
import { OPEN_STATUSES, type Ticket } from '../tickets/index.js';
import { foldAnswer, type IntakeState } from './intake/index.js';
import type { BotServices } from './services.js';
import { isUnitWide, locationIdsOfUnit, mayFollowTicket } from './ticket-followers.js';

/**
 * The open ticket already about the same unit-wide problem, when a new report would only repeat it: the
 * morning the patient record fails for a whole unit, the tenth nurse to write is told the ticket exists and her
 * words go on it. Same kind of problem, placed in the same unit, both unit-wide or more, and the same
 * application when the new report names one.
 */
export async function knownOutage(services: Pick<BotServices, 'directory' | 'tickets'>, user: DirectoryUser, intake: IntakeState): Promise<Ticket | undefined> {
  if (intake.kind !== 'incident' || !intake.category || !isUnitWide({ scope: intake.scope ?? 'single_user' })) return undefined;
  const unitCode = intake.location?.unitCode ?? (await services.directory.locationOfUser(user.id))?.unitCode;
  if (!unitCode) return undefined;
  const locationIds = await locationIdsOfUnit(services.directory, unitCode);
  const application = intake.asset?.kind === 'application' ? await services.directory.findAsset(intake.asset.tag) : undefined;
  const open = await services.tickets.list({ locationIds, scope: ['service', 'site'], status: [...OPEN_STATUSES], limit: 20 });
  return open.find((ticket) => ticket.category === intake.category && (!application || ticket.assetId === application.id));
}

/**
 * The open incident already about the device a new report names, when the user may follow it: the nurse who writes
 * about the pump of box 3 an hour after her colleague is told of her colleague's ticket, and her words go on it.
 * Not for an application (many problems share one) nor when the user asked for a separate ticket.
 */
export async function openTicketOnDevice(services: Pick<BotServices, 'directory' | 'tickets'>, user: DirectoryUser, intake: IntakeState): Promise<Ticket | undefined> {
  if (intake.kind !== 'incident' || intake.separateTicket || !intake.asset || intake.asset.kind === 'application') return undefined;
  const asset = await services.directory.findAsset(intake.asset.tag);
  if (!asset) return undefined;
  const open = await services.tickets.list({ assetId: asset.id, status: [...OPEN_STATUSES], limit: 5 });
  for (const ticket of open) if (ticket.kind === 'incident' && (await mayFollowTicket(services.directory, ticket, user))) return ticket;
  return undefined;
}

/** "c'est un autre problème", "nouveau ticket", "not the same thing": the known ticket is not theirs, a new one is wanted. */
const ANOTHER_PROBLEM =
  /\b(autre (probleme|souci|chose|panne)|pas (le meme|la meme chose|pareil|ce probleme)|nouveau ticket|nouvel incident|nouvelle demande|un autre ticket|ouvr\w* (un )?(nouveau |autre )?ticket|(another|different|new|separate|second) (problem|issue|ticket|incident|thing)|another thing|other thing|(2|two|deux) (different|separate) (things|problems|issues)|(2|deux) (choses|problemes) differente?s|open a (new |separate |second )?ticket for|is separate|not the same|rien a voir avec|nothing to do with)\b/;

export function saysAnotherProblem(text: string): boolean {
  return ANOTHER_PROBLEM.test(foldAnswer(text));
}
