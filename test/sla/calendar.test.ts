import { describe, expect, it } from 'vitest';
import { isCodedError } from '../../src/errors.js';
import { openTimeBetween, parseCalendar, type CalendarInput } from '../../src/sla/index.js';
import { everyDayOffice, HOURS, MIN, office, wholeLocalDays } from './calendars.js';

// Europe/Paris changes to summer time on the last Sunday of March (02:00 CET → 03:00 CEST, at
// 01:00Z) and back on the last Sunday of October (03:00 CEST → 02:00 CET, at 01:00Z).
// In 2026: Sunday 29 March and Sunday 25 October.

describe('business calendar across daylight-saving changes', () => {
  it('a 08:00–18:00 day is 10 h of open time on the spring change Sunday', () => {
    // 08:00 CEST = 06:00Z, 18:00 CEST = 16:00Z.
    expect(openTimeBetween(everyDayOffice, '2026-03-29T00:00:00+01:00', '2026-03-30T00:00:00+02:00')).toBe(10 * HOURS);
    expect(openTimeBetween(everyDayOffice, '2026-03-29T06:00:00Z', '2026-03-29T16:00:00Z')).toBe(10 * HOURS);
  });

  it('a 08:00–18:00 day is 10 h of open time on the autumn change Sunday', () => {
    // 08:00 CET = 07:00Z, 18:00 CET = 17:00Z.
    expect(openTimeBetween(everyDayOffice, '2026-10-25T00:00:00+02:00', '2026-10-26T00:00:00+01:00')).toBe(10 * HOURS);
    expect(openTimeBetween(everyDayOffice, '2026-10-25T07:00:00Z', '2026-10-25T17:00:00Z')).toBe(10 * HOURS);
  });

  it('a 00:00–24:00 day lasts 23 h in spring and 25 h in autumn', () => {
    // 29 March: local midnight 23:00Z (28th) to next local midnight 22:00Z (29th) = 23 h.
    expect(openTimeBetween(wholeLocalDays, '2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z')).toBe(23 * HOURS);
    // 25 October: 22:00Z (24th) to 23:00Z (25th) = 25 h.
    expect(openTimeBetween(wholeLocalDays, '2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z')).toBe(25 * HOURS);
  });

  it('consecutive 00:00–24:00 days make one unbroken open stretch', () => {
    // Friday 27 March 00:00 CET (26th 23:00Z) to Tuesday 31 March 00:00 CEST (30th 22:00Z):
    // 4 days of 24 h minus the hour skipped on Sunday = 95 h.
    expect(openTimeBetween(wholeLocalDays, '2026-03-26T23:00:00Z', '2026-03-30T22:00:00Z')).toBe(95 * HOURS);
  });

  it('a range starting in the skipped hour opens when the clocks jump (03:00 CEST)', () => {
    const cal: CalendarInput = { timezone: 'Europe/Paris', hours: { sun: ['02:30-04:00'] }, holidays: 'none' };
    // 03:00 CEST (01:00Z) to 04:00 CEST (02:00Z): 1 h; 02:30 does not exist that night.
    expect(openTimeBetween(cal, '2026-03-28T12:00:00Z', '2026-03-30T00:00:00Z')).toBe(1 * HOURS);
  });

  it('a range ending in the skipped hour ends when the clocks jump', () => {
    const cal: CalendarInput = { timezone: 'Europe/Paris', hours: { sun: ['01:00-02:30'] }, holidays: 'none' };
    // 01:00 CET (00:00Z) to the jump at 01:00Z: 1 h.
    expect(openTimeBetween(cal, '2026-03-28T12:00:00Z', '2026-03-30T00:00:00Z')).toBe(1 * HOURS);
  });

  it('a range in the repeated autumn hour starts at its first occurrence', () => {
    const cal: CalendarInput = { timezone: 'Europe/Paris', hours: { sun: ['02:30-03:30'] }, holidays: 'none' };
    // First 02:30 is CEST (00:30Z); 03:30 exists once, in CET (02:30Z): 2 h of open time.
    expect(openTimeBetween(cal, '2026-10-24T12:00:00Z', '2026-10-26T00:00:00Z')).toBe(2 * HOURS);
  });
});

describe('business calendar on ordinary days', () => {
  it('counts a whole 2026 year as 252 working days of 10 h', () => {
    // 2026: 261 weekdays; 9 holidays fall on weekdays (1 Jan, 6 Apr, 1 May, 8 May, 14 May, 25 May,
    // 14 Jul, 11 Nov, 25 Dec; 15 Aug is a Saturday, 1 Nov a Sunday) → 252 days × 10 h = 2520 h.
    expect(openTimeBetween(office, '2026-01-01T00:00:00+01:00', '2027-01-01T00:00:00+01:00')).toBe(2520 * HOURS);
  });

  it('several ranges a day count only their open minutes', () => {
    const cal: CalendarInput = { timezone: 'Europe/Paris', hours: { mon: ['08:00-12:00', '13:30-17:30'] }, holidays: 'FR' };
    // Monday 9 March 2026: 4 h + 4 h.
    expect(openTimeBetween(cal, '2026-03-09T00:00:00+01:00', '2026-03-10T00:00:00+01:00')).toBe(8 * HOURS);
    // From 11:00 to 14:00 local: 11:00–12:00 and 13:30–14:00 = 90 min.
    expect(openTimeBetween(cal, '2026-03-09T11:00:00+01:00', '2026-03-09T14:00:00+01:00')).toBe(90 * MIN);
  });

  it('extra closed dates close the whole day', () => {
    const cal: CalendarInput = { timezone: 'Europe/Paris', hours: { mon: ['08:00-18:00'], tue: ['08:00-18:00'] }, holidays: 'FR', closed_dates: ['2026-03-09'] };
    expect(openTimeBetween(cal, '2026-03-09T00:00:00+01:00', '2026-03-11T00:00:00+01:00')).toBe(10 * HOURS);
  });

  it('is 0 for an empty or reversed span', () => {
    expect(openTimeBetween(office, '2026-03-10T10:00:00+01:00', '2026-03-10T10:00:00+01:00')).toBe(0);
    expect(openTimeBetween(office, '2026-03-10T11:00:00+01:00', '2026-03-10T10:00:00+01:00')).toBe(0);
  });
});

describe('calendar validation', () => {
  const problemsOf = (input: unknown): string => {
    try {
      parseCalendar(input);
    } catch (error) {
      if (isCodedError(error, 'validation_failed')) return error.message;
      throw error;
    }
    return 'valid';
  };

  it('accepts the two documented forms', () => {
    expect(problemsOf({ kind: '24/7' })).toBe('valid');
    expect(problemsOf({ timezone: 'Europe/Paris', hours: { mon: ['08:00-18:00'] }, holidays: 'FR' })).toBe('valid');
    expect(problemsOf({ timezone: 'Europe/Paris', hours: { sun: ['00:00-24:00'] }, holidays: 'none' })).toBe('valid');
  });

  it('says which field is wrong and how', () => {
    expect(problemsOf({ timezone: 'Paris', hours: { mon: ['08:00-18:00'] }, holidays: 'FR' })).toBe(
      'calendar.timezone: is not an IANA time zone (e.g. Europe/Paris)',
    );
    expect(problemsOf({ timezone: 'Europe/Paris', hours: { mon: ['8h-18h'] }, holidays: 'FR' })).toBe(
      'calendar.hours.mon[0]: "8h-18h" is not a range "HH:MM-HH:MM" (24-hour clock, end may be 24:00)',
    );
    expect(problemsOf({ timezone: 'Europe/Paris', hours: { mon: ['22:00-06:00'] }, holidays: 'FR' })).toContain(
      'calendar.hours.mon[0]: "22:00-06:00" ends before it starts',
    );
    expect(problemsOf({ timezone: 'Europe/Paris', hours: { mon: ['08:00-12:00', '11:00-14:00'] }, holidays: 'FR' })).toBe(
      'calendar.hours.mon: ranges of one day overlap',
    );
    expect(problemsOf({ timezone: 'Europe/Paris', hours: { monday: ['08:00-18:00'] }, holidays: 'FR' })).toContain('Unrecognized key');
    expect(problemsOf({ timezone: 'Europe/Paris', hours: { mon: ['08:00-18:00'] } })).toBe(
      'calendar.holidays: must be "FR" (French public holidays closed) or "none"',
    );
    expect(problemsOf({ timezone: 'Europe/Paris', hours: {}, holidays: 'none' })).toBe('calendar.hours: at least one day must have opening hours');
    expect(problemsOf({ kind: 'weekdays' })).toContain('calendar.kind');
  });
});
