import { z } from 'zod';
import { prioritySchema } from '../../triage/index.js';
import { isoInstantSchema } from '../calendar/index.js';
import { TICKET_STATUSES } from '../terms.js';

export const ACTOR_KINDS = ['user', 'agent', 'bot', 'system'] as const;

const status = z.enum(TICKET_STATUSES);
const base = { at: isoInstantSchema, actor_kind: z.enum(ACTOR_KINDS) };

/**
 * One entry of a ticket's audit log, as the clocks read it. `data` objects may carry more fields
 * than listed here; only these are used.
 */
export const auditEventSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('created'), data: z.looseObject({ status: status.default('new'), team: z.string(), priority: prioritySchema }) }),
  z.object({ ...base, kind: z.literal('status_changed'), data: z.looseObject({ from: status, to: status, reason: z.string().optional() }) }),
  z.object({ ...base, kind: z.literal('team_changed'), data: z.looseObject({ from: z.string().nullable(), to: z.string(), reason: z.string().optional() }) }),
  z.object({ ...base, kind: z.literal('priority_changed'), data: z.looseObject({ from: prioritySchema, to: prioritySchema, reason: z.string() }) }),
  z.object({ ...base, kind: z.literal('assigned'), data: z.looseObject({ from: z.string().nullable(), to: z.string().nullable() }) }),
  z.object({ ...base, kind: z.literal('message'), data: z.looseObject({ direction: z.string(), text: z.string() }) }),
  z.object({ ...base, kind: z.literal('note'), data: z.looseObject({ text: z.string() }) }),
  z.object({ ...base, kind: z.literal('described'), data: z.looseObject({}) }),
  z.object({ ...base, kind: z.literal('responded'), data: z.looseObject({ by: z.string() }) }),
]);

export type AuditEvent = z.infer<typeof auditEventSchema>;
export type AuditEventKind = AuditEvent['kind'];
export type ActorKind = (typeof ACTOR_KINDS)[number];
