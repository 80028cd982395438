import type { Attachment } from 'botbuilder';
import { card, factSet, textBlock } from '../../bot/cards/index.js';
import type { Ticket } from '../../tickets/index.js';
import type { Clock } from '../clocks/index.js';
import type { Contract } from '../contracts/index.js';
import { percentUsed } from './countdown-card.js';
import { durationInWords, whenInWords } from './words.js';

const CLOCK_NAMES = { response: 'prise en charge', resolution: 'résolution' } as const;

/** The penalty line: the contract's rate and cap, and what has accrued so far. */
export function penaltyLine(contract: Contract, clock: Clock): string {
  const penalties = contract.penalties;
  if (!penalties || !penalties.applies_to.includes(clock.kind)) return `Pas de pénalité sur ce délai (contrat ${contract.provider === 'internal' ? 'interne' : 'sans pénalité'})`;
  const accrued = clock.penalty_eur.toFixed(2);
  return `${penalties.eur_per_started_hour.toFixed(2)} EUR par heure entamée, ${accrued} EUR à ce jour` +
    ` (${clock.started_hours_late} h entamée${clock.started_hours_late > 1 ? 's' : ''}; plafond ${penalties.cap_per_ticket_eur.toFixed(2)} EUR par ticket` +
    `, ${penalties.cap_per_month_eur.toFixed(2)} EUR par mois)`;
}

/**
 * The notice in the managers' channel when a clock reaches a threshold for them: a warning before the
 * deadline (90 % by default), and at breach the contract that is breached and the penalty accruing.
 */
export function managerNotice(ticket: Ticket, clock: Clock, threshold: number, contract: Contract, teamName: string, now: Date): Attachment {
  const breach = threshold >= 100;
  const name = CLOCK_NAMES[clock.kind];
  const title = breach
    ? `🔴 SLA dépassé — ${ticket.number} (${ticket.priority}) : délai de ${name}`
    : `🟠 SLA à ${threshold} % — ${ticket.number} (${ticket.priority}) : délai de ${name}`;
  const facts: Array<[string, string]> = [
    ['Contrat', `${contract.name} (${contract.id}), ${contract.provider === 'internal' ? 'interne' : contract.provider}`],
    ['Équipe', teamName],
    ['Objectif', `${durationInWords(clock.target_minutes * 60_000, 'fr')} ouvrées (${Math.floor(percentUsed(clock))} % consommés)`],
    ['Échéance', clock.deadline ? whenInWords(clock.deadline, now, 'fr') : 'en pause'],
  ];
  if (breach) {
    facts.push(['Retard', clock.late_ms > 0 ? durationInWords(clock.late_ms, 'fr') : "à l'instant"]);
    facts.push(['Pénalité', penaltyLine(contract, clock)]);
  }
  facts.push(['Statut', ticket.status], ['Assigné à', ticket.assignee ?? 'personne']);
  return card([
    textBlock(title, { weight: 'Bolder', size: 'Medium', color: breach ? 'Attention' : 'Warning' }),
    textBlock(ticket.title, { isSubtle: true }),
    factSet(facts),
  ]);
}
