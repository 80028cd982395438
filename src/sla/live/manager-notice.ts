import type { Attachment } from 'botbuilder';
import { card, factSet, textBlock } from '../../bot/cards/index.js';
import type { Ticket } from '../../tickets/index.js';
import type { Language } from '../../triage/index.js';
import type { Clock } from '../clocks/index.js';
import type { Contract } from '../contracts/index.js';
import { percentUsed } from './countdown-card.js';
import { durationInWords, whenInWords } from './words.js';

const WORDS = {
  fr: {
    clocks: { response: 'prise en charge', resolution: 'résolution' },
    breached: (number: string, priority: string, clock: string) => `🔴 SLA dépassé — ${number} (${priority}) : délai de ${clock}`,
    warning: (percent: number, number: string, priority: string, clock: string) => `🟠 SLA à ${percent} % — ${number} (${priority}) : délai de ${clock}`,
    contract: 'Contrat',
    internal: 'interne',
    team: 'Équipe',
    target: 'Objectif',
    targetValue: (duration: string, used: number) => `${duration} ouvrées (${used} % consommés)`,
    deadline: 'Échéance',
    paused: 'en pause',
    late: 'Retard',
    justNow: "à l'instant",
    penalty: 'Pénalité',
    status: 'Statut',
    assignee: 'Assigné à',
    nobody: 'personne',
    noPenalty: (internal: boolean) => `Pas de pénalité sur ce délai (contrat ${internal ? 'interne' : 'sans pénalité'})`,
    penaltyValue: (rate: string, accrued: string, hours: number, perTicket: string, perMonth: string) =>
      `${rate} EUR par heure entamée, ${accrued} EUR à ce jour (${hours} h entamée${hours > 1 ? 's' : ''}; plafond ${perTicket} EUR par ticket, ${perMonth} EUR par mois)`,
  },
  en: {
    clocks: { response: 'response', resolution: 'resolution' },
    breached: (number: string, priority: string, clock: string) => `🔴 SLA breached — ${number} (${priority}): ${clock} time`,
    warning: (percent: number, number: string, priority: string, clock: string) => `🟠 SLA at ${percent} % — ${number} (${priority}): ${clock} time`,
    contract: 'Contract',
    internal: 'internal',
    team: 'Team',
    target: 'Target',
    targetValue: (duration: string, used: number) => `${duration} of open time (${used} % used)`,
    deadline: 'Deadline',
    paused: 'paused',
    late: 'Late by',
    justNow: 'just now',
    penalty: 'Penalty',
    status: 'Status',
    assignee: 'Assigned to',
    nobody: 'nobody',
    noPenalty: (internal: boolean) => `No penalty on this clock (${internal ? 'internal contract' : 'contract without penalty'})`,
    penaltyValue: (rate: string, accrued: string, hours: number, perTicket: string, perMonth: string) =>
      `${rate} EUR per started hour, ${accrued} EUR so far (${hours} started hour${hours > 1 ? 's' : ''}; cap ${perTicket} EUR per ticket, ${perMonth} EUR per month)`,
  },
} as const;

/** The penalty line: the contract's rate and cap, and what has accrued so far. */
export function penaltyLine(contract: Contract, clock: Clock, lang: Language = 'fr'): string {
  const w = WORDS[lang];
  const penalties = contract.penalties;
  if (!penalties || !penalties.applies_to.includes(clock.kind)) return w.noPenalty(contract.provider === 'internal');
  return w.penaltyValue(
    penalties.eur_per_started_hour.toFixed(2),
    clock.penalty_eur.toFixed(2),
    clock.started_hours_late,
    penalties.cap_per_ticket_eur.toFixed(2),
    penalties.cap_per_month_eur.toFixed(2),
  );
}

/**
 * The notice in the managers' channel when a clock reaches a threshold for them: a warning before the
 * deadline (90 % by default), and at breach the contract that is breached and the penalty accruing.
 */
export function managerNotice(ticket: Ticket, clock: Clock, threshold: number, contract: Contract, teamName: string, now: Date, lang: Language = 'fr'): Attachment {
  const w = WORDS[lang];
  const breach = threshold >= 100;
  const name = w.clocks[clock.kind];
  const title = breach ? w.breached(ticket.number, ticket.priority, name) : w.warning(threshold, ticket.number, ticket.priority, name);
  const facts: Array<[string, string]> = [
    [w.contract, `${contract.name} (${contract.id}), ${contract.provider === 'internal' ? w.internal : contract.provider}`],
    [w.team, teamName],
    [w.target, w.targetValue(durationInWords(clock.target_minutes * 60_000, lang), Math.floor(percentUsed(clock)))],
    [w.deadline, clock.deadline ? whenInWords(clock.deadline, now, lang) : w.paused],
  ];
  if (breach) {
    facts.push([w.late, clock.late_ms > 0 ? durationInWords(clock.late_ms, lang) : w.justNow]);
    facts.push([w.penalty, penaltyLine(contract, clock, lang)]);
  }
  facts.push([w.status, ticket.status], [w.assignee, ticket.assignee ?? w.nobody]);
  return card([
    textBlock(title, { weight: 'Bolder', size: 'Medium', color: breach ? 'Attention' : 'Warning' }),
    textBlock(ticket.title, { isSubtle: true }),
    factSet(facts),
  ]);
}
