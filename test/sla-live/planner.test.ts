import { beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { silentLogger } from '../../src/log.js';
import { parseContracts } from '../../src/sla/index.js';
import { ClockService, dueInWords, slaNoticePlanner, whenInWords } from '../../src/sla/live/index.js';
import { TicketRepository } from '../../src/tickets/index.js';
import { describeEachDialect } from '../support/dialects.js';
import { seedMinimalDirectory, ticketBody } from '../support/minimal-directory.js';

const book = parseContracts(`version: 1
contracts:
  - id: all
    name: Every team
    provider: internal
    teams: [helpdesk-l1, proximity, biomedical, security, dpi-vendor-l2, infra-l2, telecom]
    calendar: { kind: 24/7 }
    targets:
      P1: { respond_minutes: 15, resolve_minutes: 60 }
      P2: { respond_minutes: 30, resolve_minutes: 120 }
      P3: { respond_minutes: 60, resolve_minutes: 240 }
      P4: { respond_minutes: 120, resolve_minutes: 480 }
`);
const MIN = 60_000;
const agent = { by: 'tech@chv.fr', kind: 'agent' as const };

describeEachDialect('planning SLA notices on ticket changes', (ctx) => {
  const clock = new ManualClock('2026-11-30T08:00:00Z');
  let tickets: TicketRepository;
  beforeAll(async () => {
    await seedMinimalDirectory(ctx.store);
    tickets = new TicketRepository(ctx.store, clock);
    tickets.onChange(slaNoticePlanner(new ClockService(book), silentLogger));
  });
  const pending = async (ticketId: number) =>
    (await ctx.store.db.selectFrom('sla_notices').selectAll().where('ticket_id', '=', ticketId).where('state', '=', 'pending').orderBy('id').execute())
      .map((n) => `${n.clock} ${n.threshold} ${n.audience} ${n.due_at.slice(11, 16)}`);

  it('plans the card and every threshold at creation, for the team and (from 90 %) the managers', async () => {
    clock.set('2026-11-30T08:00:00Z');
    const { ticket } = await tickets.create(ticketBody({ team: 'helpdesk-l1', priority_override: { priority: 'P3', reason: 'test' } }));
    expect(await pending(ticket.id)).toEqual([
      'response 50 team 08:30', 'response 75 team 08:45', 'response 90 team 08:54', 'response 100 team 09:00',
      'response 90 managers 08:54', 'response 100 managers 09:00',
      'resolution 50 team 10:00', 'resolution 75 team 11:00', 'resolution 90 team 11:36', 'resolution 100 team 12:00',
      'resolution 90 managers 11:36', 'resolution 100 managers 12:00',
      'card 0 team 08:00',
    ]);
  });

  it('plans nothing new while waiting for the user, and moves every threshold by the pause when resumed', async () => {
    clock.set('2026-11-30T08:00:00Z');
    const { ticket } = await tickets.create(ticketBody({ team: 'helpdesk-l1', priority_override: { priority: 'P3', reason: 'test' } }));
    clock.set('2026-11-30T08:10:00Z');
    await tickets.move(ticket.number, 'waiting_user', agent);
    // The response stopped (agent action); the resolution is paused: no instant, no row.
    expect(await pending(ticket.id)).toEqual(['card 0 team 08:10', 'status 0 requester 08:10']);
    clock.set('2026-11-30T09:10:00Z');
    await tickets.move(ticket.number, 'in_progress', { by: 'alice.martin@chv.fr', kind: 'user' });
    expect(await pending(ticket.id)).toEqual([
      'status 0 requester 08:10',
      'resolution 50 team 11:00', 'resolution 75 team 12:00', 'resolution 90 team 12:36', 'resolution 100 team 13:00',
      'resolution 90 managers 12:36', 'resolution 100 managers 13:00',
      'card 0 team 09:10', 'status 0 requester 09:10',
    ]);
  });

  it('never plans again a threshold already sent, even when a priority change moves it', async () => {
    clock.set('2026-11-30T08:00:00Z');
    const { ticket } = await tickets.create(ticketBody({ team: 'helpdesk-l1', priority_override: { priority: 'P3', reason: 'test' } }));
    await ctx.store.db.updateTable('sla_notices').set({ state: 'sent' }).where('ticket_id', '=', ticket.id).where('clock', '=', 'resolution').where('threshold', '=', 50).execute();
    clock.set('2026-11-30T08:05:00Z');
    await tickets.changePriority(ticket.number, 'P4', agent, 'less urgent than said');
    const rows = await pending(ticket.id);
    expect(rows.filter((r) => r.startsWith('resolution 50'))).toEqual([]);
    expect(rows).toContain('resolution 75 team 14:00');
  });

  it('collapses thresholds already due when the priority is raised: one breach notice, not a warning and a breach', async () => {
    clock.set('2026-11-30T08:00:00Z');
    const { ticket } = await tickets.create(ticketBody({ team: 'helpdesk-l1', priority_override: { priority: 'P4', reason: 'test' } }));
    clock.set('2026-11-30T09:30:00Z');
    await tickets.changePriority(ticket.number, 'P1', agent, 'a whole unit is down');
    const rows = await pending(ticket.id);
    expect(rows.filter((r) => r.includes('managers'))).toEqual(['response 100 managers 08:15', 'resolution 100 managers 09:00']);
    expect(rows.filter((r) => r.startsWith('resolution') && r.includes('team'))).toEqual(['resolution 100 team 09:00']);
  });

  it('starts fresh notices for a new team', async () => {
    clock.set('2026-11-30T08:00:00Z');
    const { ticket } = await tickets.create(ticketBody({ team: 'helpdesk-l1', priority_override: { priority: 'P3', reason: 'test' } }));
    await ctx.store.db.updateTable('sla_notices').set({ state: 'sent' }).where('ticket_id', '=', ticket.id).where('threshold', '=', 50).execute();
    clock.set('2026-11-30T08:20:00Z');
    await tickets.changeTeam(ticket.number, 'proximity', agent, 'on site');
    expect(await pending(ticket.id)).toContain('resolution 50 team 10:20');
  });
});

describe('deadlines in words, Paris time', () => {
  const now = new Date('2026-11-28T09:00:00Z'); // Saturday 28 November, 10:00 in Paris
  it('says today, tomorrow or the day, in French and English', () => {
    expect(whenInWords('2026-11-28T13:30:00Z', now, 'fr')).toBe("aujourd'hui à 14 h 30");
    expect(whenInWords('2026-11-28T13:30:00Z', now, 'en')).toBe('today at 2:30 pm');
    expect(whenInWords('2026-11-29T07:05:00Z', now, 'fr')).toBe('demain à 8 h 05');
    expect(whenInWords('2026-12-01T09:00:00Z', now, 'fr')).toBe('mardi 1 décembre à 10 h 00');
    expect(whenInWords('2026-12-01T09:00:00Z', now, 'en')).toBe('Tuesday 1 December at 10:00 am');
    expect(whenInWords('2027-01-04T09:00:00Z', now, 'fr')).toBe('lundi 4 janvier 2027 à 10 h 00');
  });
  it('has no deadline to tell while the clock is paused', () => {
    expect(dueInWords({ deadline: null } as never, now, 'fr')).toMatch(/en pause/);
  });
});
