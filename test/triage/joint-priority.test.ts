import { describe, expect, it } from 'vitest';
import { mostProbablePriority } from '../../src/triage/learned/joint-priority.js';

describe('the priority read from the fields together', () => {
  it('keeps the fields’ own most probable values when they give the most probable priority', () => {
    const reading = mostProbablePriority('software', [['team', 0.9], ['service', 0.1]], [['medium', 0.8], ['high', 0.2]], [[false, 0.9], [true, 0.1]]);
    expect(reading).toEqual({ scope: 'team', urgency: 'medium', patient_care_impact: false, priority: 'P3' });
  });

  it('weighs the combinations: a likely team reading whose priority is less probable than the P1s together gives way', () => {
    // Field by field: team (0.55), medium (0.6), no care held up (0.55) → P3 with probability 0.55 × 0.6 × 0.55 ≈ 0.18.
    // Service or care held up on a medical device makes P1 whatever the urgency: 1 − 0.55 × 0.55 ≈ 0.70.
    const reading = mostProbablePriority('biomedical', [['team', 0.55], ['service', 0.45]], [['medium', 0.6], ['high', 0.4]], [[false, 0.55], [true, 0.45]]);
    expect(reading.priority).toBe('P1');
    // Among the P1 combinations, the most probable one: the team and the urgency the models favour, care held up.
    expect(reading).toEqual({ scope: 'team', urgency: 'medium', patient_care_impact: true, priority: 'P1' });
  });

  it('never moves what the rules hold: one value at certainty stays', () => {
    const reading = mostProbablePriority('printer', [['single_user', 1]], [['low', 1]], [[false, 0.6], [true, 0.4]]);
    expect(reading).toMatchObject({ scope: 'single_user', urgency: 'low' });
  });

  it('breaks an exact tie towards the more urgent priority', () => {
    const reading = mostProbablePriority('software', [['single_user', 1]], [['high', 0.5], ['medium', 0.5]], [[true, 1]]);
    expect(reading.priority).toBe('P1');
  });
});
