import { CodedError } from '../../errors.js';
import { asCalendar, type Calendar } from './calendar.js';
import type { CalendarInput } from './calendar-spec.js';
import { toMs, type Instant } from './instant.js';
import { normalizeIntervals, subtract, type Interval } from './intervals.js';
import { MINUTE } from './wall-clock.js';

/** A pause [from, to): the clock does not run; `to` null or omitted means "not resumed yet". */
export type Pause = readonly [from: Instant, to?: Instant | null];

/** Pauses as sorted, merged millisecond intervals (overlaps allowed in the input). */
export function pauseIntervals(pauses: readonly Pause[] = []): Interval[] {
  return normalizeIntervals(
    pauses.map(([from, to]) => {
      const start = toMs(from);
      const end = to === undefined || to === null ? Infinity : toMs(to);
      if (end < start) throw new CodedError('validation_failed', `Pause ends before it starts: [${String(from)}, ${String(to)}]`);
      return [start, end] as const;
    }),
  );
}

/** The open time of the calendar that is outside the pauses, from `from` on (until `to`), in order. */
export function* countedIntervals(calendar: Calendar, pauses: readonly Interval[], from: number, to = Infinity): Generator<Interval> {
  const cursor = { index: 0 };
  // Normalized pauses: only the last can be open-ended, and nothing counts after it starts.
  const last = pauses[pauses.length - 1];
  const limit = last && last[1] === Infinity ? Math.min(to, last[0]) : to;
  for (const [start, end] of calendar.openIntervals(from, limit)) yield* subtract(start, end, pauses, cursor);
}

/**
 * The earliest instant (epoch ms) at which `durationMs` of counted time has elapsed since `startMs`,
 * or null when an open-ended pause stops the clock before that. With 0 the answer is the first
 * counted instant at or after the start (a start outside hours begins at the next opening). A
 * deadline that falls on a closing time is that closing time.
 */
export function addOpenTime(calendar: Calendar, startMs: number, durationMs: number, pauses: readonly Interval[] = []): number | null {
  if (!Number.isFinite(durationMs) || durationMs < 0) {
    throw new CodedError('validation_failed', `Duration must be a finite number >= 0, got ${durationMs}`);
  }
  let remaining = durationMs;
  for (const [start, end] of countedIntervals(calendar, pauses, startMs)) {
    if (remaining <= end - start) return start + remaining;
    remaining -= end - start;
  }
  return null;
}

/** Counted (open, unpaused) milliseconds in [fromMs, toMs); 0 when `toMs <= fromMs`. */
export function openMsBetween(calendar: Calendar, fromMs: number, toMs: number, pauses: readonly Interval[] = []): number {
  let total = 0;
  if (toMs <= fromMs) return 0;
  for (const [start, end] of countedIntervals(calendar, pauses, fromMs, toMs)) total += end - start;
  return total;
}

/**
 * Deadline: the earliest instant at which `minutes` of open calendar time, outside the pauses, have
 * elapsed since `start`. Null when a pause without end stops the clock first.
 *
 * @example
 * // Monday 30 March 2026, 17:00 Paris (15:00Z), 120 min on 08:00–18:00 weekdays → Tuesday 09:00 Paris.
 * deadline({ timezone: 'Europe/Paris', hours: { mon: ['08:00-18:00'], tue: ['08:00-18:00'] }, holidays: 'FR' },
 *   '2026-03-30T17:00:00+02:00', 120)?.toISOString(); // '2026-03-31T07:00:00.000Z'
 */
export function deadline(calendar: Calendar | CalendarInput, start: Instant, minutes: number, pauses: readonly Pause[] = []): Date | null {
  if (!Number.isFinite(minutes) || minutes < 0) throw new CodedError('validation_failed', `minutes must be a number >= 0, got ${minutes}`);
  const at = addOpenTime(asCalendar(calendar), toMs(start), Math.round(minutes * MINUTE), pauseIntervals(pauses));
  return at === null ? null : new Date(at);
}

/** Open calendar milliseconds in [from, to) outside the pauses (elapsed time, reports). */
export function openTimeBetween(calendar: Calendar | CalendarInput, from: Instant, to: Instant, pauses: readonly Pause[] = []): number {
  return openMsBetween(asCalendar(calendar), toMs(from), toMs(to), pauseIntervals(pauses));
}
