import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isCodedError } from '../../src/errors.js';
import {
  DEFAULT_POLICY_FILE,
  defaultRedactionPolicy,
  loadRedactionPolicy,
  parseRedactionPolicy,
  redactForAudience,
  type PolicyFile,
} from '../../src/redaction/index.js';
import { withKey } from './nir-fixtures.js';

const configPath = path.resolve('config/redaction.yaml');
const nir = withKey('2840375112004');
const message = `patiente ${nir}, IPP 80123456, NDA 2026004512, rappeler au 06 71 22 33 44 ou a.b@chu-exemple.fr`;

async function writePolicy(content: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'redaction-'));
  const file = path.join(dir, 'redaction.yaml');
  await writeFile(file, content);
  return file;
}

function problemsOf(change: (file: PolicyFile) => unknown): string[] {
  const file = structuredClone(DEFAULT_POLICY_FILE) as PolicyFile;
  const result = parseRedactionPolicy(change(file) ?? file);
  return result.ok ? [] : result.problems;
}

describe('redaction policy', () => {
  it('ships a config file that says the same as the built-in policy', () => {
    expect(parseYaml(readFileSync(configPath, 'utf8'))).toEqual(DEFAULT_POLICY_FILE);
  });

  it('masks everything for outside providers and for logs', async () => {
    const policy = await loadRedactionPolicy(configPath);
    const expected =
      'patiente [NIR masqué], IPP [IPP masqué], NDA [NDA masqué], rappeler au [téléphone masqué] ou [e-mail masqué]';
    expect(redactForAudience(message, 'external', policy).text).toBe(expected);
    expect(redactForAudience(message, 'logs', policy).text).toBe(expected);
  });

  it('keeps everything but the NIR for the internal audit', () => {
    expect(redactForAudience(message, 'internal_audit', defaultRedactionPolicy).text).toBe(
      message.replace(nir, '[NIR masqué]'),
    );
  });

  it('uses the built-in policy when the file is absent', async () => {
    expect(await loadRedactionPolicy('/nonexistent/redaction.yaml')).toBe(defaultRedactionPolicy);
  });

  it('fails on an absent file when the caller named it explicitly', async () => {
    await expect(loadRedactionPolicy('/nonexistent/redaction.yaml', { ifMissing: 'fail' })).rejects.toSatisfy(
      (error) => isCodedError(error, 'config_invalid'),
    );
  });

  it('follows the file: English placeholders, phones kept for the audit, another IPP format', async () => {
    const file = await writePolicy(`
version: 1
audiences: { external: [nir, ipp, phone, email], logs: [nir], internal_audit: [] }
placeholders: { nir: "[SSN]", ipp: "[PATIENT-ID]", nda: "[STAY]", phone: "[PHONE]", email: "[EMAIL]" }
nir:
  keyless: { enabled: false, context: [NIR], window: 1 }
  ignore_after: { words: [IMEI], window: 1 }
identifiers:
  - kind: ipp
    pattern: 'PAT-(?<id>\\d{6})'
`);
    const policy = await loadRedactionPolicy(file);
    expect(redactForAudience(`PAT-123456 ${nir} 06 71 22 33 44`, 'external', policy).text).toBe(
      'PAT-[PATIENT-ID] [SSN] [PHONE]',
    );
    expect(redactForAudience(`PAT-123456 ${nir} 06 71 22 33 44`, 'logs', policy).text).toBe(
      'PAT-123456 [SSN] 06 71 22 33 44',
    );
    expect(redactForAudience('NIR 2840375112004', 'external', policy).text).toBe('NIR 2840375112004');
  });

  it.each<[string, (file: PolicyFile) => unknown, string]>([
    ['an external audience that lets the NIR through', (f) => void (f.audiences.external = ['phone']), 'audiences: external and logs must mask nir'],
    ['an unknown kind', (f) => void ((f.audiences.logs as string[]).push('ssn')), 'audiences.logs.7: Invalid option'],
    ['a kind listed twice', (f) => void f.audiences.logs.push('nir'), 'audiences.logs: lists a kind twice'],
    ['a pattern that does not compile', (f) => void (f.identifiers[0]!.pattern = '\\d{6'), 'identifiers.0.pattern: not a valid regular expression'],
    ['a pattern that matches nothing at all', (f) => void (f.identifiers[0]!.pattern = '\\d*'), 'identifiers.0.pattern: matches the empty string'],
    ['a pattern that can hang', (f) => void (f.identifiers[1]!.pattern = '(\\d+)+X'), 'identifiers.1.pattern: nests repeated groups'],
    ['a placeholder with digits', (f) => void (f.placeholders.phone = '06 XX'), 'placeholders.phone: must contain no digit'],
    ['a misspelt field', (f) => ({ ...f, audience: {} }), 'Unrecognized key: "audience"'],
    ['a window too wide', (f) => void (f.nir.keyless.window = 50), 'nir.keyless.window: Too big'],
  ])('refuses %s with a message naming the field', (_case, change, problem) => {
    expect(problemsOf(change).join('\n')).toContain(problem);
  });

  it('reports every problem of a file at once, with the file name', async () => {
    const file = await writePolicy('version: 2\naudiences: {}\n');
    const error = await loadRedactionPolicy(file).catch((e: unknown) => e);
    expect(isCodedError(error, 'config_invalid')).toBe(true);
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toMatch(/version:.*\n.*audiences\.external/s);
  });

  it('refuses a file that is not YAML', async () => {
    const file = await writePolicy('audiences: [unclosed');
    await expect(loadRedactionPolicy(file)).rejects.toThrow(/not valid YAML/);
  });
});
