import type { LoggerOptions } from 'pino';
import type { Audience } from './kinds.js';
import { applySpans, detectSpans } from './mask.js';
import type { RedactionPolicy } from './policy.js';

export interface LogRedactionOptions {
  /** Whose rules apply; `logs` unless said otherwise. */
  audience?: Audience;
  /** Nesting levels walked; anything deeper is replaced, never written unmasked. Default 6. */
  maxDepth?: number;
  /** Keys of an object or items of an array kept; the rest is dropped with a marker. Default 100. */
  maxEntries?: number;
}

const TOO_DEEP = '[masqué : trop profond]';
const CIRCULAR = '[circulaire]';

interface Walk {
  policy: RedactionPolicy;
  kinds: RedactionPolicy['audiences'][Audience];
  maxDepth: number;
  maxEntries: number;
  ancestors: Set<object>;
}

/** "patientIpp" / "patient_ipp" → "patient Ipp", so the key serves as context ("IPP", "dossier"). */
function labelOf(key: string): string {
  return key.replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2').replace(/[_.-]+/g, ' ');
}

/** Masks `text`, reading `label` (the field name) as the words written just before it. */
function redactString(text: string, label: string | undefined, walk: Walk): string {
  const prefix = label ? `${labelOf(label)} : ` : '';
  const spans = detectSpans(prefix + text, walk.policy, walk.kinds)
    .filter((span) => span.end > prefix.length)
    .map((span) => ({ ...span, start: Math.max(0, span.start - prefix.length), end: span.end - prefix.length }));
  return spans.length === 0 ? text : applySpans(text, spans, walk.policy);
}

function walkEntries(entries: [string, unknown][], depth: number, walk: Walk): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries.slice(0, walk.maxEntries)) {
    const cleanKey = redactString(key, undefined, walk);
    const cleanValue = walkValue(value, key, depth + 1, walk);
    if (cleanValue !== undefined) out[cleanKey] = cleanValue;
  }
  if (entries.length > walk.maxEntries) out['…'] = `${entries.length - walk.maxEntries} champs omis`;
  return out;
}

/**
 * An error stays an error (same prototype, so pino's `err` serializer still names its type), with
 * its message, stack, cause and own fields masked.
 */
function copyError(error: Error, depth: number, walk: Walk): Error {
  const copy = Object.create(Object.getPrototypeOf(error) as object) as Error;
  const hidden = (value: unknown) => ({ value, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(copy, 'message', hidden(redactString(error.message, 'message', walk)));
  if (error.stack !== undefined) Object.defineProperty(copy, 'stack', hidden(redactString(error.stack, 'stack', walk)));
  if (error.cause !== undefined) Object.defineProperty(copy, 'cause', hidden(walkValue(error.cause, 'cause', depth + 1, walk)));
  Object.assign(copy, walkEntries(Object.entries(error), depth, walk));
  return copy;
}

function walkValue(value: unknown, label: string | undefined, depth: number, walk: Walk): unknown {
  switch (typeof value) {
    case 'string':
      return redactString(value, label, walk);
    case 'number':
    case 'bigint': {
      // An identifier logged as a number (IPP 8012345678, NIR 185057800608436) is masked as well.
      const text = String(value);
      if (!/^\d{6,}$/.test(text)) return value;
      const masked = redactString(text, label, walk);
      return masked === text ? value : masked;
    }
    case 'function':
    case 'symbol':
      return undefined;
    case 'object':
      break;
    default:
      return value;
  }
  if (value === null || value instanceof Date) return value;
  if (depth > walk.maxDepth) return TOO_DEEP;
  if (walk.ancestors.has(value)) return CIRCULAR;
  if (ArrayBuffer.isView(value)) return `[binaire : ${value.byteLength} octets]`;
  walk.ancestors.add(value);
  try {
    if (Array.isArray(value) || value instanceof Set) {
      const items = [...value];
      const out = items.slice(0, walk.maxEntries).map((item) => walkValue(item, label, depth + 1, walk) ?? null);
      if (items.length > walk.maxEntries) out.push(`… ${items.length - walk.maxEntries} éléments omis`);
      return out;
    }
    if (value instanceof Error) return copyError(value, depth, walk);
    if (value instanceof Map) return walkEntries([...value].map(([k, v]) => [String(k), v]), depth, walk);
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return walkValue(toJSON.call(value), label, depth + 1, walk);
    return walkEntries(Object.entries(value), depth, walk);
  } finally {
    walk.ancestors.delete(value);
  }
}

function startWalk(policy: RedactionPolicy, options: LogRedactionOptions): Walk {
  return {
    policy,
    kinds: policy.audiences[options.audience ?? 'logs'],
    maxDepth: options.maxDepth ?? 6,
    maxEntries: options.maxEntries ?? 100,
    ancestors: new Set(),
  };
}

/**
 * A copy of any log value with patient data masked in every string (and long integer) inside it,
 * walked deep but bounded: deeper levels, extra entries, cycles and binary data are replaced, never
 * passed through. Field names count as context: `{ ipp: '8012345678' }` is masked.
 */
export function redactLogValue(value: unknown, policy: RedactionPolicy, options: LogRedactionOptions = {}): unknown {
  return walkValue(value, undefined, 0, startWalk(policy, options));
}

/** `redactLogValue` for a log record: shaped for pino's `formatters.log` (no record gives `{}`). */
export function redactLogObject(
  record: Record<string, unknown>,
  policy: RedactionPolicy,
  options: LogRedactionOptions = {},
): Record<string, unknown> {
  if (typeof record !== 'object' || record === null) return {};
  const walk = startWalk(policy, options);
  walk.ancestors.add(record);
  return walkEntries(Object.entries(record), 0, walk);
}

/**
 * Masks one serialized log line (pino's JSON line): parsed, walked like `redactLogValue`, written
 * back. A line that is not JSON is masked as plain text.
 */
export function redactLogLine(line: string, policy: RedactionPolicy, options: LogRedactionOptions = {}): string {
  const newline = line.endsWith('\n') ? '\n' : '';
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return applySpans(line, detectSpans(line, policy, policy.audiences[options.audience ?? 'logs']), policy);
  }
  return JSON.stringify(redactLogValue(record, policy, options)) + newline;
}

/**
 * Options to spread into `pino({...})`: every line is masked just before it is written, so the
 * message, the merging object, serialized errors and child bindings are all covered. (Pino applies
 * `formatters.bindings` to the base bindings only, not to `logger.child(...)`; hence the line hook.)
 *
 * @example
 * const logger = pino({ level: 'info', ...pinoRedaction(policy) });
 * logger.child({ caller: '06 71 22 33 44' }).info({ ipp: '8012345678' }, 'NIR %s', nir); // all masked
 */
export function pinoRedaction(
  policy: RedactionPolicy,
  options: LogRedactionOptions = {},
): Required<Pick<LoggerOptions, 'hooks'>> {
  return { hooks: { streamWrite: (line: string) => redactLogLine(line, policy, options) } };
}
