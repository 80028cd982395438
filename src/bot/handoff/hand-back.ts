import type { TurnContext } from 'botbuilder';
import type { DirectoryUser } from '../../directory/index.js';
import { isOpen, type Ticket } from '../../tickets/index.js';
import { foldAnswer } from '../intake/index.js';
import { t } from '../messages/index.js';
import { refreshCard } from './card-view.js';
import { clockTime, openHandoffOfTurn, tellThread, ticketById, type HandoffDeps } from './handoff-deps.js';

/**
 * "faites juste la demande normale", "laissez tomber le technicien", "just do the normal request", "never mind the
 * technician": the user no longer wants a person, they want the usual way.
 */
const ASKS_FOR_THE_USUAL_WAY = new RegExp(
  [
    String.raw`\b(demande|procedure|ticket|voie|facon) (normale?|habituelle?|classique)\b`,
    String.raw`\b(laissez|laisse|oubliez|oublie) tomber (le |la |l )?(technicien|humain|tech|personne)\b`,
    String.raw`\b(pas|plus) (besoin|la peine) (de |d )?(parler|technicien|humain|personne)\b`,
    String.raw`\b(normal|usual|regular|standard) (request|way|ticket|form|process)\b`,
    String.raw`\bnever ?mind (the |a )?(technician|human|person|agent)\b`,
    String.raw`\bno need (for|to talk to) (a |the )?(technician|human|person|agent)\b`,
  ].join('|'),
);

export function asksForTheUsualWay(text: string): boolean {
  return ASKS_FOR_THE_USUAL_WAY.test(foldAnswer(text));
}

export interface HandBack {
  user: DirectoryUser | undefined;
  /** The ticket was opened only to carry the hand-over, before the user said what they need: it is withdrawn. */
  withdraw: boolean;
}

/**
 * Ends the hand-over of this conversation, waiting or taken, at the user's word: the agents' card says so and its
 * thread is told. Returns the ticket it was about (cancelled when `withdraw`), or undefined when none was under way.
 */
export async function handBack(deps: HandoffDeps, context: TurnContext, request: HandBack): Promise<Ticket | undefined> {
  const handoff = await openHandoffOfTurn(deps, context);
  if (!handoff || handoff.state === 'ended') return undefined;
  const ticket = await ticketById(deps, handoff.ticket_id);
  const at = deps.clock.now().toISOString();
  if (!ticket || !(await deps.handoffs.end(handoff.id, at))) return undefined;
  const lang = deps.channelLanguage;
  const actor = { by: ticket.requester, kind: 'user' } as const;
  await deps.tickets.record(ticket.number, 'note', { handoff: 'ended', by: 'user' }, actor);
  const current = request.withdraw && isOpen(ticket.status) ? await deps.tickets.move(ticket.number, 'cancelled', actor, t(lang, 'handoff.withdrawn_for_request')) : ticket;
  await tellThread(deps, handoff, { text: t(lang, 'agent.ended_by_user', { name: request.user?.displayName ?? ticket.requester, number: ticket.number }) });
  await refreshCard(deps, handoff, current, { kind: 'ended', why: t(lang, 'agent.ended.by_user'), time: clockTime(at, lang) });
  return current;
}
