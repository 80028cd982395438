import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ActivityInbox } from '../../src/channels/inbox/index.js';
import { createStore, migrateToLatest } from '../../src/db/index.js';
import { runTriage } from '../support/run-cli.js';

describe('triage inbox', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'triage-inbox-cli-'));
  const env = { DATABASE_URL: `sqlite:${path.join(dir, 'triage.db')}`, SEED_SAMPLE_DIRECTORY: 'false' };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('counts, lists the failed ones without their text, and queues the chosen ones again', async () => {
    const store = createStore(env.DATABASE_URL);
    await migrateToLatest(store);
    const inbox = new ActivityInbox(store);
    for (const id of ['m1', 'm2', 'm3']) {
      await inbox.enqueue({ channelId: 'msteams', conversationId: `a:${id}`, activityId: id, activity: { text: 'NIR 1 85 05 78 006 084 36' }, delivery: {} });
    }
    for (let i = 0; i < 2; i++) await inbox.fail((await inbox.claimNext())!, 'TransientTurnFailure: connector answered 503');
    await store.close();

    expect((await runTriage(['inbox'], { env })).stdout).toBe('queued 1, running 0, failed 2\n');
    const failed = await runTriage(['inbox', 'failed'], { env });
    expect(failed.stdout.trim().split('\n')).toHaveLength(2);
    expect(failed.stdout).toMatch(/^#1 \S+ msteams a:m1 m1 \(1 attempts\): TransientTurnFailure: connector answered 503$/m);
    expect(failed.stdout).not.toContain('NIR');
    const json = JSON.parse((await runTriage(['inbox', 'failed', '--json'], { env })).stdout) as Array<{ id: number }>;
    expect(json.map((entry) => entry.id)).toEqual([1, 2]);

    expect((await runTriage(['inbox', 'retry', '#2'], { env })).stdout).toBe('1 failed activity queued again\n');
    expect((await runTriage(['inbox', 'status'], { env })).stdout).toBe('queued 2, running 0, failed 1\n');
  });

  it('answers a usage error with exit code 2', async () => {
    expect((await runTriage(['inbox', 'purge'], { env })).code).toBe(2);
    expect((await runTriage(['inbox', 'retry', 'abc'], { env })).code).toBe(2);
    expect((await runTriage(['inbox', 'status', 'extra'], { env })).code).toBe(2);
  });
});
