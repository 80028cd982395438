/**
 * How well the learned refinement carries over to messages it never saw: each labelled set is held out
 * in turn, the models are trained on the other sets, and the held-out set is scored with the rules alone
 * and with the rules refined by those models. (The rules themselves were written while reading these sets,
 * so their own figures are optimistic; first-sight figures on new sets are the honest ones for them.)
 *
 *   npx tsx bench/understand-cv.ts                  # every shipped set held out in turn
 *   npx tsx bench/understand-cv.ts new-set.jsonl     # a set outside the shipped ones, models trained on all
 *   … --epochs 20 --l2 0.001 --min-count 2           # training options
 */
import { parseArgs } from 'node:util';
import { evaluateUnderstanding, readLabelledFile, understandText, type LabelledCase } from '../src/triage/index.js';
import { TRAINING_SETS, readLabelledSet, trainLearnedModels } from '../src/triage/learned/training.js';
import { DEFAULT_TRAINING } from '../src/triage/learned/softmax.js';
import type { LearnedModels } from '../src/triage/learned/models.js';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: {
    epochs: { type: 'string', default: String(DEFAULT_TRAINING.epochs) },
    l2: { type: 'string', default: String(DEFAULT_TRAINING.l2) },
    'min-count': { type: 'string', default: String(DEFAULT_TRAINING.minCount) },
  },
});
const options = { ...DEFAULT_TRAINING, epochs: Number(values.epochs), l2: Number(values.l2), minCount: Number(values['min-count']) };

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
async function score(cases: LabelledCase[], models: LearnedModels | null) {
  const r = await evaluateUnderstanding(cases, (text) => understandText(text, { models }));
  const a = r.accuracy;
  return [a.category.accuracy, a.scope.accuracy, a.urgency.accuracy, a.patient_care_impact.accuracy, a.priority.accuracy, r.p1Recall.accuracy];
}

const header = 'set'.padEnd(36) + 'reading        category scope urgency care  priority P1 recall';
console.log(`training: ${JSON.stringify(options)}\n${header}`);
const totals = { rules: [] as number[][], learned: [] as number[][] };
const sets = positionals.length > 0
  ? positionals.map((file) => ({ name: file, held: readLabelledFile(file), train: TRAINING_SETS.flatMap(readLabelledSet), trainSets: [...TRAINING_SETS] }))
  : TRAINING_SETS.map((name) => ({
      name,
      held: readLabelledSet(name),
      train: TRAINING_SETS.filter((s) => s !== name).flatMap(readLabelledSet),
      trainSets: TRAINING_SETS.filter((s) => s !== name),
    }));
for (const set of sets) {
  const models = trainLearnedModels(set.train, set.trainSets, options);
  for (const [label, m] of [['rules', null], ['rules+learned', models]] as const) {
    const s = await score(set.held, m);
    totals[m ? 'learned' : 'rules'].push(s);
    console.log(`${(label === 'rules' ? set.name : '').padEnd(36)}${label.padEnd(15)}${s.map((x) => pct(x).padStart(8)).join('')}`);
  }
}
const mean = (rows: number[][]) => rows[0]!.map((_, k) => rows.reduce((sum, r) => sum + r[k]!, 0) / rows.length);
for (const key of ['rules', 'learned'] as const) {
  console.log(`${(key === 'rules' ? 'mean over sets' : '').padEnd(36)}${(key === 'rules' ? 'rules' : 'rules+learned').padEnd(15)}${mean(totals[key]).map((x) => pct(x).padStart(8)).join('')}`);
}
