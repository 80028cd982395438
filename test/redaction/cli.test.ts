import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { grouped, withKey, withWrongKey } from './nir-fixtures.js';

async function triage(args: string[], stdin = '', env: NodeJS.ProcessEnv = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const code = await runCli({ args, stdin: Readable.from([stdin]), stdout, stderr, env });
  return { code, out, err };
}

const nir = withKey('2840375112004');
const wrong = withWrongKey('2840375112004');

describe('triage redact', () => {
  it('prints the text with patient data masked', async () => {
    const { code, out } = await triage(['redact', `la patiente ${grouped(nir)} rappelle au 06 71 22 33 44`]);
    expect(code).toBe(0);
    expect(out).toBe('la patiente [NIR masqué] rappelle au [téléphone masqué]\n');
  });

  it('masks stdin when no text is given', async () => {
    const { code, out } = await triage(['redact'], `IPP 80123456\nPC-CARD-0342\n`);
    expect(code).toBe(0);
    expect(out).toBe('IPP [IPP masqué]\nPC-CARD-0342\n');
  });

  it('filters JSON lines in order, one line out per line in, with the external policy', async () => {
    const input = [
      { id: 'a', text: `NIR ${nir}` },
      { id: 2, text: `NIR ${wrong} (clé fausse)` },
      { id: 'c', text: 'INC-2026-000123 sur 192.168.10.24 le 12/03/2026 à 14h30' },
      { id: 'd', text: 'mail: jean.dupont@chu-exemple.fr, dossier 8012345678' },
    ]
      .map((line) => JSON.stringify(line))
      .join('\n');
    const { code, out } = await triage(['redact', '--jsonl'], `${input}\n\n`);
    expect(code).toBe(0);
    expect(out.trimEnd().split('\n').map((line) => JSON.parse(line))).toEqual([
      { id: 'a', text: 'NIR [NIR masqué]' },
      { id: 2, text: `NIR ${wrong} (clé fausse)` },
      { id: 'c', text: 'INC-2026-000123 sur 192.168.10.24 le 12/03/2026 à 14h30' },
      { id: 'd', text: 'mail: [e-mail masqué], dossier [IPP masqué]' },
    ]);
  });

  it('answers a bad line with an error line in its place and exits 1', async () => {
    const { code, out } = await triage(['redact', '--jsonl'], `{"id":1,"text":"06 71 22 33 44"}\n{"id":2}\nnot json\n`);
    expect(code).toBe(1);
    const lines = out.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toEqual({ id: 1, text: '[téléphone masqué]' });
    expect(lines[1]).toMatchObject({ id: 2, error: expect.stringContaining('"text": string') });
    expect(lines[2]).toMatchObject({ id: null, error: 'invalid JSON line' });
  });

  it('uses another policy file with --policy, and the one named by REDACTION_CONFIG otherwise', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'redact-cli-'));
    const file = path.join(dir, 'policy.yaml');
    await writeFile(
      file,
      `version: 1
audiences: { external: [nir], logs: [nir], internal_audit: [nir] }
placeholders: { nir: "***", ipp: "***", nda: "***", phone: "***", email: "***" }
nir: { keyless: { enabled: false, context: [NIR], window: 1 }, ignore_after: { words: [IMEI], window: 1 } }
identifiers: []
`,
    );
    const text = `NIR ${nir} au 06 71 22 33 44`;
    expect((await triage(['redact', '--policy', file, text])).out).toBe('NIR *** au 06 71 22 33 44\n');
    expect((await triage(['redact', text], '', { REDACTION_CONFIG: file })).out).toBe('NIR *** au 06 71 22 33 44\n');
  });

  it('applies the audience asked for', async () => {
    const { out } = await triage(['redact', '--audience', 'internal_audit', `NIR ${nir} au 06 71 22 33 44`]);
    expect(out).toBe('NIR [NIR masqué] au 06 71 22 33 44\n');
  });

  it.each([
    [['redact', '--audience', 'vendors', 'x'], /unknown audience "vendors"/],
    [['redact', '--jsonl', 'some text'], /--jsonl reads stdin/],
    [['redact', '--colour'], /Unknown option '--colour'/],
  ])('refuses %j as a usage error', async (args, message) => {
    const { code, err } = await triage(args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it('fails with the problems of an invalid or missing policy file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'redact-cli-'));
    const file = path.join(dir, 'bad.yaml');
    await writeFile(file, 'version: 1\n');
    const invalid = await triage(['redact', '--policy', file, 'x']);
    expect(invalid.code).toBe(1);
    expect(invalid.err).toContain('audiences');
    const missing = await triage(['redact', '--policy', path.join(dir, 'absent.yaml'), 'x']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('absent.yaml');
  });
});
