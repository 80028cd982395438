import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadApplicationNames } from '../../src/app/application-names.js';

describe('config/applications.yaml', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'triage-apps-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads the shipped names, and none from a missing file', async () => {
    const names = await loadApplicationNames('config/applications.yaml');
    expect(names.dpi).toContain('cristal net');
    expect(await loadApplicationNames(path.join(dir, 'absent.yaml'))).toEqual({});
  });

  it('refuses a malformed file with the file and the key at fault', async () => {
    const file = path.join(dir, 'bad.yaml');
    writeFileSync(file, 'DPI: [cristal net]\n');
    await expect(loadApplicationNames(file)).rejects.toThrow(/bad\.yaml: DPI: application codes are lower-case/);
    writeFileSync(file, 'pacs: []\n');
    await expect(loadApplicationNames(file)).rejects.toThrow(/bad\.yaml: pacs: /);
  });
});
