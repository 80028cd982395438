import { z } from 'zod';
import { CodedError } from '../../errors.js';

/** A point in time as accepted by the SLA functions: a Date, epoch milliseconds, or ISO-8601 with an offset. */
export type Instant = Date | number | string;

/** ISO-8601 date-time that carries its offset (`Z` or `±hh:mm`); wall-clock times without one are ambiguous. */
export const isoInstantSchema = z.iso
  .datetime({ offset: true, error: 'must be an ISO-8601 date-time with an offset, e.g. 2026-03-30T09:00:00+02:00' });

/** Epoch milliseconds of an instant; rejects invalid dates and ISO strings without an offset. */
export function toMs(instant: Instant): number {
  if (typeof instant === 'number') {
    if (Number.isFinite(instant)) return instant;
  } else if (instant instanceof Date) {
    if (!Number.isNaN(instant.getTime())) return instant.getTime();
  } else if (isoInstantSchema.safeParse(instant).success) {
    return Date.parse(instant);
  }
  throw new CodedError('validation_failed', `Invalid instant ${JSON.stringify(String(instant))}: expected an ISO-8601 date-time with an offset`);
}

/** `2026-03-30T07:00:00.000Z`: UTC with milliseconds, the form every SLA output uses. */
export function isoUtc(ms: number): string {
  return new Date(ms).toISOString();
}
