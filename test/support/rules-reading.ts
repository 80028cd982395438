import { understandText, type IncidentFields } from '../../src/triage/index.js';

/**
 * The lexicons' reading of a message, without the learned refinement: the triage rule tests describe
 * what each phrase and rule does on its own (test/triage/learned.test.ts covers the refinement).
 */
export function fieldsOf(message: string): IncidentFields {
  const fields = understandText(message, { models: null }).fields;
  if (!fields) throw new Error(`no incident fields for: ${message}`);
  return fields;
}

/** The lexicons' reading as plain values, for compact assertions. */
export function readingOf(message: string) {
  const fields = fieldsOf(message);
  return {
    category: fields.category.value,
    scope: fields.scope.value,
    urgency: fields.urgency.value,
    care: fields.patient_care_impact.value,
    priority: fields.priority,
  };
}
