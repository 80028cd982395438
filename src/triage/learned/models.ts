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
