import { loadFiches } from '../src/knowledge/load-fiches.js';
import { KnowledgeBase } from '../src/knowledge/index.js';
import { analyzeTokens, plainText } from '../src/knowledge/text/analyze.js';
import { tokenize } from '../src/knowledge/text/normalize.js';
import { synthesise } from './kb.js';
const { fiches } = await loadFiches('knowledge');
const all = synthesise(fiches, 1000);
const texts: [string, 'fr' | 'en'][] = [];
for (const f of all) for (const t of [f.title, ...f.keywords, ...Object.values(f.sections)]) texts.push([t, f.lang]);
let ntok = 0; for (const [t] of texts) ntok += tokenize(t).length;
console.log('texts', texts.length, 'tokens', ntok);
new KnowledgeBase(all); // warm everything
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
for (let r = 0; r < 3; r++) {
  let c = cpu(); for (const [t] of texts) plainText(t); const a = cpu() - c;
  c = cpu(); for (const [t] of texts) tokenize(plainText(t)); const b = cpu() - c;
  c = cpu(); for (const [t, l] of texts) analyzeTokens(tokenize(plainText(t)), l); const d = cpu() - c;
  c = cpu(); new KnowledgeBase(all); const e = cpu() - c;
  console.log(`plain ${a.toFixed(0)} +tokenize ${b.toFixed(0)} +analyze ${d.toFixed(0)} full build ${e.toFixed(0)}`);
}
