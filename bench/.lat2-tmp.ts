import { readFileSync } from 'node:fs';
import { loadFiches, KnowledgeBase, parseQuestionSet } from '../src/knowledge/index.js';
import { synthesise } from './kb.js';
const { fiches } = await loadFiches('knowledge');
const kb = new KnowledgeBase(synthesise(fiches, Number(process.argv[2] ?? 1000)));
console.log('BUILD DONE');
const qs = parseQuestionSet(readFileSync('test/fixtures/kb-questions.jsonl', 'utf8'));
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const per = new Map<string, number[]>();
for (let r = 0; r < 11; r++) for (const q of qs) { const c = cpu(); kb.search(q.q); const d = cpu() - c; (per.get(q.q) ?? per.set(q.q, []).get(q.q)!).push(d); }
const all = [...per.values()].flatMap((t) => t.slice(1)).sort((a, b) => a - b);
console.log('cpu p50', all[Math.floor(all.length * 0.5)]!.toFixed(3), 'p99', all[Math.floor(all.length * 0.99)]!.toFixed(3), 'max', all.at(-1)!.toFixed(2));
const med = [...per].map(([q, t]) => [q, t.slice(1).sort((a, b) => a - b)[5]!, Math.max(...t.slice(1))] as const).sort((a, b) => b[1] - a[1]);
for (const [q, m, x] of med.slice(0, 6)) console.log(m.toFixed(3), x.toFixed(3), q);
