import { beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { isCodedError } from '../../src/errors.js';
import { TicketRepository, loadRoutingConfig } from '../../src/tickets/index.js';
import { describeEachDialect } from '../support/dialects.js';
import { seedMinimalDirectory, ticketBody } from '../support/minimal-directory.js';

const agent = { by: 'karim.benali@chv.fr', kind: 'agent' as const };

describeEachDialect('ticket repository', (ctx) => {
  let tickets: TicketRepository;
  const clock = new ManualClock('2026-11-28T09:00:00Z');

  beforeAll(async () => {
    await seedMinimalDirectory(ctx.store);
    tickets = new TicketRepository(ctx.store, clock, loadRoutingConfig('config/routing.yaml'));
  });

  it('creates an incident with its number, computed priority, routed team and a creation event', async () => {
    const { ticket, created } = await tickets.create(ticketBody());
    expect(created).toBe(true);
    expect(ticket.number).toMatch(/^INC-2026-\d{6}$/);
    expect(ticket).toMatchObject({ status: 'new', impact: 'low', priority: 'P4', team: 'proximity', requester: 'alice.martin@chv.fr' });
    const events = await tickets.events(ticket.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'created', actor: 'alice.martin@chv.fr', at: '2026-11-28T09:00:00.000Z' });
    expect(events[0]!.data).toMatchObject({ status: 'new', team: 'proximity', priority: 'P4' });
  });

  it('numbers requests separately with REQ', async () => {
    const { ticket } = await tickets.create(ticketBody({ category: 'request', title: 'Installer Acrobat Pro', asset: undefined }));
    expect(ticket.number).toMatch(/^REQ-2026-\d{6}$/);
    expect(ticket.kind).toBe('request');
  });

  it('routes a failed monitor in intensive care to biomedical engineering as P1, located by the device', async () => {
    const { ticket } = await tickets.create(
      ticketBody({ category: 'biomedical', asset: 'BIO-REA-0007', patient_care_impact: true, urgency: 'high', title: 'Scope HS en réa' }),
    );
    expect(ticket).toMatchObject({ team: 'biomedical', priority: 'P1', impact: 'critical' });
    const icu = await ctx.store.db.selectFrom('locations').select('id').where('code', '=', 'VAL-A-1-REA').executeTakeFirstOrThrow();
    expect(ticket.locationId).toBe(icu.id);
  });

  it('routes a patient-record problem to the application vendor through the asset', async () => {
    const { ticket } = await tickets.create(ticketBody({ category: 'software', asset: 'APP-DPI', title: 'DPI très lent' }));
    expect(ticket.team).toBe('dpi-vendor-l2');
  });

  it('routes a locked patient-record account to the service desk, which unlocks at once, not to the vendor', async () => {
    const { ticket } = await tickets.create(ticketBody({ category: 'access', asset: 'APP-DPI', title: 'Compte DPI verrouillé' }));
    expect(ticket.team).toBe('helpdesk-l1');
  });

  it('returns the same ticket when the same activity is delivered twice', async () => {
    const body = ticketBody({ source: { channel: 'teams', conversation_id: 'a:1', activity_id: 'activity-42' } });
    const first = await tickets.create(body);
    const second = await tickets.create(body);
    expect(second.created).toBe(false);
    expect(second.ticket.number).toBe(first.ticket.number);
    const rows = await ctx.store.db.selectFrom('tickets').select('id').where('source_activity_id', '=', 'activity-42').execute();
    expect(rows).toHaveLength(1);
  });

  it('refuses a body with a bad field, names the field, and writes nothing', async () => {
    const before = await tickets.count();
    for (const [body, field] of [
      [ticketBody({ urgency: 'urgent' }), 'urgency'],
      [ticketBody({ requester: 'nobody@chv.fr' }), 'requester'],
      [ticketBody({ asset: 'PC-XXXX-9999' }), 'asset'],
      [ticketBody({ team: 'no-such-team' }), 'team'],
      [ticketBody({ surprise: 1 }), 'surprise'],
    ] as const) {
      const error = await tickets.create(body).catch((e: unknown) => e);
      expect(isCodedError(error, 'validation_failed'), String(error)).toBe(true);
      expect((error as Error).message).toContain(field);
    }
    expect(await tickets.count()).toBe(before);
  });

  it('moves through the lifecycle, audits each move, and refuses an illegal one without writing', async () => {
    const { ticket } = await tickets.create(ticketBody({ title: 'Clavier HS' }));
    clock.advance(60_000);
    await tickets.move(ticket.number, 'in_progress', agent);
    await tickets.move(ticket.number, 'waiting_user', agent, 'attend le numéro de série');
    await tickets.move(ticket.number, 'in_progress', agent);
    const resolved = await tickets.move(ticket.number, 'resolved', agent, 'clavier remplacé');
    expect(resolved.resolvedAt).toBe(clock.now().toISOString());
    const error = await tickets.move(ticket.number, 'waiting_user', agent).catch((e: unknown) => e);
    expect(isCodedError(error, 'illegal_transition')).toBe(true);
    const reopened = await tickets.move(ticket.number.toLowerCase(), 'in_progress', agent, 'toujours en panne');
    expect(reopened.resolvedAt).toBeNull();
    const kinds = (await tickets.events(ticket.id)).map((e) => `${e.kind}:${String(e.data.to ?? '')}`);
    expect(kinds).toEqual(['created:', 'status_changed:in_progress', 'status_changed:waiting_user', 'status_changed:in_progress', 'status_changed:resolved', 'status_changed:in_progress']);
  });

  it('audits assignment, team and priority changes with before and after', async () => {
    const { ticket } = await tickets.create(ticketBody({ title: 'Écran scintille' }));
    await tickets.assign(ticket.number, 'karim.benali@chv.fr', agent);
    await tickets.changeTeam(ticket.number, 'helpdesk-l1', agent, 'diagnostic à distance');
    const changed = await tickets.changePriority(ticket.number, 'P2', agent, 'poste de soins unique du service');
    expect(changed).toMatchObject({ priority: 'P2', team: 'helpdesk-l1', assignee: null });
    const events = await tickets.events(ticket.id);
    expect(events.slice(1).map((e) => [e.kind, e.data.from, e.data.to])).toEqual([
      ['assigned', null, 'karim.benali@chv.fr'],
      ['team_changed', 'proximity', 'helpdesk-l1'],
      ['priority_changed', 'P4', 'P2'],
    ]);
  });

  it('revises the urgency the requester gives after creation: the priority follows by the rule, a critical impact stays P1', async () => {
    const requester = { by: 'alice.martin@chv.fr', kind: 'user' as const };
    const { ticket } = await tickets.create(ticketBody({ scope: 'team', urgency: 'high', title: 'Imprimante du poste de soins' }));
    expect(ticket).toMatchObject({ impact: 'medium', priority: 'P2' });
    const revised = await tickets.reviseUrgency(ticket.number, 'low', requester, 'pas vital, demain matin ça ira');
    expect(revised).toMatchObject({ urgency: 'low', priority: 'P4' });
    const last = (await tickets.events(ticket.id)).at(-1)!;
    expect(last).toMatchObject({ kind: 'priority_changed', actor: 'alice.martin@chv.fr', actorKind: 'user' });
    expect(last.data).toMatchObject({ from: 'P2', to: 'P4', urgency: { from: 'high', to: 'low' } });

    const { ticket: monitor } = await tickets.create(
      ticketBody({ category: 'biomedical', asset: 'BIO-REA-0007', patient_care_impact: true, urgency: 'high', title: 'Scope HS' }),
    );
    expect((await tickets.reviseUrgency(monitor.number, 'low', requester, 'on a un autre scope')).priority).toBe('P1');
    const error = await tickets.reviseUrgency(ticket.number, 'medium', requester, ' ').catch((e: unknown) => e);
    expect(isCodedError(error, 'validation_failed')).toBe(true);

    // Care held up after all: impact and priority follow, the fields changed are in the event.
    const cared = await tickets.reassess(ticket.number, { patientCareImpact: true, urgency: 'high' }, requester, 'les soins sont retardés en fait');
    expect(cared).toMatchObject({ patientCareImpact: true, impact: 'high', priority: 'P1' });
    expect((await tickets.events(ticket.id)).at(-1)!.data).toMatchObject({ from: 'P4', to: 'P1', patient_care_impact: { from: false, to: true }, urgency: { from: 'low', to: 'high' } });
  });

  it('says plainly when a ticket does not exist', async () => {
    const error = await tickets.move('INC-2026-999999', 'resolved', agent).catch((e: unknown) => e);
    expect(isCodedError(error, 'not_found')).toBe(true);
    expect((error as Error).message).toContain('INC-2026-999999');
  });

  it('lists by status, team and priority', async () => {
    const p1 = await tickets.list({ priority: 'P1' });
    expect(p1.length).toBeGreaterThan(0);
    expect(p1.every((t) => t.priority === 'P1')).toBe(true);
    const bio = await tickets.list({ team: 'biomedical', status: ['new'] });
    expect(bio.every((t) => t.team === 'biomedical' && t.status === 'new')).toBe(true);
  });

  it('lists the tickets of several requesters (a line manager\'s team), and none for an empty team', async () => {
    const all = await tickets.list();
    const requesters = [...new Set(all.map((t) => t.requesterId).filter((id): id is number => id !== null))];
    expect(requesters.length).toBeGreaterThan(0);
    const some = await tickets.list({ requesterIds: requesters.slice(0, 1) });
    expect(some.length).toBeGreaterThan(0);
    expect(some.every((t) => t.requesterId === requesters[0])).toBe(true);
    expect(await tickets.list({ requesterIds: [] })).toEqual([]);
  });

  it('lists the tickets placed in some locations, of a given scope', async () => {
    const placed = (await tickets.list()).filter((t) => t.locationId !== null);
    expect(placed.length).toBeGreaterThan(0);
    const [first] = placed;
    const there = await tickets.list({ locationIds: [first!.locationId!], scope: [first!.scope] });
    expect(there.map((t) => t.number)).toContain(first!.number);
    expect(there.every((t) => t.locationId === first!.locationId && t.scope === first!.scope)).toBe(true);
    expect(await tickets.list({ locationIds: [] })).toEqual([]);
  });

  it('retitles and recategorises a ticket from its description; the team follows routing', async () => {
    const { ticket } = await tickets.create(ticketBody({ category: 'software', asset: undefined, title: 'Demande de contact avec un technicien' }));
    expect(ticket.team).toBe('helpdesk-l1');
    const bot = { by: 'triage', kind: 'bot' as const };
    const described = await tickets.redescribe(ticket.number, { title: 'Le scope du box 3 ne trace plus', category: 'biomedical' }, bot, 'description');
    expect(described).toMatchObject({ title: 'Le scope du box 3 ne trace plus', category: 'biomedical', team: 'biomedical', assignee: null });
    const events = await tickets.events(ticket.id);
    expect(events.map((e) => e.kind)).toEqual(['created', 'described', 'team_changed']);
    expect(events[1]!.data).toMatchObject({ title: { from: 'Demande de contact avec un technicien' }, category: { from: 'software', to: 'biomedical' } });
    expect(events[2]!.data).toMatchObject({ from: 'helpdesk-l1', to: 'biomedical' });
  });

  it('adds the words that described the problem to the ticket\'s description, audited', async () => {
    const { ticket } = await tickets.create(ticketBody({ category: 'software', asset: undefined, title: 'Demande de contact avec un technicien', description: "je veux parler à quelqu'un" }));
    const bot = { by: 'triage', kind: 'bot' as const };
    const words = 'le scope du box 3 ne trace plus depuis le changement de patient';
    const described = await tickets.redescribe(ticket.number, { title: 'Le scope du box 3 ne trace plus', category: 'biomedical', described: words }, bot, 'description');
    expect(described.description).toBe(`je veux parler à quelqu'un\n${words}`);
    expect((await tickets.get(ticket.number)).description).toBe(described.description);
    const event = (await tickets.events(ticket.id)).find((e) => e.kind === 'described')!;
    expect(event.data).toMatchObject({ description: { from: "je veux parler à quelqu'un", to: described.description } });
  });

  it('sets the device of a ticket opened without one, audited, and refuses to replace a device already named', async () => {
    const { ticket } = await tickets.create(ticketBody({ asset: undefined }));
    expect(ticket.assetId).toBeNull();
    const asset = await ctx.store.db.selectFrom('assets').select(['id', 'tag']).orderBy('id').executeTakeFirstOrThrow();
    const user = { by: 'alice.martin@chv.fr', kind: 'user' as const };
    const identified = await tickets.identifyAsset(ticket.number, asset.id, user, "the requester named the device: c'est le " + asset.tag);
    expect(identified.assetId).toBe(asset.id);
    const events = await tickets.events(ticket.id);
    expect(events.at(-1)).toMatchObject({ kind: 'described', actor: 'alice.martin@chv.fr', data: { asset: { from: null, to: asset.tag } } });
    await expect(tickets.identifyAsset(ticket.number, asset.id, user, 'again')).rejects.toMatchObject({ code: 'conflict' });
    await expect(tickets.identifyAsset((await tickets.create(ticketBody({ asset: undefined }))).ticket.number, 999999, user, 'no such')).rejects.toMatchObject({ code: 'validation_failed' });
  });

  it('points a ticket at the device its requester meant, with that device\'s place, audited', async () => {
    const { ticket } = await tickets.create(ticketBody({ asset: undefined }));
    const [first, second] = await ctx.store.db.selectFrom('assets').innerJoin('locations', 'locations.id', 'assets.location_id')
      .select(['assets.id', 'assets.tag', 'assets.location_id', 'locations.code']).orderBy('assets.id').limit(2).execute();
    const user = { by: 'alice.martin@chv.fr', kind: 'user' as const };
    await tickets.identifyAsset(ticket.number, first!.id, user, 'named');
    const corrected = await tickets.reassignAsset(ticket.number, second!.id, user, "the requester corrected the device: c'est le box 6 pas le 5");
    expect(corrected).toMatchObject({ assetId: second!.id, locationId: second!.location_id });
    const events = await tickets.events(ticket.id);
    expect(events.at(-1)).toMatchObject({ kind: 'described', data: { asset: { from: first!.tag, to: second!.tag } } });
    await expect(tickets.reassignAsset(ticket.number, second!.id, user, 'again')).rejects.toMatchObject({ code: 'conflict' });
    await expect(tickets.reassignAsset(ticket.number, 999999, user, 'no such')).rejects.toMatchObject({ code: 'validation_failed' });
  });

  it('keeps a team chosen by hand when the category changes, and only retitles when the category stays', async () => {
    const { ticket } = await tickets.create(ticketBody({ category: 'software', asset: undefined, title: 'Demande de contact avec un technicien' }));
    await tickets.changeTeam(ticket.number, 'security', agent, 'suspicion de phishing');
    const bot = { by: 'triage', kind: 'bot' as const };
    const described = await tickets.redescribe(ticket.number, { title: 'Imprimante HS', category: 'printer' }, bot, 'description');
    expect(described).toMatchObject({ category: 'printer', team: 'security' });
    const retitled = await tickets.redescribe(ticket.number, { title: 'Imprimante du couloir HS', category: 'printer' }, bot, 'description');
    expect(retitled.title).toBe('Imprimante du couloir HS');
    expect((await tickets.events(ticket.id)).filter((e) => e.kind === 'team_changed')).toHaveLength(1);
  });

  it('refuses a description too short, an unknown category, or a closed ticket', async () => {
    const { ticket } = await tickets.create(ticketBody({ asset: undefined }));
    const bot = { by: 'triage', kind: 'bot' as const };
    await expect(tickets.redescribe(ticket.number, { title: 'x', category: 'printer' }, bot, 'r')).rejects.toThrow(/title/);
    await expect(tickets.redescribe(ticket.number, { title: 'Imprimante', category: 'printers' as never }, bot, 'r')).rejects.toThrow(/category/);
    await tickets.move(ticket.number, 'cancelled', agent);
    await expect(tickets.redescribe(ticket.number, { title: 'Imprimante HS', category: 'printer' }, bot, 'r')).rejects.toThrow(/cancelled/);
  });

  it('starts a new sequence in a new year', async () => {
    clock.set('2027-01-01T08:00:00Z');
    const { ticket } = await tickets.create(ticketBody({ title: 'Bonne année, PC en panne' }));
    expect(ticket.number).toBe('INC-2027-000001');
    clock.set('2026-11-28T10:00:00Z');
  });
});
