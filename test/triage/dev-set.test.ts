import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CATEGORIES, SCOPES, assess, evaluateUnderstanding, labelledCaseSchema, understandText, type LabelledCase,
} from '../../src/triage/index.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/incident-reports.jsonl', import.meta.url));
const cases: LabelledCase[] = readFileSync(FIXTURE, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => labelledCaseSchema.parse(JSON.parse(line)));

describe('the development set of staff messages', () => {
  it('is large, French-heavy with enough English, and covers every category and scope', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(cases.filter((c) => c.lang === 'en').length).toBeGreaterThanOrEqual(50);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    expect(new Set(cases.map((c) => c.category).filter((c) => c !== null))).toEqual(new Set(CATEGORIES));
    expect(new Set(cases.map((c) => c.scope).filter((s) => s !== null))).toEqual(new Set(SCOPES));
    const intents = new Set(cases.map((c) => c.intent));
    for (const intent of ['question', 'ticket_status', 'talk_to_human', 'cancel', 'help', 'greeting', 'thanks', 'unknown']) {
      expect(intents).toContain(intent);
    }
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

  it('is understood well enough by the lexicons alone: category ≥ 0.90, priority ≥ 0.85, P1 recall ≥ 0.95', async () => {
    const report = await evaluateUnderstanding(cases, understandText);
    expect(report.accuracy.category.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(report.accuracy.priority.accuracy).toBeGreaterThanOrEqual(0.85);
    expect(report.p1Recall.accuracy, `P1 downgraded: ${report.p1Recall.missed.join(', ')}`).toBeGreaterThanOrEqual(0.95);
    expect(report.accuracy.intent.accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
