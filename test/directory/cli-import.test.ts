import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../../src/db/index.js';
import { runTriage } from '../support/run-cli.js';
import { ASSETS_HEADER, csv, directoryCounts, LOCATIONS_HEADER, TEAMS_HEADER, USERS_HEADER } from './csv-fixtures.js';

describe('triage import directory', () => {
  let dir: string;
  let env: Record<string, string>;
  const file = (name: string, text: string) => {
    const full = path.join(dir, name);
    writeFileSync(full, text, 'utf8');
    return full;
  };
  const counts = async () => {
    const store = createStore(env.DATABASE_URL!);
    try {
      return await directoryCounts(store);
    } finally {
      await store.close();
    }
  };

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'triage-import-'));
    env = { DATABASE_URL: `sqlite:${path.join(dir, 'triage.db')}` };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports files into an empty database (migrating it first) and prints the counts per file', async () => {
    const locations = file('locations.csv', csv(LOCATIONS_HEADER, 'VAL-B310,VALMONT,B,3,cardiology,Cardiologie,B310 Poste de soins,04 65 71 00 01'));
    const users = file(
      'staff.csv',
      csv(
        USERS_HEADER,
        'alice.martin@chv.fr,Alice Martin,,U0ABC123,IDE,cadre.card@chv.fr,VAL-B310,fr,,true',
        'cadre.card@chv.fr,Julien Maillard,,,Cadre de santé,,VAL-B310,fr,,true',
      ),
    );
    const assets = file('assets.csv', csv(ASSETS_HEADER, 'PC-CARD-0342,WVAL-CARD-0342,workstation,HP EliteDesk,VAL-B310,alice.martin@chv.fr,,false'));
    const run = await runTriage(['import', 'directory', '--locations', locations, '--users', users, '--assets', assets], { env });
    expect(run).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'locations.csv: 1 rows: 1 inserted, 0 updated, 0 unchanged',
        'staff.csv: 2 rows: 2 inserted, 0 updated, 0 unchanged',
        'assets.csv: 1 rows: 1 inserted, 0 updated, 0 unchanged',
        '',
      ].join('\n'),
    });
    const again = await runTriage(['import', 'directory', '--users', users, '--assets', assets, '--locations', locations], { env });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('staff.csv: 2 rows: 0 inserted, 0 updated, 2 unchanged');
    expect(await counts()).toMatchObject({ locations: 1, users: 2, assets: 1 });
  });

  it('prints every problem as file:line and exits 1 without writing anything', async () => {
    const before = await counts();
    const teams = file('teams.csv', csv(TEAMS_HEADER, 'helpdesk-l1,Centre de services,l1,internal,internal-l1,,', 'oops,Oops,l3,internal,x,,'));
    const users = file('users-bad.csv', csv(USERS_HEADER, 'new.user@chv.fr,New,,,AS,nobody@chv.fr,VAL-B310,fr,,true'));
    const rowError = await runTriage(['import', 'directory', '--teams', teams], { env });
    expect(rowError.code).toBe(1);
    expect(rowError.stderr).toBe(
      'teams.csv:3: level: must be one of l1, l2, proximity, biomedical, security, got "l3"\n' +
        '1 problem found; nothing was imported.\n',
    );
    const referenceError = await runTriage(['import', 'directory', '--users', users], { env });
    expect(referenceError.code).toBe(1);
    expect(referenceError.stderr).toContain('users-bad.csv:2: manager_email: unknown user "nobody@chv.fr"');
    expect(await counts()).toEqual(before);
  });

  it('exits 1 when a file cannot be read', async () => {
    const run = await runTriage(['import', 'directory', '--users', path.join(dir, 'missing.csv')], { env });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/cannot read .*missing\.csv: no such file/);
  });

  it('exits 2 on a wrong command line', async () => {
    const cases = [
      ['import'],
      ['import', 'users'],
      ['import', 'directory'],
      ['import', 'directory', '--people', 'x.csv'],
      ['import', 'directory', '--users'],
      ['import', 'directory', '--sample', '--users', 'x.csv'],
      ['import', 'directory', 'extra', '--users', 'x.csv'],
    ];
    for (const args of cases) {
      const run = await runTriage(args, { env });
      expect({ args, code: run.code }).toEqual({ args, code: 2 });
      expect(run.stderr).toContain('usage: triage import directory');
    }
  });

  it('loads the sample hospital with --sample', async () => {
    const sampleEnv = { DATABASE_URL: `sqlite:${path.join(dir, 'sample.db')}` };
    const run = await runTriage(['import', 'directory', '--sample'], { env: sampleEnv });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^users\.csv: \d+ rows: \d+ inserted, 0 updated, 0 unchanged$/m);
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(5);
  });
});
