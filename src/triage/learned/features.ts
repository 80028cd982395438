import type { Prepared } from '../matcher.js';
import type { IncidentFields } from '../incident-fields.js';

/**
 * What the learned models see of a message: the rules' reading of it (each field's value and how it was
 * obtained, impact, priority, the unit named) and its words and word pairs, folded as the lexicons fold them.
 */
export function featuresOf(text: Prepared, fields: IncidentFields): string[] {
  const features = new Set<string>(['bias']);
  const { category, scope, urgency, patient_care_impact: care } = fields;
  features.add(`category=${category.value}`);
  features.add(`scope=${scope.value}`).add(`scope=${scope.value}@${scope.source}`);
  features.add(`urgency=${urgency.value}`).add(`urgency=${urgency.value}@${urgency.source}`);
  features.add(`care=${care.value}`).add(`care=${care.value}@${care.source}`);
  features.add(`priority=${fields.priority}`).add(`impact=${fields.impact}`);
  features.add(`category+care=${category.value}+${care.value}`);
  features.add(`unit=${fields.location_hint?.unit ?? 'none'}`);
  const { tokens } = text;
  for (let i = 0; i < tokens.length; i++) {
    features.add(`w=${tokens[i]}`);
    if (i + 1 < tokens.length) features.add(`w2=${tokens[i]}_${tokens[i + 1]}`);
  }
  return [...features];
}
