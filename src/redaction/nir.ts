import { hasContextBefore, type ContextRule } from './context.js';
import type { Span } from './kinds.js';

/**
 * French social security number (NIR, also the INS health identifier): 13 characters
 * (sex, year, month, department, commune, order) then a 2-digit key = 97 − (number mod 97), where
 * the Corsican departments 2A and 2B count as 19 and 18.
 *
 * @example
 * nirKey('1850578006084'); // 36
 * isValidNir('185057800608436'); // true
 */
export function nirKey(body: string): number {
  const digits = body.toUpperCase().replace(/^(.{5})2A/, '$119').replace(/^(.{5})2B/, '$118');
  return 97 - (Number(digits) % 97);
}

/** Sex 1–4, 7, 8; month 01–12, 20–42 or 50–99; department 01–99, 2A or 2B; order 001–999. */
const NIR_BODY = /^[1-478]\d{2}(?:0[1-9]|1[0-2]|[23]\d|4[0-2]|[5-9]\d)(?:0[1-9]|[1-9]\d|2[AB])\d{3}(?!000)\d{3}$/i;

/** True when `body` (13 characters, no separators) has the structure of a NIR. */
export function hasNirStructure(body: string): boolean {
  return NIR_BODY.test(body);
}

/** True for a 15-character NIR without separators whose key is right. */
export function isValidNir(compact: string): boolean {
  if (!/^[0-9AB]{13}\d{2}$/i.test(compact)) return false;
  const body = compact.slice(0, 13);
  return hasNirStructure(body) && Number(compact.slice(13)) === nirKey(body);
}

export interface NirRules {
  /** Context that makes a 13-character NIR without its key count; null when keyless NIRs are ignored. */
  keyless: ContextRule | null;
  /** Context that makes a lookalike not a NIR (e.g. "IMEI", "n° de série"). */
  ignoreAfter: ContextRule;
}

const SEP = '[ .\\-\\u00a0\\u2009\\u202f]';
/** 13 characters, up to three separator characters between any two: "1 85 05 78 006 084", "1.85.05.2A.…". */
const GAP = `${SEP}{0,3}`;
const BODY = `[1-478](?:${GAP}\\d){5}${GAP}[\\dAB](?:${GAP}\\d){6}`;
const KEY_SEP = `(?:${SEP}{0,3}|\\s*(?:/|\\(?cl[ée]\\s*:?)\\s*)`;
/**
 * With its key, a NIR is a whole token: not glued to a letter or digit, nor inside a dotted or dashed
 * number ("1.2.250.1…", "INC-2026-…"). A number before or after it, with a space, is another number
 * ("IPP 80123456 2 84 03 …", "… 46 ans"): the key check keeps lookalike runs out.
 */
const BEFORE = `(?<![\\p{L}\\p{N}_]|\\p{N}[.\\-])`;
const AFTER = `(?![\\p{L}\\p{N}_]|[.\\-]\\p{N})`;
/** Without its key there is no check: the 13 characters must not continue a grouped number either. */
const BEFORE_KEYLESS = `(?<![\\p{L}\\p{N}_]|\\p{N}${SEP}{1,2})`;
const AFTER_KEYLESS = `(?!${KEY_SEP}\\p{N})(?![\\p{L}\\p{N}_]|${SEP}{1,2}\\p{N})`;

const WITH_KEY = new RegExp(`${BEFORE}${BODY}${KEY_SEP}\\d${SEP}?\\d${AFTER}`, 'giu');
/** Nothing that could be a key may follow, so a 15-digit number with a wrong key stays whole. */
const WITHOUT_KEY = new RegExp(`${BEFORE_KEYLESS}${BODY}${AFTER_KEYLESS}`, 'giu');

/** Removes separators and the "clé" word, leaving the NIR's characters. */
function compact(raw: string): string {
  return raw.replace(/cl[ée]/giu, '').replace(/[^0-9AB]/giu, '').toUpperCase();
}

function* candidates(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  const regex = new RegExp(pattern.source, pattern.flags);
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    yield match;
    // Candidates may overlap (a rejected one must not hide the next): resume one character later.
    regex.lastIndex = match.index + 1;
  }
}

/** NIRs in `text`: every 15-character number whose key checks, and keyless ones announced by context. */
export function detectNir(text: string, rules: NirRules): Span[] {
  const spans: Span[] = [];
  for (const match of candidates(WITH_KEY, text)) {
    if (!isValidNir(compact(match[0]))) continue;
    if (hasContextBefore(text, match.index, rules.ignoreAfter)) continue;
    spans.push({ kind: 'nir', start: match.index, end: match.index + match[0].length });
  }
  if (rules.keyless) {
    for (const match of candidates(WITHOUT_KEY, text)) {
      if (!hasNirStructure(compact(match[0]))) continue;
      if (!hasContextBefore(text, match.index, rules.keyless)) continue;
      if (hasContextBefore(text, match.index, rules.ignoreAfter)) continue;
      spans.push({ kind: 'nir', start: match.index, end: match.index + match[0].length });
    }
  }
  return spans;
}
