import type { Category, Scope, Urgency } from '../vocabulary.js';
import type { SoftmaxModel } from './softmax.js';

/** The models that refine the rules' reading of an incident, one per field, with what they were trained on. */
export interface LearnedModels {
  /** SHA-256 of the training examples (features and labels): stale when the rules or the sets change. */
  fingerprint: string;
  /** Labelled sets the models were trained on, and how many tickets they held. */
  sets: readonly string[];
  examples: number;
  category: SoftmaxModel<Category>;
  scope: SoftmaxModel<Scope>;
  urgency: SoftmaxModel<Urgency>;
  patient_care_impact: SoftmaxModel<'true' | 'false'>;
}

const FIELDS = ['category', 'scope', 'urgency', 'patient_care_impact'] as const;
/** Weights are shipped as integers in thousandths: the table stays small and reads the same everywhere. */
const SCALE = 1000;

/** The shipped form of the models: one list of features, and per field one row of integers per feature. */
export interface PackedModels {
  fingerprint: string;
  sets: readonly string[];
  examples: number;
  classes: { [F in (typeof FIELDS)[number]]: readonly string[] };
  features: readonly string[];
  weights: { [F in (typeof FIELDS)[number]]: ReadonlyArray<readonly number[]> };
}

export function packModels(models: LearnedModels): PackedModels {
  const features = [...new Set(FIELDS.flatMap((field) => Object.keys(models[field].weights)))].sort();
  const rows = (field: (typeof FIELDS)[number]) =>
    features.map((feature) => (models[field].weights[feature] ?? models[field].classes.map(() => 0)).map((w) => Math.round(w * SCALE)));
  return {
    fingerprint: models.fingerprint,
    sets: models.sets,
    examples: models.examples,
    classes: { category: models.category.classes, scope: models.scope.classes, urgency: models.urgency.classes, patient_care_impact: models.patient_care_impact.classes },
    features,
    weights: { category: rows('category'), scope: rows('scope'), urgency: rows('urgency'), patient_care_impact: rows('patient_care_impact') },
  };
}

export function unpackModels(packed: PackedModels): LearnedModels {
  const model = (field: (typeof FIELDS)[number]) => {
    const weights: Record<string, number[]> = {};
    packed.features.forEach((feature, index) => {
      const row = packed.weights[field][index]!;
      if (row.some((w) => w !== 0)) weights[feature] = row.map((w) => w / SCALE);
    });
    return { classes: packed.classes[field], weights };
  };
  return {
    fingerprint: packed.fingerprint,
    sets: packed.sets,
    examples: packed.examples,
    category: model('category') as LearnedModels['category'],
    scope: model('scope') as LearnedModels['scope'],
    urgency: model('urgency') as LearnedModels['urgency'],
    patient_care_impact: model('patient_care_impact') as LearnedModels['patient_care_impact'],
  };
}
