import { IANAZone } from 'luxon';
import { CodedError } from '../../errors.js';
import { formatPath } from '../format-path.js';
import { calendarSpecSchema, parseRange, WEEKDAYS, type BusinessHoursSpec, type CalendarSpec } from './calendar-spec.js';
import { isFrenchPublicHoliday } from './french-holidays.js';
import type { Interval } from './intervals.js';
import { dateOf, DAY, HOUR, instantsOfDay, localDayOf, weekdayOf } from './wall-clock.js';

/** A compiled calendar: answers which instants are open. */
export interface Calendar {
  readonly spec: CalendarSpec;
  /**
   * The open intervals that meet [from, to), clipped to it, in order: one per opening range of each
   * local day. A range closing at 24:00 and the next day's range opening at 00:00 touch (the same
   * instant), so together they count as one unbroken stretch. `to` defaults to Infinity.
   */
  openIntervals(from: number, to?: number): Iterable<Interval>;
}

class AlwaysOpenCalendar implements Calendar {
  constructor(readonly spec: CalendarSpec) {}

  *openIntervals(from: number, to = Infinity): Iterable<Interval> {
    if (to > from) yield [from, to];
  }
}

/** Two years without a single open minute means the calendar can never be met. */
const MAX_CLOSED_DAYS = 731;
/** About eleven years of days per calendar. */
const DAY_CACHE_SIZE = 4096;

class BusinessHoursCalendar implements Calendar {
  private readonly zone: IANAZone;
  /** Per weekday (0 = Monday): sorted [open, close] minute-of-day pairs, flattened. */
  private readonly week: number[][];
  private readonly closedDates: ReadonlySet<string>;
  private readonly days = new Map<number, number[]>();

  constructor(readonly spec: BusinessHoursSpec) {
    this.zone = IANAZone.create(spec.timezone);
    this.week = WEEKDAYS.map((day) =>
      (spec.hours[day] ?? [])
        .map((text) => parseRange(text)!)
        .sort((a, b) => a[0] - b[0])
        .flat(),
    );
    this.closedDates = new Set(spec.closed_dates ?? []);
  }

  /** Opening/closing instants of a local day, flattened; cached because clocks walk the same days often. */
  private boundariesOf(day: number): number[] {
    let bounds = this.days.get(day);
    if (bounds) return bounds;
    const minutes = this.week[weekdayOf(day)]!;
    const date = dateOf(day);
    const closed = minutes.length === 0 || this.closedDates.has(date) || (this.spec.holidays === 'FR' && isFrenchPublicHoliday(date));
    bounds = closed ? [] : instantsOfDay(this.zone, day, minutes);
    if (this.days.size >= DAY_CACHE_SIZE) this.days.clear();
    this.days.set(day, bounds);
    return bounds;
  }

  *openIntervals(from: number, to = Infinity): Iterable<Interval> {
    let closedDays = 0;
    for (let day = localDayOf(this.zone, from); ; day++) {
      if (day * DAY - 14 * HOUR >= to) return; // the day starts after `to` whatever the offset
      const bounds = this.boundariesOf(day);
      closedDays = bounds.length === 0 ? closedDays + 1 : 0;
      if (closedDays > MAX_CLOSED_DAYS) {
        throw new CodedError('validation_failed', `Calendar has no open time for ${MAX_CLOSED_DAYS} days after ${new Date(from).toISOString()}`);
      }
      for (let i = 0; i < bounds.length; i += 2) {
        const start = Math.max(bounds[i]!, from);
        const end = Math.min(bounds[i + 1]!, to);
        if (end > start) yield [start, end];
      }
    }
  }
}

/** Compiles a validated calendar spec. */
export function compileCalendar(spec: CalendarSpec): Calendar {
  return spec.kind === '24/7' ? new AlwaysOpenCalendar(spec) : new BusinessHoursCalendar(spec);
}

/** Validates raw input (JSON/YAML) as a calendar and compiles it; a CodedError names what is wrong. */
export function parseCalendar(input: unknown): Calendar {
  const parsed = calendarSpecSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${formatPath(['calendar', ...issue.path])}: ${issue.message}`);
    throw new CodedError('validation_failed', problems.join('; '), { problems });
  }
  return compileCalendar(parsed.data);
}

const compiled = new WeakMap<object, Calendar>();

/** Accepts a compiled calendar or a spec (validated then compiled, once per spec object). */
export function asCalendar(calendar: unknown): Calendar {
  if (calendar && typeof calendar === 'object' && 'openIntervals' in calendar) return calendar as Calendar;
  if (calendar === null || typeof calendar !== 'object') return parseCalendar(calendar);
  let result = compiled.get(calendar);
  if (!result) {
    result = parseCalendar(calendar);
    compiled.set(calendar, result);
  }
  return result;
}
