import { loadFiches } from '../src/knowledge/load-fiches.js';
import { analyzeText } from '../src/knowledge/text/analyze.js';
import { lexiconWords } from '../src/knowledge/text/concepts.js';
import { Vocabulary } from '../src/knowledge/text/fuzzy.js';
const { fiches } = await loadFiches('knowledge');
for (let r = 0; r < 3; r++) {
  let t0 = performance.now(); let n = 0;
  for (const f of fiches) for (const t of [f.title, ...f.keywords, ...Object.values(f.sections)]) n += analyzeText(t, f.lang).length;
  console.log('analyze', (performance.now() - t0).toFixed(1), n);
  t0 = performance.now(); const w = lexiconWords(); console.log('lexwords', (performance.now() - t0).toFixed(1), w.length);
  t0 = performance.now(); const v = new Vocabulary(); for (const x of w) v.add(x); console.log('vocab', (performance.now() - t0).toFixed(1));
}
