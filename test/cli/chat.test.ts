import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('npm run chat', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'triage-chat-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('talks with a directory user in the terminal and prints what would go to the agents\' channel', async () => {
    const child = run(process.execPath, ['--import', 'tsx', 'src/cli/chat.ts', '--as', 'alice.martin@chv.fr'], {
      env: { ...process.env, DATABASE_URL: `sqlite:${path.join(dir, 't.db')}`, LOG_LEVEL: 'silent' },
      timeout: 60_000,
    });
    child.child.stdin!.end('the whole ICU lost network, the central monitoring station shows no patients\nyes\nquit\n');
    const { stdout } = await child;
    expect(stdout).toContain('Connected as Alice Martin');
    expect(stdout).toMatch(/Ticket INC-\d{4}-\d{6} created/);
    expect(stdout).toMatch(/\[Teams · 19:[^\]]+\] ┌──/);
    expect(stdout).toContain('Demande de prise en charge');
    expect(stdout).not.toMatch(/could not alert|n'ai pas pu prévenir/);
  });
});
