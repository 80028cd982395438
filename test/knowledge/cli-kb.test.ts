import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStore, migrateToLatest } from '../../src/db/index.js';
import { KyselyAnswerLog } from '../../src/knowledge/index.js';
import { runTriage } from '../support/run-cli.js';
import { knowledgeDir, pair } from './fiche-fixtures.js';

const env = { KNOWLEDGE_DIR: './knowledge' };

describe('triage kb query --jsonl', () => {
  it('writes exactly one line per question, in order, with the top 5 fiches', async () => {
    const stdin = [
      { id: 'q1', q: 'mdp expiré' },
      { id: 'q2', q: 'bonjour !' },
      { id: 3, q: 'the wristband printer does not print', lang: 'en' },
    ]
      .map((line) => JSON.stringify(line))
      .join('\n');
    const run = await runTriage(['kb', 'query', '--jsonl'], { stdin: `${stdin}\n`, env });
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.id)).toEqual(['q1', 'q2', 3]);
    expect(Object.keys(lines[0])).toEqual(['id', 'answerable', 'results']);
    expect(lines[0].answerable).toBe(true);
    expect(lines[0].results[0]).toMatchObject({ slug: 'password-reset', lang: 'fr' });
    expect(lines[0].results).toHaveLength(5);
    expect(Object.keys(lines[0].results[0])).toEqual(['slug', 'lang', 'score']);
    expect(lines[1].answerable).toBe(false);
    expect(lines[2].answerable).toBe(true);
    expect(lines[2].results[0]).toMatchObject({ slug: 'label-printer-wristband', lang: 'en' });
  });

  it('keeps the output aligned when a line is broken, and exits 1', async () => {
    const run = await runTriage(['kb', 'query', '--jsonl'], { stdin: '{"id":"a","q":"wifi"}\nnot json\n{"id":"c"}\n{"id":"d","q":"écran noir"}\n', env });
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(4);
    expect(lines[1]).toEqual({ id: null, error: 'invalid JSON line' });
    expect(lines[2]).toMatchObject({ id: 'c', error: expect.stringMatching(/q: /) });
    expect(lines[3]).toMatchObject({ id: 'd', answerable: true });
  });

  it('reports malformed fiches on stderr and answers from the others', async () => {
    const dir = await knowledgeDir({ ...pair('wifi-connect', { title: 'Wi-Fi ne se connecte pas', keywords: ['wifi'] }), 'fr/broken.md': 'no front matter\n' });
    const run = await runTriage(['kb', 'query', '--jsonl', '--dir', dir], { stdin: '{"id":1,"q":"wifi"}\n' });
    expect(run.stderr).toContain(`warning: ${path.join(dir, 'fr/broken.md')}:1: missing front matter`);
    expect(JSON.parse(run.stdout).results[0]).toMatchObject({ slug: 'wifi-connect' });
  });
});

describe('triage kb query "question"', () => {
  it('prints the steps of the best fiche and asks whether it solved the problem', async () => {
    const run = await runTriage(['kb', 'query', 'cristalnet', 'rame'], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\[dpi-slow, fr, score [\d.]+\]/);
    expect(run.stdout).toMatch(/^1\. /m);
    expect(run.stdout).toContain('Cela a-t-il résolu le problème ?');
  });

  it('says so when no fiche answers', async () => {
    const run = await runTriage(['kb', 'query', "what's for lunch at the cafeteria?"], { env });
    expect(run.stdout).toMatch(/^No guide answers this question/);
  });

  it('exits 2 without a question or with a bad language', async () => {
    expect((await runTriage(['kb', 'query'], { env })).code).toBe(2);
    expect((await runTriage(['kb', 'query', 'wifi', '--lang', 'de'], { env })).code).toBe(2);
    expect((await runTriage(['kb', 'frobnicate'], { env })).code).toBe(2);
  });
});

describe('triage kb stats', () => {
  it('prints deflection per fiche from the database', async () => {
    const url = `sqlite:${path.join(await mkdtemp(path.join(tmpdir(), 'triage-kb-stats-')), 'triage.db')}`;
    const store = createStore(url);
    await migrateToLatest(store);
    const log = new KyselyAnswerLog(store);
    await log.recordFeedback(await log.recordAnswer({ slug: 'wifi-connect', lang: 'fr' }), true);
    await log.recordFeedback(await log.recordAnswer({ slug: 'wifi-connect', lang: 'en' }), false);
    await log.recordAnswer({ slug: 'dpi-slow', lang: 'fr' });
    await store.close();

    const run = await runTriage(['kb', 'stats'], { env: { DATABASE_URL: url } });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[1]).toMatch(/^wifi-connect\s+2\s+1\s+1\s+50%$/);
    expect(run.stdout.split('\n')[2]).toMatch(/^dpi-slow\s+1\s+0\s+0\s+-$/);
  });
});


describe('triage kb eval', () => {
  it('scores a question set per language and lists the misses', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'triage-kb-eval-'));
    const file = path.join(dir, 'set.jsonl');
    const lines = [
      { id: 1, q: 'mdp expiré', lang: 'fr', expected: 'password-reset' },
      { id: 2, q: 'my screen stays black', lang: 'en', expected: 'screen-display' },
      { id: 3, q: 'menu de la cantine', lang: 'fr', expected: null },
      { id: 4, q: 'mdp expiré', lang: 'fr', expected: 'wifi-connect' },
    ];
    await (await import('node:fs/promises')).writeFile(file, lines.map((l) => JSON.stringify(l)).join('\n'));
    const run = await runTriage(['kb', 'eval', file, '--misses'], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^fr\s+2 questions\s+hit@1 50\.0%/m);
    expect(run.stdout).toMatch(/^en\s+1 questions\s+hit@1 100\.0%/m);
    expect(run.stdout).toContain('must-not-answer: 1 questions, refused 100.0%');
    expect(run.stdout).toContain('miss 4 "mdp expiré" expected wifi-connect, got password-reset');
  });
});
