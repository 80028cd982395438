import { z } from 'zod';
import { categorySchema, languageSchema, prioritySchema, scopeSchema, urgencySchema } from '../triage/index.js';

export const SOURCE_CHANNELS = ['teams', 'slack', 'chat', 'cli', 'web'] as const;
export const ACTOR_KINDS = ['user', 'agent', 'bot', 'system'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
/** What a service request asks for: routing rules can send each kind to the team that carries it out. */
export const REQUEST_TYPES = ['software', 'access', 'account', 'restore', 'other'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

/** A new ticket as any channel submits it (CLI JSON, bot intake). Unknown fields are refused. */
export const newTicketSchema = z
  .object({
    kind: z.enum(['incident', 'request']).optional(),
    requester: z.string().email({ message: 'must be the requester\'s e-mail address from the directory' }),
    category: categorySchema,
    scope: scopeSchema,
    urgency: urgencySchema,
    patient_care_impact: z.boolean(),
    title: z.string().trim().min(3, 'must be at least 3 characters').max(200, 'must be at most 200 characters'),
    description: z.string().trim().max(10_000, 'must be at most 10,000 characters').default(''),
    asset: z.string().trim().min(1).optional().describe('asset tag or hostname'),
    location: z.string().trim().min(1).optional().describe('location code'),
    team: z.string().trim().min(1).optional().describe('support team code; routed by rules when absent'),
    request_type: z.enum(REQUEST_TYPES).optional().describe('what a request asks for: software, access, account, restore, other'),
    language: languageSchema.default('fr'),
    source: z
      .object({
        channel: z.enum(SOURCE_CHANNELS).default('cli'),
        conversation_id: z.string().min(1).optional(),
        activity_id: z.string().min(1).max(512).optional(),
      })
      .strict()
      .default({ channel: 'cli' }),
    /** Who creates it, when not the requester (an agent on the phone, the bot). */
    created_by: z.string().min(1).optional(),
    created_by_kind: z.enum(ACTOR_KINDS).optional(),
    /** Priority forced by an agent; it must come with a reason and is audited. */
    priority_override: z.object({ priority: prioritySchema, reason: z.string().trim().min(3) }).strict().optional(),
  })
  .strict();

export type NewTicketInput = z.input<typeof newTicketSchema>;
export type NewTicket = z.output<typeof newTicketSchema>;

/** zod issues as "field: message" lines an operator can act on. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(body)'}: ${issue.message}`);
}
