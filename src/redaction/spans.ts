import type { Span } from './kinds.js';

/**
 * Sorts spans and merges the ones that overlap; a merged span keeps the kind of the one that starts
 * first (the longest when two start together). Touching spans stay separate.
 */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}
