import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { CodedError } from '../errors.js';
import { categorySchema, type Category } from '../triage/index.js';
import { REQUEST_TYPES, type RequestType } from './ticket-input.js';

const ruleSchema = z.object({
  when: z
    .object({
      category: z.array(categorySchema).optional(),
      asset_kind: z.array(z.string()).optional(),
      application: z.array(z.string()).optional(),
      request_type: z.array(z.enum(REQUEST_TYPES)).optional(),
    })
    .strict()
    .refine((w) => Object.keys(w).length > 0, 'a rule needs at least one condition'),
  team: z.string().min(1),
});

export const routingConfigSchema = z
  .object({
    default_team: z.string().min(1),
    rules: z.array(ruleSchema).default([]),
    use_application_team: z.boolean().default(true),
  })
  .strict();

export type RoutingConfig = z.infer<typeof routingConfigSchema>;

export interface RoutingFacts {
  category: Category;
  assetKind?: string | null;
  application?: { code: string; supportTeamCode: string } | null;
  /** What a request asks for (a new account, a restore…), when the ticket is one. */
  requestType?: RequestType | null;
}

export const DEFAULT_ROUTING: RoutingConfig = {
  default_team: 'helpdesk-l1',
  rules: [
    { when: { category: ['biomedical'] }, team: 'biomedical' },
    { when: { category: ['security'] }, team: 'security' },
  ],
  use_application_team: true,
};

/** Reads the routing rules; a missing file means the built-in defaults, a malformed one is an error. */
export function loadRoutingConfig(path: string): RoutingConfig {
  if (!existsSync(path)) return DEFAULT_ROUTING;
  const parsed = routingConfigSchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new CodedError('config_invalid', `${path}: ${problems}`);
  }
  return parsed.data;
}

/** The team code that receives a ticket with these facts. */
export function routeTicket(config: RoutingConfig, facts: RoutingFacts): string {
  for (const rule of config.rules) {
    const { category, asset_kind, application, request_type } = rule.when;
    if (category && !category.includes(facts.category)) continue;
    if (asset_kind && !(facts.assetKind && asset_kind.includes(facts.assetKind))) continue;
    if (application && !(facts.application && application.includes(facts.application.code))) continue;
    if (request_type && !(facts.requestType && request_type.includes(facts.requestType))) continue;
    return rule.team;
  }
  if (config.use_application_team && facts.application) return facts.application.supportTeamCode;
  return config.default_team;
}
