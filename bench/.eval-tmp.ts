import { readFileSync } from 'node:fs';
import { loadFiches } from '/work/main/src/knowledge/load-fiches.js';
import { FicheSearcher } from '/work/main/src/knowledge/search.js';
const file = process.argv[2] ?? '/work/main/test/fixtures/kb-questions.jsonl';
const verbose = process.argv.includes('-v');
const { fiches, problems } = await loadFiches('/work/main/knowledge');
console.log('fiches', fiches.length, 'problems', problems.length, problems.slice(0, 5));
const t0 = performance.now();
const s = new FicheSearcher(fiches);
console.log('build ms', (performance.now() - t0).toFixed(1));
const qs = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const stats: Record<string, { n: number; h1: number; h3: number; fa: number }> = {};
let neg = 0, abst = 0;
for (const q of qs) {
  const r = s.search(q.q);
  if (q.expected === null) {
    neg++;
    if (!r.answerable) abst++;
    else if (verbose) console.log('ANSWERED', q.id, q.q, '→', r.results[0]?.slug, r.confidence.toFixed(3));
    continue;
  }
  const st = (stats[q.lang] ??= { n: 0, h1: 0, h3: 0, fa: 0 });
  st.n++;
  const rank = r.results.findIndex((x) => x.slug === q.expected);
  if (rank === 0) st.h1++;
  if (rank >= 0 && rank < 3) st.h3++;
  if (!r.answerable) st.fa++;
  if (verbose && (rank !== 0 || !r.answerable)) console.log(rank === 0 ? 'ABSTAIN' : 'MISS', q.id, q.lang, r.lang, JSON.stringify(q.q), 'exp', q.expected, 'rank', rank, 'got', r.results.slice(0, 3).map((x) => x.slug + ':' + x.score).join(' '), 'conf', r.confidence.toFixed(3));
}
for (const [l, st] of Object.entries(stats)) console.log(l, st.n, 'hit@1', (st.h1 / st.n).toFixed(3), 'hit@3', (st.h3 / st.n).toFixed(3), 'falseAbst', (st.fa / st.n).toFixed(3));
console.log('abstention', abst, '/', neg, (abst / neg).toFixed(3));
// confidence distributions
const pos: number[] = [], negs: number[] = [];
for (const q of qs) { const r = s.search(q.q); (q.expected === null ? negs : pos).push(r.confidence); }
pos.sort((a, b) => a - b); negs.sort((a, b) => a - b);
console.log('pos lowest', pos.slice(0, 12).map((x) => x.toFixed(2)).join(' '));
console.log('neg', negs.map((x) => x.toFixed(2)).join(' '));
