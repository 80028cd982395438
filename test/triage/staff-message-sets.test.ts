import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assess, labelledCaseSchema, type LabelledCase } from '../../src/triage/index.js';

/** Labelled sets written apart from the development set, to measure how the understanding generalises. */
const SETS = [
  'incident-reports-tuning.jsonl', 'incident-reports-blind.jsonl', 'incident-reports-blind-2.jsonl', 'incident-reports-blind-3.jsonl',
  'incident-reports-blind-4.jsonl',
];

function load(name: string): LabelledCase[] {
  const file = fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => labelledCaseSchema.parse(JSON.parse(line)));
}

describe.each(SETS)('the labelled staff messages in %s', (name) => {
  const cases = load(name);

  it('has unique ids, a French majority and every intent', () => {
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    const french = cases.filter((c) => c.lang === 'fr').length;
    expect(french / cases.length).toBeGreaterThan(0.6);
    expect(new Set(cases.map((c) => c.intent)).size).toBe(10);
  });

  it('labels priority with the DESIGN.md rule from the other labels', () => {
    for (const c of cases) {
      if (c.category === null) {
        expect([c.scope, c.urgency, c.patient_care_impact, c.priority], c.id).toEqual([null, null, null, null]);
        continue;
      }
      const { priority } = assess({
        category: c.category,
        scope: c.scope!,
        urgency: c.urgency!,
        patient_care_impact: c.patient_care_impact!,
      });
      expect(priority, c.id).toBe(c.priority);
      expect(c.intent === 'service_request', c.id).toBe(c.category === 'request');
    }
  });
});
