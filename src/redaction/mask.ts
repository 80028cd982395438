import { detectEmails } from './email.js';
import { detectIdentifiers } from './identifiers.js';
import { REDACTION_KINDS, type Audience, type RedactionKind, type Redaction, type Span } from './kinds.js';
import { detectNir } from './nir.js';
import { detectBirthDates, detectPersons } from './person.js';
import { detectPhones } from './phone.js';
import type { RedactionPolicy } from './policy.js';
import { mergeSpans } from './spans.js';

/** Every detection of the given kinds in `text`, overlaps merged, in text order. */
export function detectSpans(
  text: string,
  policy: RedactionPolicy,
  kinds: readonly RedactionKind[] = REDACTION_KINDS,
): Span[] {
  const wanted = new Set(kinds);
  // NIRs and phone numbers need digits, e-mail addresses an "@": most log fields have neither.
  const hasDigit = /\d/.test(text);
  const spans: Span[] = [];
  if (hasDigit && wanted.has('nir')) spans.push(...detectNir(text, policy.nir));
  if (wanted.has('ipp') || wanted.has('nda')) {
    spans.push(...detectIdentifiers(text, policy.identifiers.filter((format) => wanted.has(format.kind))));
  }
  if (hasDigit && wanted.has('phone')) spans.push(...detectPhones(text));
  if (wanted.has('email') && text.includes('@')) spans.push(...detectEmails(text));
  if (wanted.has('person')) spans.push(...detectPersons(text));
  if (hasDigit && wanted.has('birth_date')) spans.push(...detectBirthDates(text));
  return mergeSpans(spans);
}

/** Replaces each span with its kind's placeholder. Spans must be sorted and disjoint. */
export function applySpans(text: string, spans: readonly Span[], policy: RedactionPolicy): string {
  let out = '';
  let cursor = 0;
  for (const span of spans) {
    out += text.slice(cursor, span.start) + policy.placeholders[span.kind];
    cursor = span.end;
  }
  return out + text.slice(cursor);
}

/**
 * Masks patient data in `text`: every kind the policy knows, or only `kinds`. Pure; `found` gives
 * offsets into the input text.
 *
 * @example
 * redactText('rappelez-moi au 06 71 22 33 44', defaultRedactionPolicy).text;
 * // 'rappelez-moi au [téléphone masqué]'
 */
export function redactText(
  text: string,
  policy: RedactionPolicy,
  kinds: readonly RedactionKind[] = REDACTION_KINDS,
): Redaction {
  const found = detectSpans(text, policy, kinds);
  return { text: found.length === 0 ? text : applySpans(text, found, policy), found };
}

/** Masks what `audience` must not see, per the policy (`external`: everything by default). */
export function redactForAudience(text: string, audience: Audience, policy: RedactionPolicy): Redaction {
  return redactText(text, policy, policy.audiences[audience]);
}
