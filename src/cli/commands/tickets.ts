import { readFile } from 'node:fs/promises';
import { systemClock } from '../../clock.js';
import { CodedError } from '../../errors.js';
import {
  TicketRepository, loadRoutingConfig, ticketStatusSchema, type Ticket, type TicketEvent,
} from '../../tickets/index.js';
import { prioritySchema } from '../../triage/index.js';
import { parseOptions } from '../args.js';
import { readAll, usageError, type CliCommand, type CliContext } from '../command.js';
import { withStore } from '../open-store.js';
import type { Store } from '../../db/index.js';

const USAGE = `triage tickets create --json <file|->
       triage tickets list [--status <s>[,<s>…]] [--team <code>] [--priority P1..P4] [--json]
       triage tickets show <number> [--json]
       triage tickets move <number> <status> [--by <user>] [--reason <text>]`;

type Handler = (ctx: CliContext, tickets: TicketRepository, store: Store) => Promise<number>;

const handlers: Record<string, Handler> = {
  async create(ctx, tickets) {
    const { values } = parseOptions(ctx.args, { json: { type: 'string' } }, USAGE);
    if (!values.json) throw usageError(`create needs --json <file|-> (use - to read standard input)\nusage: ${USAGE}`);
    const text = values.json === '-' ? await readAll(ctx.stdin) : await readFile(values.json, 'utf8').catch(() => {
      throw usageError(`cannot read ${values.json}`);
    });
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      throw new CodedError('validation_failed', `the body is not valid JSON: ${(error as Error).message}`);
    }
    const { ticket, created } = await tickets.create(body);
    ctx.stdout.write(`${ticket.number}\n`);
    if (!created) ctx.stderr.write(`(already created from the same source activity)\n`);
    return 0;
  },

  async list(ctx, tickets) {
    const { values } = parseOptions(
      ctx.args,
      { status: { type: 'string' }, team: { type: 'string' }, priority: { type: 'string' }, json: { type: 'boolean' } },
      USAGE,
    );
    const status = values.status?.split(',').map((s) => {
      const parsed = ticketStatusSchema.safeParse(s.trim());
      if (!parsed.success) throw usageError(`--status: "${s}" is not a status (${ticketStatusSchema.options.join(', ')})`);
      return parsed.data;
    });
    let priority;
    if (values.priority) {
      const parsed = prioritySchema.safeParse(values.priority.toUpperCase());
      if (!parsed.success) throw usageError(`--priority: "${values.priority}" is not one of P1, P2, P3, P4`);
      priority = parsed.data;
    }
    const list = await tickets.list({ status, team: values.team, priority });
    if (values.json) ctx.stdout.write(JSON.stringify(list, null, 2) + '\n');
    else if (list.length === 0) ctx.stdout.write('No tickets match.\n');
    else for (const t of list) ctx.stdout.write(`${formatLine(t)}\n`);
    return 0;
  },

  async show(ctx, tickets, store) {
    const { values, positionals } = parseOptions(ctx.args, { json: { type: 'boolean' } }, USAGE);
    if (positionals.length !== 1) throw usageError(`show takes one ticket number\nusage: ${USAGE}`);
    const ticket = await tickets.get(positionals[0]!);
    const events = await tickets.events(ticket.id);
    const where = await assetAndLocation(store, ticket);
    if (values.json) ctx.stdout.write(JSON.stringify({ ...ticket, ...where, events }, null, 2) + '\n');
    else ctx.stdout.write(formatTicket(ticket, where, events));
    return 0;
  },

  async move(ctx, tickets) {
    const { values, positionals } = parseOptions(ctx.args, { by: { type: 'string' }, reason: { type: 'string' } }, USAGE);
    if (positionals.length !== 2) throw usageError(`move takes a ticket number and a status\nusage: ${USAGE}`);
    const status = ticketStatusSchema.safeParse(positionals[1]);
    if (!status.success) throw usageError(`"${positionals[1]}" is not a status (${ticketStatusSchema.options.join(', ')})`);
    const ticket = await tickets.move(positionals[0]!, status.data, { by: values.by ?? 'cli', kind: 'agent' }, values.reason);
    ctx.stdout.write(`${ticket.number} is now ${ticket.status}\n`);
    return 0;
  },
};

function formatLine(t: Ticket): string {
  return `${t.number}  ${t.priority}  ${t.status.padEnd(12)} ${t.team.padEnd(18)} ${t.title}`;
}

interface AssetAndLocation {
  asset: { tag: string; kind: string; model: string } | null;
  location: { code: string; unit: string; building: string; floor: string; room: string | null } | null;
}

/** What an agent needs to go there: the device's tag and model, the place in words. */
async function assetAndLocation(store: Store, t: Ticket): Promise<AssetAndLocation> {
  const asset = t.assetId === null
    ? undefined
    : await store.db.selectFrom('assets').select(['tag', 'kind', 'model']).where('id', '=', t.assetId).executeTakeFirst();
  const location = t.locationId === null
    ? undefined
    : await store.db
      .selectFrom('locations')
      .select(['code', 'unit_name', 'building', 'floor', 'room'])
      .where('id', '=', t.locationId)
      .executeTakeFirst();
  return {
    asset: asset ?? null,
    location: location
      ? { code: location.code, unit: location.unit_name, building: location.building, floor: location.floor, room: location.room }
      : null,
  };
}

function formatTicket(t: Ticket, where: AssetAndLocation, events: TicketEvent[]): string {
  const lines = [
    `${t.number} — ${t.title}`,
    `  status ${t.status}, priority ${t.priority} (impact ${t.impact}, urgency ${t.urgency}, scope ${t.scope}, patient care ${t.patientCareImpact ? 'affected' : 'not affected'})`,
    `  category ${t.category}, team ${t.team}${t.assignee ? `, assigned to ${t.assignee}` : ''}`,
    `  requester ${t.requester}, via ${t.sourceChannel}, created ${t.createdAt}`,
    `  asset ${where.asset ? `${where.asset.tag} (${where.asset.kind}, ${where.asset.model})` : '—'}; location ${formatLocation(where.location)}`,
  ];
  if (t.description) lines.push(`  ${t.description.replace(/\n/g, '\n  ')}`);
  lines.push('', 'Audit trail:');
  for (const e of events) lines.push(`  ${e.at}  ${e.actor} (${e.actorKind})  ${e.kind}  ${JSON.stringify(e.data)}`);
  return lines.join('\n') + '\n';
}

export const command: CliCommand = {
  name: 'tickets',
  summary: 'create, list, show and move tickets',
  usage: USAGE,
  async run(ctx) {
    const [sub, ...rest] = ctx.args;
    const handler = sub ? handlers[sub] : undefined;
    if (!handler) throw usageError(`${sub ? `unknown subcommand "${sub}"` : 'missing subcommand'}\nusage: ${USAGE}`);
    return withStore(ctx, async (store, config) => {
      const tickets = new TicketRepository(store, systemClock, loadRoutingConfig(config.routingConfigPath));
      return handler({ ...ctx, args: rest }, tickets, store);
    });
  },
};

function formatLocation(l: AssetAndLocation['location']): string {
  if (!l) return '—';
  return [`${l.code} ${l.unit}`, `building ${l.building}`, `floor ${l.floor}`, ...(l.room ? [l.room] : [])].join(', ');
}
