import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../../src/cli/run.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `triage <args>` in-process with the given stdin text and environment. */
export async function runTriage(args: string[], options: { stdin?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await runCli({
    args,
    stdin: Readable.from(options.stdin !== undefined ? [options.stdin] : []),
    stdout,
    stderr,
    env: { ...process.env, LOG_LEVEL: 'silent', ...options.env },
  });
  return { code, stdout: out, stderr: err };
}
