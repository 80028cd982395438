import type { TurnContext } from 'botbuilder';
import type { ConversationRefs, Notifier } from '../../channels/notifier/index.js';
import type { Clock } from '../../clock.js';
import type { Store } from '../../db/index.js';
import type { Logger } from '../../log.js';
import type { RedactionPolicy } from '../../redaction/index.js';
import type { DirectoryUser } from '../../directory/index.js';
import type { Ticket, TicketRepository } from '../../tickets/index.js';
import { isOpen } from '../../tickets/index.js';
import type { Language } from '../../triage/index.js';
import { turnText } from '../dialogs/turn-helpers.js';
import type { Understander } from '../intake/index.js';
import { t, type MessageKey } from '../messages/index.js';
import { directoryUserOf } from '../requester/index.js';
import type { BotDirectory, DeadlineTeller } from '../services.js';
import { parseAgentMessage } from './agent-command.js';
import { AgentRoster } from './agent-roster.js';
import { addDescription, type Description } from './describe.js';
import { escalate, type EscalationOutcome, type EscalationRequest } from './escalate.js';
import { forwardWhileWaiting } from './forward.js';
import { handBack, type HandBack } from './hand-back.js';
import { followedOpenTicket, recordUserWords } from './user-words.js';
import { HANDOFF_LANGUAGE_DEFAULT, openHandoffOfTurn, personOf, ticketById, type HandoffDeps } from './handoff-deps.js';
import { HandoffStore } from './handoff-store.js';
import { relayFromAgent, relayFromUser } from './relay.js';
import { closeUnconfirmedResolutions } from './resolution.js';
import { runAgentCommand } from './run-command.js';
import { takeOver } from './take-over.js';

export interface HandoffDeskOptions {
  store: Store;
  tickets: TicketRepository;
  directory: BotDirectory;
  understander: Understander;
  notifier: Notifier;
  refs: Pick<ConversationRefs, 'teamChannel' | 'record'>;
  redaction: RedactionPolicy;
  /** Entra object ids and/or e-mails of the agents; empty: the directory's IT support roles. */
  agents?: readonly string[];
  /** The agents' Teams channel; default: the helpdesk-l1 team's channel. */
  agentChannelId?: string;
  /** Read at each use, so deadlines wired after start are picked up. */
  deadlines?: () => DeadlineTeller | undefined;
  clock: Clock;
  logger: Logger;
  channelLanguage?: Language;
  /** Who is behind a turn; default: the directory alone (Entra id, e-mail, Slack id). */
  requesters?: { resolve(context: TurnContext): Promise<DirectoryUser | undefined> };
}

/**
 * Agents take over: the bot hands a stuck conversation to the help desk's Teams channel (a card with a
 * "Take over" button), relays messages both ways once an agent took it, and runs the agents' thread
 * commands (/assign, /team, /priority, /wait, /resolve, /note, /bot).
 *
 * ```ts
 * const desk = new HandoffDesk({ store, tickets, directory, understander, notifier, refs, redaction, clock, logger });
 * // in the bot's turn, first: if (await desk.onChannelTurn(context)) return;
 * ```
 */
export class HandoffDesk {
  readonly #deps: HandoffDeps;

  constructor(options: HandoffDeskOptions) {
    this.#deps = {
      store: options.store,
      handoffs: new HandoffStore(options.store),
      tickets: options.tickets,
      directory: options.directory,
      understander: options.understander,
      notifier: options.notifier,
      refs: options.refs,
      redaction: options.redaction,
      roster: new AgentRoster(options.agents),
      agentChannelId: options.agentChannelId,
      deadlines: options.deadlines ?? (() => undefined),
      clock: options.clock,
      logger: options.logger,
      channelLanguage: options.channelLanguage ?? HANDOFF_LANGUAGE_DEFAULT,
      whoIs: options.requesters
        ? (context) => options.requesters!.resolve(context)
        : (context) => directoryUserOf(options.directory, context.activity),
    };
  }

  /**
   * An activity from a Teams channel: a "Take over" click, or a message in the thread of a handoff card
   * (the agent's reply or command). Returns false for anything else, which the bot handles as usual.
   */
  async onChannelTurn(context: TurnContext): Promise<boolean> {
    const { activity } = context;
    if (activity.type !== 'message' || activity.conversation?.conversationType !== 'channel') return false;
    const value = activity.value as Record<string, unknown> | undefined;
    if (value?.handoff === 'take') {
      await takeOver(this.#deps, context, Number(value.id));
      return true;
    }
    const [channelId, root] = activity.conversation.id.split(';messageid=');
    if (!channelId || !root) return false;
    const handoff = await this.#deps.handoffs.byCard(channelId, root);
    if (!handoff) return false;
    await this.#threadMessage(context, handoff.id);
    return true;
  }

  /**
   * A message in a user's chat: the relay when an agent holds the conversation, or the answer to a
   * resolution. Returns false when the bot should handle the turn itself.
   */
  onUserTurn(context: TurnContext, turn: { user: DirectoryUser | undefined; lang: Language }): Promise<boolean> {
    return relayFromUser(this.#deps, context, turn);
  }

  /** Hands the conversation over to the agents (see {@link EscalationRequest}). */
  escalate(context: TurnContext, request: EscalationRequest): Promise<EscalationOutcome> {
    return escalate(this.#deps, context, request);
  }

  /**
   * A user handed over before saying what the problem was describes it: it goes onto the waiting
   * ticket and its card. False when no handoff waits for a description (the bot handles the turn).
   */
  describe(context: TurnContext, description: Description): Promise<boolean> {
    return addDescription(this.#deps, context, description);
  }

  /**
   * Words the user asks to add to a ticket of theirs ("can you add that to the ticket?"): recorded on it like a
   * relayed message. Returns the ticket, or undefined when the number is not an open ticket of theirs.
   */
  async addToTicket(user: DirectoryUser | undefined, number: string | undefined, text: string): Promise<Ticket | undefined> {
    const ticket = await followedOpenTicket(this.#deps, user, number);
    if (ticket && user) await recordUserWords(this.#deps, ticket, text, {}, user.email);
    return ticket;
  }

  /** The open ticket this conversation waits for an agent about, if any. */
  async waitingTicket(context: TurnContext): Promise<Ticket | undefined> {
    const handoff = await openHandoffOfTurn(this.#deps, context);
    if (!handoff || handoff.state !== 'waiting') return undefined;
    const ticket = await ticketById(this.#deps, handoff.ticket_id);
    return ticket && isOpen(ticket.status) ? ticket : undefined;
  }

  /** The user no longer wants a person: the hand-over of this conversation ends (see {@link handBack}). */
  handBack(context: TurnContext, request: HandBack): Promise<Ticket | undefined> {
    return handBack(this.#deps, context, request);
  }

  /** What the user writes while waiting for an agent goes to the agent (see {@link forwardWhileWaiting}). */
  forwardWhileWaiting(context: TurnContext, message: Description): Promise<boolean> {
    return forwardWhileWaiting(this.#deps, context, message);
  }

  /** Closes tickets resolved more than 48 hours before `now` without the user's answer; returns their numbers. */
  closeUnconfirmedResolutions(now: Date): Promise<string[]> {
    return closeUnconfirmedResolutions(this.#deps, now);
  }

  async #threadMessage(context: TurnContext, handoffId: number): Promise<void> {
    const deps = this.#deps;
    const agent = await personOf(deps, context);
    const text = turnText({ ...context.activity, value: undefined });
    const parsed = parseAgentMessage(text);
    if (!deps.roster.isAgent(agent)) {
      await context.sendActivity(t(agent.lang, 'agent.take_refused', { name: agent.name }));
      return;
    }
    const handoff = (await deps.handoffs.byId(handoffId))!;
    if (parsed.kind === 'message') return relayFromAgent(deps, context, handoff, agent, text);
    if (parsed.kind === 'unknown') {
      await context.sendActivity(t(agent.lang, 'agent.cmd_usage'));
      return;
    }
    if (parsed.kind === 'malformed') {
      await context.sendActivity(t(agent.lang, `agent.cmd_usage.${parsed.name}` as MessageKey));
      return;
    }
    const ticket = await ticketById(deps, handoff.ticket_id);
    if (!ticket) return;
    await runAgentCommand({ deps, context, handoff, ticket, agent }, parsed.command);
  }
}
