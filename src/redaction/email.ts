import type { Span } from './kinds.js';

/**
 * E-mail addresses ("jean.dupont@chu-exemple.fr", "françois.durand@hopital.fr"). Dots separate
 * labels, so matching is linear: no backtracking between overlapping character classes.
 */
const EMAIL =
  /(?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}_%+\-]+(?:\.[\p{L}\p{N}_%+\-]+)*@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+/gu;
const TOP_LEVEL_DOMAIN = /^\p{L}{2,}$/u;

export function detectEmails(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(EMAIL)) {
    const domain = match[0].slice(match[0].lastIndexOf('@') + 1);
    if (!TOP_LEVEL_DOMAIN.test(domain.slice(domain.lastIndexOf('.') + 1))) continue;
    spans.push({ kind: 'email', start: match.index, end: match.index + match[0].length });
  }
  return spans;
}
