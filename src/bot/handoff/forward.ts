import type { TurnContext } from 'botbuilder';
import { isOpen } from '../../tickets/index.js';
import { t } from '../messages/index.js';
import { asksHowLong } from '../status-news.js';
import type { Description } from './describe.js';
import { audienceOfChannel, cardMessage, forChannel, openHandoffOfTurn, tellThread, ticketById, type HandoffDeps } from './handoff-deps.js';
import { recordUserWords } from './user-words.js';

/**
 * What the user writes while their conversation waits for an agent ("et en attendant on fait comment pour les
 * résultats ?", "we're doing admissions on paper now"): the bot has said a technician answers here, so the
 * words go to the card's thread and onto the ticket, and the user is told so, instead of being read as a new
 * problem. "donc qqn arrive quand ??" is also answered now, with the ticket's priority and deadlines. Returns false
 * when no handoff of this conversation is waiting (the bot handles the turn).
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
  const forwarded = t(message.lang, 'handoff.forwarded', { number: ticket.number });
  const deadlines = asksHowLong(message.text)
    ? await deps.deadlines()?.describe(ticket, message.lang).catch((error: unknown) => {
      deps.logger.error({ err: error, ticket: ticket.number }, 'could not compute the deadlines asked for');
      return undefined;
    })
    : undefined;
  await context.sendActivity(deadlines
    ? [t(message.lang, 'handoff.when', { number: ticket.number, priority: ticket.priority, respond: deadlines.respond, resolve: deadlines.resolve }), forwarded].join('\n\n')
    : forwarded);
  return true;
}
