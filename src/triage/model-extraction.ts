import { z } from 'zod';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { categorySchema, scopeSchema, urgencySchema } from './vocabulary.js';
import { intentSchema } from './intent.js';
import { assetKindSchema } from './asset-hint.js';
import { unitSchema } from './location-hint.js';

/**
 * What a chat model is asked to extract. Every field is nullable ("not said") rather than optional,
 * so providers with strict structured output accept the schema.
 */
export const modelExtractionSchema = z.object({
  intent: intentSchema.nullable(),
  category: categorySchema.nullable(),
  scope: scopeSchema.nullable(),
  urgency: urgencySchema.nullable(),
  patient_care_impact: z.boolean().nullable(),
  asset_hint: z
    .object({ tag: z.string().nullable(), hostname: z.string().nullable(), kind: assetKindSchema.nullable() })
    .nullable(),
  location_hint: z
    .object({
      unit: unitSchema.nullable(),
      building: z.string().nullable(),
      floor: z.number().int().nullable(),
      room: z.string().nullable(),
    })
    .nullable(),
});
export type ModelExtraction = z.infer<typeof modelExtractionSchema>;

/** Reads an answer field by field: one unusable field becomes null instead of voiding the rest. */
const lenientExtractionSchema = z.object({
  intent: intentSchema.nullable().catch(null),
  category: categorySchema.nullable().catch(null),
  scope: scopeSchema.nullable().catch(null),
  urgency: urgencySchema.nullable().catch(null),
  patient_care_impact: z.boolean().nullable().catch(null),
  asset_hint: z
    .object({
      tag: z.string().nullable().catch(null),
      hostname: z.string().nullable().catch(null),
      kind: assetKindSchema.nullable().catch(null),
    })
    .nullable()
    .catch(null),
  location_hint: z
    .object({
      unit: unitSchema.nullable().catch(null),
      building: z.string().nullable().catch(null),
      floor: z.number().int().nullable().catch(null),
      room: z.string().nullable().catch(null),
    })
    .nullable()
    .catch(null),
});

/** Why the model's answer was not used; the deterministic result stands. */
export type ModelFailure = 'timeout' | 'error' | 'invalid_output';

export type ModelExtractionResult =
  | { ok: true; extraction: ModelExtraction }
  | { ok: false; reason: ModelFailure; detail: string };

const INSTRUCTIONS = `You read one message written by hospital staff (French or English) to the IT help desk of a French hospital.
Extract, using exactly these codes (null when the message does not say or imply it):
- intent: question (how-to/knowledge), incident_report, service_request, ticket_status, talk_to_human, cancel, help, greeting, thanks, unknown.
- category: hardware, printer, software, access, network, phone, biomedical, security, request.
  A new account, new access rights, an installation or a file restore is "request" even when urgent; a broken login or credential is "access";
  a whole unit locked out by an application or server fault is "software"; medical devices (scope = patient monitor, pousse-seringue, pompe, ECG, respirateur, défibrillateur) are "biomedical";
  phishing, virus, ransomware are "security".
- scope: single_user (one person or one bedside device), team (a group, or one station shared by a team such as the poste de soins),
  service (a whole care unit: "tout le service", "plus personne"), site (a building, several departments, the whole hospital).
- urgency: high, medium, low: how soon work must resume; a stated workaround lowers it.
- patient_care_impact: true only when care is actually blocked or delayed; a workaround that keeps care going makes it false.
- asset_hint: tag (e.g. PC-CARD-0342), hostname, kind (workstation, printer, label_printer, phone, server, network, biomedical, application).
- location_hint: unit (icu, emergency, cardiology, admissions, radiology, laboratory, operating_theatre, recovery, pharmacy, it, maternity,
  pediatrics, oncology, geriatrics, internal_medicine, neurology, surgery, hr, finance, management, logistics), building, floor (number), room.
Hospital slang: réa = icu, urgences/SAU = emergency, bloc = operating_theatre, SSPI = recovery, IDE = nurse, AS = nursing assistant, DPI = patient record.
When in doubt between two levels on a clinical matter, choose the higher one.`;

/**
 * Asks a chat model for the fields of one message, with a deadline. Never throws: a timeout, a
 * provider error or an answer that does not fit the schema comes back as `{ ok: false, reason }`.
 *
 * @example
 * const result = await extractWithModel(model, "le scope du box 3 est noir", { timeoutMs: 4000 });
 * if (result.ok) console.log(result.extraction.category); // 'biomedical'
 */
export async function extractWithModel(
  model: BaseChatModel,
  message: string,
  options: { timeoutMs: number },
): Promise<ModelExtractionResult> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve('timeout');
    }, options.timeoutMs);
  });
  try {
    const structured = model.withStructuredOutput(modelExtractionSchema, { name: 'incident_fields' });
    const call = structured.invoke(
      [
        { role: 'system', content: INSTRUCTIONS },
        { role: 'user', content: message },
      ],
      { signal: controller.signal },
    );
    call.catch(() => undefined); // a late failure after the deadline must not surface as unhandled
    const outcome = await Promise.race([call, deadline]);
    if (outcome === 'timeout') return { ok: false, reason: 'timeout', detail: `no answer within ${options.timeoutMs} ms` };
    if (typeof outcome !== 'object' || outcome === null) {
      return { ok: false, reason: 'invalid_output', detail: 'the answer is not an object' };
    }
    const parsed = lenientExtractionSchema.safeParse(outcome);
    if (!parsed.success) return { ok: false, reason: 'invalid_output', detail: parsed.error.issues[0]?.message ?? 'invalid' };
    return { ok: true, extraction: parsed.data };
  } catch (error) {
    return { ok: false, reason: controller.signal.aborted ? 'timeout' : 'error', detail: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}
