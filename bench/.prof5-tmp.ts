import { loadFiches } from '../src/knowledge/load-fiches.js';
import { FicheSearcher } from '../src/knowledge/search.js';
const { fiches } = await loadFiches('knowledge');
new FicheSearcher(fiches);
const t = performance.now();
for (let i = 0; i < 10; i++) new FicheSearcher(fiches);
console.log('avg warm', ((performance.now() - t) / 10).toFixed(0));
