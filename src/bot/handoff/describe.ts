import type { TurnContext } from 'botbuilder';
import type { DirectoryUser } from '../../directory/index.js';
import type { Ticket } from '../../tickets/index.js';
import type { Language } from '../../triage/index.js';
import { raisesOnly } from '../reassess-ticket.js';
import { firstSentenceTitle, withoutGreeting } from '../intake/index.js';
import { t } from '../messages/index.js';
import { DESCRIPTION_NOTE, ESCALATION_NOTE, refreshCard, statusOf } from './card-view.js';
import {
  audienceOfChannel, cardMessage, conversationKey, forAudit, forChannel, tellThread, ticketById, type HandoffDeps,
} from './handoff-deps.js';

export interface Description {
  user: DirectoryUser | undefined;
  lang: Language;
  text: string;
}

/**
 * The ticket was opened before anything said what the problem is: the description gives it its title and
 * category (the team follows routing, see `redescribe`) and, when it weighs more than the ticket did, its reach,
 * urgency and care impact, so the priority follows by the rule ("the CTG monitor keeps losing the trace"). Nothing
 * is lowered.
 */
async function updateFromDescription(deps: HandoffDeps, ticket: Ticket, text: string): Promise<Ticket> {
  const analysis = await deps.understander.analyse(text);
  const actor = { by: 'triage', kind: 'bot' } as const;
  const reason = t(deps.channelLanguage, 'handoff.described_by_user');
  const title = firstSentenceTitle(withoutGreeting(forAudit(deps, text))) ?? ticket.title;
  const kindFits = analysis.category !== undefined && (analysis.category === 'request') === (ticket.kind === 'request');
  const category = kindFits ? analysis.category! : ticket.category;
  const current = await deps.tickets.redescribe(ticket.number, { title, category, described: text }, actor, reason).catch((error: unknown) => {
    deps.logger.error({ err: error, ticket: ticket.number }, 'could not retitle the ticket from the description');
    return ticket;
  });
  if (!analysis.category || analysis.category === 'request') return current;
  const raised = raisesOnly(current, {
    ...(analysis.scope ? { scope: analysis.scope } : {}),
    ...(analysis.urgency ? { urgency: analysis.urgency } : {}),
    ...(analysis.patientCareImpact !== undefined ? { patientCareImpact: analysis.patientCareImpact } : {}),
  });
  if (!raised) return current;
  const weighed = t(deps.channelLanguage, 'handoff.priority_from_description');
  return deps.tickets.reassess(current.number, raised, actor, `${weighed}: ${forAudit(deps, text)}`).catch((error: unknown) => {
    deps.logger.error({ err: error, ticket: ticket.number }, 'could not reassess the ticket from the description');
    return current;
  });
}

/** What the user is told once their description is on the ticket: with the new priority and deadlines when it rose. */
async function problemNotedReply(deps: HandoffDeps, before: Ticket, after: Ticket, lang: Language): Promise<string> {
  // P1 sorts before P4: a smaller label is a higher priority.
  if (after.priority >= before.priority) return t(lang, 'handoff.problem_noted', { number: after.number });
  const deadlines = await deps.deadlines()?.describe(after, lang).catch((error: unknown) => {
    deps.logger.error({ err: error, ticket: after.number }, 'could not compute the deadlines of the raised ticket');
    return undefined;
  });
  return [
    t(lang, 'handoff.problem_raised', { number: after.number, from: before.priority, to: after.priority }),
    ...(deadlines ? [t(lang, 'handoff.delay_known', { respond: deadlines.respond, resolve: deadlines.resolve })] : []),
    t(lang, after.priority === 'P1' ? 'handoff.raised_p1' : 'handoff.raised_call'),
  ].join('\n\n');
}

/**
 * The problem in the words of a user who asked for a person before saying what it was about: while the
 * handoff waits for an agent, their first description goes onto the ticket, into the card (in place of
 * the neutral title) and into the card's thread. Returns false when no handoff is waiting for one.
 */
export async function addDescription(deps: HandoffDeps, context: TurnContext, description: Description): Promise<boolean> {
  const handoff = await deps.handoffs.openForConversation(conversationKey(context.activity));
  // Once an agent holds the conversation, the relay carries every message.
  if (!handoff || handoff.state !== 'waiting') return false;
  const ticket = await ticketById(deps, handoff.ticket_id);
  if (!ticket) return false;
  const events = await deps.tickets.events(ticket.id);
  const escalation = events.filter((e) => e.kind === 'note' && e.data.handoff === ESCALATION_NOTE).at(-1);
  if (!escalation?.data.awaiting_description) return false;
  if (events.some((e) => e.id > escalation.id && e.kind === 'note' && e.data.handoff === DESCRIPTION_NOTE)) return false;

  await deps.tickets.record(ticket.number, 'note', { handoff: DESCRIPTION_NOTE, text: forAudit(deps, description.text) }, { by: ticket.requester, kind: 'user' });
  const current = await updateFromDescription(deps, ticket, description.text);
  const posted = await cardMessage(deps, handoff);
  const audience = posted ? await audienceOfChannel(deps, posted.conversationId) : 'internal';
  const name = description.user?.displayName ?? ticket.requester;
  await tellThread(deps, handoff, { text: t(deps.channelLanguage, 'handoff.relay', { name, text: forChannel(deps, description.text, audience) }) });
  await refreshCard(deps, handoff, current, statusOf(deps, handoff));
  await context.sendActivity(await problemNotedReply(deps, ticket, current, description.lang));
  return true;
}
