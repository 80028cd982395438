import { z } from 'zod';
import { CodedError } from '../errors.js';

const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());

const databaseUrl = z
  .string()
  .refine((url) => url.startsWith('sqlite:') || /^postgres(ql)?:\/\//.test(url), {
    message: 'must be sqlite:<path> or a postgres:// URL',
  });

/** Environment variables, as read. Every variable the product understands is declared here. */
const envSchema = z.object({
  NODE_ENV: z.preprocess(emptyToUndefined, z.enum(['development', 'production', 'test']).default('development')),
  LOG_LEVEL: z.preprocess(
    emptyToUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(3978)),
  HOST: z.preprocess(emptyToUndefined, z.string().default('0.0.0.0')),
  DATABASE_URL: z.preprocess(emptyToUndefined, databaseUrl.default('sqlite:./data/triage.db')),
  /** Load the fictional sample hospital into an empty database at start. */
  SEED_SAMPLE_DIRECTORY: z.preprocess(emptyToUndefined, z.enum(['true', 'false']).default('true')),
  KNOWLEDGE_DIR: z.preprocess(emptyToUndefined, z.string().default('./knowledge')),
  SLA_CONFIG: z.preprocess(emptyToUndefined, z.string().default('./config/sla.yaml')),
  ROUTING_CONFIG: z.preprocess(emptyToUndefined, z.string().default('./config/routing.yaml')),
  /** How staff name the business applications (application code → phrases). */
  APPLICATIONS_CONFIG: z.preprocess(emptyToUndefined, z.string().default('./config/applications.yaml')),
  REDACTION_CONFIG: z.preprocess(emptyToUndefined, z.string().default('./config/redaction.yaml')),
  /** Which job roles form each staff group a fiche may be written for (group → job roles). */
  AUDIENCES_CONFIG: z.preprocess(emptyToUndefined, z.string().default('./config/audiences.yaml')),
  /** Bot Framework credentials; without an app id the endpoint accepts unauthenticated requests. */
  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppTenantId: optionalString,
  MicrosoftAppType: z.preprocess(emptyToUndefined, z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional()),
  /** Bot Framework service URL for Teams channels the bot is mapped to but has not heard from yet. */
  TEAMS_SERVICE_URL: z.preprocess(emptyToUndefined, z.string().url().default('https://smba.trafficmanager.net/emea/')),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_BOT_TOKEN: optionalString,
  /** Teams channel that receives SLA warnings (90 %) and breach notices for managers. */
  MANAGERS_CHANNEL_ID: z.preprocess(emptyToUndefined, z.string().default('19:sla-managers@thread.tacv2')),
  /** Language of what the bot posts in team channels (countdown cards, managers' notices, agents' cards). */
  CHANNEL_LANGUAGE: z.preprocess(emptyToUndefined, z.enum(['fr', 'en']).default('fr')),
  /** How often the SLA notice worker looks for due notices, in milliseconds. */
  SLA_TICK_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(50).max(3_600_000).default(250)),
  /** Read messages by rules in a worker thread, beside the event loop (off: in the event loop). */
  UNDERSTANDING_THREAD: z.preprocess(emptyToUndefined, z.enum(['on', 'off']).default('on')),
  /** Most turns run at once by this process from the activity inbox (fewer while it runs short of CPU). */
  INBOX_WORKERS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(256).default(32)),
  /**
   * How long a delivery's answer may wait for its turn to end, in milliseconds; past it (or at once when
   * every worker is busy) the delivery is acknowledged and the reply goes through the connector later.
   */
  BOT_ACK_WITHIN_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(14_000).default(5000)),
  /** Runs of a turn that failed for a passing reason (connector or database unavailable) before it is kept as failed. */
  INBOX_MAX_ATTEMPTS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(50).default(6)),
  /** A turn claimed longer than this, in milliseconds, belongs to a stopped instance and is run again. */
  TURN_LEASE_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(500).max(3_600_000).default(60_000)),
  /** Optional LLM: openai (any OpenAI-compatible endpoint), azure-openai, or ollama. */
  LLM_PROVIDER: z.preprocess(emptyToUndefined, z.enum(['none', 'openai', 'azure-openai', 'ollama']).default('none')),
  LLM_MODEL: optionalString,
  LLM_BASE_URL: optionalString,
  LLM_API_KEY: optionalString,
  LLM_TIMEOUT_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().positive().default(4000)),
  /** Azure OpenAI only: the REST API version of the deployment. */
  LLM_API_VERSION: z.preprocess(emptyToUndefined, z.string().default('2024-10-21')),
  /** Teams channel of the help-desk agents (19:…@thread.tacv2); default: the helpdesk-l1 team's channel. */
  AGENT_CHANNEL_ID: optionalString,
  /** Agents allowed to take over a conversation: Entra object ids and/or e-mails, comma-separated. */
  AGENTS: optionalString,
});

export type Env = z.infer<typeof envSchema>;

/** The optional chat model: provider, model (or Azure deployment), endpoint, key, time budget. */
export interface LlmConfig {
  provider: Env['LLM_PROVIDER'];
  model?: string;
  baseUrl?: string;
  apiKey?: string;
  timeoutMs: number;
  /** Azure OpenAI REST API version. */
  apiVersion: string;
}

export interface Config {
  env: Env['NODE_ENV'];
  logLevel: Env['LOG_LEVEL'];
  port: number;
  host: string;
  databaseUrl: string;
  seedSampleDirectory: boolean;
  /** Messages read by rules in a worker thread (no effect when a language model reads them). */
  understandingThread: boolean;
  knowledgeDir: string;
  slaConfigPath: string;
  routingConfigPath: string;
  applicationsConfigPath: string;
  redactionConfigPath: string;
  audiencesConfigPath: string;
  botFramework: { appId?: string; appPassword?: string; tenantId?: string; appType?: Env['MicrosoftAppType'] };
  teamsServiceUrl: string;
  slack: { signingSecret?: string; botToken?: string };
  llm: LlmConfig;
  /** Language of channel posts (cards and notices for teams, managers and agents). */
  channelLanguage: Env['CHANNEL_LANGUAGE'];
  /** SLA notices: the managers' channel and the worker's tick interval. */
  sla: { managersChannelId: string; tickMs: number };
  /** Activity inbox: turns run at once, and how long a delivery waits for its turn before 202. */
  inbox: { workers: number; ackWithinMs: number; maxAttempts: number; leaseMs: number };
  /** Agent takeover: the agents' channel and who may take over (empty: the directory's IT technicians). */
  handoff: { agentChannelId?: string; agents: string[] };
}

/**
 * Parses the environment once. A bad value fails with a message naming the variable, e.g.
 * `PORT: Too big: expected number to be <=65535`, so an operator knows what to fix.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`);
    throw new CodedError('config_invalid', `Invalid configuration:\n  ${problems.join('\n  ')}`, { problems });
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    seedSampleDirectory: e.SEED_SAMPLE_DIRECTORY === 'true',
    understandingThread: e.UNDERSTANDING_THREAD === 'on',
    knowledgeDir: e.KNOWLEDGE_DIR,
    slaConfigPath: e.SLA_CONFIG,
    routingConfigPath: e.ROUTING_CONFIG,
    applicationsConfigPath: e.APPLICATIONS_CONFIG,
    redactionConfigPath: e.REDACTION_CONFIG,
    audiencesConfigPath: e.AUDIENCES_CONFIG,
    botFramework: {
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      tenantId: e.MicrosoftAppTenantId,
      appType: e.MicrosoftAppType,
    },
    teamsServiceUrl: e.TEAMS_SERVICE_URL,
    slack: { signingSecret: e.SLACK_SIGNING_SECRET, botToken: e.SLACK_BOT_TOKEN },
    channelLanguage: e.CHANNEL_LANGUAGE,
    sla: { managersChannelId: e.MANAGERS_CHANNEL_ID, tickMs: e.SLA_TICK_MS },
    inbox: { workers: e.INBOX_WORKERS, ackWithinMs: e.BOT_ACK_WITHIN_MS, maxAttempts: e.INBOX_MAX_ATTEMPTS, leaseMs: e.TURN_LEASE_MS },
    llm: {
      provider: e.LLM_PROVIDER,
      model: e.LLM_MODEL,
      baseUrl: e.LLM_BASE_URL,
      apiKey: e.LLM_API_KEY,
      timeoutMs: e.LLM_TIMEOUT_MS,
      apiVersion: e.LLM_API_VERSION,
    },
    handoff: {
      agentChannelId: e.AGENT_CHANNEL_ID,
      agents: (e.AGENTS ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean),
    },
  };
}
