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
