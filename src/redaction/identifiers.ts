import { hasContextBefore, type ContextRule } from './context.js';
import type { Span } from './kinds.js';

/**
 * A hospital's own patient identifier format, declared in the policy: IPP (patient file number) or
 * NDA (stay number). `pattern` matches the number; when it has a named group `id`, only that group
 * is masked. With a `context`, a match counts only when one of its phrases comes shortly before.
 */
export interface IdentifierFormat {
  kind: 'ipp' | 'nda';
  pattern: RegExp;
  context: ContextRule | null;
}

/** Not glued to a word or a tag ("PC-80123456", "80123456-B"). */
function isDelimited(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 2);
  return !/[\p{L}\p{N}_]$|[\p{L}\p{N}][\-_/]$/u.test(before) && !/^[\p{L}\p{N}_]|^[\-_/][\p{L}\p{N}]/u.test(after);
}

export function detectIdentifiers(text: string, formats: readonly IdentifierFormat[]): Span[] {
  const spans: Span[] = [];
  for (const format of formats) {
    const regex = new RegExp(format.pattern.source, format.pattern.flags);
    let match: RegExpExecArray | null;
    while ((match = regex.exec(text)) !== null) {
      regex.lastIndex = match.index + 1;
      const [start, end] = match.indices?.groups?.id ?? [match.index, match.index + match[0].length];
      if (end <= start) continue;
      if (!isDelimited(text, match.index, match.index + match[0].length)) continue;
      if (format.context && !hasContextBefore(text, match.index, format.context)) continue;
      spans.push({ kind: format.kind, start, end });
    }
  }
  return spans;
}
