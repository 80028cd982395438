import type { TurnContext } from 'botbuilder';
import { isCodedError } from '../../errors.js';
import { t } from '../messages/index.js';
import { refreshCard, statusOf } from './card-view.js';
import { personOf, tellUser, ticketById, type HandoffDeps, type Person } from './handoff-deps.js';

/**
 * An agent clicked "Take over" on a handoff card. Only a registered agent may; of two agents clicking
 * at once exactly one wins (conditional UPDATE on state = 'waiting'), the loser hears who won. The
 * winner's take-over is an `assigned` event by that agent, which stops the response clock.
 */
export async function takeOver(deps: HandoffDeps, context: TurnContext, handoffId: number): Promise<void> {
  const agent = await personOf(deps, context);
  const lang = agent.lang;
  if (!deps.roster.isAgent(agent)) {
    await context.sendActivity(t(lang, 'agent.take_refused', { name: agent.name }));
    return;
  }
  const at = deps.clock.now().toISOString();
  const won = Number.isInteger(handoffId) && (await deps.handoffs.take(handoffId, { ref: agent.ref, name: agent.name }, at));
  const handoff = Number.isInteger(handoffId) ? await deps.handoffs.byId(handoffId) : undefined;
  if (!won || !handoff) {
    if (handoff?.state === 'active' && handoff.agent_ref === agent.ref) await context.sendActivity(t(lang, 'agent.already_yours'));
    else if (handoff?.state === 'active') await context.sendActivity(t(lang, 'agent.already_taken', { agent: handoff.agent_name ?? '' }));
    else await context.sendActivity(t(lang, 'agent.not_waiting'));
    return;
  }
  const ticket = await ticketById(deps, handoff.ticket_id);
  if (!ticket) return;
  await assignTo(deps, ticket.number, agent);
  await refreshCard(deps, handoff, ticket, statusOf(deps, handoff));
  await context.sendActivity(t(lang, 'agent.taken', { agent: agent.name }));
  await tellUser(deps, ticket, { text: t(ticket.language, 'handoff.taken', { agent: agent.name, number: ticket.number }) });
  deps.logger.info({ ticket: ticket.number, handoff: handoff.id }, 'handoff taken over');
}

/** Assigns the ticket to the agent (audited as the agent's own action) and starts work on it. */
export async function assignTo(deps: HandoffDeps, number: string, agent: Pick<Person, 'ref'>, by: Pick<Person, 'ref'> = agent): Promise<void> {
  const actor = { by: by.ref, kind: 'agent' as const };
  try {
    const ticket = await deps.tickets.assign(number, agent.ref, actor);
    if (ticket.status === 'new' || ticket.status === 'assigned') await deps.tickets.move(number, 'in_progress', actor);
  } catch (error) {
    // A ticket closed meanwhile keeps its state; the relay still lets the agent talk to the user.
    if (!isCodedError(error)) throw error;
    deps.logger.warn({ code: error.code, ticket: number }, 'take-over could not update the ticket');
  }
}
