import type { Readable, Writable } from 'node:stream';
import { lines } from './command.js';

/**
 * Runs a JSON-lines filter: one output line per non-empty input line, in order. A line that is not
 * valid JSON or that `handle` rejects produces {"id", "error"} so the output stays aligned.
 */
export async function runJsonl(
  stdin: Readable,
  stdout: Writable,
  handle: (input: unknown) => Promise<Record<string, unknown>> | Record<string, unknown>,
): Promise<number> {
  let failures = 0;
  for await (const line of lines(stdin)) {
    if (line.trim() === '') continue;
    let input: unknown;
    try {
      input = JSON.parse(line);
    } catch {
      failures++;
      stdout.write(JSON.stringify({ id: null, error: 'invalid JSON line' }) + '\n');
      continue;
    }
    try {
      stdout.write(JSON.stringify(await handle(input)) + '\n');
    } catch (error) {
      failures++;
      const id = typeof input === 'object' && input !== null && 'id' in input ? (input as { id: unknown }).id : null;
      stdout.write(JSON.stringify({ id, error: (error as Error).message }) + '\n');
    }
  }
  return failures === 0 ? 0 : 1;
}
