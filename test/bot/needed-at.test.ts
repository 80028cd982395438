import { describe, expect, it } from 'vitest';
import { momentInWords, momentNeeded } from '../../src/bot/intake/needed-at.js';

// Monday 30 November 2026, 23:20 in Paris.
const now = new Date('2026-11-30T22:20:00Z');

describe('the moment an incident is needed by', () => {
  it('reads a time said as a limit, today or tomorrow, in Paris time', () => {
    expect(momentNeeded('il faut que ce soit réparé avant la relève de 6h45', now)?.toISOString()).toBe('2026-12-01T05:45:00.000Z');
    expect(momentNeeded('I just need it working before the day hospital opens tomorrow 8am', now)?.toISOString()).toBe('2026-12-01T07:00:00.000Z');
    expect(momentNeeded('demain midi dernier délai', now)?.toISOString()).toBe('2026-12-01T11:00:00.000Z');
    expect(momentNeeded('need it by 7:30am', now)?.toISOString()).toBe('2026-12-01T06:30:00.000Z');
  });

  it('does not read when it started ("depuis 16h", "since 6pm") nor a time that is no limit ("le rdv est à 14h")', () => {
    expect(momentNeeded('en panne depuis 16h', now)).toBeUndefined();
    expect(momentNeeded('dead since 6pm', now)).toBeUndefined();
    expect(momentNeeded('le rdv est à 14h', now)).toBeUndefined();
  });

  it('says the moment as the deadlines are said', () => {
    expect(momentInWords(new Date('2026-12-01T05:45:00Z'), now, 'fr')).toBe('demain à 6 h 45');
    expect(momentInWords(new Date('2026-12-01T07:00:00Z'), now, 'en')).toBe('tomorrow at 8:00 am');
  });
});
