/**
 * Scores the message understanding (lexicons alone) on a labelled JSON-lines set and prints the figures.
 *
 *   npx tsx bench/understand.ts                          # test/fixtures/incident-reports.jsonl
 *   npx tsx bench/understand.ts other-set.jsonl --mistakes
 *   npx tsx bench/understand.ts --rounds 50               # more latency rounds (default 20)
 *
 * Lines: {"id","lang"?,"text","intent","category","scope","urgency","patient_care_impact","priority"}.
 */
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  PRIORITIES, evaluateUnderstanding, readLabelledFile, understandText, type Priority, type Understanding,
} from '../src/triage/index.js';
import { parseUnderstandArgs } from './understand-args.js';

const { file, showMistakes, rounds } = parseUnderstandArgs(process.argv.slice(2));

const cases = readLabelledFile(file);

const predictions = new Map<string, Understanding>();
const started = performance.now();
const report = await evaluateUnderstanding(cases, (text) => understandText(text));
const elapsed = performance.now() - started;
for (const c of cases) predictions.set(c.id, understandText(c.text));

const pct = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;
const line = (label: string, s: { correct: number; total: number; accuracy: number }) =>
  console.log(`${label.padEnd(24)} ${pct(s.accuracy).padStart(6)}  (${s.correct}/${s.total})`);

const fr = cases.filter((c) => c.lang === 'fr').length;
const en = cases.filter((c) => c.lang === 'en').length;
console.log(`${file}: ${cases.length} messages (${fr} fr, ${en} en), ${cases.filter((c) => c.priority).length} with incident fields`);
console.log(`time: ${(elapsed / cases.length).toFixed(2)} ms per message (first pass, includes warm-up)\n`);
line('intent', report.accuracy.intent);
line('category', report.accuracy.category);
line('scope', report.accuracy.scope);
line('urgency', report.accuracy.urgency);
line('patient_care_impact', report.accuracy.patient_care_impact);
line('priority exact', report.accuracy.priority);
line('P1 recall', report.p1Recall);
if (report.p1Recall.missed.length > 0) console.log(`  P1 downgraded: ${report.p1Recall.missed.join(', ')}`);
for (const lang of ['fr', 'en'] as const) {
  const s = report.byLanguage[lang];
  console.log(
    `${lang}: intent ${pct(s.intent.accuracy)} (${s.intent.total}), category ${pct(s.category.accuracy)} (${s.category.total}),` +
      ` priority ${pct(s.priority.accuracy)} (${s.priority.total})`,
  );
}

// Priority confusion: rows are labels, columns predictions.
const matrix = new Map<Priority, Map<Priority | '-', number>>();
for (const c of cases) {
  if (!c.priority) continue;
  const got = predictions.get(c.id)?.fields?.priority ?? '-';
  const row = matrix.get(c.priority) ?? new Map();
  row.set(got, (row.get(got) ?? 0) + 1);
  matrix.set(c.priority, row);
}
console.log('\npriority  label→pred  ' + [...PRIORITIES, '-'].map((p) => p.padStart(4)).join(''));
for (const label of PRIORITIES) {
  const row = matrix.get(label) ?? new Map();
  console.log(`          ${label.padEnd(10)} ${[...PRIORITIES, '-'].map((p) => String(row.get(p as Priority) ?? 0).padStart(4)).join('')}`);
}

if (showMistakes) {
  console.log('\nmistakes:');
  const text = new Map(cases.map((c) => [c.id, c.text]));
  for (const m of report.mistakes) {
    console.log(`  ${m.id} ${m.field}: expected ${String(m.expected)}, got ${String(m.got)} | ${text.get(m.id)}`);
  }
}

// Latency: every message of the set, several rounds after a warm-up, each call timed on its own.
const WARM_UP_ROUNDS = 3;
for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const c of cases) understandText(c.text);
const wall: number[] = [];
/**
 * CPU time of the process during each call (all threads, garbage collection included): unlike wall
 * time, not inflated by waiting for a core the machine shares.
 */
const cpu: number[] = [];
const roundMeans: number[] = [];
for (let round = 0; round < rounds; round++) {
  const roundStart = performance.now();
  for (const c of cases) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    understandText(c.text);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  roundMeans.push((performance.now() - roundStart) / cases.length);
}
const ascending = (values: number[]) => [...values].sort((a, b) => a - b);
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
const meanOf = (values: number[]) => values.reduce((sum, x) => sum + x, 0) / values.length;
const ms = (x: number) => `${x.toFixed(3)} ms`;
const wallSorted = ascending(wall);
const cpuSorted = ascending(cpu);
const roundsSorted = ascending(roundMeans);
const words = cases.map((c) => c.text.split(/\s+/).filter(Boolean).length);
console.log(
  `\nlatency per message (${rounds} rounds × ${cases.length} messages of ${Math.min(...words)}–${Math.max(...words)} words,` +
    ` after ${WARM_UP_ROUNDS} warm-up rounds):`,
);
console.log(
  `  wall: mean ${ms(meanOf(wall))}   p50 ${ms(quantile(wallSorted, 0.5))}   p90 ${ms(quantile(wallSorted, 0.9))}` +
    `   p99 ${ms(quantile(wallSorted, 0.99))}   max ${ms(wallSorted[wallSorted.length - 1]!)}`,
);
console.log(
  `  CPU:  mean ${ms(meanOf(cpu))}   p50 ${ms(quantile(cpuSorted, 0.5))}   p99 ${ms(quantile(cpuSorted, 0.99))}`,
);
console.log(
  `  round means: best ${ms(roundsSorted[0]!)}, median ${ms(quantile(roundsSorted, 0.5))},` +
    ` worst ${ms(roundsSorted[roundsSorted.length - 1]!)}   (load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`,
);
