import { describe, expect, it } from 'vitest';
import { CATEGORIES, SCOPES, URGENCIES, assess, impactOf, priorityOf } from '../../src/triage/index.js';

/** The DESIGN.md rule written out independently, case by case, to check the implementation against. */
function expectedImpact(category: string, scope: string, pci: boolean): string {
  const wide = scope === 'service' || scope === 'site';
  if (pci && wide) return 'critical';
  if (pci && (category === 'biomedical' || category === 'security')) return 'critical';
  if (pci) return 'high';
  if (wide) return 'high';
  if (scope === 'team') return 'medium';
  return 'low';
}

const MATRIX: Record<string, Record<string, string>> = {
  critical: { high: 'P1', medium: 'P1', low: 'P1' },
  high: { high: 'P1', medium: 'P2', low: 'P3' },
  medium: { high: 'P2', medium: 'P3', low: 'P4' },
  low: { high: 'P3', medium: 'P4', low: 'P4' },
};

describe('priority rule (DESIGN.md)', () => {
  it('matches the rule for every category × scope × urgency × patient-care combination (216 cases)', () => {
    let cases = 0;
    for (const category of CATEGORIES)
      for (const scope of SCOPES)
        for (const urgency of URGENCIES)
          for (const patient_care_impact of [true, false]) {
            const impact = expectedImpact(category, scope, patient_care_impact);
            expect(assess({ category, scope, urgency, patient_care_impact })).toEqual({ impact, priority: MATRIX[impact]![urgency] });
            cases++;
          }
    expect(cases).toBe(216);
  });

  it('treats a failed ECG monitor blocking care in intensive care as critical and P1 even at low urgency', () => {
    expect(impactOf({ category: 'biomedical', scope: 'single_user', patient_care_impact: true })).toBe('critical');
    expect(priorityOf('critical', 'low')).toBe('P1');
  });

  it('keeps an admissions workstation with a workaround at P4', () => {
    expect(assess({ category: 'hardware', scope: 'single_user', urgency: 'low', patient_care_impact: false })).toEqual({ impact: 'low', priority: 'P4' });
  });

  it('gives a whole unit without its application and blocked care P1', () => {
    expect(assess({ category: 'software', scope: 'service', urgency: 'medium', patient_care_impact: true }).priority).toBe('P1');
  });

  it('gives a unit-wide outage without care impact high impact', () => {
    expect(assess({ category: 'network', scope: 'site', urgency: 'low', patient_care_impact: false })).toEqual({ impact: 'high', priority: 'P3' });
  });
});
