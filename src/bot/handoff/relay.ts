import type { TurnContext } from 'botbuilder';
import type { DirectoryUser } from '../../directory/index.js';
import type { Ticket } from '../../tickets/index.js';
import type { Language } from '../../triage/index.js';
import { foldAnswer, parseYesNo } from '../intake/index.js';
import { t } from '../messages/index.js';
import { refreshCard } from './card-view.js';
import {
  attachmentNames, audienceOfChannel, cardMessage, clockTime, firstName, forAudit, forChannel, openHandoffOfTurn, relayable,
  tellThread, tellUser, ticketById, type HandoffDeps, type Person,
} from './handoff-deps.js';
import type { HandoffRow } from './handoff-store.js';
import { recordUserWords } from './user-words.js';
import { confirmResolution } from './resolution.js';

/** What ends the relay from the user's side (the bot's usual "cancel" words). */
const STOP = /^(stop|annule|annuler|arrete|arreter|fin|terminer|cancel|end|quit)$/;

interface UserTurn {
  user: DirectoryUser | undefined;
  lang: Language;
}

/**
 * A message in a user's chat while an agent holds the conversation: it goes to the card's thread and
 * onto the ticket, and the bot says nothing — except on "stop", which hands the user back to the bot,
 * and on yes/no after a resolution. Returns false when no relay is active (the bot handles the turn).
 */
export async function relayFromUser(deps: HandoffDeps, context: TurnContext, turn: UserTurn): Promise<boolean> {
  const { activity } = context;
  const value = activity.value as Record<string, unknown> | undefined;
  if (value?.handoff === 'confirm' && typeof value.ticket === 'string') {
    await confirmResolution(deps, context, { number: value.ticket, solved: value.answer === 'yes', user: turn.user });
    return true;
  }
  const handoff = await openHandoffOfTurn(deps, context);
  if (!handoff || handoff.state !== 'active') return false;
  const ticket = await ticketById(deps, handoff.ticket_id);
  if (!ticket || ticket.status === 'closed' || ticket.status === 'cancelled') {
    await deps.handoffs.end(handoff.id, deps.clock.now().toISOString());
    return false;
  }
  const text = (activity.text ?? '').trim();
  const attachments = relayable(activity);
  if (STOP.test(foldAnswer(text))) {
    await endByUser(deps, context, handoff, ticket, turn);
    return true;
  }
  // After a resolution, "oui"/"non" is the confirmation; "non, toujours pareil" also reaches the agent.
  const answer = ticket.status === 'resolved' ? parseYesNo(text) : undefined;
  if (answer && !answer.rest) {
    await confirmResolution(deps, context, { number: ticket.number, solved: answer.value, user: turn.user });
    return true;
  }
  if (!text && attachments.length === 0) return true; // a click on an old card: nothing to relay
  const name = turn.user?.displayName ?? activity.from?.name ?? ticket.requester;
  const posted = await cardMessage(deps, handoff);
  const audience = posted ? await audienceOfChannel(deps, posted.conversationId) : 'internal';
  await tellThread(deps, handoff, {
    text: t(deps.channelLanguage, 'handoff.relay', { name, text: forChannel(deps, text, audience) }),
    // Files may show patient data: an outside provider's channel gets the text only.
    ...(attachments.length && audience === 'internal' ? { attachments } : {}),
  });
  await recordUserWords(deps, ticket, text, attachments.length ? { attachments: attachmentNames(attachments) } : {});
  if (answer) await confirmResolution(deps, context, { number: ticket.number, solved: answer.value, user: turn.user });
  return true;
}

/** The owning agent's message in the card's thread, to the user's chat, prefixed with the agent's first name. */
export async function relayFromAgent(deps: HandoffDeps, context: TurnContext, handoff: HandoffRow, agent: Person, text: string): Promise<void> {
  const lang = agent.lang;
  if (handoff.state === 'waiting') {
    await context.sendActivity(t(lang, 'agent.not_taken'));
    return;
  }
  if (handoff.state === 'ended') {
    await context.sendActivity(t(lang, 'agent.relay_ended'));
    return;
  }
  if (handoff.agent_ref !== agent.ref) {
    await context.sendActivity(t(lang, 'agent.not_owner', { agent: handoff.agent_name ?? '' }));
    return;
  }
  const ticket = await ticketById(deps, handoff.ticket_id);
  if (!ticket) return;
  const attachments = relayable(context.activity);
  if (!text && attachments.length === 0) return;
  const delivered = await tellUser(deps, ticket, {
    text: t(ticket.language, 'handoff.relay', { name: firstName(handoff.agent_name ?? agent.name), text }),
    ...(attachments.length ? { attachments } : {}),
  });
  if (!delivered) {
    await context.sendActivity(t(lang, 'agent.user_unreachable'));
    return;
  }
  await deps.tickets.record(
    ticket.number,
    'message',
    { direction: 'agent_to_user', text: forAudit(deps, text), ...(attachments.length ? { attachments: attachmentNames(attachments) } : {}) },
    { by: agent.ref, kind: 'agent' },
  );
}

async function endByUser(deps: HandoffDeps, context: TurnContext, handoff: HandoffRow, ticket: Ticket, turn: UserTurn): Promise<void> {
  const at = deps.clock.now().toISOString();
  if (!(await deps.handoffs.end(handoff.id, at))) return;
  const lang = deps.channelLanguage;
  const name = turn.user?.displayName ?? ticket.requester;
  await deps.tickets.record(ticket.number, 'note', { handoff: 'ended', by: 'user' }, { by: ticket.requester, kind: 'user' });
  await context.sendActivity(t(turn.lang, 'handoff.ended_by_user', { number: ticket.number }));
  await tellThread(deps, handoff, { text: t(lang, 'agent.ended_by_user', { name, number: ticket.number }) });
  await refreshCard(deps, handoff, ticket, { kind: 'ended', why: t(lang, 'agent.ended.by_user'), time: clockTime(at, lang) });
}

