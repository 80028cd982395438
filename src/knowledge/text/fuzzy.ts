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
  /** Words by length, each with a bit mask of the letters it contains (a cheap lower bound). */
  private byLength: { words: string[]; masks: Uint32Array }[] = [];
  private sealed = false;
  private readonly memo = new Map<string, { word: string; distance: number } | null>();

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
    const known = this.memo.get(word);
    if (known !== undefined) return known ?? undefined;
    const mask = letterMask(word);
    let best: { word: string; distance: number; score: number } | undefined;
    for (let length = word.length - limit; length <= word.length + limit; length++) {
      const bucket = this.byLength[length];
      if (!bucket) continue;
      for (let i = 0; i < bucket.words.length; i++) {
        const bound = best ? Math.min(limit, best.distance) : limit;
        // Each letter present in only one of the words needs an edit; one substitution fixes two.
        if (popcount(mask ^ bucket.masks[i]!) > 2 * bound) continue;
        const candidate = bucket.words[i]!;
        const distance = boundedDistance(word, candidate, bound);
        if (distance > bound) continue;
        const score = (candidate.charCodeAt(0) === word.charCodeAt(0) ? 1e9 : 0) + (this.counts.get(candidate) ?? 0);
        if (!best || distance < best.distance || (distance === best.distance && score > best.score)) {
          best = { word: candidate, distance, score };
        }
      }
    }
    const result = best ? { word: best.word, distance: best.distance } : null;
    if (this.memo.size >= 10_000) this.memo.clear();
    this.memo.set(word, result);
    return result ?? undefined;
  }

  private seal(): void {
    if (this.sealed) return;
    const lists: string[][] = [];
    for (const word of this.counts.keys()) (lists[word.length] ??= []).push(word);
    this.byLength = lists.map((words) => ({ words, masks: Uint32Array.from(words ?? [], letterMask) }));
    this.memo.clear();
    this.sealed = true;
  }
}

function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) % 32);
  return mask >>> 0;
}

function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

// Three rows of the distance matrix, reused by every call (words are short).
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal-string-alignment distance between a and b, or bound + 1 as soon as it must exceed bound.
 */
export function boundedDistance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  const n = b.length;
  if (n + 1 > rows[0]!.length) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [previous2, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) value = Math.min(value, previous2[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > bound) return bound + 1;
    [previous2, previous, current] = [previous, current, previous2];
  }
  return previous[n]!;
}
