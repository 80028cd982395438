import type { Category, Scope, Urgency } from './vocabulary.js';
import { byDefault, inferred, stated, type Field } from './field.js';
import { matchesAny, type Prepared } from './matcher.js';
import { NOT_URGENT, SECURITY_COMPROMISE, SECURITY_HARMLESS, TIME_PRESSURE, URGENT } from './signal-lexicon.js';

export interface UrgencyContext {
  category: Category;
  scope: Scope;
  /** Care is held up (false when a stated workaround keeps it going). */
  patientCareImpact: boolean;
  workaround: boolean;
  outage: boolean;
}

const LOWER: Record<Urgency, Urgency> = { high: 'medium', medium: 'low', low: 'low' };

/**
 * How soon work must resume. The writer's words first ("pas urgent", "urgent"); then consequences:
 * care held up, a unit or the site down, a compromised machine, time pressure (on call, patients
 * queuing, an operation about to start). A stated workaround lowers the result one step (DESIGN.md).
 * Otherwise medium, flagged `default`.
 */
export function detectUrgency(text: Prepared, context: UrgencyContext): Field<Urgency> {
  if (matchesAny(text, NOT_URGENT)) return stated('low');
  if (matchesAny(text, URGENT) || /!{2,}/.test(text.raw)) return stated('high');
  const base = consequences(text, context);
  if (context.workaround) return stated(LOWER[base]);
  return base === 'high' ? inferred('high') : byDefault('medium');
}

function consequences(text: Prepared, context: UrgencyContext): Urgency {
  if (context.patientCareImpact) return 'high';
  const wide = context.scope === 'service' || context.scope === 'site';
  if (wide && context.outage && context.category !== 'request') return 'high';
  if (context.category === 'security' && matchesAny(text, SECURITY_COMPROMISE) && !matchesAny(text, SECURITY_HARMLESS)) {
    return 'high';
  }
  if (matchesAny(text, TIME_PRESSURE)) return 'high';
  return 'medium';
}
