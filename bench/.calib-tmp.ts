import { readFileSync } from 'node:fs';
import { KnowledgeBase, loadFiches, parseQuestionSet } from '../src/knowledge/index.js';
const { fiches } = await loadFiches('knowledge');
const kb = new KnowledgeBase(fiches);
const data = (file: string) => parseQuestionSet(readFileSync(file, 'utf8')).map((q) => { const r = kb.search(q.q); return { x: r.confidence, y: q.expected !== null && r.results.slice(0, 3).some((h) => h.slug === q.expected) ? 1 : 0 }; });
const dev = data('test/fixtures/kb-questions.jsonl'), hold = data('test/fixtures/kb-holdout.jsonl');
let a = 1, c = 0;
const sig = (z: number) => 1 / (1 + Math.exp(-z));
for (let it = 0; it < 20000; it++) { let ga = 0, gc = 0; for (const d of dev) { const p = sig(a * d.x + c); ga += (p - d.y) * d.x; gc += p - d.y; } a -= 0.05 * ga / dev.length * 10; c -= 0.05 * gc / dev.length * 10; }
console.log('a', a.toFixed(3), 'c', c.toFixed(3), 'threshold x at p=.5', (-c / a).toFixed(3));
for (const [name, set] of [['dev', dev], ['holdout', hold]] as const) {
  const brier = set.reduce((s, d) => s + (sig(a * d.x + c) - d.y) ** 2, 0) / set.length;
  const bins = [0, 0.2, 0.4, 0.6, 0.8, 1.01].slice(0, -1).map((lo, i, arr) => { const hi = [0.2, 0.4, 0.6, 0.8, 1.01][i]!; const b = set.filter((d) => { const p = sig(a * d.x + c); return p >= lo && p < hi; }); return `${lo.toFixed(1)}-${hi.toFixed(1)}: n=${b.length} pred=${(b.reduce((s, d) => s + sig(a * d.x + c), 0) / Math.max(1, b.length)).toFixed(2)} obs=${(b.reduce((s, d) => s + d.y, 0) / Math.max(1, b.length)).toFixed(2)}`; });
  console.log(name, 'brier', brier.toFixed(3)); for (const b of bins) console.log('  ', b);
}
