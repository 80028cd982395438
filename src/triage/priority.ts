import type { Category, Impact, Priority, Scope, Urgency } from './vocabulary.js';

export interface ImpactFactors {
  category: Category;
  scope: Scope;
  patient_care_impact: boolean;
}

/**
 * Impact level from DESIGN.md: patient care blocked on a whole unit, or on a medical device or a
 * security incident, is critical; patient care alone or a unit-wide outage is high.
 */
export function impactOf({ category, scope, patient_care_impact }: ImpactFactors): Impact {
  const wide = scope === 'service' || scope === 'site';
  if (patient_care_impact && (wide || category === 'biomedical' || category === 'security')) return 'critical';
  if (patient_care_impact || wide) return 'high';
  if (scope === 'team') return 'medium';
  return 'low';
}

const PRIORITY_MATRIX: Record<Impact, Record<Urgency, Priority>> = {
  critical: { high: 'P1', medium: 'P1', low: 'P1' },
  high: { high: 'P1', medium: 'P2', low: 'P3' },
  medium: { high: 'P2', medium: 'P3', low: 'P4' },
  low: { high: 'P3', medium: 'P4', low: 'P4' },
};

/** Priority P1..P4 from impact and urgency (DESIGN.md matrix). */
export function priorityOf(impact: Impact, urgency: Urgency): Priority {
  return PRIORITY_MATRIX[impact][urgency];
}

/** Impact and priority in one step, for callers that hold the raw incident fields. */
export function assess(factors: ImpactFactors & { urgency: Urgency }): { impact: Impact; priority: Priority } {
  const impact = impactOf(factors);
  return { impact, priority: priorityOf(impact, factors.urgency) };
}
