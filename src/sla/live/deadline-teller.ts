import type { DeadlineTeller, PriorityTimes, TicketDeadlines } from '../../bot/services.js';
import type { Clock as TimeSource } from '../../clock.js';
import type { Store } from '../../db/index.js';
import type { Ticket } from '../../tickets/index.js';
import type { Language, Priority } from '../../triage/index.js';
import { computeClocks, type Clock } from '../clocks/index.js';
import type { ClockService } from './clock-service.js';
import { daysFrom, parisDay, whenInWords } from './words.js';

/**
 * Tells a requester when their ticket is due, in their language and Paris time: "aujourd'hui à
 * 14 h 30" / "today at 2:30 pm". Undefined when no contract covers the ticket's team.
 */
export class SlaDeadlineTeller implements DeadlineTeller {
  constructor(
    private readonly store: Store,
    private readonly clocks: ClockService,
    private readonly time: TimeSource,
  ) {}

  targetsOf(team: string): Record<Priority, PriorityTimes> | undefined {
    const contract = this.clocks.contracts.findContractForTeam(team);
    if (!contract) return undefined;
    const times = (priority: Priority): PriorityTimes => {
      const target = contract.targets[priority];
      return { respondMinutes: target.respond_minutes, resolveMinutes: target.resolve_minutes, allHours: target.calendar.spec.kind === '24/7' };
    };
    return { P1: times('P1'), P2: times('P2'), P3: times('P3'), P4: times('P4') };
  }

  forecast(team: string, priority: Priority, lang: Language): Pick<TicketDeadlines, 'respond' | 'resolve'> | undefined {
    if (!this.clocks.contracts.findContractForTeam(team)) return undefined;
    const now = this.time.now();
    // A ticket created this instant, with no event yet: its clocks start now on the contract's calendar.
    const clocks = computeClocks({ ticket: { created_at: now.toISOString(), priority, team }, events: [], now, contracts: this.clocks.contracts });
    return { respond: dueInWords(clocks.response, now, lang), resolve: dueInWords(clocks.resolution, now, lang) };
  }

  async describe(ticket: Ticket, lang: Language): Promise<TicketDeadlines | undefined> {
    if (!this.clocks.contracts.findContractForTeam(ticket.team)) return undefined;
    const now = this.time.now();
    const { clocks } = await this.clocks.clocksOf(this.store.db, ticket, now);
    return {
      respond: dueInWords(clocks.response, now, lang),
      resolve: dueInWords(clocks.resolution, now, lang),
      respondToday: clocks.response.deadline !== null && daysFrom(clocks.response.deadline, now) === 0,
      ...(clocks.response.deadline !== null ? { respondAt: new Date(clocks.response.deadline).toISOString() } : {}),
      ...(clocks.resolution.deadline !== null ? { resolveDay: parisDay(clocks.resolution.deadline) } : {}),
      response: responseState(clocks.response),
    };
  }
}

/** A response clock stopped by a person's action was answered; one running past its target is late. */
function responseState(clock: Clock): TicketDeadlines['response'] {
  if (clock.stop_reason === 'agent_action') return 'given';
  if (clock.stopped_at !== null) return undefined;
  return clock.state === 'breached' ? 'late' : 'awaited';
}

/** A clock's deadline in words; a paused clock has none yet. */
export function dueInWords(clock: Clock, now: Date, lang: Language): string {
  if (clock.deadline === null) return lang === 'fr' ? 'en pause (en attente de votre réponse)' : 'paused (waiting for your reply)';
  return whenInWords(clock.deadline, now, lang);
}

