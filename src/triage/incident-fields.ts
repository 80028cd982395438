import type { Category, Impact, Priority, Scope, Urgency } from './vocabulary.js';
import { assess } from './priority.js';
import type { Field } from './field.js';
import { matchesAny, type Prepared } from './matcher.js';
import { detectCategory } from './category.js';
import { detectScope } from './scope.js';
import { detectCareImpact } from './care-impact.js';
import { detectUrgency } from './urgency.js';
import { extractAssetHint, findAssetKind, type AssetHint } from './asset-hint.js';
import { extractLocationHint, type LocationHint } from './location-hint.js';
import { COSMETIC, DEGRADED, STALE_CONTENT, statesWorkaround, threatActedUpon } from './signal-lexicon.js';

/** The incident fields of DESIGN.md, each with how it was obtained, plus impact and priority. */
export interface IncidentFields {
  category: Field<Category>;
  scope: Field<Scope>;
  urgency: Field<Urgency>;
  patient_care_impact: Field<boolean>;
  asset_hint: AssetHint | null;
  location_hint: LocationHint | null;
  impact: Impact;
  priority: Priority;
}

/** The four fields that decide priority and that intake asks about when they were not stated. */
export const ASSESSED_FIELDS = ['category', 'scope', 'urgency', 'patient_care_impact'] as const;
export type AssessedField = (typeof ASSESSED_FIELDS)[number];

/** Fields the message did not state: what the dialog should still ask (or confirm). */
export function unstatedFields(fields: IncidentFields): AssessedField[] {
  return ASSESSED_FIELDS.filter((name) => fields[name].source !== 'stated');
}

/** Recomputes impact and priority after any field changed. */
export function withAssessment(fields: Omit<IncidentFields, 'impact' | 'priority'>): IncidentFields {
  const { impact, priority } = assess({
    category: fields.category.value,
    scope: fields.scope.value,
    urgency: fields.urgency.value,
    patient_care_impact: fields.patient_care_impact.value,
  });
  return { ...fields, impact, priority };
}

/**
 * Reads the incident fields from a message with the lexicons alone (no model, deterministic).
 * `request` is true for a service request: category is then always `request`.
 */
export function extractIncidentFields(text: Prepared, options: { request: boolean }): IncidentFields {
  const location = extractLocationHint(text);
  // An incident report says something is wrong even when no breakdown word was recognised.
  const problem = !options.request;
  // A noise or a colour is a fault, not an outage: the machine still does its job.
  const outage = problem && !matchesAny(text, DEGRADED) && !matchesAny(text, COSMETIC) && !matchesAny(text, STALE_CONTENT);
  const named = detectCategory(text, { request: options.request, scope: 'single_user' });
  const assetKind = findAssetKind(text, named.source === 'default' ? undefined : named.value);
  const scope = detectScope(text, {
    location,
    category: named.source === 'default' ? undefined : named.value,
    assetKind,
    problem,
    outage,
    compromise: named.value === 'security' && threatActedUpon(text),
  });
  const category = detectCategory(text, { request: options.request, scope: scope.value });
  const workaround = statesWorkaround(text);
  const careContext = { category: category.value, scope: scope.value, unit: location?.unit, assetKind, outage, problem };
  const patientCareImpact = detectCareImpact(text, { ...careContext, workaround });
  const urgency = detectUrgency(text, {
    category: category.value,
    scope: scope.value,
    // With a workaround, care keeps going: urgency is judged on what is left, then lowered one step.
    patientCareImpact: patientCareImpact.value,
    workaround,
    outage,
    unit: location?.unit,
  });
  return withAssessment({
    category,
    scope,
    urgency,
    patient_care_impact: patientCareImpact,
    asset_hint: extractAssetHint(text, category.value),
    location_hint: location,
  });
}
