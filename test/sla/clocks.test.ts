import { describe, expect, it } from 'vitest';
import { isCodedError } from '../../src/errors.js';
import { computeClocks, explain, monthlyPenalty, startedHours, type AuditEvent } from '../../src/sla/index.js';
import { book } from './clock-contracts.js';

const MIN = 60_000;
const H = 3_600_000;

type Actor = AuditEvent['actor_kind'];
const created = (at: string, team: string, priority: 'P1' | 'P2' | 'P3' | 'P4', actor: Actor = 'user'): AuditEvent => ({
  at, kind: 'created', actor_kind: actor, data: { status: 'new', team, priority },
});
const status = (at: string, from: string, to: string, actor: Actor = 'agent') =>
  ({ at, kind: 'status_changed', actor_kind: actor, data: { from, to } }) as AuditEvent;
const message = (at: string, actor: Actor, direction = actor === 'user' ? 'inbound' : 'outbound'): AuditEvent => ({
  at, kind: 'message', actor_kind: actor, data: { direction, text: '…' },
});
const teamChanged = (at: string, from: string, to: string, actor: Actor = 'agent'): AuditEvent => ({
  at, kind: 'team_changed', actor_kind: actor, data: { from, to, reason: 'needs the vendor' },
});
const priorityChanged = (at: string, from: 'P1' | 'P2' | 'P3' | 'P4', to: 'P1' | 'P2' | 'P3' | 'P4', actor: Actor = 'agent'): AuditEvent => ({
  at, kind: 'priority_changed', actor_kind: actor, data: { from, to, reason: 'whole unit affected' },
});

describe('a P3 ticket opened on Friday evening at the outsourced desk', () => {
  // Fri 13 Mar 2026 17:30 CET (16:30Z), P3: respond 60 min, resolve 600 min on office hours.
  const events: AuditEvent[] = [
    created('2026-03-13T16:30:00.000Z', 'helpdesk-outsourced', 'P3'),
    message('2026-03-13T16:30:05.000Z', 'bot'), // the bot's acknowledgement is not a response
    message('2026-03-16T07:20:00.000Z', 'agent'), // Mon 08:20 CET
    status('2026-03-16T07:20:00.000Z', 'new', 'in_progress'),
    status('2026-03-16T15:00:00.000Z', 'in_progress', 'waiting_user'), // Mon 16:00
    message('2026-03-17T09:00:00.000Z', 'user'), // Tue 10:00
    status('2026-03-17T09:00:00.000Z', 'waiting_user', 'in_progress', 'system'),
    status('2026-03-17T14:00:00.000Z', 'in_progress', 'resolved'), // Tue 15:00
  ];
  const ticket = { created_at: '2026-03-13T16:30:00.000Z', priority: 'P3' as const, team: 'helpdesk-outsourced' };

  it('meets the response target: 30 min on Friday + 20 min on Monday', () => {
    const { response } = computeClocks({ ticket, events, now: '2026-03-17T17:00:00Z', contracts: book });
    expect(response).toMatchObject({
      state: 'met',
      start: '2026-03-13T16:30:00.000Z',
      target_minutes: 60,
      // Fri 30 min, then Mon 08:00 + 30 min = 08:30 CET.
      deadline: '2026-03-16T07:30:00.000Z',
      elapsed_ms: 50 * MIN,
      stopped_at: '2026-03-16T07:20:00.000Z',
      stop_reason: 'agent_action',
      late_ms: 0,
      penalty_eur: 0,
    });
  });

  it('breaches the resolution target by 3 h 30 min of office time, charged as 4 started hours', () => {
    const clocks = computeClocks({ ticket, events, now: '2026-03-17T17:00:00Z', contracts: book });
    const { resolution } = clocks;
    // Counted: Fri 17:30–18:00 (30) + Mon 08:00–16:00 (480) = 510; paused Mon 16:00 → Tue 10:00;
    // Tue 10:00–15:00 (300) → 810 min, target 600 → 210 min late. Deadline: 90 min after Tue 10:00.
    expect(resolution).toMatchObject({
      state: 'breached',
      deadline: '2026-03-17T10:30:00.000Z',
      elapsed_ms: 810 * MIN,
      remaining_ms: 0,
      stopped_at: '2026-03-17T14:00:00.000Z',
      stop_reason: 'resolved',
      late_ms: 210 * MIN,
      late_wall_ms: 210 * MIN, // 11:30 → 15:00 on the same day
      started_hours_late: 4,
      penalty_eur: 400,
      pauses: [{ from: '2026-03-16T15:00:00.000Z', to: '2026-03-17T09:00:00.000Z', reason: 'waiting_user' }],
    });
    expect(clocks.penalty_eur).toBe(400);
  });

  it('schedules the due notices on office time: 50 % Monday 12:30, 75 % Monday 15:00, 90 % Tuesday 10:30, 100 % Tuesday 11:30', () => {
    const { resolution } = computeClocks({ ticket, events, now: '2026-03-17T17:00:00Z', contracts: book });
    // 50 % = 300 min: 30 Fri + 270 Mon → 12:30 CET. 75 % = 450: 30 + 420 → Mon 15:00.
    // 90 % = 540: 510 before the pause, + 30 after Tue 10:00 → 10:30. 100 % → 11:30.
    expect(resolution.thresholds).toEqual([
      { percent: 50, at: '2026-03-16T11:30:00.000Z', audiences: ['team'], reached: true },
      { percent: 75, at: '2026-03-16T14:00:00.000Z', audiences: ['team'], reached: true },
      { percent: 90, at: '2026-03-17T09:30:00.000Z', audiences: ['team', 'managers'], reached: true },
      { percent: 100, at: '2026-03-17T10:30:00.000Z', audiences: ['team', 'managers'], reached: true },
    ]);
  });

  it('is paused from the very instant the ticket waits for the user, not a millisecond later', () => {
    const { resolution } = computeClocks({ ticket, events, now: '2026-03-16T15:00:00.000Z', contracts: book });
    expect(resolution).toMatchObject({ state: 'paused', deadline: null, elapsed_ms: 510 * MIN, remaining_ms: 90 * MIN });
    expect(resolution.pauses).toEqual([{ from: '2026-03-16T15:00:00.000Z', to: null, reason: 'waiting_user' }]);
  });

  it('while waiting for the user: paused, with no deadline and only the notices already due', () => {
    // As of Mon 17:00 CET (16:00Z): 510 min counted, paused since 16:00.
    const { resolution } = computeClocks({ ticket, events, now: '2026-03-16T16:00:00Z', contracts: book });
    expect(resolution).toMatchObject({ state: 'paused', deadline: null, elapsed_ms: 510 * MIN, remaining_ms: 90 * MIN, stopped_at: null, penalty_eur: 0 });
    expect(resolution.pauses).toEqual([{ from: '2026-03-16T15:00:00.000Z', to: null, reason: 'waiting_user' }]);
    expect(resolution.thresholds.map((t) => [t.percent, t.at, t.reached])).toEqual([
      [50, '2026-03-16T11:30:00.000Z', true],
      [75, '2026-03-16T14:00:00.000Z', true],
      [90, null, false],
      [100, null, false],
    ]);
  });

  it('on Saturday night, before anyone answered: running, no open time used yet', () => {
    const { response, resolution } = computeClocks({ ticket, events, now: '2026-03-14T22:00:00Z', contracts: book });
    expect(response).toMatchObject({ state: 'running', elapsed_ms: 30 * MIN, remaining_ms: 30 * MIN, deadline: '2026-03-16T07:30:00.000Z' });
    expect(resolution).toMatchObject({ state: 'running', elapsed_ms: 30 * MIN });
  });

  it('explains the resolution clock line by line', () => {
    const { resolution } = computeClocks({ ticket, events, now: '2026-03-17T17:00:00Z', contracts: book });
    expect(explain(resolution)).toEqual([
      'Resolution clock: breached',
      'Contract: Outsourced help desk (desk), provider Assistance Santé Services',
      'Team: helpdesk-outsourced, priority P3, target 600 min of open time (10 h 00 min)',
      'Calendar "office": mon–fri 08:00–18:00; closed on French public holidays (Europe/Paris local time)',
      'Started: Fri 13 Mar 2026 17:30:00.000 Europe/Paris (2026-03-13T16:30:00.000Z)',
      // Open time inside the pause: Mon 16:00–18:00 + Tue 08:00–10:00 = 4 h.
      'Paused (waiting_user): Mon 16 Mar 2026 16:00:00.000 Europe/Paris (2026-03-16T15:00:00.000Z) → Tue 17 Mar 2026 10:00:00.000 Europe/Paris (2026-03-17T09:00:00.000Z), 4 h 00 min of open time',
      'Elapsed: 13 h 30 min of open time (135 % of the target), as of Tue 17 Mar 2026 18:00:00.000 Europe/Paris (2026-03-17T17:00:00.000Z)',
      'Deadline: Tue 17 Mar 2026 11:30:00.000 Europe/Paris (2026-03-17T10:30:00.000Z)',
      'Stopped: Tue 17 Mar 2026 15:00:00.000 Europe/Paris (2026-03-17T14:00:00.000Z) (resolved)',
      'Late: 3 h 30 min of open time beyond the target (3 h 30 min of wall-clock time after the deadline), 4 started hours, penalty 400.00 EUR',
      'Threshold 50 %: Mon 16 Mar 2026 12:30:00.000 Europe/Paris (2026-03-16T11:30:00.000Z), reached; notify team',
      'Threshold 75 %: Mon 16 Mar 2026 15:00:00.000 Europe/Paris (2026-03-16T14:00:00.000Z), reached; notify team',
      'Threshold 90 %: Tue 17 Mar 2026 10:30:00.000 Europe/Paris (2026-03-17T09:30:00.000Z), reached; notify team, managers',
      'Threshold 100 %: Tue 17 Mar 2026 11:30:00.000 Europe/Paris (2026-03-17T10:30:00.000Z), reached; notify team, managers',
    ]);
  });
});

describe('reassignment from the internal help desk to the patient-record vendor', () => {
  // Tue 10 Mar 2026 09:00 CET (08:00Z), P2 at helpdesk-l1; an L1 agent notes it at 09:05 and hands it to
  // the vendor at 10:00. Vendor P2: respond 60 min, resolve 480 min on office hours.
  const base: AuditEvent[] = [
    created('2026-03-10T08:00:00.000Z', 'helpdesk-l1', 'P2'),
    { at: '2026-03-10T08:05:00.000Z', kind: 'note', actor_kind: 'agent', data: { text: 'DPI crashes on login' } },
    teamChanged('2026-03-10T09:00:00.000Z', 'helpdesk-l1', 'dpi-vendor-l2'),
    message('2026-03-10T09:45:00.000Z', 'agent'), // vendor engineer, 10:45 CET
  ];
  const ticket = { created_at: '2026-03-10T08:00:00.000Z', priority: 'P2' as const, team: 'dpi-vendor-l2' };

  it('starts fresh clocks for the vendor when it gets the ticket; the hand-over itself is not its response', () => {
    const clocks = computeClocks({ ticket, events: base, now: '2026-03-10T10:00:00Z', contracts: book });
    expect(clocks.contract_id).toBe('dpi');
    expect(clocks.response).toMatchObject({ start: '2026-03-10T09:00:00.000Z', state: 'met', elapsed_ms: 45 * MIN, stopped_at: '2026-03-10T09:45:00.000Z' });
    // 10:00 + 480 min = 18:00 CET, exactly the closing time.
    expect(clocks.resolution).toMatchObject({ state: 'running', deadline: '2026-03-10T17:00:00.000Z', elapsed_ms: 60 * MIN });
  });

  it('resolved after closing time but before the next opening: target exactly used, so met', () => {
    const events = [...base, status('2026-03-10T17:30:00.000Z', 'new', 'resolved')]; // 18:30 CET
    const { resolution } = computeClocks({ ticket, events, now: '2026-03-11T12:00:00Z', contracts: book });
    expect(resolution).toMatchObject({ state: 'met', elapsed_ms: 480 * MIN, late_ms: 0, penalty_eur: 0 });
  });

  it('resolved the next morning at 08:30: 30 min late, one started hour, charged on resolution only', () => {
    const events = [...base, status('2026-03-11T07:30:00.000Z', 'new', 'resolved')]; // Wed 08:30 CET
    const clocks = computeClocks({ ticket, events, now: '2026-03-11T12:00:00Z', contracts: book });
    expect(clocks.resolution).toMatchObject({
      state: 'breached',
      elapsed_ms: 510 * MIN,
      late_ms: 30 * MIN,
      late_wall_ms: 14.5 * H, // Tue 18:00 → Wed 08:30
      started_hours_late: 1,
      penalty_eur: 300,
    });
    expect(clocks.penalty_eur).toBe(300);
  });
});

describe('a ticket reopened by the user', () => {
  // Wed 11 Mar 2026 09:00 CET, P2 at the desk: respond 30, resolve 240 on office hours.
  const ticket = { created_at: '2026-03-11T08:00:00.000Z', priority: 'P2' as const, team: 'helpdesk-outsourced' };
  const events: AuditEvent[] = [
    created('2026-03-11T08:00:00.000Z', 'helpdesk-outsourced', 'P2'),
    message('2026-03-11T08:10:00.000Z', 'agent'),
    status('2026-03-11T09:00:00.000Z', 'new', 'resolved'), // Wed 10:00, after 60 min
    status('2026-03-12T08:00:00.000Z', 'resolved', 'in_progress', 'user'), // reopened Thu 09:00
    status('2026-03-12T11:30:00.000Z', 'in_progress', 'resolved'), // Thu 12:30
    status('2026-03-13T08:00:00.000Z', 'resolved', 'closed', 'system'),
  ];

  it('is met while resolved, before the reopen', () => {
    const { resolution } = computeClocks({ ticket, events, now: '2026-03-11T14:00:00Z', contracts: book });
    expect(resolution).toMatchObject({ state: 'met', elapsed_ms: 60 * MIN, stopped_at: '2026-03-11T09:00:00.000Z', stop_reason: 'resolved' });
  });

  it('resumes after the reopen counting the 60 min already used, not the time spent resolved', () => {
    const { resolution } = computeClocks({ ticket, events, now: '2026-03-12T09:00:00Z', contracts: book });
    // Thu 10:00 CET: 60 (Wed) + 60 (Thu 09:00–10:00) = 120 min; deadline = Thu 09:00 + 180 = 12:00 CET.
    expect(resolution).toMatchObject({ state: 'running', elapsed_ms: 120 * MIN, deadline: '2026-03-12T11:00:00.000Z', stopped_at: null });
    expect(resolution.pauses).toEqual([{ from: '2026-03-11T09:00:00.000Z', to: '2026-03-12T08:00:00.000Z', reason: 'reopened' }]);
  });

  it('is breached by 30 min when resolved again at 12:30, and closing does not move the stop', () => {
    const clocks = computeClocks({ ticket, events, now: '2026-03-13T12:00:00Z', contracts: book });
    expect(clocks.resolution).toMatchObject({
      state: 'breached',
      elapsed_ms: 270 * MIN, // 60 + 210
      stopped_at: '2026-03-12T11:30:00.000Z',
      stop_reason: 'resolved',
      late_ms: 30 * MIN,
      penalty_eur: 100,
    });
    expect(clocks.response).toMatchObject({ state: 'met', elapsed_ms: 10 * MIN });
  });
});

describe('a priority raised from P4 to P1', () => {
  // Mon 9 Mar 2026 09:00 CET at the desk as P4 (resolve 1200 min office); raised to P1 at 11:00
  // (resolve 120 min, 24/7): the new target is measured from the same start, so it was due at 11:00.
  const ticket = { created_at: '2026-03-09T08:00:00.000Z', priority: 'P1' as const, team: 'helpdesk-outsourced' };
  const events: AuditEvent[] = [
    created('2026-03-09T08:00:00.000Z', 'helpdesk-outsourced', 'P4'),
    message('2026-03-09T08:05:00.000Z', 'agent'),
    priorityChanged('2026-03-09T10:00:00.000Z', 'P4', 'P1'),
  ];

  it('before the change: P4 on office hours', () => {
    const { resolution } = computeClocks({ ticket: { ...ticket, priority: 'P4' }, events: events.slice(0, 2), now: '2026-03-09T09:00:00Z', contracts: book });
    // 1200 min = 2 office days: Mon 09:00 → Wed 09:00 CET.
    expect(resolution).toMatchObject({ priority: 'P4', target_minutes: 1200, deadline: '2026-03-11T08:00:00.000Z', state: 'running' });
  });

  it('after the change: P1 on 24/7, already breached at 11:30', () => {
    const clocks = computeClocks({ ticket, events, now: '2026-03-09T10:30:00Z', contracts: book });
    expect(clocks.resolution).toMatchObject({
      priority: 'P1',
      target_minutes: 120,
      calendar: { name: 'always', spec: { kind: '24/7' } },
      deadline: '2026-03-09T10:00:00.000Z',
      elapsed_ms: 150 * MIN,
      state: 'breached',
      late_ms: 30 * MIN,
      penalty_eur: 100, // provisional while still open
    });
    // Response: 5 min against the P1 target of 15 min.
    expect(clocks.response).toMatchObject({ target_minutes: 15, elapsed_ms: 5 * MIN, state: 'met' });
    expect(clocks.warnings).toEqual([]);
  });
});

describe('a P1 put on hold on Saturday night (24/7)', () => {
  // Sat 28 Mar 2026 21:00 CET (20:00Z), P1 at the desk: respond 15 min, resolve 120 min, 24/7.
  const ticket = { created_at: '2026-03-28T20:00:00.000Z', priority: 'P1' as const, team: 'helpdesk-outsourced' };

  it('the response stops at the agent who asks the user a question; its pause does not erase the response deadline', () => {
    const events = [
      created('2026-03-28T20:00:00.000Z', 'helpdesk-outsourced', 'P1'),
      status('2026-03-28T20:10:00.000Z', 'new', 'waiting_user'), // by an agent, 21:10 CET
    ];
    // As of Sunday 10:00 CEST (08:00Z), across the spring change, the user has not answered.
    const { response, resolution } = computeClocks({ ticket, events, now: '2026-03-29T08:00:00Z', contracts: book });
    expect(response).toMatchObject({ state: 'met', elapsed_ms: 10 * MIN, deadline: '2026-03-28T20:15:00.000Z', pauses: [] });
    expect(resolution).toMatchObject({ state: 'paused', elapsed_ms: 10 * MIN, remaining_ms: 110 * MIN, deadline: null });
  });

  it('a pause set by the system before anyone answered holds the response clock until the agent acts', () => {
    const events = [
      created('2026-03-28T20:00:00.000Z', 'helpdesk-outsourced', 'P1'),
      status('2026-03-28T20:05:00.000Z', 'new', 'waiting_user', 'system'), // 5 min used
      message('2026-03-28T23:00:00.000Z', 'agent'), // answers while still waiting for the user
    ];
    const { response } = computeClocks({ ticket, events, now: '2026-03-29T08:00:00Z', contracts: book });
    // Pause cut at the stop: [20:05, 23:00). Deadline: 5 min before the pause, 10 min after 23:00 → 23:10Z.
    expect(response).toMatchObject({
      state: 'met',
      elapsed_ms: 5 * MIN,
      deadline: '2026-03-28T23:10:00.000Z',
      pauses: [{ from: '2026-03-28T20:05:00.000Z', to: '2026-03-28T23:00:00.000Z', reason: 'waiting_user' }],
    });
  });
});

describe('penalties and their caps', () => {
  // P1 at the desk, 24/7: respond 15 min, resolve 120 min; 100 EUR per started hour, 500 EUR per ticket.
  const ticket = { created_at: '2026-03-09T08:00:00.000Z', priority: 'P1' as const, team: 'helpdesk-outsourced' };

  it('charges each started hour: 1 min late is 1 hour', () => {
    const events = [created('2026-03-09T08:00:00.000Z', 'helpdesk-outsourced', 'P1'), message('2026-03-09T08:16:00.000Z', 'agent')];
    const { response } = computeClocks({ ticket, events, now: '2026-03-09T09:00:00Z', contracts: book });
    expect(response).toMatchObject({ state: 'breached', late_ms: 1 * MIN, started_hours_late: 1, penalty_eur: 100 });
  });

  it('caps each clock and the ticket at 500 EUR', () => {
    const events = [
      created('2026-03-09T08:00:00.000Z', 'helpdesk-outsourced', 'P1'),
      message('2026-03-09T08:16:00.000Z', 'agent'), // response 1 min late → 100
      status('2026-03-09T15:00:00.001Z', 'new', 'resolved'), // 7 h 00 min 00.001 s → 5 h + 1 ms late → 6 h → 600 → 500
    ];
    const clocks = computeClocks({ ticket, events, now: '2026-03-10T00:00:00Z', contracts: book });
    expect(clocks.resolution).toMatchObject({ late_ms: 5 * H + 1, started_hours_late: 6, penalty_eur: 500 });
    expect(clocks.response.penalty_eur).toBe(100);
    expect(clocks.penalty_eur).toBe(500); // 100 + 500 capped per ticket
  });

  it('counts started hours at their edges', () => {
    expect([0, 1, H - 1, H, H + 1, 2 * H].map(startedHours)).toEqual([0, 1, 1, 1, 2, 2]);
  });

  it('caps a month at the contract amount', () => {
    const desk = book.contractForTeam('helpdesk-outsourced');
    expect(monthlyPenalty(desk.penalties, [500, 400, 300])).toEqual({ total_eur: 1000, uncapped_eur: 1200, capped: true });
    expect(monthlyPenalty(desk.penalties, [500, 400.5])).toEqual({ total_eur: 900.5, uncapped_eur: 900.5, capped: false });
    expect(monthlyPenalty(book.contractForTeam('helpdesk-l1').penalties, [500])).toEqual({ total_eur: 0, uncapped_eur: 0, capped: false });
  });

  it('charges nothing under an internal contract', () => {
    const events = [created('2026-03-09T08:00:00.000Z', 'helpdesk-l1', 'P1')];
    const clocks = computeClocks({ ticket: { ...ticket, team: 'helpdesk-l1' }, events, now: '2026-03-10T08:00:00Z', contracts: book });
    expect(clocks.resolution).toMatchObject({ state: 'breached', penalty_eur: 0 });
  });
});

describe('clock input checks', () => {
  const ticket = { created_at: '2026-03-09T08:00:00.000Z', priority: 'P2' as const, team: 'helpdesk-outsourced' };

  it('refuses an audit log whose instants go backwards', () => {
    const events = [created('2026-03-09T08:00:00.000Z', 'helpdesk-outsourced', 'P2'), message('2026-03-09T07:59:59.000Z', 'agent')];
    expect(() => computeClocks({ ticket, events, now: '2026-03-10T00:00:00Z', contracts: book })).toThrow(/earlier than the event before it/);
  });

  it('names the team that no contract binds', () => {
    const events = [created('2026-03-09T08:00:00.000Z', 'cafeteria', 'P2')];
    try {
      computeClocks({ ticket: { ...ticket, team: 'cafeteria' }, events, now: '2026-03-10T00:00:00Z', contracts: book });
      expect.unreachable();
    } catch (error) {
      expect(isCodedError(error, 'not_found')).toBe(true);
    }
  });

  it('ignores events after `now`, so clocks can be replayed as of any past instant', () => {
    const events = [created('2026-03-09T08:00:00.000Z', 'helpdesk-outsourced', 'P2'), message('2026-03-09T09:00:00.000Z', 'agent')];
    const { response } = computeClocks({ ticket, events, now: '2026-03-09T08:20:00Z', contracts: book });
    expect(response).toMatchObject({ state: 'running', elapsed_ms: 20 * MIN, stopped_at: null });
  });

  it('warns when the ticket record disagrees with its audit log', () => {
    const events = [created('2026-03-09T08:00:00.000Z', 'helpdesk-outsourced', 'P3')];
    const clocks = computeClocks({ ticket, events, now: '2026-03-09T09:00:00Z', contracts: book });
    expect(clocks.priority).toBe('P3');
    expect(clocks.warnings).toEqual(['ticket priority is P2 but the audit log ends with P3; the log is used']);
  });
});
