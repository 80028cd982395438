import type { Span } from './kinds.js';

/**
 * French phone numbers: 10 digits starting 01–09 in pairs ("06 12 34 56 78", "06.12.34.56.78",
 * "0612345678") or international ("+33 6 12 34 56 78", "0033 6…", "+33 (0)6…"). The separator must be
 * the same between all pairs, so dates ("01.03.2026 14") and sequences do not qualify; internal
 * extensions (4 digits), asset tags ("PC-CARD-0342"), tickets ("INC-2026-000123") never have the shape.
 */
const PAIR_SEP = '[ .\\-\\u00a0\\u2009\\u202f]?';
const NATIONAL = `0[1-9](?<s1>${PAIR_SEP})\\d{2}(?:\\k<s1>\\d{2}){3}`;
const INTERNATIONAL = `(?:\\+|00)[ .]?33[ .\\-\\u00a0]?(?:\\(0\\)[ .\\-\\u00a0]?)?[1-9](?<s2>${PAIR_SEP})\\d{2}(?:\\k<s2>\\d{2}){3}`;
/**
 * Not glued to a word ("ref-0612…", "x0612…"), not after "12." or "12:" (versions, times), and not
 * inside a run of seven or more 2-digit groups ("01 02 03 04 05 06 07"); one number after it is
 * something else ("06 71 22 33 44 10 minutes"). A slash between two numbers is a list.
 */
const BEFORE = '(?<![\\p{L}\\p{N}_+@]|\\p{L}[\\-_/]|\\p{N}[\\-_.,:]|(?<!\\p{N})\\p{N}{2}[ \\u00a0\\u202f])';
const AFTER = '(?![\\p{L}\\p{N}_@]|[\\-_.,:]\\p{N}|(?:[ \\u00a0\\u202f]\\p{N}{2}){2}(?!\\p{N}))';

const PHONE = new RegExp(`${BEFORE}(?:${INTERNATIONAL}|${NATIONAL})${AFTER}`, 'gu');

export function detectPhones(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(PHONE)) {
    spans.push({ kind: 'phone', start: match.index, end: match.index + match[0].length });
  }
  return spans;
}
