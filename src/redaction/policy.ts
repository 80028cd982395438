import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { CodedError } from '../errors.js';
import { compileContext, type ContextRule } from './context.js';
import type { IdentifierFormat } from './identifiers.js';
import type { Audience, RedactionKind } from './kinds.js';
import { DEFAULT_POLICY_FILE, policyFileSchema } from './policy-schema.js';

/** A checked, compiled redaction policy: what each audience must not see, and how to recognise it. */
export interface RedactionPolicy {
  audiences: Readonly<Record<Audience, readonly RedactionKind[]>>;
  placeholders: Readonly<Record<RedactionKind, string>>;
  nir: { keyless: ContextRule | null; ignoreAfter: ContextRule };
  identifiers: readonly IdentifierFormat[];
}

export type PolicyResult = { ok: true; policy: RedactionPolicy } | { ok: false; problems: string[] };

/**
 * Checks a parsed policy document (e.g. from YAML) and compiles it. Problems are returned as
 * values, each naming the field: `identifiers.0.pattern: matches the empty string`.
 */
export function parseRedactionPolicy(data: unknown): PolicyResult {
  const parsed = policyFileSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(policy)'}: ${issue.message}`),
    };
  }
  const file = parsed.data;
  return {
    ok: true,
    policy: {
      audiences: file.audiences,
      placeholders: file.placeholders,
      nir: {
        keyless: file.nir.keyless.enabled ? compileContext(file.nir.keyless.context, file.nir.keyless.window) : null,
        ignoreAfter: compileContext(file.nir.ignore_after.words, file.nir.ignore_after.window),
      },
      identifiers: file.identifiers.map((format) => ({
        kind: format.kind,
        pattern: new RegExp(format.pattern, 'giud'),
        context: format.context ? compileContext(format.context, format.window) : null,
      })),
    },
  };
}

function compileDefault(): RedactionPolicy {
  const result = parseRedactionPolicy(DEFAULT_POLICY_FILE);
  if (!result.ok) throw new Error(`built-in redaction policy is invalid: ${result.problems.join('; ')}`);
  return result.policy;
}

/** The built-in policy: everything masked for `external` and `logs`, only the NIR for `internal_audit`. */
export const defaultRedactionPolicy: RedactionPolicy = compileDefault();

export interface LoadPolicyOptions {
  /** When the file does not exist: use the built-in policy (default) or fail. */
  ifMissing?: 'default' | 'fail';
}

/**
 * Reads a YAML policy file. A missing file gives the built-in default (unless `ifMissing: 'fail'`);
 * an unreadable or invalid one fails with `config_invalid` and a message listing each problem with
 * its field.
 *
 * @example
 * const policy = await loadRedactionPolicy(loadConfig().redactionConfigPath);
 */
export async function loadRedactionPolicy(path: string, options: LoadPolicyOptions = {}): Promise<RedactionPolicy> {
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    if (missing && options.ifMissing !== 'fail') return defaultRedactionPolicy;
    throw new CodedError('config_invalid', `Cannot read redaction policy ${path}: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (error) {
    throw new CodedError('config_invalid', `Redaction policy ${path} is not valid YAML: ${(error as Error).message}`);
  }
  const result = parseRedactionPolicy(data);
  if (!result.ok) {
    throw new CodedError(
      'config_invalid',
      `Invalid redaction policy ${path}:\n  ${result.problems.join('\n  ')}`,
      { problems: result.problems },
    );
  }
  return result.policy;
}
