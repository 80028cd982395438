import { z } from 'zod';
import { isoInstantSchema } from './calendar/index.js';

/**
 * One line of `triage sla deadline --jsonl`: a calendar (written in place, or the name of a calendar
 * of the SLA configuration), a start, a number of minutes and optional pauses [from, to) where `to`
 * may be null (not resumed).
 */
export const deadlineRequestSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  calendar: z.union([z.string().min(1), z.record(z.string(), z.unknown())], {
    error: 'must be a calendar object or the name of a calendar of the SLA configuration',
  }),
  start: isoInstantSchema,
  minutes: z.number().nonnegative('must be >= 0').max(10_000_000, 'must be at most 10,000,000 minutes'),
  pauses: z.array(z.tuple([isoInstantSchema, isoInstantSchema.nullable().optional()])).default([]),
});

export type DeadlineRequest = z.infer<typeof deadlineRequestSchema>;
