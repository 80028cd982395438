import { nirKey } from '../../src/redaction/index.js';

/** A NIR with its right key: `withKey('1850578006084')` → '185057800608491'. */
export function withKey(body: string): string {
  return body + String(nirKey(body)).padStart(2, '0');
}

/** The same 13 characters with a key that does not check. */
export function withWrongKey(body: string): string {
  const wrong = (nirKey(body) % 97) + 1;
  return body + String(wrong).padStart(2, '0');
}

/** "1 85 05 78 006 084 91" (the card's layout), with another separator when asked. */
export function grouped(nir: string, separator = ' '): string {
  const groups = [nir.slice(0, 1), nir.slice(1, 3), nir.slice(3, 5), nir.slice(5, 7), nir.slice(7, 10), nir.slice(10, 13)];
  if (nir.length > 13) groups.push(nir.slice(13));
  return groups.join(separator);
}

/** A small deterministic generator (mulberry32) so generated tables are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
