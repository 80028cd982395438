/** A half-open interval [start, end) in epoch milliseconds; `end` may be Infinity (open-ended). */
export type Interval = readonly [start: number, end: number];

/**
 * Sorts and merges intervals (overlapping or touching ones become one) and drops empty ones, so that
 * callers can walk them with a single pointer.
 */
export function normalizeIntervals(intervals: Iterable<Interval>): Interval[] {
  const sorted = [...intervals].filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

/**
 * The parts of [from, to) that are outside every interval of `holes` (normalized), in order.
 * `cursor` lets a caller walking increasing `from` values reuse its position in `holes`.
 */
export function* subtract(from: number, to: number, holes: readonly Interval[], cursor = { index: 0 }): Generator<Interval> {
  let at = from;
  while (at < to) {
    while (cursor.index < holes.length && holes[cursor.index]![1] <= at) cursor.index++;
    const hole = holes[cursor.index];
    if (hole && hole[0] <= at) {
      at = hole[1];
      continue;
    }
    const end = hole ? Math.min(to, hole[0]) : to;
    yield [at, end];
    at = end;
  }
}
