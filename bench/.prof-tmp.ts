import { loadFiches } from '../src/knowledge/load-fiches.js';
import { FicheSearcher } from '../src/knowledge/search.js';
const { fiches } = await loadFiches('knowledge');
for (let i = 0; i < 3; i++) { const t0 = performance.now(); new FicheSearcher(fiches); console.log('build', (performance.now() - t0).toFixed(1)); }
