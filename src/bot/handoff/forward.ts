import type { TurnContext } from 'botbuilder';
import { isOpen } from '../../tickets/index.js';
import { t } from '../messages/index.js';
import type { Description } from './describe.js';
import { audienceOfChannel, cardMessage, forChannel, openHandoffOfTurn, tellThread, ticketById, type HandoffDeps } from './handoff-deps.js';
import { recordUserWords } from './user-words.js';

/**
 * What the user writes while their conversation waits for an agent ("et en attendant on fait comment pour les
 * résultats ?", "we're doing admissions on paper now"): the bot has said a technician answers here, so the
 * words go to the card's thread and onto the ticket, and the user is told so, instead of being read as a new
 * problem. Returns false when no handoff of this conversation is waiting (the bot handles the turn).
 */
export async function forwardWhileWaiting(deps: HandoffDeps, context: TurnContext, message: Description): Promise<boolean> {
  const handoff = await openHandoffOfTurn(deps, context);
  if (!handoff || handoff.state !== 'waiting') return false;
  const ticket = await ticketById(deps, handoff.ticket_id);
  if (!ticket || !isOpen(ticket.status)) return false;
  const posted = await cardMessage(deps, handoff);
  const audience = posted ? await audienceOfChannel(deps, posted.conversationId) : 'internal';
  const name = message.user?.displayName ?? ticket.requester;
  await tellThread(deps, handoff, { text: t(deps.channelLanguage, 'handoff.relay', { name, text: forChannel(deps, message.text, audience) }) });
  await recordUserWords(deps, ticket, message.text);
  await context.sendActivity(t(message.lang, 'handoff.forwarded', { number: ticket.number }));
  return true;
}
