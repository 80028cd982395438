import { parseArgs } from 'node:util';
import { usageError } from './command.js';

type OptionSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

/**
 * Strict option parsing with a usage error (exit 2) naming the bad option instead of a stack trace.
 */
export function parseOptions<T extends OptionSpec>(args: string[], options: T, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(`${(error as Error).message}\nusage: ${usage}`);
  }
}
