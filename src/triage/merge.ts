import type { Category, Scope, Urgency } from './vocabulary.js';
import { inferred, type Field } from './field.js';
import { withAssessment, type IncidentFields } from './incident-fields.js';
import type { AssetHint } from './asset-hint.js';
import type { LocationHint } from './location-hint.js';
import type { ModelExtraction } from './model-extraction.js';

const SCOPE_RANK: Record<Scope, number> = { single_user: 0, team: 1, service: 2, site: 3 };
const URGENCY_RANK: Record<Urgency, number> = { low: 0, medium: 1, high: 2 };

/**
 * One field, rules and model together:
 * - what the writer stated (rules `stated`) is never overridden;
 * - a rules default gives way to the model;
 * - between a rules inference and the model, `rank` (when given) keeps the higher of the two:
 *   a disagreement on a clinical field is a doubt, and doubt errs up. Without `rank` the model wins.
 */
export function mergeField<T>(rules: Field<T>, model: T | null, rank?: (value: T) => number): Field<T> {
  if (rules.source === 'stated' || model === null) return rules;
  if (rules.source === 'default' || rank === undefined) return inferred(model);
  return rank(model) > rank(rules.value) ? inferred(model) : rules;
}

function mergeHint<T extends object>(rules: T | null, model: Record<string, unknown> | null): T | null {
  const merged: Record<string, unknown> = { ...(rules ?? {}) };
  for (const [key, value] of Object.entries(model ?? {})) {
    if (value !== null && value !== undefined && merged[key] === undefined) merged[key] = value;
  }
  return Object.keys(merged).length > 0 ? (merged as T) : null;
}

/**
 * Merges a model's extraction into the rules' incident fields, field by field, and recomputes impact
 * and priority. `request` keeps the category at `request` whatever the model says.
 */
export function mergeIncidentFields(rules: IncidentFields, model: ModelExtraction, request: boolean): IncidentFields {
  const modelCategory: Category | null = request || model.category === 'request' ? null : model.category;
  return withAssessment({
    category: mergeField(rules.category, modelCategory),
    scope: mergeField(rules.scope, model.scope, (value) => SCOPE_RANK[value]),
    urgency: mergeField(rules.urgency, model.urgency, (value) => URGENCY_RANK[value]),
    patient_care_impact: mergeField(rules.patient_care_impact, model.patient_care_impact, (value) => (value ? 1 : 0)),
    asset_hint: mergeHint<AssetHint>(rules.asset_hint, model.asset_hint),
    location_hint: mergeHint<LocationHint>(rules.location_hint, model.location_hint),
  });
}
