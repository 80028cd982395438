import { loadConfig } from '../../config/index.js';
import {
  deadline,
  deadlineRequestSchema,
  formatPath,
  isoUtc,
  loadContracts,
  parseCalendar,
  type Calendar,
  type ContractBook,
} from '../../sla/index.js';
import { CodedError } from '../../errors.js';
import { parseOptions } from '../args.js';
import { usageError, type CliCommand, type CliContext } from '../command.js';
import { runJsonl } from '../jsonl.js';

/** One `triage sla <subcommand>`: its usage line and handler (args after the subcommand name). */
interface SlaSubcommand {
  usage: string;
  summary: string;
  run(ctx: CliContext): Promise<number>;
}

const DEADLINE_USAGE = 'triage sla deadline --jsonl < requests.jsonl';

/**
 * `triage sla deadline --jsonl`: one JSON line in per request, one out, in order:
 * {"id","calendar",start,"minutes","pauses"?} → {"id","deadline"} (UTC, milliseconds; null while an
 * open-ended pause holds the clock) or {"id","error"}. `calendar` may name a calendar of the SLA
 * configuration (SLA_CONFIG), read once on first use.
 */
async function deadlineCommand(ctx: CliContext): Promise<number> {
  const { values, positionals } = parseOptions(ctx.args, { jsonl: { type: 'boolean' } }, DEADLINE_USAGE);
  if (!values.jsonl || positionals.length > 0) throw usageError(`usage: ${DEADLINE_USAGE}`);
  let book: Promise<ContractBook> | undefined;
  const namedCalendar = async (name: string): Promise<Calendar> => {
    book ??= loadContracts(loadConfig(ctx.env).slaConfigPath);
    const calendar = (await book).calendar(name);
    if (!calendar) throw new CodedError('not_found', `unknown calendar "${name}"; known: ${Object.keys((await book).calendars).join(', ')}`);
    return calendar;
  };
  // Requests usually repeat a few calendars: compile each distinct one once.
  const inline = new Map<string, Calendar>();
  const inlineCalendar = (spec: unknown): Calendar => {
    const key = JSON.stringify(spec);
    let calendar = inline.get(key);
    if (!calendar) {
      calendar = parseCalendar(spec);
      if (inline.size >= 256) inline.clear();
      inline.set(key, calendar);
    }
    return calendar;
  };
  return runJsonl(ctx.stdin, ctx.stdout, async (input) => {
    const parsed = deadlineRequestSchema.safeParse(input);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
      throw new CodedError('validation_failed', problems.join('; '), { problems });
    }
    const request = parsed.data;
    const calendar = typeof request.calendar === 'string' ? await namedCalendar(request.calendar) : inlineCalendar(request.calendar);
    const at = deadline(calendar, request.start, request.minutes, request.pauses);
    return { id: request.id ?? null, deadline: at === null ? null : isoUtc(at.getTime()) };
  });
}

/** Subcommands by name; `show` and `report` join here. */
const subcommands: Record<string, SlaSubcommand> = {
  deadline: { usage: DEADLINE_USAGE, summary: 'deadlines of JSON-lines requests on a calendar', run: deadlineCommand },
};

function usage(): string {
  return Object.entries(subcommands)
    .map(([, sub]) => `${sub.usage}\n      ${sub.summary}`)
    .join('\n  ');
}

export const command: CliCommand = {
  name: 'sla',
  summary: 'SLA contracts, calendars and deadlines',
  get usage() {
    return usage();
  },
  async run(ctx) {
    const [name, ...rest] = ctx.args;
    const sub = name !== undefined && Object.hasOwn(subcommands, name) ? subcommands[name] : undefined;
    if (!sub) throw usageError(`${name ? `unknown subcommand "${name}"` : 'missing subcommand'}\nusage: ${usage()}`);
    if (rest[0] === '--help' || rest[0] === '-h') {
      ctx.stdout.write(`usage: ${sub.usage}\n`);
      return 0;
    }
    return sub.run({ ...ctx, args: rest });
  },
};
