import type { Language } from './vocabulary.js';
import type { Field } from './field.js';
import { prepare } from './matcher.js';
import { detectLanguage } from './language.js';
import { detectIntent, type Intent } from './intent.js';
import type { IncidentFields } from './incident-fields.js';
import type { LearnedModels } from './learned/models.js';
import { readIncidentFields } from './read-fields.js';
import { withoutThingSaidToWork } from './correction.js';

/** What the bot understood of one staff message. */
export interface Understanding {
  language: Language;
  intent: Field<Intent>;
  /** Ticket number named in the message (INC-2026-000123), canonical form. */
  ticket_ref: string | null;
  /** Incident fields, for incident reports and service requests only. */
  fields: IncidentFields | null;
  /** `rules` for the lexicons alone; `rules+model` when a chat model's extraction was merged in. */
  extracted_by: 'rules' | 'rules+model';
}

/** Intents that open a ticket and therefore carry incident fields. */
export function carriesFields(intent: Intent): boolean {
  return intent === 'incident_report' || intent === 'service_request';
}

/**
 * Understands a message with the French and English lexicons, refined by the shipped learned models
 * (`models: null` for the lexicons alone): deterministic, no network.
 *
 * @example
 * const u = understandText("plus aucun PC ne marche en réa, on ne peut plus accéder aux dossiers patients !!");
 * u.intent.value            // 'incident_report'
 * u.fields?.scope.value     // 'service'
 * u.fields?.priority        // 'P1'
 */
export function understandText(message: string, options: { models?: LearnedModels | null } = {}): Understanding {
  const text = prepare(message);
  const { intent, ticketRef } = detectIntent(text);
  const kept = withoutDeniedSubject(message);
  const fields = carriesFields(intent.value)
    ? readIncidentFields(kept === message ? text : prepare(kept), { request: intent.value === 'service_request', ...options })
    : null;
  return { language: detectLanguage(text.tokens), intent, ticket_ref: ticketRef, fields, extracted_by: 'rules' };
}

/** "?? rien à voir avec une clé usb. c'est pharmatrace qui plante": the thing said to have nothing to do with it. */
// Not "rien à voir avec les soins", which says patients are not affected.
const DENIED_SUBJECT = /(rien [àa] voir avec|nothing to do with)\s+(?!(les |le |la |l'|the |patient )?(soins|patients?|care|clinique|clinical)\b)[^.,;!?\n]{1,40}[.,;!?]?/giu;

function withoutDeniedSubject(message: string): string {
  const kept = withoutThingSaidToWork(message.replace(DENIED_SUBJECT, ' ')).trim();
  return kept.split(/\s+/).length >= 3 ? kept : message;
}
