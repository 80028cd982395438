import { describe, expect, it } from 'vitest';
import { labelledCaseSchema } from '../../src/triage/index.js';

describe('a line of a labelled set', () => {
  it('may leave the incident fields out when the message is not an incident', () => {
    const parsed = labelledCaseSchema.safeParse({ id: 'x-1', lang: 'fr', text: 'Bonjour', intent: 'greeting' });
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({ category: null, scope: null, urgency: null, patient_care_impact: null, priority: null });
  });

  it('still rejects a field with a value outside the vocabulary', () => {
    const parsed = labelledCaseSchema.safeParse({ id: 'x-2', text: 'imprimante HS', intent: 'incident_report', category: 'printers' });
    expect(parsed.success).toBe(false);
  });
});
