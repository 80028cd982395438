import { teamNameFor } from '../directory/index.js';
import { OPEN_STATUSES, type Ticket } from '../tickets/index.js';
import { deniesANumber, deviceByNumber, foldAnswer, namesTheBrokenOne, toIntakeAsset, type IntakeAsset, type IntakeState } from './intake/index.js';
import { t, type MessageKey } from './messages/index.js';
import type { BotServices } from './services.js';
import { ticketNextStep } from './ticket-next-step.js';

/** One of the requester's open tickets, with the device it is about. */
export interface TicketOnDevice {
  ticket: Ticket;
  device: IntakeAsset;
}

/** "et le ticket d'avant ?", "il reste en P3 ??", "ça en est où ?", "is it still P3?", "any news on it?": asks how a ticket stands. */
const ABOUT_A_TICKET =
  /\b(ticket|tickets|inc|signalement|p[1-4]|priorite|priority|statut|status|en est ou|ou en est|ca avance|pris en charge|quelqu un (vient|passe|est passe)|technicien|technician|someone coming|anyone coming|any news|des nouvelles)\b/;

/** "est-ce que", "is it", "does it", "et le 0107 ?": the words ask rather than tell. */
const ASKS = /\?|^(est ce que|est ce qu|is it|is that|does it|has it|did it|are you|have you)\b/;

/** "je me suis trompée, c'est le 0107", "my bad, it's 0107": the device of the form corrected, not another ticket asked about. */
const CORRECTS = /\b(je me suis trompe|je me suis trompee|trompe de|erreur|my bad|my mistake|i was wrong|wrong one|ah non|oh no|en fait c est|actually it s|c est plutot|rather)\b/;

/**
 * "et le ticket d'avant pour le 0107 il reste en P3 ??" while a new report of the PC-REA-0106 is being taken down: a
 * question about another of the requester's open tickets, named by its device's number. That ticket, when the words ask
 * how it stands and its device is not the one of the form; undefined when they correct the form's device or name none.
 *
 * @example
 * otherTicketAsked("et le ticket d'avant pour le 0107 il reste en P3 ??", 'PC-REA-0106', open) // the PC-REA-0107's ticket
 * otherTicketAsked("ah non c'est le 0107 pas le 0106", 'PC-REA-0106', open) // undefined: a correction
 */
export function otherTicketAsked(text: string, formDevice: string | undefined, open: readonly TicketOnDevice[]): TicketOnDevice | undefined {
  if (!asksHowATicketStands(text)) return undefined;
  const others = open.filter((held) => held.device.tag !== formDevice);
  const device = deviceByNumber(others.map((held) => held.device), text);
  return device ? others.find((held) => held.device.tag === device.tag) : undefined;
}

/** The words ask how a ticket stands, with a number in them, and correct nothing. */
function asksHowATicketStands(text: string): boolean {
  const folded = foldAnswer(text);
  if (!ASKS.test(text.trim().toLowerCase()) && !ASKS.test(folded)) return false;
  return /\d{2,}/.test(folded) && ABOUT_A_TICKET.test(folded) && !CORRECTS.test(folded) && !deniesANumber(text) && !namesTheBrokenOne(text);
}

/** {@link otherTicketAsked} among the requester's open tickets, looked up only when the words ask about one. */
export async function otherTicketAskedIn(services: Pick<BotServices, 'tickets' | 'directory'>, text: string, intake: IntakeState, requester: string): Promise<TicketOnDevice | undefined> {
  if (!asksHowATicketStands(text)) return undefined;
  return otherTicketAsked(text, intake.asset?.tag, await openTicketsOnDevices(services, requester));
}

/** The requester's open tickets that are about a device, with that device. */
export async function openTicketsOnDevices(services: Pick<BotServices, 'tickets' | 'directory'>, requester: string): Promise<TicketOnDevice[]> {
  const user = await services.directory.findUserByEmail(requester);
  if (!user) return [];
  const open = await services.tickets.list({ requesterId: user.id, status: [...OPEN_STATUSES], limit: 10 });
  const held: TicketOnDevice[] = [];
  for (const ticket of open) {
    const asset = ticket.assetId !== null ? await services.directory.findAssetById(ticket.assetId) : undefined;
    if (asset && asset.kind !== 'application') held.push({ ticket, device: toIntakeAsset(asset) });
  }
  return held;
}

/**
 * How the ticket asked about stands (its state, priority, team and what comes next), and that the report under way
 * stays apart, with its own ticket to come.
 */
export async function otherTicketStatus(services: Pick<BotServices, 'directory' | 'deadlines' | 'logger'>, asked: TicketOnDevice, intake: IntakeState): Promise<string> {
  const { ticket } = asked;
  const lang = intake.lang;
  const team = teamNameFor(await services.directory.findSupportTeam(ticket.team), ticket.team, lang);
  return t(lang, 'intake.other_ticket', {
    number: ticket.number,
    asset: asked.device.tag,
    status: t(lang, `status.${ticket.status}` as MessageKey),
    priority: ticket.priority,
    team,
    next: await ticketNextStep(services, ticket, lang, ' '),
    current: intake.asset ? ` (${intake.asset.tag})` : '',
  });
}
