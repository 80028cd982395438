import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTriage } from '../support/run-cli.js';

const env = { SLA_CONFIG: path.resolve('config/sla.yaml') };
const office = {
  timezone: 'Europe/Paris',
  hours: { mon: ['08:00-18:00'], tue: ['08:00-18:00'], wed: ['08:00-18:00'], thu: ['08:00-18:00'], fri: ['08:00-18:00'] },
  holidays: 'FR',
};
const jsonl = (...items: unknown[]) => items.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join('\n') + '\n';
const outputOf = (stdout: string) => stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);

describe('triage sla deadline --jsonl', () => {
  it('answers one line per request, in order, in UTC with milliseconds', async () => {
    const run = await runTriage(['sla', 'deadline', '--jsonl'], {
      env,
      stdin: jsonl(
        // Fri 27 Mar 2026 17:00 CET + 120 min: 60 Friday, Monday 08:00 CEST + 60 → 07:00Z.
        { id: 'weekend-and-dst', calendar: office, start: '2026-03-27T17:00:00+01:00', minutes: 120 },
        // 24/7 with a 30 s pause inside the 1.5 minutes.
        { id: 2, calendar: { kind: '24/7' }, start: '2026-03-27T17:00:00Z', minutes: 1.5, pauses: [['2026-03-27T17:00:30Z', '2026-03-27T17:01:00Z']] },
        // A calendar of the configuration by name: vendor hours, Fri 3 Apr 17:00 CEST → 30 min Friday;
        // Easter Monday closed; Tue 7 Apr 08:30 + 30 → 09:00 CEST = 07:00Z.
        { id: 'named', calendar: 'vendor-hours', start: '2026-04-03T17:00:00+02:00', minutes: 60 },
        // Waiting for the user since Tuesday 08:00 with no end: no deadline yet.
        { id: 'held', calendar: 'vendor-hours', start: '2026-04-03T17:00:00+02:00', minutes: 60, pauses: [['2026-04-07T08:00:00+02:00', null]] },
      ),
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(outputOf(run.stdout)).toEqual([
      { id: 'weekend-and-dst', deadline: '2026-03-30T07:00:00.000Z' },
      { id: 2, deadline: '2026-03-27T17:02:00.000Z' },
      { id: 'named', deadline: '2026-04-07T07:00:00.000Z' },
      { id: 'held', deadline: null },
    ]);
  });

  it('answers a bad line with an error naming the field, and goes on with the others', async () => {
    const run = await runTriage(['sla', 'deadline', '--jsonl'], {
      env,
      stdin: jsonl(
        { id: 'local-time', calendar: { kind: '24/7' }, start: '2026-03-27T17:00:00', minutes: 10 },
        'not json',
        { id: 'bad-hours', calendar: { ...office, hours: { mon: ['8h-18h'] } }, start: '2026-03-27T17:00:00Z', minutes: 10 },
        { id: 'unknown-calendar', calendar: 'nights', start: '2026-03-27T17:00:00Z', minutes: 10 },
        { id: 'negative', calendar: { kind: '24/7' }, start: '2026-03-27T17:00:00Z', minutes: -5 },
        { id: 'ok', calendar: { kind: '24/7' }, start: '2026-03-27T17:00:00Z', minutes: 10 },
      ),
    });
    expect(run.code).toBe(1);
    expect(outputOf(run.stdout)).toEqual([
      { id: 'local-time', error: 'start: must be an ISO-8601 date-time with an offset, e.g. 2026-03-30T09:00:00+02:00' },
      { id: null, error: 'invalid JSON line' },
      { id: 'bad-hours', error: 'calendar.hours.mon[0]: "8h-18h" is not a range "HH:MM-HH:MM" (24-hour clock, end may be 24:00)' },
      { id: 'unknown-calendar', error: 'unknown calendar "nights"; known: always, business-hours, desk-hours, vendor-hours' },
      { id: 'negative', error: 'minutes: must be >= 0' },
      { id: 'ok', deadline: '2026-03-27T17:10:00.000Z' },
    ]);
  });

  it('is a usage error without --jsonl or with an unknown subcommand', async () => {
    expect((await runTriage(['sla', 'deadline'], { env })).code).toBe(2);
    const unknown = await runTriage(['sla', 'breach'], { env });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown subcommand "breach"');
    expect(unknown.stderr).toContain('triage sla deadline --jsonl');
  });
});
