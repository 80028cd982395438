import type { TurnContext } from 'botbuilder';
import { isCodedError } from '../../errors.js';
import type { DirectoryUser } from '../../directory/index.js';
import type { Ticket } from '../../tickets/index.js';
import { t, type MessageKey } from '../messages/index.js';
import { refreshCard } from './card-view.js';
import { clockTime, tellThread, tellUser, type HandoffDeps } from './handoff-deps.js';

/** How long a resolved ticket waits for the user's confirmation before it closes on its own. */
export const CONFIRMATION_WINDOW_MS = 48 * 60 * 60 * 1000;

/**
 * The user answers "is it solved?" after an agent's /resolve: yes closes the ticket, no reopens it and
 * tells the agent in the card's thread. Someone else's ticket is answered like a missing one.
 */
export async function confirmResolution(
  deps: HandoffDeps,
  context: TurnContext,
  answer: { number: string; solved: boolean; user: DirectoryUser | undefined },
): Promise<void> {
  const ticket = await deps.tickets.find(answer.number);
  const lang = ticket?.language ?? answer.user?.preferredLanguage ?? deps.channelLanguage;
  if (!ticket || !answer.user || ticket.requesterId !== answer.user.id) {
    await context.sendActivity(t(lang, 'status.not_found', { number: answer.number }));
    return;
  }
  if (ticket.status !== 'resolved') {
    await context.sendActivity(t(lang, 'handoff.confirm_stale', { number: ticket.number, status: t(lang, `status.${ticket.status}` as MessageKey) }));
    return;
  }
  const actor = { by: answer.user.email, kind: 'user' as const };
  const latest = await deps.handoffs.latestForTicket(ticket.id);
  if (answer.solved) {
    const closed = await deps.tickets.move(ticket.number, 'closed', actor, 'resolution confirmed by the user');
    await context.sendActivity(t(lang, 'handoff.confirm_closed', { number: ticket.number }));
    if (latest) {
      await tellThread(deps, latest, { text: t(deps.channelLanguage, 'agent.user_confirmed', { name: answer.user.displayName, number: ticket.number }) });
      await endAfterClosing(deps, latest.id, closed);
    }
    return;
  }
  await deps.tickets.move(ticket.number, 'in_progress', actor, 'the user says the problem is not solved');
  await context.sendActivity(t(lang, 'handoff.confirm_reopened', { number: ticket.number }));
  if (latest) await tellThread(deps, latest, { text: t(deps.channelLanguage, 'agent.user_reopened', { name: answer.user.displayName, number: ticket.number }) });
}

/**
 * Closes every ticket resolved more than 48 hours before `now` that its requester has not confirmed,
 * ends its relay and tells the requester. For the scheduler; returns the numbers closed.
 *
 * ```ts
 * const closed = await runtime.handoff.closeUnconfirmedResolutions(new Date());
 * ```
 */
export async function closeUnconfirmedResolutions(deps: HandoffDeps, now: Date): Promise<string[]> {
  const cutoff = new Date(now.getTime() - CONFIRMATION_WINDOW_MS).toISOString();
  const due = await deps.store.db
    .selectFrom('tickets')
    .select('number')
    .where('status', '=', 'resolved')
    .where('resolved_at', '<=', cutoff)
    .orderBy('id')
    .execute();
  const closed: string[] = [];
  for (const { number } of due) {
    try {
      const ticket = await deps.tickets.move(number, 'closed', { by: 'triage', kind: 'system' }, 'no answer from the user within 48 hours of the resolution');
      closed.push(number);
      const latest = await deps.handoffs.latestForTicket(ticket.id);
      if (latest) await endAfterClosing(deps, latest.id, ticket);
      await tellUser(deps, ticket, { text: t(ticket.language, 'handoff.autoclosed', { number }) });
    } catch (error) {
      // Reopened or closed by someone else meanwhile: nothing to do for this one.
      if (!isCodedError(error)) throw error;
      deps.logger.info({ code: error.code, ticket: number }, 'unconfirmed resolution not closed');
    }
  }
  return closed;
}

async function endAfterClosing(deps: HandoffDeps, handoffId: number, ticket: Ticket): Promise<void> {
  const at = deps.clock.now().toISOString();
  await deps.handoffs.end(handoffId, at);
  const handoff = await deps.handoffs.byId(handoffId);
  if (!handoff) return;
  const lang = deps.channelLanguage;
  await refreshCard(deps, handoff, ticket, { kind: 'ended', why: t(lang, 'agent.ended.closed'), time: clockTime(at, lang) });
}
