import { loadConfig } from '../../config/index.js';
import {
  explain,
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
import { withStore } from '../open-store.js';
import { ClockService, monthReport, reportCsv, reportText } from '../../sla/live/index.js';

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

const SHOW_USAGE = 'triage sla show <number> [--at <instant>] [--json]';

/** The instant of `--at` (ISO-8601), or now. */
function asOf(at: string | undefined): Date {
  if (at === undefined) return new Date();
  const when = new Date(at);
  if (Number.isNaN(when.getTime())) throw usageError(`--at must be an ISO-8601 instant, e.g. 2026-11-30T14:00:00+01:00 (got "${at}")`);
  return when;
}

/**
 * `triage sla show <number>`: both clocks of a ticket with their arithmetic (contract, calendar, elapsed
 * open time, pauses, deadline, state, penalty), as of now or `--at`; `--json` prints the clocks as data.
 */
async function showCommand(ctx: CliContext): Promise<number> {
  const { values, positionals } = parseOptions(ctx.args, { json: { type: 'boolean' }, at: { type: 'string' } }, SHOW_USAGE);
  if (positionals.length !== 1) throw usageError(`usage: ${SHOW_USAGE}`);
  const now = asOf(values.at);
  return withStore(ctx, async (store, config) => {
    const service = new ClockService(await loadContracts(config.slaConfigPath));
    const { ticket, clocks } = await service.clocksOf(store.db, positionals[0]!, now);
    if (values.json) {
      ctx.stdout.write(`${JSON.stringify({ ticket: ticket.number, status: ticket.status, ...clocks }, null, 2)}\n`);
      return 0;
    }
    const lines = [`${ticket.number} — ${ticket.status}, ${clocks.priority}, team ${clocks.team}, contract ${clocks.contract_id}`, ''];
    lines.push(...explain(clocks.response), '', ...explain(clocks.resolution), '');
    lines.push(`Ticket penalty: ${clocks.penalty_eur.toFixed(2)} EUR (sum of both clocks, capped per ticket${clocks.resolution.state === 'breached' && !clocks.resolution.stopped_at ? '; provisional while running' : ''})`);
    for (const warning of clocks.warnings) lines.push(`Warning: ${warning}`);
    ctx.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  });
}

const REPORT_USAGE = 'triage sla report --month YYYY-MM [--at <instant>] [--json|--csv]';

/**
 * `triage sla report --month YYYY-MM`: tickets created in that month (Paris time), per contract and
 * priority: met/breached, median and p90 open times, penalties (per ticket, then the monthly cap), worst tickets.
 */
async function reportCommand(ctx: CliContext): Promise<number> {
  const { values, positionals } = parseOptions(
    ctx.args,
    { month: { type: 'string' }, at: { type: 'string' }, json: { type: 'boolean' }, csv: { type: 'boolean' } },
    REPORT_USAGE,
  );
  if (!values.month || positionals.length > 0 || (values.json && values.csv)) throw usageError(`usage: ${REPORT_USAGE}`);
  const now = asOf(values.at);
  return withStore(ctx, async (store, config) => {
    const service = new ClockService(await loadContracts(config.slaConfigPath));
    const report = await monthReport(store.db, service, values.month!, now);
    ctx.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : values.csv ? reportCsv(report) : reportText(report));
    return 0;
  });
}

/** Subcommands by name. */
const subcommands: Record<string, SlaSubcommand> = {
  deadline: { usage: DEADLINE_USAGE, summary: 'deadlines of JSON-lines requests on a calendar', run: deadlineCommand },
  show: { usage: SHOW_USAGE, summary: "a ticket's SLA clocks with their arithmetic explained", run: showCommand },
  report: { usage: REPORT_USAGE, summary: 'monthly SLA report per contract and priority, with penalties', run: reportCommand },
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
