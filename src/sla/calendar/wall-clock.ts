import type { IANAZone } from 'luxon';

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/**
 * A local day is numbered like a UTC day: `day * DAY` is its midnight read as if it were UTC
 * ("wall milliseconds"). Weekday 0 = Monday.
 */
export function weekdayOf(day: number): number {
  return (new Date(day * DAY).getUTCDay() + 6) % 7;
}

/** YYYY-MM-DD of a local day number. */
export function dateOf(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** The local day number on which instant `ms` falls in `zone`. */
export function localDayOf(zone: IANAZone, ms: number): number {
  return Math.floor((ms + zone.offset(ms) * MINUTE) / DAY);
}

/** Local wall-clock reading (as wall milliseconds) of instant `ms`. */
function wallOf(zone: IANAZone, ms: number): number {
  return ms + zone.offset(ms) * MINUTE;
}

/**
 * The instant at which the local clock of `zone` first reads `wall` (wall milliseconds) or later.
 * - Usual case: the one instant showing that reading.
 * - Repeated hour (autumn change, 02:00–03:00 happens twice in Europe/Paris): the first occurrence.
 * - Skipped hour (spring change, 02:00–03:00 does not exist): the instant of the change, i.e. the
 *   first instant after the gap (03:00 summer time), so "02:30" opens at 03:00 and a range ending
 *   at 02:30 ends at 03:00 — no open time is invented and none is lost.
 */
export function instantOfWall(zone: IANAZone, wall: number): number {
  const offsets = new Set([zone.offset(wall - DAY), zone.offset(wall), zone.offset(wall + DAY)]);
  let best = Infinity;
  for (const offset of offsets) {
    const candidate = wall - offset * MINUTE;
    if (zone.offset(candidate) === offset && candidate < best) best = candidate;
  }
  if (best !== Infinity) return best;
  // In a gap: binary search the change, the earliest instant whose wall reading is >= wall.
  let lo = wall - Math.max(...offsets) * MINUTE; // reads before `wall`
  let hi = wall - Math.min(...offsets) * MINUTE; // reads after `wall`
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (wallOf(zone, mid) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * Instants of the given minute-of-day boundaries on local day `day`. Fast path when the zone's
 * offset is the same on both sides of the day (no change that day): one subtraction per boundary.
 */
export function instantsOfDay(zone: IANAZone, day: number, minutes: readonly number[]): number[] {
  const midnight = day * DAY;
  const before = zone.offset(midnight - 14 * HOUR);
  const after = zone.offset(midnight + DAY + 14 * HOUR);
  if (before === after) return minutes.map((m) => midnight + m * MINUTE - before * MINUTE);
  return minutes.map((m) => instantOfWall(zone, midnight + m * MINUTE));
}
