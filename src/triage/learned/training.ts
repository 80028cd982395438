import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { CATEGORIES, SCOPES, URGENCIES } from '../vocabulary.js';
import type { LabelledCase } from '../evaluation.js';
import { readLabelledFile } from '../labelled-file.js';
import { extractIncidentFields } from '../incident-fields.js';
import { prepare } from '../matcher.js';
import { featuresOf } from './features.js';
import type { LearnedModels } from './models.js';
import { DEFAULT_TRAINING, trainSoftmax, type TrainingOptions } from './softmax.js';

/**
 * The labelled sets the shipped models learn from (test/fixtures): every set labelled once, from DESIGN.md.
 * The second readings of blind-5 and blind-8 are left out: the same messages twice would count double. So are
 * blind-40 and blind-42, read to write the rules: trained on as well, they lowered the first-sight figures of two
 * later sets (priority exact 71.7 → 71.0 % and 70.3 → 68.8 %, P1 recall 96.9 → 87.5 % on one of them).
 * blind-70 to blind-73, read the same way, are regression sets too: trained on, blind-70 and blind-71 moved two
 * unread weeks' category up (85.8 → 87.2 %) and their priority down (59.6 → 58.7 %). blind-88 to blind-91, blind-92 to
 * blind-95, blind-96 to blind-99, blind-100 to blind-103, blind-104 to blind-107, blind-108 to blind-110, blind-111 to blind-113 and
 * blind-114 to blind-116 were read the same way after their first-sight scoring, and are kept as regression sets likewise.
 */
export const TRAINING_SETS = [
  'incident-reports.jsonl', 'incident-reports-tuning.jsonl', 'incident-reports-blind.jsonl',
  ...[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 26, 28, 30, 32, 33, 35, 36, 38].map((n) => `incident-reports-blind-${n}.jsonl`),
] as const;

const FIXTURES = new URL('../../../test/fixtures/', import.meta.url);

/** One labelled set from test/fixtures, every line checked by the schema. */
export function readLabelledSet(name: string): LabelledCase[] {
  return readLabelledFile(fileURLToPath(new URL(name, FIXTURES)));
}

interface TicketExample {
  features: string[];
  labels: { category: string; scope: string; urgency: string; patient_care_impact: string };
}

/** The labelled tickets (incidents and requests) as the models see them: the rules' reading plus the words. */
function ticketExamples(cases: readonly LabelledCase[]): TicketExample[] {
  return cases
    .filter((c) => c.category !== null && c.scope !== null && c.urgency !== null && c.patient_care_impact !== null)
    .map((c) => {
      const text = prepare(c.text);
      const fields = extractIncidentFields(text, { request: c.intent === 'service_request' });
      return {
        features: featuresOf(text, fields),
        labels: { category: c.category!, scope: c.scope!, urgency: c.urgency!, patient_care_impact: String(c.patient_care_impact) },
      };
    });
}

function fingerprintOf(examples: readonly TicketExample[]): string {
  const hash = createHash('sha256');
  for (const e of examples) hash.update(JSON.stringify(e)).update('\n');
  return hash.digest('hex');
}

/** The fingerprint the models would carry if trained now on these sets: compared to detect stale models. */
export function trainingFingerprint(cases: readonly LabelledCase[]): string {
  return fingerprintOf(ticketExamples(cases));
}

/** Trains the four field models on labelled messages (deterministic: same sets, same rules, same weights). */
export function trainLearnedModels(
  cases: readonly LabelledCase[],
  sets: readonly string[],
  options: TrainingOptions = DEFAULT_TRAINING,
): LearnedModels {
  const examples = ticketExamples(cases);
  const on = <K extends keyof TicketExample['labels']>(field: K) =>
    examples.map((e) => ({ features: e.features, label: e.labels[field] }));
  return {
    fingerprint: fingerprintOf(examples),
    sets,
    examples: examples.length,
    category: trainSoftmax(CATEGORIES, on('category') as { features: string[]; label: (typeof CATEGORIES)[number] }[], options),
    scope: trainSoftmax(SCOPES, on('scope') as { features: string[]; label: (typeof SCOPES)[number] }[], options),
    urgency: trainSoftmax(URGENCIES, on('urgency') as { features: string[]; label: (typeof URGENCIES)[number] }[], options),
    patient_care_impact: trainSoftmax(['true', 'false'] as const, on('patient_care_impact') as { features: string[]; label: 'true' | 'false' }[], options),
  };
}

/** Trains on the shipped sets. */
export function trainOnShippedSets(): LearnedModels {
  return trainLearnedModels(TRAINING_SETS.flatMap(readLabelledSet), TRAINING_SETS);
}
