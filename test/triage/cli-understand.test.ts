import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';

async function run(args: string[], input = ''): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  const code = await runCli({ args, stdin: Readable.from([input]), stdout, stderr, env: {} });
  return { code, out, err };
}

describe('triage understand', () => {
  it('answers one JSON line per input line, in order, with the documented keys', async () => {
    const input = [
      { id: 'a', text: "l'imprimante à bracelets des urgences n'imprime plus rien" },
      { id: 'b', text: 'comment ajouter une imprimante ?' },
      { id: 3, text: 'où en est REQ-2026-000045 ?' },
    ]
      .map((line) => JSON.stringify(line))
      .join('\n');
    const { code, out } = await run(['understand', '--jsonl'], input + '\n');
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 3]);
    expect(lines[0]).toMatchObject({
      intent: 'incident_report',
      category: 'printer',
      scope: 'team',
      urgency: 'high',
      patient_care_impact: true,
      impact: 'high',
      priority: 'P1',
      asset_hint: { kind: 'label_printer' },
      location_hint: { unit: 'emergency' },
    });
    expect(lines[1]).toMatchObject({ intent: 'question', category: null, priority: null, asset_hint: null });
    expect(lines[2]).toMatchObject({ intent: 'ticket_status', ticket_ref: 'REQ-2026-000045' });
  });

  it('keeps output aligned and exits 1 when a line is invalid', async () => {
    const { code, out } = await run(['understand', '--jsonl'], '{"id":"x"}\n{"id":"y","text":"merci"}\n');
    expect(code).toBe(1);
    const lines = out.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines[0].id).toBe('x');
    expect(lines[0].error).toMatch(/text/);
    expect(lines[1]).toMatchObject({ id: 'y', intent: 'thanks' });
  });

  it('prints a readable analysis of one message, with what intake must still confirm', async () => {
    const { code, out } = await run(['understand', 'le pc card 0342 ne démarre plus']);
    expect(code).toBe(0);
    expect(out).toMatch(/intent\s+incident_report/);
    expect(out).toMatch(/asset\s+tag=PC-CARD-0342 kind=workstation/);
    expect(out).toMatch(/to confirm\s+scope, urgency, patient_care_impact/);
  });

  it('is a usage error without a message, or with --llm and no model configured', async () => {
    expect((await run(['understand'], '')).code).toBe(2);
    expect((await run(['understand', '--llm', 'écran noir'])).code).toBe(2);
  });
});
