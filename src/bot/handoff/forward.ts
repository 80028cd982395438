import type { TurnContext } from 'botbuilder';
import { isOpen } from '../../tickets/index.js';
import { sideQuestionsIn } from '../intake/index.js';
import { t } from '../messages/index.js';
import { asksHowLong } from '../status-news.js';
import { numberAsked } from '../who-to-call.js';
import type { Description } from './describe.js';
import { audienceOfChannel, cardMessage, forChannel, openHandoffOfTurn, tellThread, ticketById, type HandoffDeps } from './handoff-deps.js';
import { asksAboutHandOver } from './handed-over-asked.js';
import { recordUserWords } from './user-words.js';

/**
 * What the user writes while their conversation waits for an agent ("et en attendant on fait comment pour les
 * résultats ?", "we're doing admissions on paper now"): the bot has said a technician answers here, so the
 * words go to the card's thread and onto the ticket, and the user is told so, instead of being read as a new
 * problem. "donc qqn arrive quand ??" is also answered now, with the ticket's priority and deadlines, and so are the
 * questions with one answer whoever takes the ticket ("j'appelle le 5100 aussi ?", "je peux prendre la CPS de ma
 * collègue en attendant ?"): the technician still reads them. Returns false
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
  const asked = sideQuestionsIn(message.text, { category: ticket.category }).answers;
  // "10h ?? … y a pas un numéro que je peux appeler ?": the number, now.
  const call = numberAsked(message.text);
  const answers = [...asked.filter((key) => key !== 'intake.side_when'), ...(call ? [call] : [])].map((key) => t(message.lang, key));
  const deadlines = asksHowLong(message.text) || asked.includes('intake.side_when')
    ? await deps.deadlines()?.describe(ticket, message.lang).catch((error: unknown) => {
      deps.logger.error({ err: error, ticket: ticket.number }, 'could not compute the deadlines asked for');
      return undefined;
    })
    : undefined;
  const when = deadlines
    ? [t(message.lang, 'handoff.when', { number: ticket.number, priority: ticket.priority, respond: deadlines.respond, resolve: deadlines.resolve })]
    : [];
  // "vous m'avez passé à un technicien ?" after a P1's automatic hand-over: why a technician comes and that they write
  // here, which says as well that the words reach them.
  const handedOver = asksAboutHandOver(message.text)
    ? [t(message.lang, handoff.reason === 'p1' ? 'handoff.p1_explained' : 'handoff.handed_explained', { number: ticket.number })]
    : [forwarded];
  await context.sendActivity([...when, ...answers, ...handedOver].join('\n\n'));
  return true;
}
