import { loadContracts } from '../../src/sla/index.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDirectoryFiles } from '../../src/directory/parse-files.js';
import { formatIssue, readSampleHospital } from '../../src/directory/index.js';
import { buildSampleHospital, EXAMPLE_USER, renderSampleHospital, SAMPLE_FILES } from '../../src/directory/sample-hospital/index.js';

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../src/directory/sample-hospital');

describe('the sample hospital (Centre hospitalier de Valmont)', () => {
  const hospital = buildSampleHospital();

  it('ships exactly the files its seeded generator writes', () => {
    for (const [file, text] of renderSampleHospital()) {
      expect({ file, same: readFileSync(path.join(folder, file), 'utf8') === text }).toEqual({ file, same: true });
    }
  });

  it('is the same hospital every time it is built', () => {
    expect(buildSampleHospital()).toEqual(hospital);
    expect(buildSampleHospital(1).users).not.toEqual(hospital.users);
  });

  it('passes the import validation with no issue', async () => {
    const { issues } = parseDirectoryFiles(await readSampleHospital());
    expect(issues.map(formatIssue)).toEqual([]);
    expect(SAMPLE_FILES.map((f) => f.file).sort()).toEqual(
      ['applications.csv', 'assets.csv', 'locations.csv', 'support-teams.csv', 'users.csv'],
    );
  });

  it('has the size of a small hospital: 300+ staff, 600+ assets, 15+ units on two sites and buildings A to F', () => {
    expect(hospital.users.length).toBeGreaterThanOrEqual(300);
    expect(hospital.assets.length).toBeGreaterThanOrEqual(600);
    expect(new Set(hospital.locations.map((l) => l.unit_code)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(hospital.locations.map((l) => l.site))).toEqual(new Set(['VALMONT', 'LES-TILLEULS']));
    expect([...new Set(hospital.locations.map((l) => l.building))].sort()).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
  });

  it('has Alice Martin, IDE in cardiology (B3), with her PC PC-CARD-0342', () => {
    const alice = hospital.users.find((u) => u.email === EXAMPLE_USER.email)!;
    expect(alice).toMatchObject({ display_name: 'Alice Martin', job_role: 'IDE', location_code: 'VAL-B310', active: 'true' });
    expect(hospital.locations.find((l) => l.code === alice.location_code)).toMatchObject({
      unit_code: 'cardiology', building: 'B', floor: '3',
    });
    expect(hospital.assets.find((a) => a.tag === 'PC-CARD-0342')).toMatchObject({
      hostname: 'WVAL-CARD-0342', kind: 'workstation', assigned_user_email: EXAMPLE_USER.email,
    });
  });

  it('uses the identifiers the chat platforms send: AAD object ids as UUIDs, Slack ids like U0ABC123', () => {
    for (const user of hospital.users) {
      expect(user.aad_object_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      if (user.slack_user_id) expect(user.slack_user_id).toMatch(/^U0[A-Z0-9]{7}$/);
    }
    expect(hospital.users.filter((u) => u.preferred_language === 'en').length).toBeGreaterThan(5);
  });

  it('has the equipment of a hospital, named by the conventions the help desk uses', () => {
    const tags = new Set(hospital.assets.map((a) => a.tag));
    for (const tag of ['PRN-URG-0012', 'LBL-URG-0003', 'DECT-REA-0101', 'BIO-REA-0007', 'SRV-DPI-APP01', 'SW-VAL-CORE-01', 'APP-DPI']) {
      expect({ tag, present: tags.has(tag) }).toEqual({ tag, present: true });
    }
    const kinds = new Set(hospital.assets.map((a) => a.kind));
    expect([...kinds].sort()).toEqual(['application', 'biomedical', 'label_printer', 'network', 'phone', 'printer', 'server', 'workstation']);
    expect(hospital.assets.filter((a) => a.kind === 'biomedical').every((a) => a.clinical === 'true')).toBe(true);
    expect(hospital.assets.some((a) => a.kind === 'workstation' && a.assigned_user_email === '')).toBe(true);
    expect(hospital.assets.filter((a) => a.kind === 'label_printer').every((a) => a.model.startsWith('Zebra'))).toBe(true);
    const appCodes = new Set(hospital.applications.map((a) => a.code));
    expect(hospital.assets.filter((a) => a.kind === 'application').map((a) => a.application_code).sort()).toEqual([...appCodes].sort());
  });

  it('binds the support team codes the SLA contracts refer to', () => {
    const teams = Object.fromEntries(hospital.teams.map((t) => [t.code, t]));
    expect(Object.keys(teams).sort()).toEqual([
      'apps-l2', 'biomedical', 'dpi-vendor-l2', 'helpdesk-l1', 'helpdesk-outsourced', 'identity-access', 'infra-l2',
      'lab-vendor-l2', 'pacs-vendor-l2', 'proximity', 'security', 'telecom',
    ]);
    expect(teams['helpdesk-l1']).toMatchObject({ level: 'l1', provider: 'internal', contract_id: 'helpdesk-l1-internal', teams_channel_id: '19:helpdesk-l1@thread.tacv2' });
    expect(teams['helpdesk-outsourced']).toMatchObject({ level: 'l1', provider: 'Assistance Santé Services', contract_id: 'helpdesk-outsourced' });
    expect(teams['dpi-vendor-l2']).toMatchObject({ level: 'l2', contract_id: 'dpi-vendor-l2' });
  });

  it('names, for every support team, the contract config/sla.yaml binds it to', async () => {
    const contracts = await loadContracts('config/sla.yaml');
    for (const team of hospital.teams) expect(contracts.contractForTeam(team.code).id, team.code).toBe(team.contract_id);
  });

  it('gives every care unit a chain from nurse to director of care, and doctors a head of department', () => {
    const byEmail = new Map(hospital.users.map((u) => [u.email, u]));
    const chainOf = (email: string) => {
      const roles: string[] = [];
      for (let u = byEmail.get(byEmail.get(email)!.manager_email); u; u = byEmail.get(u.manager_email)) roles.push(u.job_role);
      return roles;
    };
    const ides = hospital.users.filter((u) => u.job_role === 'IDE');
    for (const ide of ides) {
      expect(chainOf(ide.email)).toEqual(['Cadre de santé', 'Cadre supérieur de santé', 'Directeur des soins', 'Directeur général']);
    }
    for (const doctor of hospital.users.filter((u) => u.job_role === 'Médecin' || u.job_role === 'Interne')) {
      expect(chainOf(doctor.email)[0]).toBe('Chef de service');
    }
    expect(hospital.users.filter((u) => u.manager_email === '').map((u) => u.job_role)).toEqual(['Directeur général']);
  });
});
