import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import { InsertQueryNode } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import {
  formatIssue,
  importDirectory,
  isDirectoryEmpty,
  loadSampleHospital,
  readSampleHospital,
  type DirectoryImportResult,
} from '../../src/directory/index.js';
import { isCodedError } from '../../src/errors.js';
import { describeEachDialect } from '../support/dialects.js';
import {
  APPLICATIONS_HEADER,
  ASSETS_HEADER,
  csv,
  directoryCounts,
  LOCATIONS_HEADER,
  USERS_HEADER,
} from './csv-fixtures.js';

function issuesOf(result: DirectoryImportResult): string[] {
  if (result.ok) throw new Error(`expected the import to be refused, got ${JSON.stringify(result.files)}`);
  return result.issues.map(formatIssue);
}

function countsOf(result: DirectoryImportResult) {
  if (!result.ok) throw new Error(`import refused:\n${result.issues.map(formatIssue).join('\n')}`);
  return Object.fromEntries(result.files.map(({ file, inserted, updated, unchanged }) => [file, { inserted, updated, unchanged }]));
}

/** Fails the first INSERT into `table`: an unexpected database error in the middle of an import. */
class FailInsertInto implements KyselyPlugin {
  constructor(private readonly table: string) {}
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (InsertQueryNode.is(node) && node.into?.table.identifier.name === this.table) {
      throw new Error(`simulated failure writing ${this.table}`);
    }
    return node;
  }
  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }
}

describeEachDialect('directory import', (ctx) => {
  let firstLoad: Awaited<ReturnType<typeof loadSampleHospital>>;

  beforeAll(async () => {
    expect(await isDirectoryEmpty(ctx.store)).toBe(true);
    firstLoad = await loadSampleHospital(ctx.store);
  });

  it('loads the sample hospital: over 300 users, 600 assets and 15 care units and departments', async () => {
    expect(await isDirectoryEmpty(ctx.store)).toBe(false);
    const counts = await directoryCounts(ctx.store);
    expect(counts.users).toBeGreaterThanOrEqual(300);
    expect(counts.assets).toBeGreaterThanOrEqual(600);
    expect(counts.support_teams).toBe(12);
    const units = await ctx.store.db.selectFrom('locations').select('unit_code').distinct().execute();
    expect(units.length).toBeGreaterThanOrEqual(15);
    for (const file of firstLoad) {
      expect(file).toMatchObject({ updated: 0, unchanged: 0 });
      expect(file.inserted).toBeGreaterThan(0);
    }
    expect(firstLoad.find((f) => f.kind === 'users')!.inserted).toBe(counts.users);
    expect(firstLoad.find((f) => f.kind === 'assets')!.inserted).toBe(counts.assets);
  });

  it('links staff to their managers and assets to their users and places', async () => {
    const alice = await ctx.store.db
      .selectFrom('users as u')
      .innerJoin('users as m', 'm.id', 'u.manager_id')
      .innerJoin('locations as l', 'l.id', 'u.location_id')
      .select(['u.job_role', 'm.job_role as manager_role', 'l.unit_code', 'l.building', 'l.floor'])
      .where('u.email', '=', 'alice.martin@chv.fr')
      .executeTakeFirstOrThrow();
    expect(alice).toEqual({ job_role: 'IDE', manager_role: 'Cadre de santé', unit_code: 'cardiology', building: 'B', floor: '3' });
    const pc = await ctx.store.db
      .selectFrom('assets')
      .innerJoin('users', 'users.id', 'assets.assigned_user_id')
      .select(['users.email', 'assets.tag_key', 'assets.hostname_key'])
      .where('assets.tag', '=', 'PC-CARD-0342')
      .executeTakeFirstOrThrow();
    expect(pc).toEqual({ email: 'alice.martin@chv.fr', tag_key: 'PCCARD0342', hostname_key: 'WVALCARD0342' });
  });

  it('reports every row unchanged when the same files are imported again, and writes nothing', async () => {
    const before = await directoryCounts(ctx.store);
    const result = await importDirectory(ctx.store, await readSampleHospital());
    const counts = countsOf(result);
    for (const [file, c] of Object.entries(counts)) {
      expect({ file, ...c }).toEqual({ file, inserted: 0, updated: 0, unchanged: c.unchanged });
    }
    expect(counts['users.csv']!.unchanged).toBe(before.users);
    expect(counts['assets.csv']!.unchanged).toBe(before.assets);
    expect(await directoryCounts(ctx.store)).toEqual(before);
  });

  it('updates a changed row by its natural key and leaves rows absent from the file alone', async () => {
    const before = await directoryCounts(ctx.store);
    const users = csv(USERS_HEADER, 'ALICE.MARTIN@chv.fr,Alice Martin,,,IDE référente,,VAL-B310,fr,,true');
    const result = await importDirectory(ctx.store, { users: { name: 'users.csv', text: users } });
    expect(countsOf(result)).toEqual({ 'users.csv': { inserted: 0, updated: 1, unchanged: 0 } });
    const alice = await ctx.store.db.selectFrom('users').selectAll().where('email', '=', 'alice.martin@chv.fr').executeTakeFirstOrThrow();
    expect(alice).toMatchObject({ job_role: 'IDE référente', manager_id: null, aad_object_id: null, slack_user_id: null });
    expect(await directoryCounts(ctx.store)).toEqual(before);
    // Re-importing the shipped file puts her back as she was: one row updated, the others unchanged.
    const sample = await readSampleHospital();
    const restored = countsOf(await importDirectory(ctx.store, { users: sample.users }));
    expect(restored['users.csv']).toEqual({ inserted: 0, updated: 1, unchanged: before.users - 1 });
  });

  it('imports new rows that refer to stored ones, with staff listed before their new manager', async () => {
    const cadre = await ctx.store.db
      .selectFrom('users as u')
      .innerJoin('users as m', 'm.id', 'u.manager_id')
      .select('m.email')
      .where('u.email', '=', 'alice.martin@chv.fr')
      .executeTakeFirstOrThrow();
    const users = csv(
      USERS_HEADER,
      'new.ide@chv.fr,Nouvelle IDE,,,IDE,new.cadre@chv.fr,VAL-B310,fr,,true',
      `new.cadre@chv.fr,Nouveau Cadre,,,Cadre de santé,${cadre.email},VAL-B305,fr,,true`,
    );
    const assets = csv(ASSETS_HEADER, 'PC-CARD-0999,WVAL-CARD-0999,workstation,Dell OptiPlex 7010,VAL-B310,new.ide@chv.fr,,false');
    const result = await importDirectory(ctx.store, {
      users: { name: 'users.csv', text: users },
      assets: { name: 'assets.csv', text: assets },
    });
    expect(countsOf(result)).toEqual({
      'users.csv': { inserted: 2, updated: 0, unchanged: 0 },
      'assets.csv': { inserted: 1, updated: 0, unchanged: 0 },
    });
    const chain = await ctx.store.db
      .selectFrom('users as u')
      .innerJoin('users as m', 'm.id', 'u.manager_id')
      .innerJoin('users as mm', 'mm.id', 'm.manager_id')
      .select(['m.email as manager', 'mm.email as next'])
      .where('u.email', '=', 'new.ide@chv.fr')
      .executeTakeFirstOrThrow();
    expect(chain).toEqual({ manager: 'new.cadre@chv.fr', next: cadre.email });
  });

  it('refuses a file with a bad row, reporting file:line, and writes none of its good rows', async () => {
    const before = await directoryCounts(ctx.store);
    const users = csv(
      USERS_HEADER,
      'good.user@chv.fr,Good User,,,AS,,VAL-B310,fr,,true',
      'bad.user@chv,Bad User,,,AS,,VAL-B310,fr,,true',
    );
    const locations = csv(LOCATIONS_HEADER, 'VAL-B399,VALMONT,B,3,cardiology,Cardiologie,B399 Réserve,');
    const result = await importDirectory(ctx.store, {
      locations: { name: 'locations.csv', text: locations },
      users: { name: 'users.csv', text: users },
    });
    expect(issuesOf(result)).toEqual(['users.csv:3: email: invalid e-mail address']);
    expect(await directoryCounts(ctx.store)).toEqual(before);
    const good = await ctx.store.db.selectFrom('users').select('id').where('email', '=', 'good.user@chv.fr').executeTakeFirst();
    expect(good).toBeUndefined();
  });

  it('names the row and the value of every unknown reference, and writes nothing', async () => {
    const before = await directoryCounts(ctx.store);
    const result = await importDirectory(ctx.store, {
      applications: { name: 'applications.csv', text: csv(APPLICATIONS_HEADER, 'ehr2,Nouveau DPI,Éditeur,no-such-team') },
      users: {
        name: 'users.csv',
        text: csv(USERS_HEADER, 'x.y@chv.fr,X Y,,,IDE,nobody@chv.fr,VAL-Z999,fr,,true'),
      },
      assets: {
        name: 'assets.csv',
        text: csv(ASSETS_HEADER, 'PRN-CARD-0099,,printer,HP,VAL-Z998,ghost@chv.fr,no-such-app,false'),
      },
    });
    expect(issuesOf(result)).toEqual([
      'applications.csv:2: support_team_code: unknown support team "no-such-team"',
      'assets.csv:2: location_code: unknown location "VAL-Z998"',
      'assets.csv:2: assigned_user_email: unknown user "ghost@chv.fr"',
      'assets.csv:2: application_code: unknown application "no-such-app"',
      'users.csv:2: location_code: unknown location "VAL-Z999"',
      'users.csv:2: manager_email: unknown user "nobody@chv.fr"',
    ]);
    expect(await directoryCounts(ctx.store)).toEqual(before);
  });

  it('refuses a cycle of managers within the file', async () => {
    const before = await directoryCounts(ctx.store);
    const users = csv(
      USERS_HEADER,
      'a.cycle@chv.fr,A,,,Cadre de santé,b.cycle@chv.fr,,fr,,true',
      'b.cycle@chv.fr,B,,,Cadre supérieur de santé,c.cycle@chv.fr,,fr,,true',
      'c.cycle@chv.fr,C,,,Directeur des soins,a.cycle@chv.fr,,fr,,true',
    );
    const result = await importDirectory(ctx.store, { users: { name: 'users.csv', text: users } });
    expect(issuesOf(result)).toEqual([
      'users.csv:2: manager_email: manager cycle: a.cycle@chv.fr → b.cycle@chv.fr → c.cycle@chv.fr → a.cycle@chv.fr',
    ]);
    expect(await directoryCounts(ctx.store)).toEqual(before);
  });

  it('refuses a cycle closed through stored managers (the director reporting to a nurse of his own hospital)', async () => {
    const director = await ctx.store.db.selectFrom('users').selectAll().where('job_role', '=', 'Directeur général').executeTakeFirstOrThrow();
    const users = csv(
      USERS_HEADER,
      `${director.email},${director.display_name},,,Directeur général,alice.martin@chv.fr,,fr,,true`,
    );
    const issues = issuesOf(await importDirectory(ctx.store, { users: { name: 'users.csv', text: users } }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(new RegExp(`^users\\.csv:2: manager_email: manager cycle: ${director.email} → alice\\.martin@chv\\.fr → .+ → ${director.email}$`));
    expect(issues[0]).toContain(' → ');
  });

  it('refuses a tag spelled differently from a stored one, and an id held by another stored user', async () => {
    const alice = await ctx.store.db.selectFrom('users').selectAll().where('email', '=', 'alice.martin@chv.fr').executeTakeFirstOrThrow();
    const result = await importDirectory(ctx.store, {
      users: { name: 'users.csv', text: csv(USERS_HEADER, `someone.else@chv.fr,Someone,${alice.aad_object_id},,AS,,,fr,,true`) },
      assets: { name: 'assets.csv', text: csv(ASSETS_HEADER, 'PC_CARD_0342,,workstation,Dell,,,,false') },
    });
    expect(issuesOf(result)).toEqual([
      'assets.csv:2: tag: "PC_CARD_0342" is the same tag as stored asset "PC-CARD-0342"',
      `users.csv:2: aad_object_id: "${alice.aad_object_id}" already belongs to alice.martin@chv.fr`,
    ]);
  });

  it('lets two stored users swap their Slack ids in one file', async () => {
    const [a, b] = await ctx.store.db
      .selectFrom('users')
      .selectAll()
      .where('slack_user_id', 'is not', null)
      .orderBy('id')
      .limit(2)
      .execute();
    const row = (u: typeof a, slack: string | null) =>
      `${u!.email},${u!.display_name},${u!.aad_object_id ?? ''},${slack ?? ''},${u!.job_role},,,${u!.preferred_language},,true`;
    const users = csv(USERS_HEADER, row(a, b!.slack_user_id), row(b, a!.slack_user_id));
    const counts = countsOf(await importDirectory(ctx.store, { users: { name: 'users.csv', text: users } }));
    expect(counts['users.csv']).toEqual({ inserted: 0, updated: 2, unchanged: 0 });
    const after = await ctx.store.db.selectFrom('users').select(['email', 'slack_user_id']).where('id', 'in', [a!.id, b!.id]).orderBy('id').execute();
    expect(after).toEqual([
      { email: a!.email, slack_user_id: b!.slack_user_id },
      { email: b!.email, slack_user_id: a!.slack_user_id },
    ]);
    // Put the sample back for the suites that follow.
    const sample = await readSampleHospital();
    countsOf(await importDirectory(ctx.store, { users: sample.users }));
  });

  it('rolls everything back when the database fails in the middle of the import', async () => {
    const before = await directoryCounts(ctx.store);
    const failing = { ...ctx.store, db: ctx.store.db.withPlugin(new FailInsertInto('assets')) };
    const sources = {
      locations: { name: 'locations.csv', text: csv(LOCATIONS_HEADER, 'VAL-B398,VALMONT,B,3,cardiology,Cardiologie,B398 Réserve,') },
      users: { name: 'users.csv', text: csv(USERS_HEADER, 'rollback.user@chv.fr,Rollback,,,AS,,VAL-B398,fr,,true') },
      assets: { name: 'assets.csv', text: csv(ASSETS_HEADER, 'PC-CARD-0998,,workstation,Dell,VAL-B398,rollback.user@chv.fr,,false') },
    };
    await expect(importDirectory(failing, sources)).rejects.toThrow('simulated failure writing assets');
    expect(await directoryCounts(ctx.store)).toEqual(before);
    const location = await ctx.store.db.selectFrom('locations').select('id').where('code', '=', 'VAL-B398').executeTakeFirst();
    expect(location).toBeUndefined();
  });

  it('refuses to import nothing', async () => {
    const error = await importDirectory(ctx.store, {}).catch((e: unknown) => e);
    expect(isCodedError(error, 'validation_failed')).toBe(true);
  });
});
