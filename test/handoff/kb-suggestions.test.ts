import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolutionSteps } from '../../src/cli/commands/kb-suggestions.js';
import { createStore, migrateToLatest, type Store } from '../../src/db/index.js';
import { TicketRepository } from '../../src/tickets/index.js';
import { runTriage } from '../support/run-cli.js';
import { seedMinimalDirectory, ticketBody } from '../support/minimal-directory.js';

describe('triage kb-suggestions drafts fiches from how agents resolved tickets', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'triage-kb-suggestions-'));
  const url = `sqlite:${path.join(dir, 'triage.db')}`;
  let store: Store;
  const agent = { by: 'stephanie.david@chv.fr', kind: 'agent' as const };
  beforeAll(async () => {
    store = createStore(url);
    await migrateToLatest(store);
    await seedMinimalDirectory(store);
    const tickets = new TicketRepository(store);
    const printer = (await tickets.create(ticketBody({ title: "L'imprimante du poste de soins imprime des pages blanches", category: 'printer' }))).ticket;
    await tickets.move(printer.number, 'resolved', agent, 'vidé la file d\'impression ; puis réinstallé le pilote. Imprimé une page de test');
    await tickets.move(printer.number, 'closed', { by: 'alice.martin@chv.fr', kind: 'user' });
    const open = (await tickets.create(ticketBody({ title: 'Outlook se ferme', category: 'software' }))).ticket;
    await tickets.move(open.number, 'in_progress', agent);
    const reopened = (await tickets.create(ticketBody({ title: 'Le patient IPP 80123456 absent du DPI', category: 'software' }))).ticket;
    await tickets.move(reopened.number, 'resolved', agent, 'mauvais service');
    await tickets.move(reopened.number, 'in_progress', { by: 'alice.martin@chv.fr', kind: 'user' });
    await tickets.move(reopened.number, 'resolved', agent, '1. Mouvement du patient corrigé dans GAM\n2. Cache Cristal-Net vidé');
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists one draft per resolved or closed ticket, with the latest resolution as steps and patient data masked', async () => {
    const run = await runTriage(['kb-suggestions', '--json'], { env: { DATABASE_URL: url } });
    expect(run.code, run.stderr).toBe(0);
    const drafts = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(drafts.map((d) => d.category)).toEqual(['software', 'printer']);
    expect(drafts[0]).toMatchObject({
      title: 'Le patient IPP [IPP masqué] absent du DPI',
      steps: ['Mouvement du patient corrigé dans GAM', 'Cache Cristal-Net vidé'],
      resolvedBy: 'stephanie.david@chv.fr',
    });
    expect(drafts[1]!.steps).toEqual(["Vidé la file d'impression", 'Réinstallé le pilote', 'Imprimé une page de test']);
    expect(run.stderr).toContain('2 draft fiche(s)');
  });

  it('prints drafts in the fiche format by default, and refuses a bad option', async () => {
    const run = await runTriage(['kb-suggestions', '--limit', '1'], { env: { DATABASE_URL: url } });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^---\nid: draft-inc-\d{4}-\d{6}\nlang: fr\ntitle: "Le patient IPP \[IPP masqué\] absent du DPI"\ncategory: software\n/);
    expect(run.stdout).toContain('status: draft');
    expect(run.stdout).toContain('## Que faire\n1. Mouvement du patient corrigé dans GAM\n2. Cache Cristal-Net vidé');
    expect((await runTriage(['kb-suggestions', '--since', 'hier'], { env: { DATABASE_URL: url } })).code).toBe(2);
  });

  it('cuts a one-line resolution into steps', () => {
    expect(resolutionSteps('redémarré le spooler, puis réinstallé le pilote')).toEqual(['Redémarré le spooler', 'Réinstallé le pilote']);
    expect(resolutionSteps('port réseau réactivé')).toEqual(['Port réseau réactivé']);
  });
});
