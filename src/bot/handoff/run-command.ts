import { TeamsInfo, type TurnContext } from 'botbuilder';
import { isCodedError, type CodedError } from '../../errors.js';
import type { DirectoryUser } from '../../directory/index.js';
import type { Ticket } from '../../tickets/index.js';
import { t, type MessageKey } from '../messages/index.js';
import type { AgentCommand } from './agent-command.js';
import { postCard, refreshCard, statusOf } from './card-view.js';
import { clockTime, firstName, forAudit, tellUser, type HandoffDeps, type Person } from './handoff-deps.js';
import { resolutionCard } from './handoff-card.js';
import type { HandoffRow } from './handoff-store.js';
import { assignTo } from './take-over.js';

interface CommandTurn {
  deps: HandoffDeps;
  context: TurnContext;
  handoff: HandoffRow;
  ticket: Ticket;
  agent: Person;
}

/**
 * Runs an agent's command on the handoff's ticket and answers in the thread. A refused change (closed
 * ticket, illegal move, short reason) is answered with the reason, never thrown.
 */
export async function runAgentCommand(turn: CommandTurn, command: AgentCommand): Promise<void> {
  try {
    await COMMANDS[command.name](turn, command as never);
  } catch (error) {
    if (!isCodedError(error)) throw error;
    await turn.context.sendActivity(await refusalInWords(turn, error));
  }
}

/**
 * Why a change was refused, in the agent's language: the ticket already with that team, closed, a move its status does
 * not allow, a change made at the same moment by someone else. Other refusals keep their own message.
 */
async function refusalInWords({ deps, agent }: CommandTurn, error: CodedError): Promise<string> {
  const { lang } = agent;
  const details = error.details ?? {};
  const number = String(details.number ?? '');
  const status = (value: unknown) => t(lang, `status.${String(value)}` as MessageKey);
  if (error.code === 'conflict' && typeof details.team === 'string') {
    const team = await deps.directory.findSupportTeam(details.team);
    return t(lang, 'agent.refused.same_team', { number, team: team?.name ?? details.team });
  }
  if (error.code === 'conflict' && details.concurrent) return t(lang, 'agent.refused.concurrent', { number });
  if (error.code === 'illegal_transition' && details.status) return t(lang, 'agent.refused.closed', { number, status: status(details.status) });
  if (error.code === 'illegal_transition' && details.from && details.to) {
    return t(lang, 'agent.refused.move', { number, from: status(details.from), to: status(details.to) });
  }
  return t(lang, 'agent.cmd_refused', { reason: error.message });
}

type Handlers = { [K in AgentCommand['name']]: (turn: CommandTurn, command: Extract<AgentCommand, { name: K }>) => Promise<void> };

const COMMANDS: Handlers = {
  async assign(turn, command) {
    const { deps, context, ticket, agent } = turn;
    const target = await mentionedUser(turn, command.target);
    if (!target) {
      await context.sendActivity(t(agent.lang, 'agent.cmd_usage.assign'));
      return;
    }
    if (!deps.roster.isAgent({ user: target })) {
      await context.sendActivity(t(agent.lang, 'agent.not_an_agent', { who: target.displayName }));
      return;
    }
    const next = { ref: target.email, name: target.displayName };
    await assignTo(deps, ticket.number, next, agent);
    const at = deps.clock.now().toISOString();
    const moved = (await deps.handoffs.reassign(turn.handoff.id, next)) || (await deps.handoffs.take(turn.handoff.id, next, at));
    if (moved) {
      const handoff = (await deps.handoffs.byId(turn.handoff.id))!;
      await refreshCard(deps, handoff, ticket, statusOf(deps, handoff));
      await tellUser(deps, ticket, { text: t(ticket.language, 'handoff.reassigned', { agent: target.displayName, number: ticket.number }) });
    }
    await context.sendActivity(t(agent.lang, 'agent.assigned', { number: ticket.number, agent: target.displayName }));
  },

  async team(turn, command) {
    const { deps, context, ticket, agent, handoff } = turn;
    const team = await deps.directory.findSupportTeam(command.team);
    if (!team) {
      const codes = await deps.store.db.selectFrom('support_teams').select('code').orderBy('code').execute();
      await context.sendActivity(t(agent.lang, 'agent.unknown_team', { team: command.team, codes: codes.map((c) => c.code).join(', ') }));
      return;
    }
    const moved = await deps.tickets.changeTeam(ticket.number, team.code, { by: agent.ref, kind: 'agent' }, `transferred by ${agent.ref} from the handoff thread`);
    const at = deps.clock.now().toISOString();
    const lang = deps.channelLanguage;
    await deps.handoffs.end(handoff.id, at);
    await refreshCard(deps, handoff, moved, { kind: 'ended', why: t(lang, 'agent.ended.transferred', { team: team.name }), time: clockTime(at, lang) });
    await tellUser(deps, moved, { text: t(moved.language, 'handoff.transferred', { number: moved.number, team: team.name }) });
    if (!team.teamsChannelId) {
      await context.sendActivity(t(agent.lang, 'agent.team_no_channel', { number: moved.number, team: team.name }));
      return;
    }
    const next = await deps.handoffs.open({ ticketId: moved.id, userConversationKey: handoff.user_conversation_key, reason: 'team_changed', at });
    if (!(await postCard(deps, next, moved, team.teamsChannelId))) await deps.handoffs.end(next.id, at);
    await context.sendActivity(t(agent.lang, 'agent.team_changed', { number: moved.number, team: team.name }));
  },

  async priority(turn, command) {
    const { deps, context, ticket, agent, handoff } = turn;
    const changed = await deps.tickets.changePriority(ticket.number, command.priority, { by: agent.ref, kind: 'agent' }, command.reason);
    if (handoff.state !== 'ended') await refreshCard(deps, handoff, changed, statusOf(deps, handoff));
    await context.sendActivity(
      t(agent.lang, 'agent.priority_changed', { number: ticket.number, from: ticket.priority, to: changed.priority, reason: command.reason }),
    );
  },

  async wait(turn) {
    const { deps, context, ticket, agent } = turn;
    await deps.tickets.move(ticket.number, 'waiting_user', { by: agent.ref, kind: 'agent' });
    await context.sendActivity(t(agent.lang, 'agent.waiting_user', { number: ticket.number }));
  },

  async resolve(turn, command) {
    const { deps, context, ticket, agent } = turn;
    // The resolution text is the ticket's answer to the user and the draft of a future fiche: kept on the event.
    await deps.tickets.move(ticket.number, 'resolved', { by: agent.ref, kind: 'agent' }, forAudit(deps, command.resolution));
    await tellUser(deps, ticket, { attachments: [resolutionCard(ticket.language, ticket.number, firstName(agent.name), command.resolution)] });
    await context.sendActivity(t(agent.lang, 'agent.resolved', { number: ticket.number }));
  },

  async note(turn, command) {
    const { deps, context, ticket, agent } = turn;
    await deps.tickets.record(ticket.number, 'note', { text: forAudit(deps, command.text) }, { by: agent.ref, kind: 'agent' });
    await context.sendActivity(t(agent.lang, 'agent.noted', { number: ticket.number }));
  },

  async bot(turn) {
    const { deps, context, ticket, agent, handoff } = turn;
    const at = deps.clock.now().toISOString();
    if (!(await deps.handoffs.end(handoff.id, at))) {
      await context.sendActivity(t(agent.lang, 'agent.relay_ended'));
      return;
    }
    const lang = deps.channelLanguage;
    await deps.tickets.record(ticket.number, 'note', { handoff: 'ended', by: 'agent' }, { by: agent.ref, kind: 'agent' });
    await refreshCard(deps, handoff, ticket, { kind: 'ended', why: t(lang, 'agent.ended.back_to_bot', { agent: agent.name }), time: clockTime(at, lang) });
    await tellUser(deps, ticket, { text: t(ticket.language, 'handoff.back_to_bot', { number: ticket.number }) });
    await context.sendActivity(t(agent.lang, 'agent.back_to_bot'));
  },
};

/**
 * The agent an /assign names: a typed e-mail, or the person @mentioned (other than the bot), found by
 * Entra object id in the directory; Teams mentions may omit it, then the channel's member list tells.
 */
async function mentionedUser({ deps, context }: CommandTurn, email: string | undefined): Promise<DirectoryUser | undefined> {
  if (email) return deps.directory.findUserByEmail(email);
  const botId = context.activity.recipient?.id;
  const mention = (context.activity.entities ?? [])
    .filter((e) => e.type === 'mention')
    .map((e) => (e as { mentioned?: { id?: string; aadObjectId?: string } }).mentioned)
    .find((m) => m?.id && m.id !== botId);
  if (!mention?.id) return undefined;
  if (mention.aadObjectId) return deps.directory.findUserByAadObjectId(mention.aadObjectId);
  try {
    const member = await TeamsInfo.getMember(context, mention.id);
    if (member.aadObjectId) return deps.directory.findUserByAadObjectId(member.aadObjectId);
    if (member.email) return deps.directory.findUserByEmail(member.email);
  } catch (error) {
    deps.logger.warn({ err: error }, 'could not look up the mentioned member');
  }
  return undefined;
}
