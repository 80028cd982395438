import { z } from 'zod';
import { LANGUAGES, SUPPORT_LEVELS } from '../triage/index.js';
import { ASSET_KINDS } from './types.js';
import { emailKey } from './keys.js';

/*
 * One zod schema per CSV file. Values arrive as trimmed strings (an absent optional column is
 * undefined); the schemas normalize them: codes and tags to their canonical case, e-mails to lower
 * case, empty optional values to null, true/false to booleans.
 */

const required = z.string({ error: 'required' }).min(1, 'required');

function optional<T extends z.ZodType<unknown, string>>(schema: T) {
  return z
    .string()
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(schema.optional())
    .transform((value) => value ?? null);
}

function flag(fallback: boolean) {
  return z
    .string()
    .optional()
    .transform((value, ctx) => {
      const v = (value ?? '').toLowerCase();
      if (v === '') return fallback;
      if (v === 'true' || v === '1') return true;
      if (v === 'false' || v === '0') return false;
      ctx.addIssue({ code: 'custom', message: `must be true or false, got "${value}"` });
      return z.NEVER;
    });
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T, fallback?: T[number]) {
  return z
    .string()
    .optional()
    .transform((value) => (value ? value.toLowerCase() : fallback ?? ''))
    .pipe(z.enum(values, { error: (issue) => `must be one of ${values.join(', ')}, got "${String(issue.input)}"` }));
}

const email = z.email({ error: 'invalid e-mail address' }).transform(emailKey);
const phone = z.string().regex(/^\+?[0-9][0-9 .()-]{1,24}$/, 'invalid phone number (digits, spaces, dots, dashes)');
/** Location codes and asset tags: letters, digits, dashes, dots, underscores; stored in upper case. */
const upperCode = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, dashes, dots and underscores only')
  .transform((value) => value.toUpperCase());
/** Unit, application and team codes: stored in lower case. */
const lowerCode = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'letters, digits, dashes and underscores only')
  .transform((value) => value.toLowerCase());
const hostname = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'invalid host name');
const aadObjectId = z.guid({ error: 'must be a GUID (Microsoft Entra object id)' }).transform((v) => v.toLowerCase());
const slackUserId = z
  .string()
  .regex(/^[UW][A-Z0-9]{6,}$/i, 'must be a Slack member id such as U0ABC123')
  .transform((v) => v.toUpperCase());

export const locationRowSchema = z.object({
  code: required.pipe(upperCode),
  site: required,
  building: required,
  floor: required,
  unit_code: required.pipe(lowerCode),
  unit_name: required,
  room: optional(z.string()),
  phone: optional(phone),
});

export const userRowSchema = z.object({
  email: required.pipe(email),
  display_name: required,
  aad_object_id: optional(aadObjectId),
  slack_user_id: optional(slackUserId),
  job_role: required,
  manager_email: optional(email),
  location_code: optional(upperCode),
  preferred_language: oneOf(LANGUAGES, 'fr'),
  phone: optional(phone),
  active: flag(true),
});

export const assetRowSchema = z
  .object({
    tag: required.pipe(upperCode),
    hostname: optional(hostname),
    kind: oneOf(ASSET_KINDS),
    model: required,
    location_code: optional(upperCode),
    assigned_user_email: optional(email),
    application_code: optional(lowerCode),
    clinical: flag(false),
  })
  .check((ctx) => {
    if (ctx.value.kind === 'application' && !ctx.value.application_code) {
      ctx.issues.push({
        code: 'custom',
        path: ['application_code'],
        message: 'required when kind is application',
        input: ctx.value,
      });
    }
  });

export const applicationRowSchema = z.object({
  code: required.pipe(lowerCode),
  name: required,
  vendor: required,
  support_team_code: required.pipe(lowerCode),
});

export const supportTeamRowSchema = z.object({
  code: required.pipe(lowerCode),
  name: required,
  name_en: optional(z.string()),
  level: oneOf(SUPPORT_LEVELS),
  provider: required,
  contract_id: required,
  teams_channel_id: optional(z.string()),
  slack_channel_id: optional(z.string()),
});

export type LocationRowInput = z.output<typeof locationRowSchema>;
export type UserRowInput = z.output<typeof userRowSchema>;
export type AssetRowInput = z.output<typeof assetRowSchema>;
export type ApplicationRowInput = z.output<typeof applicationRowSchema>;
export type SupportTeamRowInput = z.output<typeof supportTeamRowSchema>;
