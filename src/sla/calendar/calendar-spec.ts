import { IANAZone } from 'luxon';
import { z } from 'zod';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const TIME = '(?:[01]\\d|2[0-3]):[0-5]\\d';
const RANGE = new RegExp(`^(${TIME})-(${TIME}|24:00)$`);

/** Minutes since local midnight of "HH:MM" ("24:00" is 1440). */
export function minutesOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

/** "08:00-12:00" → [480, 720]; undefined when the text is not a range. */
export function parseRange(text: string): [number, number] | undefined {
  const match = RANGE.exec(text);
  return match ? [minutesOfDay(match[1]!), minutesOfDay(match[2]!)] : undefined;
}

const rangeSchema = z.string().superRefine((text, ctx) => {
  const range = parseRange(text);
  if (!range) ctx.addIssue({ code: 'custom', message: `"${text}" is not a range "HH:MM-HH:MM" (24-hour clock, end may be 24:00)` });
  else if (range[0] >= range[1]) ctx.addIssue({ code: 'custom', message: `"${text}" ends before it starts; split a range crossing midnight into "..-24:00" and "00:00-.." on the next day` });
});

const dayRangesSchema = z.array(rangeSchema).superRefine((texts, ctx) => {
  const ranges = texts.map(parseRange).filter((r): r is [number, number] => r !== undefined && r[0] < r[1]);
  ranges.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i]![0] < ranges[i - 1]![1]) ctx.addIssue({ code: 'custom', message: 'ranges of one day overlap' });
  }
});

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD').refine(
  (text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text),
  'is not a calendar date',
);

/** Always open: every millisecond counts. */
export const alwaysOpenSpecSchema = z.strictObject({ kind: z.literal('24/7') });

/**
 * Opening hours in local wall-clock time of `timezone`, per weekday (a missing day is closed).
 * `holidays: FR` closes the eleven French public holidays; `closed_dates` adds contract-specific closures.
 */
export const businessHoursSpecSchema = z.strictObject({
  kind: z.literal('business-hours'),
  timezone: z.string().refine((zone) => IANAZone.isValidZone(zone), 'is not an IANA time zone (e.g. Europe/Paris)'),
  hours: z
    .strictObject(Object.fromEntries(WEEKDAYS.map((day) => [day, dayRangesSchema.optional()])) as Record<Weekday, z.ZodOptional<typeof dayRangesSchema>>)
    .refine((hours) => Object.values(hours).some((ranges) => ranges && ranges.length > 0), 'at least one day must have opening hours'),
  holidays: z.enum(['FR', 'none'], { error: 'must be "FR" (French public holidays closed) or "none"' }),
  closed_dates: z.array(localDate).optional(),
});

/** A calendar as written in config and JSON input; `kind` defaults to business hours when absent. */
export const calendarSpecSchema = z.preprocess(
  (value) => (value && typeof value === 'object' && !Array.isArray(value) && !('kind' in value) ? { kind: 'business-hours', ...value } : value),
  z.discriminatedUnion('kind', [alwaysOpenSpecSchema, businessHoursSpecSchema], {
    error: 'must be {"kind":"24/7"} or business hours {"timezone", "hours", "holidays"}',
  }),
);

export type AlwaysOpenSpec = z.infer<typeof alwaysOpenSpecSchema>;
export type BusinessHoursSpec = z.infer<typeof businessHoursSpecSchema>;
export type CalendarSpec = AlwaysOpenSpec | BusinessHoursSpec;

/** A calendar as callers may write it: business hours without `kind` are accepted. */
export type CalendarInput = AlwaysOpenSpec | (Omit<BusinessHoursSpec, 'kind'> & { kind?: 'business-hours' });
