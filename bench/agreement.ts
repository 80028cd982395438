/**
 * How far two labellings of the same staff messages agree, field by field, and how many P1 of each the other
 * also calls P1: what one careful reader achieves against another, the yardstick for the understanding.
 *
 *   npx tsx bench/agreement.ts test/fixtures/incident-reports-blind-8.jsonl test/fixtures/incident-reports-blind-8-second-reader.jsonl
 */
import { readLabelledFile, type LabelledCase } from '../src/triage/index.js';

const [first, second] = process.argv.slice(2);
if (!first || !second) {
  process.stderr.write('usage: npx tsx bench/agreement.ts <labels.jsonl> <same messages labelled again.jsonl>\n');
  process.exit(2);
}

function load(file: string): Map<string, LabelledCase> {
  return new Map(readLabelledFile(file).map((c) => [c.id, c]));
}

const a = load(first);
const b = load(second);
const shared = [...a.keys()].filter((id) => b.has(id));
const texts = shared.filter((id) => a.get(id)!.text !== b.get(id)!.text);
if (texts.length > 0) throw new Error(`not the same messages: ${texts.slice(0, 3).join(', ')}`);
// Incident fields are compared where both readers saw an incident or a request.
const both = shared.filter((id) => a.get(id)!.category !== null && b.get(id)!.category !== null);

const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)} %`.padStart(8);
console.log(`${shared.length} messages in both files, ${both.length} read as an incident or a request by both readers\n`);
for (const field of ['intent', 'category', 'scope', 'urgency', 'patient_care_impact', 'priority'] as const) {
  const ids = field === 'intent' ? shared : both;
  const same = ids.filter((id) => a.get(id)![field] === b.get(id)![field]).length;
  console.log(`${field.padEnd(22)}${pct(same, ids.length)}  (${same}/${ids.length})`);
}
const p1 = (x: Map<string, LabelledCase>, y: Map<string, LabelledCase>) => {
  const ones = shared.filter((id) => x.get(id)!.priority === 'P1');
  const kept = ones.filter((id) => y.get(id)!.priority === 'P1').length;
  return `${kept}/${ones.length} (${pct(kept, ones.length).trim()})`;
};
console.log(`\nP1 of the first reader that the second also calls P1:  ${p1(a, b)}`);
console.log(`P1 of the second reader that the first also calls P1:  ${p1(b, a)}`);
