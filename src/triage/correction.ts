import { inferred, stated } from './field.js';
import { matchesAny, prepare } from './matcher.js';
import { detectCategory } from './category.js';
import { statedScope } from './scope.js';
import { statesCareBlocked } from './care-impact.js';
import { extractAssetHint, findAssetKind } from './asset-hint.js';
import { extractLocationHint } from './location-hint.js';
import { withAssessment, type IncidentFields } from './incident-fields.js';
import { NO_CARE_IMPACT, NOT_URGENT, SOMEWHAT_URGENT, URGENT, statesWorkaround } from './signal-lexicon.js';
import type { Urgency } from './vocabulary.js';

/** The fields a correction changed, each `stated`; impact and priority when they moved too. */
export type FieldChanges = Partial<IncidentFields>;

const LOWER: Record<Urgency, Urgency> = { high: 'medium', medium: 'low', low: 'low' };

/**
 * Reads a correction the writer sends during intake ("non, c'est en réa", "non c'est l'imprimante",
 * "c'est pas urgent", "tout le service est touché", "on a un autre PC") and returns only the fields it
 * changes. Only what the correction says outright counts; nothing is guessed.
 *
 * @example
 * correctFields(current, "non, c'est en réa")          // { location_hint: { ...current.location_hint, unit: 'icu' } }
 * correctFields(current, 'tout le service est touché') // { scope: { value: 'service', source: 'stated' }, impact: 'high', priority: 'P2' }
 */
export function correctFields(current: IncidentFields, message: string): FieldChanges {
  const text = prepare(message);
  const next = { ...current };

  if (current.category.value !== 'request') {
    const category = detectCategory(text, { request: false, scope: current.scope.value });
    if (category.source === 'stated') next.category = category;
  }
  const location = extractLocationHint(text);
  const scope = statedScope(text, { ...(current.location_hint ?? {}), ...(location ?? {}) });
  if (scope) next.scope = stated(scope);

  const workaround = statesWorkaround(text);
  if (matchesAny(text, NOT_URGENT)) next.urgency = stated('low');
  else if (matchesAny(text, SOMEWHAT_URGENT)) next.urgency = stated('medium');
  else if (matchesAny(text, URGENT)) next.urgency = stated('high');
  else if (workaround) next.urgency = stated(LOWER[current.urgency.value]);

  if (workaround || matchesAny(text, NO_CARE_IMPACT)) next.patient_care_impact = stated(false);
  else if (statesCareBlocked(text)) {
    next.patient_care_impact = stated(true);
    // Care held up makes work urgent, unless the writer said otherwise (same rule as first reading).
    if (next.urgency.source !== 'stated') next.urgency = inferred('high');
  }

  if (location) next.location_hint = { ...(current.location_hint ?? {}), ...location };
  const asset = extractAssetHint(text, findAssetKind(text) ? next.category.value : undefined);
  if (asset) next.asset_hint = { ...(current.asset_hint ?? {}), ...asset };

  const assessed = withAssessment(next);
  const changes: FieldChanges = {};
  for (const key of Object.keys(assessed) as Array<keyof IncidentFields>) {
    if (JSON.stringify(assessed[key]) !== JSON.stringify(current[key])) {
      (changes as Record<string, unknown>)[key] = assessed[key];
    }
  }
  return changes;
}
