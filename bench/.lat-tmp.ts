import { readFileSync } from 'node:fs';
import { loadFiches, KnowledgeBase, parseQuestionSet } from '../src/knowledge/index.js';
const { fiches } = await loadFiches('knowledge');
const kb = new KnowledgeBase(fiches);
const qs = parseQuestionSet(readFileSync('test/fixtures/kb-questions.jsonl', 'utf8'));
const per = new Map<string, number[]>();
for (let r = 0; r < 20; r++) for (const q of qs) { const t = performance.now(); kb.search(q.q); const d = performance.now() - t; (per.get(q.q) ?? per.set(q.q, []).get(q.q)!).push(d); }
const all = [...per.values()].flat().sort((a, b) => a - b);
console.log('p50', all[Math.floor(all.length * 0.5)]!.toFixed(3), 'p99', all[Math.floor(all.length * 0.99)]!.toFixed(3), 'max', all.at(-1)!.toFixed(2));
const med = [...per].map(([q, t]) => [q, t.sort((a, b) => a - b)[10]!] as const).sort((a, b) => b[1] - a[1]);
for (const [q, t] of med.slice(0, 8)) console.log(t.toFixed(3), q);
const cpu0 = process.cpuUsage(); const t0 = performance.now(); for (let r = 0; r < 20; r++) for (const q of qs) kb.search(q.q); const c = process.cpuUsage(cpu0);
console.log('avg wall', ((performance.now() - t0) / (20 * qs.length)).toFixed(3), 'avg cpu', ((c.user + c.system) / 1000 / (20 * qs.length)).toFixed(3));
