import { loadFiches } from '../src/knowledge/load-fiches.js';
import { FicheSearcher } from '../src/knowledge/search.js';
const { fiches } = await loadFiches('knowledge');
const s = new FicheSearcher(fiches);
for (const q of process.argv.slice(2)) {
  const r = s.search(q);
  console.log('\n##', q, r.lang, r.answerable, r.results.map((x) => x.slug + ':' + x.score).join(' '));
  for (const u of s.explain(q, r.lang)) console.log('  ', u.words.join(' '), u.unknown ? 'UNKNOWN' : '', u.offTopic ? 'OFF' : '', u.alternatives.map((a) => `${a.term}(${a.weight.toFixed(2)} idf ${s.index.idf(a.term).toFixed(2)})`).join(' '));
}
