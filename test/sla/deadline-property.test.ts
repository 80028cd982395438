import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { deadline, frenchPublicHolidays, openTimeBetween, type CalendarInput, type Pause } from '../../src/sla/index.js';
import { always, everyDayOffice, MIN, office, vendor, wholeLocalDays } from './calendars.js';

/** Small seeded generator (mulberry32) so every run checks the same cases and a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const weekendNights: CalendarInput = { timezone: 'Europe/Paris', hours: { sat: ['20:00-24:00'], sun: ['00:00-08:00'] }, holidays: 'FR' };
const slivers: CalendarInput = {
  timezone: 'Europe/Paris',
  hours: { mon: ['07:15-07:45', '23:59-24:00'], tue: ['00:00-00:01', '12:00-12:01'], thu: ['09:00-17:00'] },
  holidays: 'FR',
};
const CALENDARS: [string, CalendarInput][] = [
  ['office', office],
  ['vendor', vendor],
  ['every day 08–18', everyDayOffice],
  ['whole local days', wholeLocalDays],
  ['24/7', always],
  ['weekend nights', weekendNights],
  ['slivers', slivers],
];

/** Last Sundays of March and October, 2024–2030 (Europe/Paris daylight-saving changes). */
const DST_SUNDAYS = [
  '2024-03-31', '2024-10-27', '2025-03-30', '2025-10-26', '2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31',
  '2028-03-26', '2028-10-29', '2029-03-25', '2029-10-28', '2030-03-31', '2030-10-27',
];

/** Days around which mistakes are likely: daylight-saving Sundays and holidays, 2024–2030. */
const SPECIAL_DAYS = [
  ...DST_SUNDAYS,
  ...[2024, 2025, 2026, 2027, 2028, 2029, 2030].flatMap((y) => frenchPublicHolidays(y).map((h) => h.date)),
].map((day) => Date.parse(`${day}T12:00:00Z`));

interface Case {
  calendar: [string, CalendarInput];
  start: number;
  minutes: number;
  pauses: [number, number | null][];
}

function makeCase(next: () => number, grid: number): Case {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const around = next() < 0.6 ? pick(SPECIAL_DAYS) + Math.floor((next() - 0.5) * 6 * 86_400_000) : Date.parse('2024-01-01T00:00:00Z') + next() * 7 * 365 * 86_400_000;
  const start = Math.floor(around / grid) * grid;
  const minutes = pick([0, 1, 15, 60, 240, 600, 1440, Math.floor(next() * 3000)]);
  const pauses: [number, number | null][] = [];
  const count = Math.floor(next() * 4);
  for (let i = 0; i < count; i++) {
    const from = Math.floor((start + (next() - 0.2) * 5 * 86_400_000) / grid) * grid;
    const open = next() < 0.15;
    pauses.push([from, open ? null : from + Math.floor((next() * 2 * 86_400_000) / grid) * grid]);
  }
  return { calendar: pick(CALENDARS), start, minutes, pauses };
}

const asPauses = (pauses: Case['pauses']): Pause[] => pauses.map(([from, to]) => [new Date(from), to === null ? null : new Date(to)]);

/**
 * Reference implementation, deliberately naive and independent of the code under test: walks the
 * time line one minute at a time and asks luxon for the local weekday, date and time of each minute.
 */
function naiveDeadline(calendar: CalendarInput, start: number, minutes: number, pauses: Case['pauses']): number | null {
  const holidays = new Set([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031].flatMap((y) => frenchPublicHolidays(y).map((h) => h.date)));
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
  const isOpen = (t: number): boolean => {
    if (pauses.some(([from, to]) => from <= t && (to === null || t < to))) return false;
    if (calendar.kind === '24/7') return true;
    const local = DateTime.fromMillis(t, { zone: calendar.timezone });
    if (calendar.holidays === 'FR' && holidays.has(local.toISODate()!)) return false;
    const minute = local.hour * 60 + local.minute;
    return (calendar.hours[days[local.weekday - 1]!] ?? []).some((range) => {
      const [from, to] = range.split('-').map((hhmm) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)));
      return from! <= minute && minute < to!;
    });
  };
  let counted = 0;
  for (let t = start; t < start + 28 * 86_400_000; t += MIN) {
    if (!isOpen(t)) continue;
    if (counted === minutes) return t;
    counted++;
    if (counted === minutes) return t + MIN;
  }
  return null; // not reached within 28 days: only possible here with an open-ended pause
}

describe('deadline properties on random inputs (seeded)', () => {
  it('openTimeBetween(start, deadline) is exactly the target, and no earlier instant reaches it (600 cases, ms precision)', () => {
    const next = random(20260330);
    for (let i = 0; i < 600; i++) {
      const c = makeCase(next, 1);
      const pauses = asPauses(c.pauses);
      const end = deadline(c.calendar[1], new Date(c.start), c.minutes, pauses);
      const label = `case ${i}: ${c.calendar[0]} from ${new Date(c.start).toISOString()} + ${c.minutes} min, pauses ${JSON.stringify(pauses)}`;
      if (end === null) {
        // Only an open-ended pause may hold the clock forever, and before it less than the target elapsed.
        const openEnded = c.pauses.filter(([, to]) => to === null).map(([from]) => from);
        expect(openEnded.length, label).toBeGreaterThan(0);
        const before = openTimeBetween(c.calendar[1], new Date(c.start), new Date(Math.min(...openEnded)), pauses);
        // With a target of 0 the deadline is the first counted instant, and there was none.
        if (c.minutes === 0) expect(before, label).toBe(0);
        else expect(before, label).toBeLessThan(c.minutes * MIN);
        continue;
      }
      expect(openTimeBetween(c.calendar[1], new Date(c.start), end, pauses), label).toBe(c.minutes * MIN);
      if (c.minutes > 0) {
        expect(openTimeBetween(c.calendar[1], new Date(c.start), new Date(end.getTime() - 1), pauses), label).toBe(c.minutes * MIN - 1);
      }
    }
  });

  it('agrees with a naive minute-by-minute walk (80 cases on whole minutes)', () => {
    const next = random(1789);
    for (let i = 0; i < 80; i++) {
      const c = makeCase(next, MIN);
      c.minutes = Math.min(c.minutes, 1000);
      const end = deadline(c.calendar[1], new Date(c.start), c.minutes, asPauses(c.pauses));
      const label = `case ${i}: ${c.calendar[0]} from ${new Date(c.start).toISOString()} + ${c.minutes} min, pauses ${JSON.stringify(asPauses(c.pauses))}`;
      const expected = naiveDeadline(c.calendar[1], c.start, c.minutes, c.pauses);
      if (expected === null) expect(end, label).toBeNull();
      else expect(end?.toISOString(), label).toBe(new Date(expected).toISOString());
    }
  });

  it('agrees with the naive walk on every daylight-saving weekend 2024–2030 (calendars open on Sundays)', () => {
    const next = random(1918);
    const sundayCalendars = CALENDARS.filter(([name]) => ['every day 08–18', 'whole local days', 'weekend nights'].includes(name));
    for (const sunday of DST_SUNDAYS) {
      for (const calendar of sundayCalendars) {
        // Start somewhere between Saturday 00:00Z and Sunday 12:00Z, on a whole minute.
        const start = Date.parse(`${sunday}T12:00:00Z`) - 36 * 3_600_000 + Math.floor(next() * 36 * 60) * MIN;
        const minutes = Math.floor(next() * 900);
        const c: Case = { calendar, start, minutes, pauses: [] };
        const label = `${calendar[0]} from ${new Date(start).toISOString()} + ${minutes} min`;
        const expected = naiveDeadline(calendar[1], start, minutes, []);
        expect(deadline(calendar[1], new Date(c.start), minutes)?.toISOString(), label).toBe(new Date(expected!).toISOString());
      }
    }
  });
});
