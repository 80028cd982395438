import type { Prepared } from './matcher.js';
import { extractIncidentFields, type IncidentFields } from './incident-fields.js';
import type { LearnedModels } from './learned/models.js';
import { refineWithModels } from './learned/refine.js';
import { TRAINED_MODELS } from './learned/trained-models.js';

export interface ReadOptions {
  /** A service request: its category is always `request`. */
  request: boolean;
  /** Models refining the rules' reading: the shipped ones by default, `null` for the rules alone. */
  models?: LearnedModels | null;
}

/** The incident fields of a message: the lexicons' reading, refined by the learned models. */
export function readIncidentFields(text: Prepared, { request, models = TRAINED_MODELS }: ReadOptions): IncidentFields {
  const rules = extractIncidentFields(text, { request });
  return models ? refineWithModels(text, rules, request, models) : rules;
}
