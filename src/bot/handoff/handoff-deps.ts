import type { Activity, TurnContext } from 'botbuilder';
import type { PostedMessage, Notifier, ConversationRefs } from '../../channels/notifier/index.js';
import type { Clock } from '../../clock.js';
import type { Store } from '../../db/index.js';
import type { DirectoryUser } from '../../directory/index.js';
import type { Logger } from '../../log.js';
import { redactForAudience, type Audience, type RedactionPolicy } from '../../redaction/index.js';
import { toTicket, type Ticket, type TicketRepository } from '../../tickets/index.js';
import type { Language } from '../../triage/index.js';
import type { Understander } from '../intake/index.js';
import type { BotDirectory, DeadlineTeller } from '../services.js';
import type { AgentRoster } from './agent-roster.js';
import type { HandoffRow, HandoffStore } from './handoff-store.js';

/** What the handoff steps work with; built once by the runtime. */
export interface HandoffDeps {
  store: Store;
  handoffs: HandoffStore;
  tickets: TicketRepository;
  directory: BotDirectory;
  understander: Understander;
  notifier: Notifier;
  refs: Pick<ConversationRefs, 'teamChannel' | 'record'>;
  redaction: RedactionPolicy;
  roster: AgentRoster;
  /** Channel of the help-desk agents; undefined: the helpdesk-l1 team's channel. */
  agentChannelId?: string;
  /** SLA deadlines in words, when wired (read at each use). */
  deadlines(): DeadlineTeller | undefined;
  clock: Clock;
  logger: Logger;
  /** Language of what the bot posts in agents' channels (cards, notices). */
  channelLanguage: Language;
  /** The directory user behind a turn (in Teams, asked of Teams when the directory lacks their Entra id). */
  whoIs(context: TurnContext): Promise<DirectoryUser | undefined>;
}

/** A person in a channel, as the directory knows them. */
export interface Person {
  /** E-mail when the directory knows them, else the Entra object id or the channel id. */
  ref: string;
  name: string;
  aadObjectId?: string;
  user?: DirectoryUser;
  lang: Language;
}

export const HANDOFF_LANGUAGE_DEFAULT: Language = 'fr';

/** Key of a conversation in conversation_refs and handoffs: `<channel id>:<conversation id>`. */
export function conversationKey(activity: Partial<Activity>): string {
  return `${activity.channelId}:${activity.conversation?.id}`;
}

const TURN_HANDOFF = Symbol('the handoff open in this turn\'s conversation');

/**
 * The conversation's open handoff, read once per turn: the relay at the start of the turn and the forwarding of
 * a message while it waits both need it, and a turn does not change it before either has run.
 */
export function openHandoffOfTurn(deps: HandoffDeps, context: TurnContext): Promise<HandoffRow | undefined> {
  let read = context.turnState.get(TURN_HANDOFF) as Promise<HandoffRow | undefined> | undefined;
  if (!read) {
    read = deps.handoffs.openForConversation(conversationKey(context.activity));
    context.turnState.set(TURN_HANDOFF, read);
  }
  return read;
}

export async function personOf(deps: HandoffDeps, context: TurnContext): Promise<Person> {
  const from = context.activity.from ?? { id: '', name: '' };
  const user = await deps.whoIs(context);
  const ref = user?.email ?? from.aadObjectId?.toLowerCase() ?? from.id ?? 'unknown';
  return {
    ref,
    name: user?.displayName ?? from.name ?? ref,
    aadObjectId: from.aadObjectId,
    user,
    lang: user?.preferredLanguage ?? deps.channelLanguage,
  };
}

/** The channel cards are posted to: configured, or the helpdesk-l1 team's channel. */
export async function agentChannel(deps: HandoffDeps): Promise<string | undefined> {
  return deps.agentChannelId ?? (await deps.directory.findSupportTeam('helpdesk-l1'))?.teamsChannelId ?? undefined;
}

/** `external` for the channel of a team run by an outside provider, else `internal_audit`-level trust. */
export async function audienceOfChannel(deps: HandoffDeps, teamChannelId: string): Promise<'external' | 'internal'> {
  const team = await deps.store.db
    .selectFrom('support_teams')
    .select('provider')
    .where('teams_channel_id', '=', teamChannelId)
    .executeTakeFirst();
  return team && team.provider !== 'internal' ? 'external' : 'internal';
}

/** Masks patient data for an outside provider's channel; internal channels see the text as written. */
export function forChannel(deps: HandoffDeps, text: string, audience: 'external' | 'internal'): string {
  return audience === 'external' ? redactForAudience(text, 'external', deps.redaction).text : text;
}

export function forAudit(deps: HandoffDeps, text: string): string {
  return redact(deps, text, 'internal_audit');
}

function redact(deps: HandoffDeps, text: string, audience: Audience): string {
  return redactForAudience(text, audience, deps.redaction).text;
}

export async function ticketById(deps: HandoffDeps, id: number): Promise<Ticket | undefined> {
  const row = await deps.store.db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toTicket(row) : undefined;
}

/**
 * The handoff's card as a posted message, to update it or answer in its thread. The channel's stored
 * conversation reference is recorded when the card is posted and refreshed by every agent activity.
 */
export async function cardMessage(deps: HandoffDeps, handoff: HandoffRow): Promise<PostedMessage | undefined> {
  if (!handoff.agent_conversation_id || !handoff.card_activity_id) return undefined;
  const recorded = await deps.refs.teamChannel(handoff.agent_conversation_id);
  if (!recorded?.reference.conversation) return undefined;
  return {
    conversationId: handoff.agent_conversation_id,
    activityId: handoff.card_activity_id,
    reference: { ...recorded.reference, conversation: { ...recorded.reference.conversation, id: handoff.agent_conversation_id } },
  };
}

/** Posts a line in the card's thread; a failure is logged, never thrown (the user's turn goes on). */
export async function tellThread(deps: HandoffDeps, handoff: HandoffRow, message: { text?: string; attachments?: Activity['attachments'] }): Promise<boolean> {
  try {
    const posted = await cardMessage(deps, handoff);
    if (!posted) return false;
    await deps.notifier.replyInThread(posted, message);
    return true;
  } catch (error) {
    deps.logger.error({ err: error, handoff: handoff.id }, 'could not post in the handoff thread');
    return false;
  }
}

/** Sends to the requester's Teams chat; false when there is none or it failed (logged). */
export async function tellUser(deps: HandoffDeps, ticket: Ticket, message: { text?: string; attachments?: Activity['attachments'] }): Promise<boolean> {
  if (ticket.requesterId === null) return false;
  try {
    return await deps.notifier.sendToUser(ticket.requesterId, message);
  } catch (error) {
    deps.logger.error({ err: error, ticket: ticket.number }, 'could not send to the requester');
    return false;
  }
}

export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** "14:05" in Paris time: when an agent took a conversation. */
export function clockTime(iso: string, lang: Language): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' }).format(new Date(iso));
}

/** Attachments worth relaying: Teams adds a text/html copy of every message, which is left out. */
export function relayable(activity: Partial<Activity>): NonNullable<Activity['attachments']> {
  return (activity.attachments ?? []).filter((a) => a.contentType !== 'text/html');
}

export function attachmentNames(attachments: NonNullable<Activity['attachments']>): string[] {
  return attachments.map((a) => a.name ?? a.contentType);
}
