import type { Reassessment, Ticket } from '../tickets/index.js';
import { correctFields, withAssessment, type IncidentFields } from '../triage/index.js';

const told = <T>(value: T) => ({ value, source: 'stated' as const });

/**
 * What words added to an open ticket change in how it weighs: "yes it delays patient care", "ça bloque toute
 * l'équipe", "c pas vital". Read as a correction of the ticket's own fields; undefined when they change none, or
 * when they name another kind of problem or another device (a new matter, not this ticket).
 */
export function reassessmentTold(ticket: Ticket, words: string): Reassessment | undefined {
  if (ticket.kind !== 'incident') return undefined;
  const current: IncidentFields = withAssessment({
    category: told(ticket.category),
    scope: told(ticket.scope),
    urgency: told(ticket.urgency),
    patient_care_impact: told(ticket.patientCareImpact),
    asset_hint: null,
    location_hint: null,
  });
  const changes = correctFields(current, words);
  if (changes.category || changes.asset_hint) return undefined;
  const change: Reassessment = {
    ...(changes.scope ? { scope: changes.scope.value } : {}),
    ...(changes.urgency ? { urgency: changes.urgency.value } : {}),
    ...(changes.patient_care_impact ? { patientCareImpact: changes.patient_care_impact.value } : {}),
  };
  return Object.keys(change).length > 0 ? change : undefined;
}
