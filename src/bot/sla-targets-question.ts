import type { Priority } from '../triage/index.js';
import { foldAnswer } from './intake/index.js';

/**
 * "c'est quoi vos délais d'intervention ?", "délais de prise en charge d'un ticket P2 ?", "what are your response
 * times?": the contract's times asked in general, not a ticket's. Undefined when not asked; else the priority named, if one.
 */
const TIMES_ASKED =
  /\b(delais?|temps) (d |de |du )?(intervention|prise en charge|traitement|resolution|reponse|reparation)\b|\bdelais? (contractuels?|du support|de la dsi|sla)\b|\bsla\b|\b(response|resolution|fix) (times?|targets?)\b|\bhow (long|quickly|fast) (do|does|will) (you|it|the (help ?desk|support|it team)) (take|respond|answer|fix)\b/;
const PRIORITY_NAMED = /\b(p[1-4])\b/;

/** "le délai de résolution de mon ticket ?": one ticket's times, which its status tells. */
const ONE_TICKET = /\b(mon|ma|notre|ce|cet|my|our|this) (ticket|demande|incident|request)\b/;

export function slaTargetsAsked(text: string): { priority?: Priority } | undefined {
  const folded = foldAnswer(text);
  if (!TIMES_ASKED.test(folded) || ONE_TICKET.test(folded)) return undefined;
  const named = PRIORITY_NAMED.exec(folded)?.[1];
  return named ? { priority: named.toUpperCase() as Priority } : {};
}

/** A contract's target for people: "15 min", "4 h", "1 h 30". */
export function minutesInWords(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return rest === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${String(rest).padStart(2, '0')}`;
}
