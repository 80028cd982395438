/**
 * Typo correction against a vocabulary: the nearest known word within a bounded edit distance
 * (insertions, deletions, substitutions and adjacent transpositions), preferring the same first
 * letter and then the most frequent word.
 *
 * ```ts
 * const vocabulary = new Vocabulary();
 * vocabulary.add('imprimante', 12);
 * vocabulary.nearest('imprimente'); // { word: 'imprimante', distance: 1 }
 * ```
 */
export class Vocabulary {
  private readonly counts = new Map<string, number>();
  private byLength: string[][] = [];
  private sealed = false;

  add(word: string, count = 1): void {
    this.counts.set(word, (this.counts.get(word) ?? 0) + count);
    this.sealed = false;
  }

  has(word: string): boolean {
    return this.counts.has(word);
  }

  get size(): number {
    return this.counts.size;
  }

  /** Largest distance tolerated for a word of this length: none below 4 letters, 2 from 8. */
  static maxDistance(length: number): number {
    if (length < 4) return 0;
    return length < 8 ? 1 : 2;
  }

  nearest(word: string): { word: string; distance: number } | undefined {
    const limit = Vocabulary.maxDistance(word.length);
    if (limit === 0) return undefined;
    this.seal();
    let best: { word: string; distance: number; score: number } | undefined;
    for (let length = word.length - limit; length <= word.length + limit; length++) {
      for (const candidate of this.byLength[length] ?? []) {
        const bound = best ? Math.min(limit, best.distance) : limit;
        const distance = boundedDistance(word, candidate, bound);
        if (distance > bound) continue;
        const score = (candidate[0] === word[0] ? 1e6 : 0) + (this.counts.get(candidate) ?? 0);
        if (!best || distance < best.distance || (distance === best.distance && score > best.score)) best = { word: candidate, distance, score };
      }
    }
    return best && { word: best.word, distance: best.distance };
  }

  private seal(): void {
    if (this.sealed) return;
    this.byLength = [];
    for (const word of this.counts.keys()) (this.byLength[word.length] ??= []).push(word);
    this.sealed = true;
  }
}

/**
 * Optimal-string-alignment distance between a and b, or bound + 1 as soon as it must exceed bound.
 */
export function boundedDistance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  const n = b.length;
  let previous2 = new Array<number>(n + 1).fill(0);
  let previous = Array.from({ length: n + 1 }, (_, j) => j);
  let current = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > bound) return bound + 1;
    [previous2, previous, current] = [previous, current, previous2];
  }
  return previous[n]!;
}
