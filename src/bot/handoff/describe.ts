import type { TurnContext } from 'botbuilder';
import type { DirectoryUser } from '../../directory/index.js';
import type { Ticket } from '../../tickets/index.js';
import { assess, type Language } from '../../triage/index.js';
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
 * category (the team follows routing, see `redescribe`) and, when it calls for one, a higher priority
 * ("the CTG monitor keeps losing the trace"). The priority is never lowered.
 */
async function updateFromDescription(deps: HandoffDeps, ticket: Ticket, text: string): Promise<Ticket> {
  const analysis = await deps.understander.analyse(text);
  const actor = { by: 'triage', kind: 'bot' } as const;
  const reason = t(deps.channelLanguage, 'handoff.described_by_user');
  let current = ticket;
  const title = firstSentenceTitle(withoutGreeting(forAudit(deps, text))) ?? ticket.title;
  const kindFits = analysis.category !== undefined && (analysis.category === 'request') === (ticket.kind === 'request');
  const category = kindFits ? analysis.category! : ticket.category;
  if (title !== ticket.title || category !== ticket.category) {
    current = await deps.tickets.redescribe(ticket.number, { title, category }, actor, reason).catch((error: unknown) => {
      deps.logger.error({ err: error, ticket: ticket.number }, 'could not retitle the ticket from the description');
      return current;
    });
  }
  if (!analysis.category || analysis.category === 'request') return current;
  const { priority } = assess({
    category: current.category,
    scope: analysis.scope ?? current.scope,
    urgency: analysis.urgency ?? current.urgency,
    patient_care_impact: analysis.patientCareImpact ?? current.patientCareImpact,
  });
  // P1 sorts before P4: a smaller label is a higher priority.
  if (priority >= current.priority) return current;
  const raised = t(deps.channelLanguage, 'handoff.priority_from_description');
  return deps.tickets.changePriority(current.number, priority, actor, raised).catch((error: unknown) => {
    deps.logger.error({ err: error, ticket: ticket.number }, 'could not raise the priority from the description');
    return current;
  });
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
  await context.sendActivity(t(description.lang, 'handoff.problem_noted', { number: ticket.number }));
  return true;
}
