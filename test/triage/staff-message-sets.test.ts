import { describe, expect, it } from 'vitest';
import { expectLabelsFollowTheRule, loadLabelledSet } from '../support/labelled-sets.js';

/** Labelled sets written apart from the development set, to measure how the understanding generalises. */
const SETS = [
  'incident-reports-tuning.jsonl', 'incident-reports-blind.jsonl', 'incident-reports-blind-2.jsonl', 'incident-reports-blind-3.jsonl',
  'incident-reports-blind-4.jsonl', 'incident-reports-blind-5.jsonl', 'incident-reports-blind-6.jsonl', 'incident-reports-blind-7.jsonl',
  'incident-reports-blind-8.jsonl', 'incident-reports-blind-9.jsonl', 'incident-reports-blind-10.jsonl', 'incident-reports-blind-11.jsonl',
  'incident-reports-blind-12.jsonl', 'incident-reports-blind-13.jsonl', 'incident-reports-blind-14.jsonl', 'incident-reports-blind-15.jsonl',
  'incident-reports-blind-16.jsonl', 'incident-reports-blind-17.jsonl', 'incident-reports-blind-18.jsonl', 'incident-reports-blind-26.jsonl', 'incident-reports-blind-28.jsonl',
  'incident-reports-blind-30.jsonl', 'incident-reports-blind-32.jsonl', 'incident-reports-blind-33.jsonl', 'incident-reports-blind-35.jsonl', 'incident-reports-blind-36.jsonl',
  'incident-reports-blind-38.jsonl', 'incident-reports-blind-40.jsonl', 'incident-reports-blind-42.jsonl',
  'incident-reports-blind-70.jsonl', 'incident-reports-blind-71.jsonl', 'incident-reports-blind-72.jsonl', 'incident-reports-blind-73.jsonl',
  'incident-reports-blind-88.jsonl', 'incident-reports-blind-89.jsonl', 'incident-reports-blind-90.jsonl', 'incident-reports-blind-91.jsonl',
  'incident-reports-blind-92.jsonl', 'incident-reports-blind-93.jsonl', 'incident-reports-blind-94.jsonl', 'incident-reports-blind-95.jsonl',
  'incident-reports-blind-96.jsonl', 'incident-reports-blind-97.jsonl', 'incident-reports-blind-98.jsonl', 'incident-reports-blind-99.jsonl',
  'incident-reports-blind-100.jsonl', 'incident-reports-blind-101.jsonl', 'incident-reports-blind-102.jsonl', 'incident-reports-blind-103.jsonl',
  'incident-reports-blind-104.jsonl', 'incident-reports-blind-105.jsonl', 'incident-reports-blind-106.jsonl', 'incident-reports-blind-107.jsonl',
  'incident-reports-blind-108.jsonl', 'incident-reports-blind-109.jsonl', 'incident-reports-blind-110.jsonl',
  'incident-reports-blind-111.jsonl', 'incident-reports-blind-112.jsonl', 'incident-reports-blind-113.jsonl',
  'incident-reports-blind-114.jsonl', 'incident-reports-blind-115.jsonl', 'incident-reports-blind-116.jsonl',
  'incident-reports-blind-5-second-reader.jsonl', 'incident-reports-blind-8-second-reader.jsonl',
];

describe.each(SETS)('the labelled staff messages in %s', (name) => {
  const cases = loadLabelledSet(name);

  it('has unique ids, a French majority and all intents but perhaps "unknown"', () => {
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    const french = cases.filter((c) => c.lang === 'fr').length;
    expect(french / cases.length).toBeGreaterThan(0.6);
    const intents = new Set(cases.map((c) => c.intent));
    intents.add('unknown');
    expect(intents.size).toBe(10);
  });

  it('labels priority with the DESIGN.md rule from the other labels', () => {
    expectLabelsFollowTheRule(cases);
  });
});
