import type { Ticket } from '../../tickets/index.js';
import { handoffCard, type HandoffCardStatus, type HandoffCardView } from './handoff-card.js';
import { audienceOfChannel, cardMessage, clockTime, forChannel, type HandoffDeps } from './handoff-deps.js';
import type { HandoffReason, HandoffRow } from './handoff-store.js';

/** The note the bot writes on the ticket when it hands over: the reason and the user's latest messages. */
export const ESCALATION_NOTE = 'escalated';
/** The note of the problem described by a user handed over before saying it (the card shows it as the title). */
export const DESCRIPTION_NOTE = 'described';

/** The card's status line for a handoff as stored (an ended one needs its reason from the caller). */
export function statusOf(deps: HandoffDeps, handoff: HandoffRow): HandoffCardStatus {
  if (handoff.state === 'active' && handoff.agent_name) {
    return { kind: 'taken', agent: handoff.agent_name, time: clockTime(handoff.taken_at ?? deps.clock.now().toISOString(), deps.channelLanguage) };
  }
  return { kind: 'waiting' };
}

/** What the agents' card shows for a handoff, redacted when the channel belongs to an outside provider. */
export async function cardView(
  deps: HandoffDeps,
  handoff: HandoffRow,
  ticket: Ticket,
  status: HandoffCardStatus,
  audience: 'external' | 'internal',
): Promise<HandoffCardView> {
  const lang = deps.channelLanguage;
  const mask = (text: string) => forChannel(deps, text, audience);
  const user = await deps.directory.findUserByEmail(ticket.requester);
  // Where the problem is (a nurse lent to another unit reports from there), else where the requester works.
  const ticketPlace = ticket.locationId === null
    ? undefined
    : await deps.store.db.selectFrom('locations').select('unit_name as unitName').where('id', '=', ticket.locationId).executeTakeFirst();
  const place = ticketPlace ?? (user ? await deps.directory.locationOfUser(user.id) : undefined);
  const asset = ticket.assetId === null
    ? undefined
    : await deps.store.db.selectFrom('assets').select('clinical').where('id', '=', ticket.assetId).executeTakeFirst();
  const sla = await deps.deadlines()?.describe(ticket, lang).catch((error: unknown) => {
    deps.logger.error({ err: error, ticket: ticket.number }, 'deadline computation failed');
    return undefined;
  });
  const events = await deps.tickets.events(ticket.id);
  const note = events.filter((e) => e.kind === 'note' && e.data.handoff === ESCALATION_NOTE).at(-1);
  const recent = Array.isArray(note?.data.recent) ? (note.data.recent as unknown[]).filter((x): x is string => typeof x === 'string') : [];
  const described = events.filter((e) => e.kind === 'note' && e.data.handoff === DESCRIPTION_NOTE).at(-1)?.data.text;
  return {
    lang,
    handoffId: handoff.id,
    reason: handoff.reason as HandoffReason,
    ticket: { number: ticket.number, title: mask(typeof described === 'string' ? described : ticket.title), priority: ticket.priority },
    requester: {
      name: user?.displayName ?? mask(ticket.requester),
      ...(place?.unitName ? { unit: place.unitName } : {}),
      ...(user?.phone ? { phone: mask(user.phone) } : {}),
    },
    clinical: ticket.category === 'biomedical' || ticket.patientCareImpact || asset?.clinical === 1,
    ...(sla ? { sla } : {}),
    summary: recent.map(mask),
    status,
  };
}

/** Re-renders the card in place (who took it, priority, end); failures are logged only. */
export async function refreshCard(deps: HandoffDeps, handoff: HandoffRow, ticket: Ticket, status: HandoffCardStatus): Promise<void> {
  try {
    const posted = await cardMessage(deps, handoff);
    if (!posted) return;
    const audience = await audienceOfChannel(deps, posted.conversationId);
    const view = await cardView(deps, handoff, ticket, status, audience);
    await deps.notifier.update(posted, { attachments: [handoffCard(view)] });
  } catch (error) {
    deps.logger.error({ err: error, handoff: handoff.id }, 'could not update the handoff card');
  }
}

/**
 * Posts a waiting handoff's card in a team channel and remembers where (handoffs row and the channel's
 * conversation reference). Returns false when the channel cannot be reached.
 */
export async function postCard(deps: HandoffDeps, handoff: HandoffRow, ticket: Ticket, teamChannelId: string): Promise<boolean> {
  try {
    const audience = await audienceOfChannel(deps, teamChannelId);
    const view = await cardView(deps, handoff, ticket, { kind: 'waiting' }, audience);
    const posted = await deps.notifier.postToChannel(teamChannelId, { attachments: [handoffCard(view)] });
    // The adapter's turn-error handler swallows a failed post: no activity id means nothing was posted.
    if (!posted.activityId) {
      deps.logger.error({ handoff: handoff.id, channel: teamChannelId }, 'the handoff card was not posted');
      return false;
    }
    await deps.refs.record(posted.reference, { conversationType: 'channel', teamChannelId });
    await deps.handoffs.setCard(handoff.id, posted.conversationId, posted.activityId);
    return true;
  } catch (error) {
    deps.logger.error({ err: error, handoff: handoff.id, channel: teamChannelId }, 'could not post the handoff card');
    return false;
  }
}
