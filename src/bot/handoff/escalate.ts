import type { TurnContext } from 'botbuilder';
import type { DirectoryUser } from '../../directory/index.js';
import { isOpen, OPEN_STATUSES, type RequestType, type Ticket } from '../../tickets/index.js';
import type { Category, Language, Scope, Urgency } from '../../triage/index.js';
import { sourceActivityKey, sourceChannel } from '../dialogs/turn-helpers.js';
import { firstSentenceTitle, withoutGreeting, type StatedFields } from '../intake/index.js';
import { t } from '../messages/index.js';
import { ESCALATION_NOTE, postCard } from './card-view.js';
import { agentChannel, conversationKey, forAudit, ticketById, type HandoffDeps } from './handoff-deps.js';
import type { HandoffReason } from './handoff-store.js';
import { followedOpenTicket } from './user-words.js';

export interface EscalationRequest {
  reason: HandoffReason;
  user: DirectoryUser | undefined;
  lang: Language;
  /** The ticket to hand over; otherwise the ticket in progress in this conversation. */
  ticket?: string;
  /**
   * The ticket the user was last shown (a status reply): handed over when it is theirs and still open,
   * rather than opening another ticket for the same problem.
   */
  about?: string;
  /** The user's latest messages in this conversation, oldest first (the current one last). */
  recent: string[];
  /** With no ticket in progress, open one (a user asking for a person). */
  createIfNone?: boolean;
  /** The ticket's deadlines were just told (its creation message): not repeated. */
  deadlinesTold?: boolean;
  /**
   * The problem in the user's words, when the conversation has said it (the description intake
   * collected, the question a fiche answered): the title of a ticket opened here. Without it the
   * ticket gets a neutral title and the user is asked what it is about.
   */
  problem?: string;
  /** What a form under way already knew of the problem (device confirmed, place, kind…): the ticket opened here keeps it. */
  known?: KnownFields;
}

/** The fields a form had settled when the user asked for a person. */
export interface KnownFields {
  category?: Category;
  scope?: Scope;
  urgency?: Urgency;
  patientCareImpact?: boolean;
  /** Asset tag. */
  asset?: string;
  /** Location code. */
  location?: string;
  /** What a request asks for (its team follows from it). */
  requestType?: RequestType;
  /** "Pour quand : demain matin 8h", for the technician. */
  neededBy?: string;
}

/** escalated: card posted; already: a handoff is under way; no_ticket: nothing to hand over; failed: the channel could not be reached. */
export type EscalationOutcome = 'escalated' | 'already' | 'no_ticket' | 'failed';

/**
 * Hands the user's conversation to the agents: finds (or opens) the ticket, records why and what the
 * user said, posts the card in the agents' channel and tells the user what happens next and how long
 * it should take.
 */
export async function escalate(deps: HandoffDeps, context: TurnContext, request: EscalationRequest): Promise<EscalationOutcome> {
  const { lang } = request;
  const key = conversationKey(context.activity);
  const pending = await deps.handoffs.openForConversation(key);
  if (pending) {
    const ticket = await ticketById(deps, pending.ticket_id);
    await context.sendActivity(t(lang, 'handoff.already_waiting', { number: ticket?.number ?? '' }));
    return 'already';
  }

  let ticket = request.ticket
    ? await deps.tickets.find(request.ticket)
    : ((await followedOpenTicket(deps, request.user, request.about)) ?? (await ticketInConversation(deps, request.user, context)));
  let unexplained = false;
  if (!ticket && request.createIfNone) {
    if (!request.user) {
      await context.sendActivity(t(lang, 'unknown_user'));
      return 'no_ticket';
    }
    ticket = await openTicketFromWords(deps, context, request);
    unexplained = !request.problem;
  }
  if (!ticket || !isOpen(ticket.status)) return 'no_ticket';
  // The requester's ticket already handed over is not handed over twice; a colleague asking about it (a P1 of several
  // units they were put on) gets a card of their own, so that a technician answers them in their conversation.
  const underWay = await deps.handoffs.openForTicket(ticket.id);
  if (underWay && request.user?.email === ticket.requester) {
    await context.sendActivity(t(lang, 'handoff.already_waiting', { number: ticket.number }));
    return 'already';
  }

  const at = deps.clock.now().toISOString();
  const handoff = await deps.handoffs.open({ ticketId: ticket.id, userConversationKey: key, reason: request.reason, at });
  await deps.tickets.record(
    ticket.number,
    'note',
    {
      handoff: ESCALATION_NOTE,
      reason: request.reason,
      recent: request.recent.map((text) => forAudit(deps, text)),
      ...(unexplained ? { awaiting_description: true } : {}),
    },
    { by: 'triage', kind: 'bot' },
  );
  const channel = await agentChannel(deps);
  const posted = channel ? await postCard(deps, handoff, ticket, channel) : false;
  if (!posted) {
    if (!channel) deps.logger.error({ ticket: ticket.number }, 'no agents channel: set AGENT_CHANNEL_ID or the helpdesk-l1 team channel');
    await deps.handoffs.end(handoff.id, deps.clock.now().toISOString());
    await context.sendActivity(t(lang, 'handoff.post_failed', { number: ticket.number }));
    return 'failed';
  }

  const lines = [t(lang, 'handoff.escalated', { number: ticket.number })];
  if (!request.deadlinesTold) {
    const deadlines = await deps.deadlines()?.describe(ticket, lang).catch(() => undefined);
    lines.push(deadlines ? t(lang, 'handoff.delay_known', { respond: deadlines.respond, resolve: deadlines.resolve }) : t(lang, 'handoff.delay_generic'));
  }
  if (unexplained) lines.push(t(lang, 'handoff.ask_problem'));
  await context.sendActivity(lines.join('\n\n'));
  deps.logger.info({ ticket: ticket.number, handoff: handoff.id, reason: request.reason }, 'conversation handed over to the agents');
  return 'escalated';
}

/** The user's open ticket that was created in this very conversation, newest first. */
export async function ticketInConversation(deps: HandoffDeps, user: DirectoryUser | undefined, context: TurnContext): Promise<Ticket | undefined> {
  if (!user) return undefined;
  const conversationId = context.activity.conversation?.id;
  const open = await deps.tickets.list({ requesterId: user.id, status: [...OPEN_STATUSES], limit: 50 });
  return open.find((ticket) => ticket.conversationId === conversationId);
}

/** A ticket for a user asking for a person: titled by their problem when it is known, neutrally otherwise. */
async function openTicketFromWords(deps: HandoffDeps, context: TurnContext, request: EscalationRequest): Promise<Ticket> {
  const analysis: StatedFields = request.problem ? await deps.understander.analyse(request.problem) : {};
  // "i don't have time to read all this, handover is in 5 min. can i just talk to a real person": how pressing it is, said last.
  const latest = request.recent.at(-1);
  const saidLast = latest && latest !== request.problem ? await deps.understander.analyseAnswer(latest) : {};
  const known = request.known ?? {};
  // "le pousse seringue ch12 sonne encore … je veux parler à quelqu'un": with no problem settled, the kind of problem
  // is read from what the user said so far, so the ticket reaches the team that can act (biomedical, not the help desk).
  const category = known.category ?? analysis.category ?? (request.problem ? undefined : await categoryOfWordsSoFar(deps, request.recent));
  const { activity } = context;
  const created = await deps.tickets.create({
    requester: request.user!.email,
    // Nothing says what kind of problem it is: the agent corrects the category when they know.
    category: category ?? 'software',
    scope: known.scope ?? analysis.scope ?? 'single_user',
    urgency: saidLast.urgency ?? known.urgency ?? analysis.urgency ?? 'medium',
    patient_care_impact: known.patientCareImpact ?? analysis.patientCareImpact ?? false,
    ...(known.asset ? { asset: known.asset } : {}),
    ...(known.location ? { location: known.location } : {}),
    ...(known.requestType ? { request_type: known.requestType } : {}),
    title: (request.problem && firstSentenceTitle(withoutGreeting(request.problem))) || t(request.lang, 'handoff.default_title'),
    description: [...request.recent, ...(known.neededBy ? [known.neededBy] : [])].join('\n'),
    language: request.lang,
    source: {
      channel: sourceChannel(activity.channelId),
      conversation_id: activity.conversation?.id,
      activity_id: sourceActivityKey(activity),
    },
    created_by_kind: 'user',
  });
  return created.ticket;
}


/**
 * The kind of problem the user's messages tell, read together; undefined when they tell none. Read as answers are, since
 * a status question ("où en est le ticket du pousse seringue ?") still names the device it is about.
 */
async function categoryOfWordsSoFar(deps: HandoffDeps, recent: string[]): Promise<Category | undefined> {
  if (recent.length === 0) return undefined;
  return (await deps.understander.analyseAnswer(recent.join('\n'))).category;
}
