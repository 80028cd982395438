import { beforeAll, expect, it } from 'vitest';
import {
  benchmarkDirectoryLookups,
  DirectoryRepository,
  EXAMPLE_USER,
  loadSampleHospital,
  type DirectoryUser,
} from '../../src/directory/index.js';
import { describeEachDialect } from '../support/dialects.js';
import { QueryRecorder, tableScans } from './query-plans.js';

describeEachDialect('directory lookups', (ctx) => {
  let directory: DirectoryRepository;
  let alice: DirectoryUser;

  beforeAll(async () => {
    await loadSampleHospital(ctx.store);
    directory = new DirectoryRepository(ctx.store);
    alice = (await directory.findUserByEmail(EXAMPLE_USER.email))!;
  });

  it('finds Alice by e-mail whatever its case, by her Teams (AAD) id and by her Slack id', async () => {
    expect(alice).toMatchObject({
      email: 'alice.martin@chv.fr',
      displayName: 'Alice Martin',
      jobRole: 'IDE',
      preferredLanguage: 'fr',
      active: true,
    });
    expect(await directory.findUserByEmail('  Alice.MARTIN@CHV.FR ')).toEqual(alice);
    expect(await directory.findUserByAadObjectId(alice.aadObjectId!.toUpperCase())).toEqual(alice);
    expect(await directory.findUserBySlackId(alice.slackUserId!.toLowerCase())).toEqual(alice);
    expect(await directory.findUserByEmail('nobody@chv.fr')).toBeUndefined();
    expect(await directory.findUserByAadObjectId('00000000-0000-4000-8000-000000000000')).toBeUndefined();
    expect(await directory.findUserBySlackId('U0NOBODY')).toBeUndefined();
  });

  it('knows where Alice works: cardiology, building B, floor 3', async () => {
    expect(await directory.locationOfUser(alice.id)).toMatchObject({
      code: 'VAL-B310',
      site: 'VALMONT',
      building: 'B',
      floor: '3',
      unitCode: 'cardiology',
      unitName: 'Cardiologie',
      room: 'B310 Poste de soins',
    });
  });

  it("lists Alice's equipment with where it stands: her PC PC-CARD-0342", async () => {
    const assets = await directory.assetsOfUser(alice.id);
    expect(assets.map((a) => a.tag)).toEqual(['PC-CARD-0342']);
    expect(assets[0]).toMatchObject({
      hostname: 'WVAL-CARD-0342',
      kind: 'workstation',
      assignedUserId: alice.id,
      clinical: false,
      location: { code: 'VAL-B310', unitName: 'Cardiologie', building: 'B', floor: '3' },
    });
  });

  it('finds an asset however its tag or hostname is typed', async () => {
    for (const typed of ['PC-CARD-0342', 'pc card 0342', 'pccard0342', 'Pc-Card 0342', 'wval-card-0342', 'WVAL CARD 0342']) {
      const asset = await directory.findAsset(typed);
      expect({ typed, tag: asset?.tag }).toEqual({ typed, tag: 'PC-CARD-0342' });
    }
    expect(await directory.findAsset('PC-CARD-9999')).toBeUndefined();
    expect(await directory.findAsset(' - ')).toBeUndefined();
  });

  it('describes a bedside device in intensive care as clinical, with its box', async () => {
    const monitor = await directory.findAsset('bio rea 0007');
    expect(monitor).toMatchObject({ tag: 'BIO-REA-0007', kind: 'biomedical', clinical: true, assignedUserId: null });
    expect(monitor!.location).toMatchObject({ unitCode: 'icu', building: 'A', floor: '1' });
  });

  it('lists the assets of a location, shared workstations included', async () => {
    const assets = await directory.assetsOfLocation('val-b310');
    const tags = assets.map((a) => a.tag);
    expect(tags).toContain('PC-CARD-0342');
    expect(tags).toEqual([...tags].sort());
    expect(assets.some((a) => a.kind === 'workstation' && a.assignedUserId === null)).toBe(true);
    expect(assets.every((a) => a.location?.code === 'VAL-B310')).toBe(true);
    expect(await directory.assetsOfLocation('VAL-Z999')).toEqual([]);
  });

  it('lists the assets of a unit in one query, by place then tag: those of each of its locations', async () => {
    const assets = await directory.assetsOfUnit('Cardiology');
    const expected = [];
    for (const location of await directory.locationsOfUnit('cardiology')) expected.push(...(await directory.assetsOfLocation(location.code)));
    expect(assets.map((a) => a.tag)).toEqual(expected.map((a) => a.tag));
    expect(assets.map((a) => a.tag)).toContain('PC-CARD-0342');
    expect(await directory.assetsOfUnit('nowhere')).toEqual([]);
  });

  it('lists the locations of a unit', async () => {
    const locations = await directory.locationsOfUnit('Cardiology');
    expect(locations.length).toBeGreaterThan(3);
    expect(locations.every((l) => l.unitCode === 'cardiology' && l.building === 'B' && l.floor === '3')).toBe(true);
    expect(locations.map((l) => l.code)).toContain('VAL-B310');
  });

  it('finds a place by the code on its door, whatever its unit', async () => {
    const [place, ...others] = await directory.locationsByDoorCode('a270');
    expect(others).toEqual([]);
    expect(place).toMatchObject({ code: 'VAL-A270', unitCode: 'recovery', building: 'A' });
    expect(await directory.locationsByDoorCode('Z999')).toEqual([]);
    expect(await directory.locationsByDoorCode('%')).toEqual([]);
  });

  it("follows Alice's hierarchy up to the general director: cadre, cadre supérieur, directeur des soins", async () => {
    const chain = await directory.managerChain(alice.id);
    expect(chain.map((u) => u.jobRole)).toEqual([
      'Cadre de santé',
      'Cadre supérieur de santé',
      'Directeur des soins',
      'Directeur général',
    ]);
    expect(chain[0]!.id).toBe(alice.managerId);
    expect(await directory.managerChain(chain[3]!.id)).toEqual([]);
  });

  it("lists the people Alice's cadre is the line manager of, Alice among them, and no one under Alice", async () => {
    const reports = await directory.directReports(alice.managerId!);
    expect(reports.map((u) => u.email)).toContain('alice.martin@chv.fr');
    expect(reports.every((u) => u.managerId === alice.managerId)).toBe(true);
    expect(await directory.directReports(alice.id)).toEqual([]);
  });

  it("puts a cardiologist under the head of department, not the nursing line", async () => {
    const cardiologist = await ctx.store.db
      .selectFrom('users')
      .innerJoin('locations', 'locations.id', 'users.location_id')
      .select('users.id')
      .where('locations.unit_code', '=', 'cardiology')
      .where('users.job_role', '=', 'Médecin')
      .executeTakeFirstOrThrow();
    const chain = await directory.managerChain(cardiologist.id);
    expect(chain.map((u) => u.jobRole)).toEqual(['Chef de service', 'Directeur des affaires médicales', 'Directeur général']);
  });

  it('finds support teams by code and applications by code or name', async () => {
    expect(await directory.findSupportTeam('HELPDESK-L1')).toMatchObject({
      code: 'helpdesk-l1',
      level: 'l1',
      provider: 'internal',
      contractId: 'helpdesk-l1-internal',
      teamsChannelId: '19:helpdesk-l1@thread.tacv2',
      name: 'Centre de services informatique (N1)',
      nameEn: 'IT service desk (L1)',
    });
    expect(await directory.findSupportTeam('helpdesk-outsourced')).toMatchObject({
      provider: 'Assistance Santé Services',
      contractId: 'helpdesk-outsourced',
    });
    expect(await directory.findSupportTeam('nope')).toBeUndefined();
    const dpi = await directory.findApplication('dpi');
    expect(dpi).toMatchObject({ code: 'dpi', name: 'DPI Cristal-Net', supportTeamCode: 'dpi-vendor-l2' });
    expect(await directory.findApplication('dpi cristal-net')).toEqual(dpi);
    expect(await directory.findApplication('PACS imagerie')).toMatchObject({ code: 'pacs', supportTeamCode: 'pacs-vendor-l2' });
    expect(await directory.findApplication('Excel')).toBeUndefined();
  });

  it('answers every lookup with one query that scans no directory table', async () => {
    const recorder = new QueryRecorder();
    const watched = new DirectoryRepository(recorder.wrap(ctx.store));
    const lookups: Array<[string, () => Promise<unknown>]> = [
      ['findUserByEmail', () => watched.findUserByEmail('alice.martin@chv.fr')],
      ['findUserByAadObjectId', () => watched.findUserByAadObjectId(alice.aadObjectId!)],
      ['findUserBySlackId', () => watched.findUserBySlackId(alice.slackUserId!)],
      ['assetsOfUser', () => watched.assetsOfUser(alice.id)],
      ['findAsset', () => watched.findAsset('pc card 0342')],
      ['assetsOfLocation', () => watched.assetsOfLocation('VAL-B310')],
      ['assetsOfUnit', () => watched.assetsOfUnit('cardiology')],
      ['locationsOfUnit', () => watched.locationsOfUnit('cardiology')],
      ['locationOfUser', () => watched.locationOfUser(alice.id)],
      ['managerChain', () => watched.managerChain(alice.id)],
      ['findSupportTeam', () => watched.findSupportTeam('helpdesk-l1')],
      ['findApplication', () => watched.findApplication('DPI Cristal-Net')],
    ];
    for (const [name, lookup] of lookups) {
      recorder.clear();
      await lookup();
      expect({ name, queries: recorder.queries.length }).toEqual({ name, queries: 1 });
      expect({ name, scans: await tableScans(ctx.store, recorder.queries[0]!) }).toEqual({ name, scans: [] });
    }
  });

  it('would notice a scan: a query on an unindexed column is reported', async () => {
    const recorder = new QueryRecorder();
    await recorder.wrap(ctx.store).db.selectFrom('users').select('id').where('job_role', '=', 'IDE').execute();
    expect(await tableScans(ctx.store, recorder.queries[0]!)).toEqual([expect.stringMatching(/users/)]);
  });

  it('measures lookups per second for the benchmark', async () => {
    const result = await benchmarkDirectoryLookups(ctx.store, { iterations: 90 });
    expect(result.lookups).toBe(90);
    expect(result.dialect).toBe(ctx.store.dialect);
    expect(result.lookupsPerSecond).toBeGreaterThan(0);
    expect(Object.keys(result.meanMsByKind).sort()).toEqual([
      'applicationByName', 'assetByHostname', 'assetByLooseTag', 'assetsOfUser', 'locationOfUser', 'managerChain',
      'userByAadObjectId', 'userByEmail', 'userBySlackId',
    ]);
  });
});
