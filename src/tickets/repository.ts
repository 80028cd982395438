import type { Kysely } from 'kysely';
import { z } from 'zod';
import { systemClock, type Clock } from '../clock.js';
import { isUniqueViolation, writeTransaction, type Database, type Store, type TicketRow } from '../db/index.js';
import { assetKey } from '../directory/index.js';
import { CodedError } from '../errors.js';
import { assess, categorySchema, type Category, type Priority, type Scope, type Urgency } from '../triage/index.js';
import { assertMove, type TicketStatus } from './lifecycle.js';
import { nextTicketNumber, normalizeTicketNumber, ticketYear } from './numbering.js';
import { DEFAULT_ROUTING, routeTicket, type RoutingConfig } from './routing.js';
import { toTicket, toTicketEvent, type Ticket, type TicketEvent, type TicketEventKind } from './ticket.js';
import { describeIssues, newTicketSchema, type ActorKind, type NewTicket } from './ticket-input.js';

export interface Actor {
  by: string;
  kind: ActorKind;
}

/** What a requester's later words change: the fields that decide priority besides the category. */
export interface Reassessment {
  scope?: Scope;
  urgency?: Urgency;
  patientCareImpact?: boolean;
}

export interface TicketFilter {
  status?: TicketStatus[];
  team?: string;
  priority?: Priority;
  requesterId?: number;
  /** Tickets of any of these requesters (a line manager's team). */
  requesterIds?: number[];
  /** Tickets placed at any of these locations (a unit's places). */
  locationIds?: number[];
  scope?: Scope[];
  /** Tickets about this device (inventory id). */
  assetId?: number;
  limit?: number;
}

/**
 * Runs inside the transaction of every ticket change, after its audit event is written: work that must
 * commit with the change or not at all (e.g. planning the SLA notices of the new state).
 */
export type TicketChangeHook = (trx: Kysely<Database>, change: { ticket: Ticket; event: TicketEventKind; at: string }) => Promise<void>;

export interface CreateResult {
  ticket: Ticket;
  /** false when the same source activity had already created this ticket (a retried delivery). */
  created: boolean;
}

/**
 * Tickets and their audit trail. Every change and its audit event commit in one transaction, so the
 * trail can always explain the ticket's state.
 *
 * ```ts
 * const tickets = new TicketRepository(store, systemClock);
 * const { ticket } = await tickets.create({ requester: 'alice.martin@chv.fr', category: 'printer', ... });
 * await tickets.move(ticket.number, 'in_progress', { by: 'agent@chv.fr', kind: 'agent' });
 * ```
 */
export class TicketRepository {
  private readonly hooks: TicketChangeHook[] = [];

  constructor(
    private readonly store: Store,
    private readonly clock: Clock = systemClock,
    private readonly routing: RoutingConfig = DEFAULT_ROUTING,
  ) {}

  /** The team that takes what no routing rule matches: the service desk. */
  get deskTeam(): string {
    return this.routing.default_team;
  }

  /**
   * The team a ticket with these facts would go to if created now, by the same routing as {@link create}: the
   * bot tells a priority's times under that team's contract before the ticket exists. An unknown asset routes
   * as if none was named.
   */
  async teamFor(facts: { category: Category; asset?: string; request_type?: NewTicket['request_type'] }): Promise<string> {
    const asset = facts.asset
      ? await this.store.db
        .selectFrom('assets')
        .select(['kind', 'application_code'])
        .where((eb) => eb.or([eb('tag_key', '=', assetKey(facts.asset!)), eb('hostname_key', '=', assetKey(facts.asset!))]))
        .executeTakeFirst()
      : undefined;
    return routeTicket(this.routing, {
      category: facts.category,
      assetKind: asset?.kind,
      application: await applicationOf(this.store.db, asset?.application_code ?? null),
      requestType: facts.request_type,
    });
  }

  /** Registers work to run in the same transaction as every ticket change. */
  onChange(hook: TicketChangeHook): void {
    this.hooks.push(hook);
  }

  private async runHooks(trx: Kysely<Database>, ticket: Ticket, event: TicketEventKind, at: string): Promise<void> {
    for (const hook of this.hooks) await hook(trx, { ticket, event, at });
  }

  /** Validates and creates a ticket; a retried source activity returns the ticket it created. */
  async create(body: unknown): Promise<CreateResult> {
    const parsed = newTicketSchema.safeParse(body);
    if (!parsed.success) {
      const problems = describeIssues(parsed.error);
      throw new CodedError('validation_failed', `Invalid ticket: ${problems.join('; ')}`, { problems });
    }
    const input = parsed.data;
    const activityId = input.source.activity_id;
    try {
      return await writeTransaction(this.store, async (trx) => {
        if (activityId) {
          const existing = await findByActivity(trx, activityId);
          if (existing) return { ticket: existing, created: false };
        }
        return { ticket: await this.insert(trx, input), created: true };
      });
    } catch (error) {
      // Two deliveries of one activity raced on PostgreSQL: the loser returns the winner's ticket.
      if (activityId && isUniqueViolation(error)) {
        const existing = await findByActivity(this.store.db, activityId);
        if (existing) return { ticket: existing, created: false };
      }
      throw error;
    }
  }

  private async insert(trx: Kysely<Database>, input: NewTicket): Promise<Ticket> {
    const refs = await resolveReferences(trx, input);
    const team = input.team ?? routeTicket(this.routing, {
      category: input.category,
      assetKind: refs.asset?.kind,
      application: refs.application,
      requestType: input.request_type,
    });
    const teamRow = await trx.selectFrom('support_teams').select('code').where('code', '=', team).executeTakeFirst();
    if (!teamRow) throw new CodedError('validation_failed', `team: no support team with code "${team}"`, { field: 'team' });

    const kind = input.kind ?? (input.category === 'request' ? 'request' : 'incident');
    const now = this.clock.now();
    const at = now.toISOString();
    const assessed = assess({ ...input });
    const priority = input.priority_override?.priority ?? assessed.priority;
    const number = await nextTicketNumber(trx, kind, ticketYear(now));
    const row = await trx
      .insertInto('tickets')
      .values({
        number,
        kind,
        requester_id: refs.requester.id,
        requester_ref: refs.requester.email,
        category: input.category,
        scope: input.scope,
        urgency: input.urgency,
        patient_care_impact: input.patient_care_impact ? 1 : 0,
        impact: assessed.impact,
        priority,
        status: 'new',
        title: input.title,
        description: input.description,
        asset_id: refs.asset?.id ?? null,
        location_id: refs.locationId,
        team_code: team,
        assignee: null,
        language: input.language,
        created_at: at,
        updated_at: at,
        resolved_at: null,
        closed_at: null,
        source_channel: input.source.channel,
        conversation_id: input.source.conversation_id ?? null,
        source_activity_id: input.source.activity_id ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendEvent(trx, row.id, at, {
      by: input.created_by ?? refs.requester.email,
      kind: input.created_by_kind ?? 'user',
    }, 'created', {
      status: 'new',
      team,
      priority,
      impact: assessed.impact,
      computed_priority: assessed.priority,
      ...(input.request_type ? { request_type: input.request_type } : {}),
      ...(input.priority_override ? { priority_override_reason: input.priority_override.reason } : {}),
      category: input.category,
      scope: input.scope,
      urgency: input.urgency,
      patient_care_impact: input.patient_care_impact,
      channel: input.source.channel,
    });
    const ticket = toTicket(row);
    await this.runHooks(trx, ticket, 'created', at);
    return ticket;
  }

  async find(number: string): Promise<Ticket | undefined> {
    const canonical = normalizeTicketNumber(number);
    if (!canonical) return undefined;
    const row = await this.store.db.selectFrom('tickets').selectAll().where('number', '=', canonical).executeTakeFirst();
    return row ? toTicket(row) : undefined;
  }

  async get(number: string): Promise<Ticket> {
    const ticket = await this.find(number);
    if (!ticket) throw notFound(number);
    return ticket;
  }

  async list(filter: TicketFilter = {}): Promise<Ticket[]> {
    let query = this.store.db.selectFrom('tickets').selectAll();
    if (filter.status?.length) query = query.where('status', 'in', filter.status);
    if (filter.team) query = query.where('team_code', '=', filter.team);
    if (filter.priority) query = query.where('priority', '=', filter.priority);
    if (filter.requesterId !== undefined) query = query.where('requester_id', '=', filter.requesterId);
    if (filter.requesterIds !== undefined) {
      if (filter.requesterIds.length === 0) return [];
      query = query.where('requester_id', 'in', filter.requesterIds);
    }
    if (filter.locationIds !== undefined) {
      if (filter.locationIds.length === 0) return [];
      query = query.where('location_id', 'in', filter.locationIds);
    }
    if (filter.scope?.length) query = query.where('scope', 'in', filter.scope);
    if (filter.assetId !== undefined) query = query.where('asset_id', '=', filter.assetId);
    const rows = await query.orderBy('id', 'desc').limit(filter.limit ?? 500).execute();
    return rows.map(toTicket);
  }

  async count(): Promise<number> {
    const row = await this.store.db.selectFrom('tickets').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** The audit trail, oldest first. */
  async events(ticketId: number): Promise<TicketEvent[]> {
    const rows = await this.store.db
      .selectFrom('ticket_events')
      .selectAll()
      .where('ticket_id', '=', ticketId)
      .orderBy('id', 'asc')
      .execute();
    return rows.map(toTicketEvent);
  }

  /** Moves a ticket through its lifecycle; an illegal move is refused with the moves that are legal. */
  move(number: string, to: TicketStatus, actor: Actor, reason?: string): Promise<Ticket> {
    return this.mutate(number, actor, async (row, at) => {
      const from = row.status as TicketStatus;
      assertMove(row.number, from, to);
      return {
        update: {
          status: to,
          resolved_at: to === 'resolved' ? at : to === 'closed' ? row.resolved_at : null,
          closed_at: to === 'closed' || to === 'cancelled' ? at : null,
        },
        event: { kind: 'status_changed', data: { from, to, ...(reason ? { reason } : {}) } },
      };
    });
  }

  assign(number: string, assignee: string | null, actor: Actor): Promise<Ticket> {
    return this.mutate(number, actor, async (row) => {
      assertChangeable(row);
      return { update: { assignee }, event: { kind: 'assigned', data: { from: row.assignee, to: assignee } } };
    });
  }

  /** Hands the ticket to another team: that team's contract clock starts now. */
  changeTeam(number: string, team: string, actor: Actor, reason?: string): Promise<Ticket> {
    return this.mutate(number, actor, async (row, _at, trx) => {
      assertChangeable(row);
      const exists = await trx.selectFrom('support_teams').select('code').where('code', '=', team).executeTakeFirst();
      if (!exists) throw new CodedError('validation_failed', `team: no support team with code "${team}"`);
      if (team === row.team_code) throw new CodedError('conflict', `${row.number} is already with ${team}.`, { number: row.number, team });
      return {
        update: { team_code: team, assignee: null },
        event: { kind: 'team_changed', data: { from: row.team_code, to: team, ...(reason ? { reason } : {}) } },
      };
    });
  }

  changePriority(number: string, priority: Priority, actor: Actor, reason: string): Promise<Ticket> {
    return this.mutate(number, actor, async (row) => {
      assertChangeable(row);
      if (reason.trim().length < 3) throw new CodedError('validation_failed', 'reason: say why the priority changes');
      return { update: { priority }, event: { kind: 'priority_changed', data: { from: row.priority, to: priority, reason } } };
    });
  }

  /**
   * The requester tells more after creation ("c pas vital, demain matin ça ira", "yes it delays patient care", "ça
   * bloque toute l'équipe"): urgency, scope or care impact change, and impact and priority follow by the DESIGN.md
   * rule. One `priority_changed` event holds the fields changed (from, to) and the words, even when the priority
   * itself stays.
   */
  reassess(number: string, change: Reassessment, actor: Actor, reason: string): Promise<Ticket> {
    return this.mutate(number, actor, async (row) => {
      assertChangeable(row);
      if (reason.trim().length < 3) throw new CodedError('validation_failed', 'reason: say why the ticket is reassessed');
      const next = {
        scope: change.scope ?? (row.scope as Scope),
        urgency: change.urgency ?? (row.urgency as Urgency),
        patient_care_impact: change.patientCareImpact ?? Boolean(row.patient_care_impact),
      };
      const { impact, priority } = assess({ category: row.category as Category, ...next });
      const fields: Record<string, { from: unknown; to: unknown }> = {};
      if (next.scope !== row.scope) fields.scope = { from: row.scope, to: next.scope };
      if (next.urgency !== row.urgency) fields.urgency = { from: row.urgency, to: next.urgency };
      if (next.patient_care_impact !== Boolean(row.patient_care_impact)) fields.patient_care_impact = { from: Boolean(row.patient_care_impact), to: next.patient_care_impact };
      return {
        update: { scope: next.scope, urgency: next.urgency, patient_care_impact: next.patient_care_impact ? 1 : 0, impact, priority },
        event: { kind: 'priority_changed', data: { from: row.priority, to: priority, reason, ...fields } },
      };
    });
  }

  /** {@link reassess} of the urgency alone. */
  reviseUrgency(number: string, urgency: Urgency, actor: Actor, reason: string): Promise<Ticket> {
    return this.reassess(number, { urgency }, actor, reason);
  }

  /**
   * Gives a ticket the title and category its description calls for, when it was opened before anything said
   * what the problem was (a user asking for a person first). When the category changes and the ticket is still
   * with the team routing gave it, it moves to the team routing gives the new category (a `team_changed` event:
   * that team's contract clock starts now). A team chosen by hand is kept. `described`, the user's words, is added
   * to the ticket's description, which held only what was said before ("je veux parler à quelqu'un").
   */
  redescribe(number: string, change: { title: string; category: Category; described?: string }, actor: Actor, reason: string): Promise<Ticket> {
    return this.mutate(number, actor, async (row, _at, trx) => {
      const parsed = redescriptionSchema.safeParse(change);
      if (!parsed.success) throw new CodedError('validation_failed', `Invalid description: ${describeIssues(parsed.error).join('; ')}`);
      const { title, category, described } = parsed.data;
      assertChangeable(row);
      const description = described ? [row.description, described].filter(Boolean).join('\n').slice(0, 10_000) : row.description;
      const { asset, application } = await assetFacts(trx, row.asset_id);
      const facts = (c: Category) => ({ category: c, assetKind: asset?.kind, application });
      const routedNow = routeTicket(this.routing, facts(category));
      const moveTeam = category !== row.category && row.team_code === routeTicket(this.routing, facts(row.category as Category)) &&
        routedNow !== row.team_code;
      return {
        update: { title, category, description, ...(moveTeam ? { team_code: routedNow, assignee: null } : {}) },
        event: {
          kind: 'described',
          data: {
            title: { from: row.title, to: title },
            category: { from: row.category, to: category },
            ...(description !== row.description ? { description: { from: row.description, to: description } } : {}),
            reason,
          },
        },
        ...(moveTeam ? { then: { kind: 'team_changed' as const, data: { from: row.team_code, to: routedNow, reason } } } : {}),
      };
    });
  }

  /**
   * The device of a ticket opened without one, told afterwards ("found the label, it's DECT-GER-0104"): a `described`
   * event holds the tag and the words. A ticket that names a device keeps it (another device is another matter).
   */
  identifyAsset(number: string, assetId: number, actor: Actor, reason: string): Promise<Ticket> {
    return this.mutate(number, actor, async (row, _at, trx) => {
      assertChangeable(row);
      if (row.asset_id !== null) throw new CodedError('conflict', `${row.number} already names a device.`);
      const asset = await trx.selectFrom('assets').select(['id', 'tag']).where('id', '=', assetId).executeTakeFirst();
      if (!asset) throw new CodedError('validation_failed', `asset: no asset with id ${assetId}`);
      return { update: { asset_id: asset.id }, event: { kind: 'described', data: { asset: { from: null, to: asset.tag }, reason } } };
    });
  }

  /**
   * The device of a ticket corrected by its requester ("c'est le box 6 pas le 5"): the ticket points at the device
   * named, and at its place when the inventory gives one; a `described` event holds both changes and the words.
   */
  reassignAsset(number: string, assetId: number, actor: Actor, reason: string): Promise<Ticket> {
    return this.mutate(number, actor, async (row, _at, trx) => {
      assertChangeable(row);
      const asset = await trx.selectFrom('assets').select(['id', 'tag', 'location_id']).where('id', '=', assetId).executeTakeFirst();
      if (!asset) throw new CodedError('validation_failed', `asset: no asset with id ${assetId}`);
      if (row.asset_id === asset.id) throw new CodedError('conflict', `${row.number} already names ${asset.tag}.`);
      const tagOf = async (id: number | null) => (id === null ? null : ((await trx.selectFrom('assets').select('tag').where('id', '=', id).executeTakeFirst())?.tag ?? null));
      const codeOf = async (id: number | null) => (id === null ? null : ((await trx.selectFrom('locations').select('code').where('id', '=', id).executeTakeFirst())?.code ?? null));
      const location = asset.location_id ?? row.location_id;
      const moved = location !== row.location_id ? { location: { from: await codeOf(row.location_id), to: await codeOf(location) } } : {};
      return {
        update: { asset_id: asset.id, location_id: location },
        event: { kind: 'described', data: { asset: { from: await tagOf(row.asset_id), to: asset.tag }, ...moved, reason } },
      };
    });
  }

  /** Appends an event that does not change the ticket's fields (a message, an internal note, a response). */
  record(number: string, kind: Extract<TicketEventKind, 'message' | 'note' | 'responded'>, data: Record<string, unknown>, actor: Actor): Promise<Ticket> {
    return this.mutate(number, actor, async () => ({ update: {}, event: { kind, data } }));
  }

  private async mutate(
    number: string,
    actor: Actor,
    change: (
      row: TicketRow,
      at: string,
      trx: Kysely<Database>,
    ) => Promise<{ update: Partial<TicketRow>; event: AuditedChange; then?: AuditedChange }>,
  ): Promise<Ticket> {
    const canonical = normalizeTicketNumber(number);
    if (!canonical) throw notFound(number);
    return writeTransaction(this.store, async (trx) => {
      const row = await trx.selectFrom('tickets').selectAll().where('number', '=', canonical).executeTakeFirst();
      if (!row) throw notFound(number);
      const at = this.clock.now().toISOString();
      const { update, event, then } = await change(row, at, trx);
      // The status guard makes a concurrent change on PostgreSQL fail loudly instead of being overwritten.
      const updated = await trx
        .updateTable('tickets')
        .set({ ...update, updated_at: at })
        .where('id', '=', row.id)
        .where('status', '=', row.status)
        .returningAll()
        .executeTakeFirst();
      if (!updated) throw new CodedError('conflict', `${row.number} changed while this update was being made; try again.`, { number: row.number, concurrent: true });
      await appendEvent(trx, row.id, at, actor, event.kind, event.data);
      // A change that entails another (a new category moving the ticket to another team) is audited as both.
      if (then) await appendEvent(trx, row.id, at, actor, then.kind, then.data);
      const ticket = toTicket(updated);
      await this.runHooks(trx, ticket, (then ?? event).kind, at);
      return ticket;
    });
  }
}

/** One audit event of a change. */
interface AuditedChange {
  kind: TicketEventKind;
  data: Record<string, unknown>;
}

const redescriptionSchema = z.object({
  title: z.string().trim().min(3, 'title must be at least 3 characters').max(200, 'title must be at most 200 characters'),
  category: categorySchema,
  described: z.string().trim().max(10_000, 'description must be at most 10,000 characters').optional(),
});

function assertChangeable(row: TicketRow): void {
  if (row.status === 'closed' || row.status === 'cancelled') {
    throw new CodedError('illegal_transition', `${row.number} is ${row.status}; it can no longer be changed.`, { number: row.number, status: row.status });
  }
}

function notFound(number: string): CodedError {
  return new CodedError('not_found', `No ticket ${number}. Ticket numbers look like INC-2026-000123 or REQ-2026-000045.`);
}

async function findByActivity(db: Kysely<Database>, activityId: string): Promise<Ticket | undefined> {
  const row = await db.selectFrom('tickets').selectAll().where('source_activity_id', '=', activityId).executeTakeFirst();
  return row ? toTicket(row) : undefined;
}

async function appendEvent(
  trx: Kysely<Database>,
  ticketId: number,
  at: string,
  actor: Actor,
  kind: TicketEventKind,
  data: Record<string, unknown>,
): Promise<void> {
  await trx
    .insertInto('ticket_events')
    .values({ ticket_id: ticketId, at, actor: actor.by, actor_kind: actor.kind, kind, data: JSON.stringify(data) })
    .execute();
}

interface References {
  requester: { id: number; email: string; location_id: number | null };
  asset?: { id: number; kind: string; location_id: number | null };
  application?: { code: string; supportTeamCode: string } | null;
  locationId: number | null;
}

/** Looks up the directory rows a new ticket points at; an unknown one is a validation error naming it. */
/** The business application an asset stands for, with the team that supports it. */
async function applicationOf(trx: Kysely<Database>, code: string | null): Promise<References['application']> {
  if (!code) return null;
  const app = await trx.selectFrom('applications').select(['code', 'support_team_code']).where('code', '=', code).executeTakeFirst();
  return app ? { code: app.code, supportTeamCode: app.support_team_code } : null;
}

/** What routing needs to know of a ticket's asset. */
async function assetFacts(trx: Kysely<Database>, assetId: number | null) {
  const asset = assetId === null
    ? undefined
    : await trx.selectFrom('assets').select(['kind', 'application_code']).where('id', '=', assetId).executeTakeFirst();
  return { asset, application: await applicationOf(trx, asset?.application_code ?? null) };
}

async function resolveReferences(trx: Kysely<Database>, input: NewTicket): Promise<References> {
  const requester = await trx
    .selectFrom('users')
    .select(['id', 'email', 'location_id'])
    .where('email', '=', input.requester.toLowerCase())
    .executeTakeFirst();
  if (!requester) {
    throw new CodedError('validation_failed', `requester: no user with e-mail "${input.requester}" in the directory`, { field: 'requester' });
  }
  let asset: References['asset'];
  let application: References['application'] = null;
  if (input.asset) {
    const key = assetKey(input.asset);
    const found = await trx
      .selectFrom('assets')
      .select(['id', 'kind', 'location_id', 'application_code'])
      .where((eb) => eb.or([eb('tag_key', '=', key), eb('hostname_key', '=', key)]))
      .executeTakeFirst();
    if (!found) throw new CodedError('validation_failed', `asset: no asset with tag or hostname "${input.asset}"`, { field: 'asset' });
    asset = found;
    application = await applicationOf(trx, found.application_code);
  }
  let locationId = asset?.location_id ?? requester.location_id;
  if (input.location) {
    const location = await trx.selectFrom('locations').select('id').where('code', '=', input.location).executeTakeFirst();
    if (!location) throw new CodedError('validation_failed', `location: no location with code "${input.location}"`, { field: 'location' });
    locationId = location.id;
  }
  return { requester, asset, application, locationId };
}
