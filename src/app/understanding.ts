import {
  correctFields, createUnderstander, type IncidentFields, type Understanding, type UnderstanderOptions,
} from '../triage/index.js';
import type { MessageAnalysis, StatedFields, Understander } from '../bot/index.js';
import type { UnderstandingThread } from './understanding-thread.js';

/** An incident with nothing stated: a correction read against it yields only what the answer says. */
export const NOTHING_STATED: IncidentFields = {
  category: { value: 'hardware', source: 'default' },
  scope: { value: 'single_user', source: 'default' },
  urgency: { value: 'medium', source: 'default' },
  patient_care_impact: { value: false, source: 'default' },
  asset_hint: null,
  location_hint: null,
  impact: 'low',
  priority: 'P4',
};

/** What a message says about the incident fields: stated or inferred from its words, never defaults. */
function fieldsOf(fields: Partial<IncidentFields> | null | undefined, includeInferred: boolean): StatedFields {
  const take = <T>(field: { value: T; source: string } | undefined): T | undefined =>
    field && (field.source === 'stated' || (includeInferred && field.source === 'inferred')) ? field.value : undefined;
  const location = fields?.location_hint ?? undefined;
  const asset = fields?.asset_hint ?? undefined;
  return {
    category: take(fields?.category),
    scope: take(fields?.scope),
    urgency: take(fields?.urgency),
    patientCareImpact: take(fields?.patient_care_impact),
    ...(asset ? { assetHint: { tag: asset.tag, hostname: asset.hostname, kind: asset.kind } } : {}),
    ...(location
      ? { locationHint: { unit: location.unit, building: location.building, floor: location.floor?.toString(), room: location.room } }
      : {}),
  };
}

export function toAnalysis(understanding: Understanding): MessageAnalysis {
  const fields = understanding.fields;
  return {
    language: understanding.language,
    intent: understanding.intent.value,
    ...(understanding.ticket_ref ? { ticketNumber: understanding.ticket_ref } : {}),
    ...fieldsOf(fields, true),
    ...(fields
      ? {
          guessed: {
            urgency: fields.urgency.source === 'inferred',
            patientCareImpact: fields.patient_care_impact.source === 'inferred',
            scope: fields.scope.source === 'inferred',
          },
        }
      : {}),
  };
}

/**
 * The bot's view of the triage understanding (rules, plus a chat model when configured). With a model,
 * the text is redacted first: patient data never leaves for a model endpoint.
 */
export function createBotUnderstander(
  options: UnderstanderOptions & { redact?: (text: string) => string; thread?: UnderstandingThread } = {},
): Understander {
  const understander = createUnderstander(options);
  const outgoing = options.model && options.redact ? options.redact : (text: string) => text;
  // The thread reads by rules only: with a model, messages are read here.
  const thread = options.model ? undefined : options.thread;
  return {
    analyse: async (text) =>
      toAnalysis((await thread?.understand(text)) ?? (await understander.understand(outgoing(text)))),
    // An answer is read for the fields it states only: no intent, no language, no model call.
    analyseAnswer: async (text) =>
      fieldsOf((await thread?.readAnswer(text)) ?? correctFields(NOTHING_STATED, text), false),
  };
}
