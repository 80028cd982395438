import { describe, expect, it } from 'vitest';
import { deadline, openTimeBetween, type Pause } from '../../src/sla/index.js';
import { always, office, vendor } from './calendars.js';

const at = (start: string, minutes: number, pauses: Pause[] = [], calendar = office) => deadline(calendar, start, minutes, pauses)?.toISOString() ?? null;

// `office` is Monday–Friday 08:00–18:00 Europe/Paris, closed on French public holidays.
// March 2026 is winter time (UTC+1) until Sunday 29; then summer time (UTC+2) until 25 October.

describe('deadline on business hours', () => {
  it('carries over the night', () => {
    // Tue 10 Mar 17:30 → 30 min left that day; Wed 08:00 + 30 min = 08:30 CET = 07:30Z.
    expect(at('2026-03-10T17:30:00+01:00', 60)).toBe('2026-03-11T07:30:00.000Z');
  });

  it('carries over the weekend', () => {
    // Fri 13 Mar 17:00 → 60 min Friday; Mon 16 Mar 08:00 + 60 = 09:00 CET = 08:00Z.
    expect(at('2026-03-13T17:00:00+01:00', 120)).toBe('2026-03-16T08:00:00.000Z');
  });

  it('starts at the next opening when the start is outside hours', () => {
    // Saturday 14 Mar 10:00 → Monday 16 Mar 08:00 + 30 min = 08:30 CET = 07:30Z.
    expect(at('2026-03-14T10:00:00+01:00', 30)).toBe('2026-03-16T07:30:00.000Z');
    // Tuesday 10 Mar 06:00, before opening → 08:00 + 45 min = 08:45 CET = 07:45Z.
    expect(at('2026-03-10T06:00:00+01:00', 45)).toBe('2026-03-10T07:45:00.000Z');
    // Tuesday 10 Mar 19:00, after closing → Wednesday 08:00 + 15 min = 07:15Z.
    expect(at('2026-03-10T19:00:00+01:00', 15)).toBe('2026-03-11T07:15:00.000Z');
  });

  it('is the closing time, not the next opening, when the target ends exactly at closing', () => {
    // Tue 10 Mar 16:00 + 120 min = 18:00 CET = 17:00Z (not Wednesday 08:00).
    expect(at('2026-03-10T16:00:00+01:00', 120)).toBe('2026-03-10T17:00:00.000Z');
    // A whole day from the opening: Tue 08:00 + 600 min = Tue 18:00.
    expect(at('2026-03-10T08:00:00+01:00', 600)).toBe('2026-03-10T17:00:00.000Z');
    // Vendor hours close for lunch at 12:30: 11:30 + 60 min = 12:30 CET = 11:30Z (not 13:30).
    expect(at('2026-03-10T11:30:00+01:00', 60, [], vendor)).toBe('2026-03-10T11:30:00.000Z');
  });

  it('with 0 minutes is the start itself when open, else the next opening', () => {
    expect(at('2026-03-10T10:00:00+01:00', 0)).toBe('2026-03-10T09:00:00.000Z');
    expect(at('2026-03-10T18:00:00+01:00', 0)).toBe('2026-03-11T07:00:00.000Z');
  });

  it('skips the lunch break of vendor hours', () => {
    // Mon 9 Mar 12:00 → 30 min to 12:30; 13:30 + 30 min = 14:00 CET = 13:00Z.
    expect(at('2026-03-09T12:00:00+01:00', 60, [], vendor)).toBe('2026-03-09T13:00:00.000Z');
  });

  it('is exact to the millisecond', () => {
    // Tue 10 Mar 09:00:00.250 + 1.5 min = 09:01:30.250 CET.
    expect(at('2026-03-10T09:00:00.250+01:00', 1.5)).toBe('2026-03-10T08:01:30.250Z');
  });
});

describe('deadline over French public holidays', () => {
  it('skips Easter Monday', () => {
    // Fri 3 Apr 2026 17:00 CEST → 60 min Friday; Mon 6 Apr is Easter Monday;
    // Tue 7 Apr 08:00 + 60 = 09:00 CEST = 07:00Z.
    expect(at('2026-04-03T17:00:00+02:00', 120)).toBe('2026-04-07T07:00:00.000Z');
  });

  it('skips Ascension Thursday but not the Friday after it', () => {
    // Wed 13 May 2026 17:00 → 60 min; Thu 14 May Ascension; Fri 15 May 08:00 + 60 = 09:00 CEST = 07:00Z.
    expect(at('2026-05-13T17:00:00+02:00', 120)).toBe('2026-05-15T07:00:00.000Z');
  });

  it('skips Whit Monday', () => {
    // Fri 22 May 2026 17:30 → 30 min; Mon 25 May Whit Monday; Tue 26 May 08:00 + 570 min
    // = 17:30 CEST = 15:30Z.
    expect(at('2026-05-22T17:30:00+02:00', 600)).toBe('2026-05-26T15:30:00.000Z');
  });

  it('skips Christmas and New Year', () => {
    // Thu 24 Dec 2026 17:00 CET → 60 min; Fri 25 Dec holiday; weekend; Mon 28–Thu 31 Dec = 4 × 600 min;
    // Fri 1 Jan 2027 holiday; weekend; Mon 4 Jan 08:00 + 60 = 09:00 CET = 08:00Z.
    expect(at('2026-12-24T17:00:00+01:00', 60 + 4 * 600 + 60)).toBe('2027-01-04T08:00:00.000Z');
  });
});

describe('deadline across daylight-saving changes', () => {
  it('spring: Friday before the change to Monday after it', () => {
    // Fri 27 Mar 17:00 CET (16:00Z) → 60 min Friday; Mon 30 Mar 08:00 CEST + 60 = 09:00 CEST = 07:00Z.
    expect(at('2026-03-27T17:00:00+01:00', 120)).toBe('2026-03-30T07:00:00.000Z');
  });

  it('autumn: Friday before the change to Monday after it', () => {
    // Fri 23 Oct 17:00 CEST (15:00Z) → 60 min; Mon 26 Oct 08:00 CET + 60 = 09:00 CET = 08:00Z.
    expect(at('2026-10-23T17:00:00+02:00', 120)).toBe('2026-10-26T08:00:00.000Z');
  });

  it('24/7 counts real elapsed time, so a wall-clock day across the spring change is 23 h', () => {
    // Sat 28 Mar 12:00 CET (11:00Z) + 1440 min = Sun 29 Mar 11:00Z = 13:00 CEST.
    expect(at('2026-03-28T12:00:00+01:00', 1440, [], always)).toBe('2026-03-29T11:00:00.000Z');
  });
});

describe('deadline with pauses', () => {
  it('merges overlapping pauses', () => {
    // Tue 10 Mar 09:00, 240 min; pauses 10:00–12:00 and 11:00–13:00 = paused 10:00–13:00.
    // 09:00–10:00 = 60 min; 13:00 + 180 min = 16:00 CET = 15:00Z.
    const pauses: Pause[] = [
      ['2026-03-10T10:00:00+01:00', '2026-03-10T12:00:00+01:00'],
      ['2026-03-10T11:00:00+01:00', '2026-03-10T13:00:00+01:00'],
    ];
    expect(at('2026-03-10T09:00:00+01:00', 240, pauses)).toBe('2026-03-10T15:00:00.000Z');
  });

  it('handles a pause across the night', () => {
    // Tue 10 Mar 16:00, 240 min; paused Tue 17:00 → Wed 10:00. 16:00–17:00 = 60 min;
    // Wed 10:00 + 180 min = 13:00 CET = 12:00Z.
    expect(at('2026-03-10T16:00:00+01:00', 240, [['2026-03-10T17:00:00+01:00', '2026-03-11T10:00:00+01:00']])).toBe(
      '2026-03-11T12:00:00.000Z',
    );
  });

  it('ignores pauses that lie entirely outside opening hours or before the start', () => {
    const pauses: Pause[] = [
      ['2026-03-10T19:00:00+01:00', '2026-03-11T07:00:00+01:00'], // night
      ['2026-03-09T09:00:00+01:00', '2026-03-09T12:00:00+01:00'], // before the start
    ];
    expect(at('2026-03-10T17:30:00+01:00', 60, pauses)).toBe('2026-03-11T07:30:00.000Z');
  });

  it('has no deadline while an open-ended pause holds the clock', () => {
    // Tue 10 Mar 09:00, 120 min; paused from 10:00 with no end: only 60 min can elapse.
    expect(at('2026-03-10T09:00:00+01:00', 120, [['2026-03-10T10:00:00+01:00', null]])).toBeNull();
    expect(at('2026-03-10T09:00:00+01:00', 120, [['2026-03-10T10:00:00+01:00']])).toBeNull();
  });

  it('reaches the deadline before an open-ended pause that starts later', () => {
    // 09:00 + 60 min = 10:00 CET, exactly when the pause begins.
    expect(at('2026-03-10T09:00:00+01:00', 60, [['2026-03-10T10:00:00+01:00', null]])).toBe('2026-03-10T09:00:00.000Z');
  });

  it('a start inside a pause begins when the pause ends', () => {
    // Paused Tue 08:00–11:00; start 09:00; 11:00 + 30 = 11:30 CET = 10:30Z.
    expect(at('2026-03-10T09:00:00+01:00', 30, [['2026-03-10T08:00:00+01:00', '2026-03-10T11:00:00+01:00']])).toBe('2026-03-10T10:30:00.000Z');
  });

  it('refuses a pause that ends before it starts', () => {
    expect(() => at('2026-03-10T09:00:00+01:00', 30, [['2026-03-10T11:00:00+01:00', '2026-03-10T10:00:00+01:00']])).toThrow(/ends before it starts/);
  });
});

describe('long spans', () => {
  it('computes a ten-year target without walking minute by minute', () => {
    // 2520 h of open time in 2026 (see calendar.test.ts): starting 1 Jan 2026 00:00 CET, the target of
    // exactly 2520 h ends at the last closing of 2026, Thu 31 Dec 18:00 CET = 17:00Z.
    expect(at('2026-01-01T00:00:00+01:00', 2520 * 60)).toBe('2026-12-31T17:00:00.000Z');
    const start = '2024-01-01T00:00:00+01:00';
    const tenYears = 10 * 250 * 600;
    const end = deadline(office, start, tenYears)!;
    expect(openTimeBetween(office, start, end)).toBe(tenYears * 60_000);
  });
});
