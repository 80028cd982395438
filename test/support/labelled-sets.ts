import { expect } from 'vitest';
import { assess, type LabelledCase } from '../../src/triage/index.js';
import { readLabelledSet } from '../../src/triage/learned/training.js';

/** A labelled set of staff messages from test/fixtures (JSON lines), each line checked by the schema. */
export const loadLabelledSet = readLabelledSet;

/**
 * Every incident line's priority is the DESIGN.md rule applied to its other labels, lines without an
 * incident carry no incident field, and only requests are service requests.
 */
export function expectLabelsFollowTheRule(cases: LabelledCase[]): void {
  for (const c of cases) {
    if (c.category === null) {
      expect([c.scope, c.urgency, c.patient_care_impact, c.priority], c.id).toEqual([null, null, null, null]);
      continue;
    }
    const { priority } = assess({ category: c.category, scope: c.scope!, urgency: c.urgency!, patient_care_impact: c.patient_care_impact! });
    expect(priority, c.id).toBe(c.priority);
    expect(c.intent === 'service_request', c.id).toBe(c.category === 'request');
  }
}
