import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCodedError } from '../../src/errors.js';
import { loadContracts, parseContracts } from '../../src/sla/index.js';
import { TICKET_STATUSES as LIFECYCLE_STATUSES } from '../../src/tickets/index.js';
import { TICKET_STATUSES } from '../../src/sla/index.js';

const DEFAULT_CONFIG = path.resolve('config/sla.yaml');

const problemsOf = (yaml: string): string[] => {
  try {
    parseContracts(yaml, 'sla.yaml');
  } catch (error) {
    if (isCodedError(error, 'config_invalid')) return error.message.split('\n').slice(1).map((line) => line.trim());
    throw error;
  }
  return [];
};

describe('the shipped contracts (config/sla.yaml)', () => {
  it('bind every support team exactly once', async () => {
    const book = await loadContracts(DEFAULT_CONFIG);
    expect(book.teams()).toEqual([
      'apps-l2', 'biomedical', 'dpi-vendor-l2', 'helpdesk-l1', 'helpdesk-outsourced', 'identity-access',
      'infra-l2', 'lab-vendor-l2', 'pacs-vendor-l2', 'proximity', 'security', 'telecom',
    ]);
    expect(book.contractForTeam('telecom').id).toBe(book.contractForTeam('apps-l2').id);
  });

  it('run the internal L1 help desk 24/7 for P1 and P2 and on business hours otherwise', async () => {
    const l1 = (await loadContracts(DEFAULT_CONFIG)).contractForTeam('helpdesk-l1');
    expect(l1.targets.P1.calendar.spec).toEqual({ kind: '24/7' });
    expect(l1.targets.P2.calendar.spec).toEqual({ kind: '24/7' });
    for (const priority of ['P3', 'P4'] as const) {
      expect(l1.targets[priority].calendar_name).toBe('business-hours');
      expect(l1.targets[priority].calendar.spec).toMatchObject({ timezone: 'Europe/Paris', holidays: 'FR' });
    }
    expect(l1.penalties).toBeNull();
  });

  it('charge the outsourced help desk on its own business hours, with defaults for pauses and escalation', async () => {
    const desk = (await loadContracts(DEFAULT_CONFIG)).contractForTeam('helpdesk-outsourced');
    expect(desk.provider).toBe('Assistance Santé Services');
    expect(desk.targets.P1.calendar_name).toBe('desk-hours');
    expect(desk.penalties).toEqual({ eur_per_started_hour: 120, cap_per_ticket_eur: 1200, cap_per_month_eur: 12000, applies_to: ['response', 'resolution'] });
    expect(desk.pause_statuses).toEqual(['waiting_user']);
    expect(desk.escalation).toEqual({ thresholds: [50, 75, 90, 100], notify: { team: [50, 75, 90, 100], managers: [90, 100] } });
  });

  it('refuse a team that no contract binds, naming it', async () => {
    const book = await loadContracts(DEFAULT_CONFIG);
    expect(book.findContractForTeam('cafeteria')).toBeUndefined();
    expect(() => book.contractForTeam('cafeteria')).toThrow(/No SLA contract binds team "cafeteria"/);
  });

  it('know the same ticket statuses as the ticket lifecycle', () => {
    expect([...TICKET_STATUSES]).toEqual([...LIFECYCLE_STATUSES]);
  });
});

const VALID = `version: 1
calendars:
  office: { timezone: Europe/Paris, hours: { mon: ["08:00-18:00"] }, holidays: FR }
contracts:
  - id: desk
    name: Desk
    provider: Assistance Santé Services
    teams: [helpdesk-outsourced]
    calendar: office
    targets:
      P1: { respond_minutes: 15, resolve_minutes: 120, calendar: { kind: 24/7 } }
      P2: { respond_minutes: 30, resolve_minutes: 240 }
      P3: { respond_minutes: 60, resolve_minutes: 600 }
      P4: { respond_minutes: 240, resolve_minutes: 1200 }
`;

describe('contract validation', () => {
  it('accepts a minimal file and fills the defaults', () => {
    const book = parseContracts(VALID);
    const desk = book.contractForTeam('helpdesk-outsourced');
    expect(desk.targets.P1.calendar_name).toBeNull();
    expect(desk.targets.P2.calendar_name).toBe('office');
    expect(desk.penalties).toBeNull();
    expect(desk.escalation.notify).toEqual({ team: [50, 75, 90, 100], managers: [90, 100] });
  });

  it('reports every problem with its path, its line and what is wrong', () => {
    const broken = VALID.replace('respond_minutes: 15', 'respond_minutes: 0')
      .replace('resolve_minutes: 240 }', 'resolve_minutes: 240, calendar: nights }')
      .replace('teams: [helpdesk-outsourced]', 'teams: [helpdesk-outsourced, Help Desk]')
      .replace('      P4: { respond_minutes: 240, resolve_minutes: 1200 }\n', '');
    expect(problemsOf(broken)).toEqual([
      'contracts[0].teams[1] (line 8): must be a kebab-case code, e.g. helpdesk-l1',
      'contracts[0].targets.P1.respond_minutes (line 11): must be more than 0 minutes',
      'contracts[0].targets.P4 (line 11): is required',
    ]);
  });

  it('checks cross-references once the shape is right', () => {
    const broken = VALID.replace('resolve_minutes: 240 }', 'resolve_minutes: 240, calendar: nights }')
      .replace('    calendar: office\n', '')
      .replace('  office: { timezone: Europe/Paris', '  office: { timezone: Europe/Lutece')
      + `  - id: desk
    name: Desk again
    provider: Someone
    teams: [helpdesk-outsourced]
    calendar: { kind: 24/7 }
    escalation: { thresholds: [50, 100], notify: { team: [50, 100], managers: [90] } }
    targets:
      P1: { respond_minutes: 15, resolve_minutes: 120 }
      P2: { respond_minutes: 30, resolve_minutes: 240 }
      P3: { respond_minutes: 60, resolve_minutes: 600 }
      P4: { respond_minutes: 240, resolve_minutes: 1200 }
`;
    expect(problemsOf(broken)).toEqual([
      'calendars.office.timezone (line 3): is not an IANA time zone (e.g. Europe/Paris)',
      'contracts[0].targets.P2.calendar (line 11): unknown calendar "nights"; known: office',
      'contracts[0].targets.P3 (line 12): no calendar: set "calendar" here or on the contract',
      'contracts[0].targets.P4 (line 13): no calendar: set "calendar" here or on the contract',
      'contracts[1].id (line 14): duplicate contract id "desk"',
      'contracts[1].teams[0] (line 17): team "helpdesk-outsourced" is already bound by contract "desk"',
      'contracts[1].escalation.notify.managers[0] (line 19): 90 % is not one of the thresholds [50, 100]',
    ]);
  });

  it('refuses statuses that stop the clock as pause statuses, and unknown keys', () => {
    const broken = VALID.replace('    calendar: office\n', '    calendar: office\n    pause_statuses: [waiting_user, resolved]\n    penalty: 10\n');
    expect(problemsOf(broken)).toEqual([
      'contracts[0].pause_statuses (line 10): resolved, closed and cancelled stop the clock; they cannot pause it',
      'contracts[0] (line 5): Unrecognized key: "penalty"',
    ]);
  });

  it('reports YAML syntax errors with their line', () => {
    expect(problemsOf('version: 1\ncontracts: [\n')[0]).toMatch(/^Flow sequence .* at line 3, column 1/);
    expect(problemsOf('version: 1\nversion: 2\ncontracts: []\n')).toEqual(['Map keys must be unique at line 2, column 1']);
  });

  it('says which file it cannot read', async () => {
    await expect(loadContracts('/nonexistent/sla.yaml')).rejects.toThrow(/Cannot read the SLA configuration \/nonexistent\/sla.yaml/);
  });
});
