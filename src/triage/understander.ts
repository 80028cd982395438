import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { prepare } from './matcher.js';
import { detectLanguage } from './language.js';
import { detectIntent } from './intent.js';
import { readIncidentFields } from './read-fields.js';
import { mergeField, mergeIncidentFields } from './merge.js';
import { extractWithModel, type ModelFailure } from './model-extraction.js';
import { carriesFields, type Understanding } from './understand.js';

export interface UnderstanderOptions {
  /** Optional chat model (created from configuration elsewhere). Without it, rules alone. */
  model?: BaseChatModel;
  /** Deadline for the model's answer; past it the rules' result is used. */
  timeoutMs?: number;
  /** Told why the model's answer was not used (a reason code, never the message). */
  onModelFailure?: (reason: ModelFailure) => void;
}

export interface Understander {
  understand(message: string): Promise<Understanding>;
}

const DEFAULT_TIMEOUT_MS = 4000;

/**
 * Understands staff messages: the lexicons always, a chat model when one is given. The model only
 * fills what the writer did not state, errs up on clinical doubts, and is ignored on error, timeout or
 * unusable output, so a model never makes the result worse than the rules alone.
 *
 * @example
 * const understander = createUnderstander({ model, timeoutMs: config.llm.timeoutMs });
 * const u = await understander.understand("le scope du box 3 ne s'allume plus");
 * u.fields?.priority; // 'P1'
 */
export function createUnderstander(options: UnderstanderOptions = {}): Understander {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return {
    async understand(message: string): Promise<Understanding> {
      if (!options.model) return understandByRules(message);
      const text = prepare(message);
      const { intent: rulesIntent, ticketRef } = detectIntent(text);
      const language = detectLanguage(text.tokens);
      const rulesOnly = () => understandByRules(message);

      const result = await extractWithModel(options.model, message, { timeoutMs });
      if (!result.ok) {
        options.onModelFailure?.(result.reason);
        return rulesOnly();
      }
      const extraction = result.extraction;
      const intent = ticketRef ? rulesIntent : mergeField(rulesIntent, extraction.intent);
      if (!carriesFields(intent.value)) {
        return { language, intent, ticket_ref: ticketRef, fields: null, extracted_by: 'rules+model' };
      }
      const request = intent.value === 'service_request';
      const fields = mergeIncidentFields(readIncidentFields(text, { request }), extraction, request);
      return { language, intent, ticket_ref: ticketRef, fields, extracted_by: 'rules+model' };
    },
  };
}

/** What the lexicons and the shipped learned models read in a message: no model, no I/O, plain data. */
export function understandByRules(message: string): Understanding {
  const text = prepare(message);
  const { intent, ticketRef } = detectIntent(text);
  return {
    language: detectLanguage(text.tokens),
    intent,
    ticket_ref: ticketRef,
    fields: carriesFields(intent.value) ? readIncidentFields(text, { request: intent.value === 'service_request' }) : null,
    extracted_by: 'rules',
  };
}
