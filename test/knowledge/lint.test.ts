import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTriage } from '../support/run-cli.js';
import { ficheText, knowledgeDir, pair } from './fiche-fixtures.js';

/** Runs `triage kb lint --dir` on a folder; returns exit code and the problem lines. */
async function lint(dir: string) {
  const run = await runTriage(['kb', 'lint', '--dir', dir]);
  return { code: run.code, lines: run.stdout.trim().split('\n').filter(Boolean), stderr: run.stderr };
}

describe('triage kb lint', () => {
  it('finds the shipped knowledge base clean: 48 slugs in French and English', async () => {
    const run = await runTriage(['kb', 'lint'], { env: { KNOWLEDGE_DIR: './knowledge' } });
    expect(run.stdout).toBe('');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/96 valid fiches, 0 problem/);
  });

  it('accepts a well-formed pair with a link that resolves', async () => {
    const dir = await knowledgeDir({
      ...pair('printer-offline'),
      ...pair('printer-add', { extraBody: 'Voir [Imprimante hors ligne](printer-offline.md).' }),
    });
    expect(await lint(dir)).toMatchObject({ code: 0, lines: [] });
  });

  const cases: { name: string; files: Record<string, string>; file: string; line: number; message: RegExp }[] = [
    {
      name: 'a section is missing',
      files: { ...pair('a'), 'fr/a.md': ficheText({ id: 'a', lang: 'fr' }).replace('## À ne pas faire\n- Do not panic.\n', '') },
      file: 'fr/a.md',
      line: 11,
      message: /missing section "## À ne pas faire"/,
    },
    {
      name: 'a section is empty',
      files: { ...pair('a'), 'en/a.md': ficheText({ id: 'a', lang: 'en' }).replace('- 5000.', '') },
      file: 'en/a.md',
      line: 22,
      message: /section "When to call" is empty/,
    },
    {
      name: 'the front matter is not valid YAML',
      files: { ...pair('a'), 'fr/a.md': ficheText({ id: 'a', lang: 'fr' }).replace('keywords: [pc]', 'keywords: [pc]\nkeywords: [imprimante]') },
      file: 'fr/a.md',
      line: 7,
      message: /invalid YAML/,
    },
    {
      name: 'the category is not one of DESIGN.md',
      files: pair('a', { category: 'printers' }),
      file: 'fr/a.md',
      line: 5,
      message: /category: Invalid option/,
    },
    {
      name: 'the escalation team is unknown',
      files: pair('a', {}, { escalateTo: 'level-3' }),
      file: 'en/a.md',
      line: 8,
      message: /escalate_to/,
    },
    {
      name: 'the id is not the file name',
      files: { ...pair('a'), 'fr/a.md': ficheText({ id: 'b', lang: 'fr' }) },
      file: 'fr/a.md',
      line: 2,
      message: /id "b" differs from the file name "a.md"/,
    },
    {
      name: 'the lang is not the folder',
      files: { ...pair('a'), 'en/a.md': ficheText({ id: 'a', lang: 'fr' }) },
      file: 'en/a.md',
      line: 3,
      message: /lang "fr" differs from the folder "en\/"/,
    },
    {
      name: 'the English version is missing',
      files: { 'fr/a.md': ficheText({ id: 'a', lang: 'fr' }) },
      file: 'fr/a.md',
      line: 2,
      message: /no en version: en\/a.md is missing/,
    },
    {
      name: 'an internal link points to no fiche',
      files: pair('a', { extraBody: 'Voir [la fiche](printer-jam.md).' }),
      file: 'fr/a.md',
      line: 25,
      message: /link to "printer-jam.md" does not resolve/,
    },
    {
      name: '"Que faire" has no numbered step',
      files: { ...pair('a'), 'fr/a.md': ficheText({ id: 'a', lang: 'fr' }).replace('1. Redémarrez le poste.\n2. Appelez le 5000.', '- Redémarrez.') },
      file: 'fr/a.md',
      line: 15,
      message: /no numbered step/,
    },
    {
      name: 'the file has no front matter',
      files: { ...pair('a'), 'fr/a.md': '# Imprimante\n\nRedémarrez.\n' },
      file: 'fr/a.md',
      line: 1,
      message: /missing front matter/,
    },
  ];

  for (const c of cases) {
    it(`reports, with file and line, when ${c.name}`, async () => {
      const dir = await knowledgeDir(c.files);
      const { code, lines } = await lint(dir);
      expect(code).toBe(1);
      const location = `${path.join(dir, c.file)}:${c.line}: `;
      const line = lines.find((l) => l.startsWith(location));
      expect(line, `expected a line starting with ${location} in:\n${lines.join('\n')}`).toBeDefined();
      expect(line).toMatch(c.message);
    });
  }

  it('reports a duplicate id between two files of one language', async () => {
    const dir = await knowledgeDir({ ...pair('a'), ...pair('b'), 'fr/c.md': ficheText({ id: 'a', lang: 'fr' }) });
    const { code, lines } = await lint(dir);
    expect(code).toBe(1);
    expect(lines.some((l) => l.includes('c.md:2: id "a" differs from the file name'))).toBe(true);
  });

  it('exits 2 with the usage on an unknown option', async () => {
    const run = await runTriage(['kb', 'lint', '--folder', 'x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/usage: triage kb lint/);
  });
});
