import { describe, expect, it } from 'vitest';
import { nextQuestion, type IntakeState } from '../../src/bot/intake/index.js';

const place = (unitCode: string) => ({ code: 'X', site: 'VALMONT', building: 'E', floor: '3', unitCode, unitName: unitCode, room: null });
const base = (fields: Partial<IntakeState>): IntakeState => ({ kind: 'incident', lang: 'fr', text: '…', candidates: [], homePlace: null, retries: 0, ...fields });

describe('the next intake question', () => {
  it('does not ask where a hospital-wide outage happens', () => {
    expect(nextQuestion(base({ category: 'software', scope: 'site' }))).toBe('patient_care');
    expect(nextQuestion(base({ category: 'software', scope: 'service' }))).toBe('location');
  });

  it('does not ask where a password or a phishing e-mail is, unless a device is concerned', () => {
    expect(nextQuestion(base({ category: 'access' }))).toBe('scope');
    expect(nextQuestion(base({ category: 'security', scope: 'single_user' }))).toBe('patient_care');
    const pc = { tag: 'PC-FIN-0001', kind: 'workstation', place: place('finance') };
    expect(nextQuestion(base({ category: 'security', asset: pc }))).toBe('location');
    // An application is not a device: a Cristal-Net password is the same everywhere.
    const dpi = { tag: 'APP-DPI', kind: 'application', place: null };
    expect(nextQuestion(base({ category: 'access', asset: dpi }))).toBe('scope');
  });

  it('does not ask about patient care in a department where no patient is cared for', () => {
    expect(nextQuestion(base({ category: 'software', location: place('finance'), scope: 'team' }))).toBe('urgency');
    expect(nextQuestion(base({ category: 'software', location: place('cardiology'), scope: 'team' }))).toBe('patient_care');
  });
});
