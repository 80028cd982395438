import type { Readable, Writable } from 'node:stream';
import { CodedError } from '../errors.js';

/** What a CLI command receives: its arguments and streams, so tests run commands in-process. */
export interface CliContext {
  /** Arguments after the command name, e.g. for `triage kb query --jsonl`: ['query', '--jsonl']. */
  args: string[];
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
}

/** A top-level command of `triage` (`db`, `tickets`, `kb`, `sla`, ...). Returns the exit code. */
export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  run(ctx: CliContext): Promise<number>;
}

/** Exit codes: 0 success, 1 domain or validation error, 2 usage error. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** A usage error: the command line itself is wrong (exit 2). */
export function usageError(message: string): CodedError {
  return new CodedError('usage', message);
}

/** Reads all of stdin (or a file when `source` is a path) as UTF-8 text. */
export async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Iterates the lines of a stream (without the trailing newline), skipping nothing. */
export async function* lines(stream: Readable): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of stream) {
    rest += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    let index: number;
    while ((index = rest.indexOf('\n')) >= 0) {
      yield rest.slice(0, index).replace(/\r$/, '');
      rest = rest.slice(index + 1);
    }
  }
  if (rest.length > 0) yield rest.replace(/\r$/, '');
}
