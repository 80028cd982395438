import { HOUR } from '../calendar/index.js';
import type { Penalties } from '../contracts/index.js';
import type { ClockKind } from '../terms.js';

const cents = (eur: number) => Math.round(eur * 100);

/** Whole hours begun: 1 ms late is 1 started hour, exactly 1 h late is 1, 1 h + 1 ms is 2. */
export function startedHours(lateMs: number): number {
  return lateMs <= 0 ? 0 : Math.ceil(lateMs / HOUR);
}

/** Penalty of one clock: started hours late × hourly amount, capped per ticket; 0 if the contract does not charge this clock. */
export function clockPenalty(penalties: Penalties | null, kind: ClockKind, lateMs: number): number {
  if (!penalties || !penalties.applies_to.includes(kind)) return 0;
  const amount = startedHours(lateMs) * cents(penalties.eur_per_started_hour);
  return Math.min(amount, cents(penalties.cap_per_ticket_eur)) / 100;
}

/** Penalty of a ticket: the sum of its clocks' penalties, capped per ticket. */
export function ticketPenalty(penalties: Penalties | null, clockAmounts: readonly number[]): number {
  if (!penalties) return 0;
  const sum = clockAmounts.reduce((total, amount) => total + cents(amount), 0);
  return Math.min(sum, cents(penalties.cap_per_ticket_eur)) / 100;
}

/** Penalty of a month under one contract: the sum of its tickets' penalties, capped per month. */
export function monthlyPenalty(penalties: Penalties | null, ticketAmounts: readonly number[]): { total_eur: number; uncapped_eur: number; capped: boolean } {
  const sum = ticketAmounts.reduce((total, amount) => total + cents(amount), 0);
  if (!penalties) return { total_eur: 0, uncapped_eur: 0, capped: false };
  const total = Math.min(sum, cents(penalties.cap_per_month_eur));
  return { total_eur: total / 100, uncapped_eur: sum / 100, capped: total < sum };
}
