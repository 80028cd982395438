import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runTriage } from '../support/run-cli.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'triage-fresh-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('creates a ticket straight after installation, on a database that does not exist yet', async () => {
  const env = { DATABASE_URL: `sqlite:${path.join(dir, 'new', 'triage.db')}` };
  const body = {
    requester: 'alice.martin@chv.fr',
    category: 'printer',
    scope: 'team',
    urgency: 'high',
    patient_care_impact: false,
    title: 'Imprimante du poste de soins hors ligne',
    asset: 'pc card 0342',
  };
  const run = await runTriage(['tickets', 'create', '--json', '-'], { stdin: JSON.stringify(body), env });
  expect(run.stderr).toContain('sample hospital directory loaded');
  expect(run.code).toBe(0);
  expect(run.stdout.trim()).toMatch(/^INC-\d{4}-000001$/);
  const again = await runTriage(['tickets', 'list', '--json'], { env });
  expect(again.stderr).toBe('');
  expect(JSON.parse(again.stdout)).toHaveLength(1);
});
