import { describe, expect, it } from 'vitest';
import { CATEGORIES, SCOPES, evaluateUnderstanding, understandText } from '../../src/triage/index.js';
import { expectLabelsFollowTheRule, loadLabelledSet } from '../support/labelled-sets.js';

const cases = loadLabelledSet('incident-reports.jsonl');

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
    expectLabelsFollowTheRule(cases);
  });

  it('is understood well enough by the lexicons alone: category ≥ 0.90, priority ≥ 0.85, P1 recall ≥ 0.95', async () => {
    const report = await evaluateUnderstanding(cases, understandText);
    expect(report.accuracy.category.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(report.accuracy.priority.accuracy).toBeGreaterThanOrEqual(0.85);
    expect(report.p1Recall.accuracy, `P1 downgraded: ${report.p1Recall.missed.join(', ')}`).toBeGreaterThanOrEqual(0.95);
    expect(report.accuracy.intent.accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
