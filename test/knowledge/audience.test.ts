import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRoleGroups } from '../../src/app/audience-groups.js';
import { KnowledgeBase, fitsReader, groupsOfRole, loadFiches, type RoleGroups } from '../../src/knowledge/index.js';

let groups: RoleGroups;
let knowledge: KnowledgeBase;

beforeAll(async () => {
  groups = await loadRoleGroups('config/audiences.yaml');
  knowledge = new KnowledgeBase((await loadFiches('knowledge')).fiches);
});

describe('the staff group of each job role (config/audiences.yaml)', () => {
  it('puts every job role of the sample hospital in at least one group', async () => {
    const rows = (await readFile('src/directory/sample-hospital/users.csv', 'utf8')).trim().split('\n').slice(1);
    const roles = [...new Set(rows.map((row) => row.split(',')[4]!))];
    expect(roles.length).toBeGreaterThan(30);
    expect(roles.filter((role) => groupsOfRole(groups, role) === undefined)).toEqual([]);
  });

  it('reads bedside staff as care, doctors and pharmacists as medical, cadres as care staff and managers', () => {
    for (const role of ['IDE', 'AS', 'IADE', 'IBODE', 'Sage-femme', 'Auxiliaire de puériculture', 'Manipulateur radio']) expect(groupsOfRole(groups, role), role).toEqual(['care']);
    for (const role of ['Médecin', 'Médecin anesthésiste', 'Médecin radiologue', 'Interne', 'Biologiste', 'Pharmacien']) expect(groupsOfRole(groups, role), role).toEqual(['medical']);
    expect(groupsOfRole(groups, 'Cadre de santé')).toEqual(['care', 'managers']);
    expect(groupsOfRole(groups, 'Chef de service')).toEqual(['medical', 'managers']);
    expect(groupsOfRole(groups, 'Directeur général')).toEqual(['managers']);
  });

  it('reads the laboratory and pharmacy technicians as medtech, logistics and stretcher-bearers as administrative, IT staff as it', () => {
    expect(groupsOfRole(groups, 'Technicien de laboratoire')).toEqual(['medtech']);
    expect(groupsOfRole(groups, 'Préparateur en pharmacie')).toEqual(['medtech']);
    for (const role of ['Secrétaire médicale', "Agent d'accueil", 'Gestionnaire RH', 'Agent logistique', 'Magasinier', 'Brancardier']) expect(groupsOfRole(groups, role), role).toEqual(['administrative']);
    expect(groupsOfRole(groups, 'Technicien informatique')).toEqual(['it']);
    expect(groupsOfRole(groups, "Directeur des systèmes d'information")).toEqual(['managers', 'it']);
  });

  it('compares roles without case, accents or extra spaces; an unknown role has no group', () => {
    expect(groupsOfRole(groups, '  technicien DE laboratoire ')).toEqual(['medtech']);
    expect(groupsOfRole(groups, 'Medecin urgentiste')).toEqual(['medical']);
    expect(groupsOfRole(groups, 'Jardinier')).toBeUndefined();
    expect(groupsOfRole(groups, '')).toBeUndefined();
    expect(groupsOfRole(groups, undefined)).toBeUndefined();
  });
});

describe('which fiches a reader may be offered', () => {
  it('a fiche for everyone, or for one of the reader’s groups; any fiche when the groups are unknown', () => {
    expect(fitsReader(['all'], ['medtech'])).toBe(true);
    expect(fitsReader(['medical', 'care'], ['medtech'])).toBe(false);
    expect(fitsReader(['medical', 'care'], ['care', 'managers'])).toBe(true);
    expect(fitsReader(['medical', 'care'], undefined)).toBe(true);
  });

  it('the ward-side lab results fiche is not the laboratory’s answer; a nurse still gets it', () => {
    const question = 'les résultats du Cobas remontent plus dans le SIL depuis 17h, les urgences et la réa nous appellent pour les résultats';
    const nurse = knowledge.search(question, { readers: ['care'] });
    expect(nurse.answerable).toBe(true);
    expect(nurse.results[0]?.slug).toBe('lab-results-interface');
    const lab = knowledge.search(question, { readers: ['medtech'] });
    expect(lab.answerable).toBe(false);
    expect(lab.results.map((hit) => hit.slug)).not.toContain('lab-results-interface');
  });

  it('a fiche for the reader that explains the question much less than the one left out is not offered in its place', () => {
    // new-staff-account is for managers and offices; the install fiche comes next, far behind: no answer.
    const result = knowledge.search('we need an account for a new nurse starting tomorrow', { readers: ['care'] });
    expect(result.results[0]?.slug).toBe('software-install-request');
    expect(result.answerable).toBe(false);
  });
});

describe('reading config/audiences.yaml', () => {
  const write = (text: string) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'audiences-'));
    writeFileSync(path.join(dir, 'audiences.yaml'), text);
    return { file: path.join(dir, 'audiences.yaml'), done: () => rmSync(dir, { recursive: true, force: true }) };
  };

  it('knows no role without the file', async () => {
    expect(await loadRoleGroups(path.join(os.tmpdir(), 'no-such-dir', 'audiences.yaml'))).toEqual({});
  });

  it('stops on a group that fiches do not know, naming it', async () => {
    const { file, done } = write('nurses: [IDE]\n');
    await expect(loadRoleGroups(file)).rejects.toMatchObject({ code: 'config_invalid', message: expect.stringContaining('nurses') });
    done();
  });
});
