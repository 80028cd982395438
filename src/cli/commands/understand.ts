import { z } from 'zod';
import { CodedError } from '../../errors.js';
import { parseOptions } from '../args.js';
import { EXIT_OK, readAll, usageError, type CliCommand } from '../command.js';
import { runJsonl } from '../jsonl.js';
import { loadConfig } from '../../config/index.js';
import { createChatModel } from '../../llm/index.js';
import { createUnderstander, unstatedFields, type Field, type Understander, type Understanding } from '../../triage/index.js';

const USAGE =
  'triage understand [--llm] "<message>" | triage understand [--llm] --jsonl < messages.jsonl  (lines {"id","text"})';

const inputSchema = z.object({ id: z.union([z.string(), z.number()]), text: z.string() });

/** The JSON-lines shape: plain values, category and the rest null when the intent opens no ticket. */
export function toJsonRecord(id: string | number, u: Understanding): Record<string, unknown> {
  const f = u.fields;
  return {
    id,
    intent: u.intent.value,
    category: f?.category.value ?? null,
    scope: f?.scope.value ?? null,
    urgency: f?.urgency.value ?? null,
    patient_care_impact: f?.patient_care_impact.value ?? null,
    impact: f?.impact ?? null,
    priority: f?.priority ?? null,
    asset_hint: f?.asset_hint ?? null,
    location_hint: f?.location_hint ?? null,
    ticket_ref: u.ticket_ref,
    language: u.language,
  };
}

function show<T>(field: Field<T>): string {
  return `${String(field.value)} (${field.source})`;
}

function hint(value: object | null): string {
  if (!value) return '-';
  return Object.entries(value)
    .map(([key, v]) => `${key}=${String(v)}`)
    .join(' ');
}

/** A readable analysis for one message. */
export function describe(u: Understanding): string {
  const rows: Array<[string, string]> = [
    ['language', u.language],
    ['intent', show(u.intent)],
  ];
  if (u.ticket_ref) rows.push(['ticket', u.ticket_ref]);
  const f = u.fields;
  if (f) {
    rows.push(
      ['category', show(f.category)],
      ['scope', show(f.scope)],
      ['urgency', show(f.urgency)],
      ['patient care', show(f.patient_care_impact)],
      ['impact', f.impact],
      ['priority', f.priority],
      ['asset', hint(f.asset_hint)],
      ['location', hint(f.location_hint)],
      ['to confirm', unstatedFields(f).join(', ') || '-'],
    );
  }
  return rows.map(([label, value]) => `${label.padEnd(13)} ${value}`).join('\n') + '\n';
}

export const command: CliCommand = {
  name: 'understand',
  summary: 'Read a staff message: intent, incident fields, impact and priority',
  usage: USAGE,
  async run(ctx) {
    const { values, positionals } = parseOptions(ctx.args, { jsonl: { type: 'boolean' }, llm: { type: 'boolean' } }, USAGE);
    const understander = values.llm ? withConfiguredModel(ctx.env) : createUnderstander();
    if (values.jsonl) {
      if (positionals.length > 0) throw usageError(`--jsonl reads stdin; no message argument expected\nusage: ${USAGE}`);
      return runJsonl(ctx.stdin, ctx.stdout, (input) => {
        const parsed = inputSchema.safeParse(input);
        if (!parsed.success) {
          throw new CodedError('validation_failed', 'each line needs {"id": string|number, "text": string}');
        }
        return understander.understand(parsed.data.text).then((u) => toJsonRecord(parsed.data.id, u));
      });
    }
    const interactive = (ctx.stdin as { isTTY?: boolean }).isTTY === true;
    if (positionals.length === 0 && interactive) throw usageError(`a message is required\nusage: ${USAGE}`);
    const message = positionals.length > 0 ? positionals.join(' ') : (await readAll(ctx.stdin)).trim();
    if (message === '') throw usageError(`a message is required\nusage: ${USAGE}`);
    const understanding = await understander.understand(message);
    ctx.stdout.write(describe(understanding));
    return EXIT_OK;
  },
};

/** `--llm`: the chat model of the configuration (LLM_PROVIDER...), falling back to rules on failure. */
function withConfiguredModel(env: NodeJS.ProcessEnv): Understander {
  const llm = loadConfig(env).llm;
  const model = createChatModel(llm);
  if (!model) throw usageError('--llm needs LLM_PROVIDER (openai, azure-openai or ollama) and LLM_MODEL');
  return createUnderstander({ model, timeoutMs: llm.timeoutMs });
}
