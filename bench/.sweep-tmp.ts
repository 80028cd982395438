import { readFileSync } from 'node:fs';
import { loadFiches } from '../src/knowledge/load-fiches.js';
import { FicheSearcher, type SearcherOptions } from '../src/knowledge/search.js';
const { fiches } = await loadFiches('knowledge');
const qs = readFileSync(process.argv[2] ?? 'test/fixtures/kb-questions.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
function evaluate(o: SearcherOptions) {
  const s = new FicheSearcher(fiches, o);
  let h1 = 0, h3 = 0, n = 0, abst = 0, neg = 0, fa = 0;
  for (const q of qs) { const r = s.search(q.q); if (q.expected === null) { neg++; if (!r.answerable) abst++; continue; } n++; const k = r.results.findIndex((x) => x.slug === q.expected); if (k === 0) h1++; if (k >= 0 && k < 3) h3++; if (!r.answerable) fa++; }
  return `h1 ${(h1 / n).toFixed(3)} h3 ${(h3 / n).toFixed(3)} abst ${(abst / neg).toFixed(3)} fa ${(fa / n).toFixed(3)}`;
}
const grid: SearcherOptions[] = [];
for (const incidentalDf of [0.25]) for (const k1 of [4, 5, 8, 12]) for (const otherLanguageWeight of [0.5]) for (const b of [0.3]) grid.push({ incidentalDf, k1, b, otherLanguageWeight });
for (const o of grid) console.log(JSON.stringify(o), evaluate(o));
