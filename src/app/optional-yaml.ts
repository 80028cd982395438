import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import type { z } from 'zod';
import { CodedError } from '../errors.js';

/** A YAML config file checked by its schema: a missing file gives `missing`; a malformed one stops the start with the reason. */
export async function loadOptionalYaml<T>(file: string, schema: z.ZodType<T>, missing: T): Promise<T> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return missing;
    throw error;
  }
  const parsed = schema.safeParse(parse(text) ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CodedError('config_invalid', `${file}: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
  }
  return parsed.data;
}
