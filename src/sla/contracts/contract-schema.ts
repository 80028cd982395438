import { z } from 'zod';
import { PRIORITIES } from '../../triage/index.js';
import { CLOCK_KINDS, STOP_STATUSES, TICKET_STATUSES } from '../terms.js';

const code = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case code, e.g. helpdesk-l1');
const minutes = z.number().int('must be a whole number of minutes').positive('must be more than 0 minutes');
const percent = z.number().positive('must be a percentage above 0').max(1000, 'must be at most 1000 %');
const eur = z
  .number()
  .nonnegative('must be an amount in EUR >= 0')
  .refine((amount) => Math.abs(Math.round(amount * 100) - amount * 100) < 1e-6, 'must have at most 2 decimals (cents)');

/** A calendar: the name of an entry of `calendars`, or a calendar written in place (checked later). */
const calendarRef = z.union([z.string().min(1), z.record(z.string(), z.unknown())], {
  error: 'must be a calendar name or a calendar {"kind":"24/7"} / {"timezone","hours","holidays"}',
});

const targetSchema = z.strictObject({
  respond_minutes: minutes,
  resolve_minutes: minutes,
  /** Overrides the contract's calendar for this priority (e.g. 24/7 for P1 and P2). */
  calendar: calendarRef.optional(),
});

const ascending = (values: number[]) => values.every((value, i) => i === 0 || value > values[i - 1]!);

const escalationSchema = z
  .strictObject({
    /** Percentages of each target at which a due notice is raised. */
    thresholds: z.array(percent).min(1).refine(ascending, 'must be in increasing order, without repeats').default([50, 75, 90, 100]),
    /** Audience → thresholds at which it is told; default: the team at every threshold, managers from 90 %. */
    notify: z.record(code, z.array(percent)).optional(),
  })
  .transform(({ thresholds, notify }) => ({
    thresholds,
    notify: notify ?? { team: thresholds, managers: thresholds.filter((t) => t >= 90) },
  }));

const penaltiesSchema = z.strictObject({
  eur_per_started_hour: eur,
  cap_per_ticket_eur: eur,
  cap_per_month_eur: eur,
  /** Clocks whose lateness is charged; the ticket cap bounds their sum. */
  applies_to: z.array(z.enum(CLOCK_KINDS)).min(1).default(['response', 'resolution']),
});

const contractSchema = z.strictObject({
  id: code,
  name: z.string().min(1, 'must not be empty'),
  provider: z.string().min(1, 'must not be empty'),
  /** Support team codes bound by this contract; a team is bound by exactly one contract. */
  teams: z.array(code).min(1, 'must bind at least one team'),
  /** Calendar of every priority that does not name its own. */
  calendar: calendarRef.optional(),
  targets: z.strictObject(Object.fromEntries(PRIORITIES.map((p) => [p, targetSchema])) as Record<(typeof PRIORITIES)[number], typeof targetSchema>),
  pause_statuses: z
    .array(z.enum(TICKET_STATUSES))
    .refine((statuses) => statuses.every((s) => !STOP_STATUSES.includes(s)), 'resolved, closed and cancelled stop the clock; they cannot pause it')
    .default(['waiting_user']),
  escalation: escalationSchema.prefault({}),
  /** Omitted: no penalty (internal teams). */
  penalties: penaltiesSchema.optional(),
});

/** config/sla.yaml as written. Cross-references (calendar names, team bindings) are checked by the loader. */
export const slaFileSchema = z.strictObject({
  version: z.literal(1, { error: 'must be 1' }),
  calendars: z.record(code, z.unknown()).default({}),
  contracts: z.array(contractSchema).min(1, 'must define at least one contract'),
});

export type SlaFile = z.infer<typeof slaFileSchema>;
export type ContractInput = z.infer<typeof contractSchema>;
