import type { Category, Scope } from './vocabulary.js';
import { byDefault, inferred, stated, type Field } from './field.js';
import { compilePhrases, matchesAny, positionsOf, type Prepared } from './matcher.js';
import type { Unit } from './location-hint.js';
import type { AssetKind } from './asset-hint.js';
import { CARE_BLOCKERS, CARE_OBJECTS, NO_CARE_IMPACT, NOT_URGENT, ON_CALL, PATIENT_WAITING } from './signal-lexicon.js';

/** Units where a unit-wide outage holds up care even when the writer does not say so. */
const CLINICAL_UNITS: ReadonlySet<Unit> = new Set<Unit>([
  'icu', 'emergency', 'operating_theatre', 'recovery', 'maternity', 'pediatrics', 'cardiology', 'oncology', 'geriatrics',
  'internal_medicine', 'neurology', 'surgery', 'radiology', 'laboratory', 'pharmacy',
]);

/** Office tools: their outage slows a unit down without holding up care. */
const OFFICE_TOOLS = compilePhrases([
  'mail', 'mails', 'email*', 'e mail*', 'messagerie', 'outlook', 'webmail', 'teams', 'word', 'excel', 'intranet', 'visio*', 'zoom',
  'portail rh', 'agenda', 'calendrier', 'calendar', 'internet', 'fax', 'faxes', 'dictee', 'secretariat*',
]);
/** Systems care runs on: named with an office tool, the outage still holds up care. */
const CARE_SYSTEMS = compilePhrases([
  'dpi', 'pacs', 'logiciel* de? soins|soin|prescription|bloc|transfusion|labo|urgences', 'dossier* patient*', 'patient record*',
  'prescri*', 'ris', 'lims', 'ehr', 'emr', 'module de? prescription', 'logiciel* d|de anesthesie|dialyse|sterilisation|pharmacie|chimio*',
  'medication administration', 'pancarte', 'plan* de soins',
]);

/** People who give care: their own access to a care system failing holds up their patients. */
const CLINICIANS = compilePhrases([
  'ide', 'infirmier*', 'infirmiere*', 'medecin*', 'interne', 'internes', 'sage* femme*', 'anesthesiste*', 'urgentiste*',
  'chirurgien*', 'puericult*', 'nurse', 'nurses', 'doctor*', 'physician*', 'midwife', 'midwives', 'intern', 'resident',
  'surgeon*', 'anaesthetist*', 'anesthetist*', 'registrar',
]);

/** Units where even a team's outage stops care at once. */
const ACUTE_UNITS: ReadonlySet<Unit> = new Set<Unit>(['icu', 'emergency', 'operating_theatre', 'recovery', 'maternity']);

/** How close (in words) a blocker and a care object must be to read "care is blocked". */
const WINDOW = 7;

export interface CareImpactContext {
  category: Category;
  scope: Scope;
  unit?: Unit;
  assetKind?: AssetKind;
  /** The message states a way to keep working. */
  workaround: boolean;
  /** Something is down, not merely slow. */
  outage: boolean;
  /** Something is reported wrong (down or degraded). */
  problem: boolean;
}

/** True when a blocker ("ne peut plus", "impossible", "waiting") sits near something care depends on. */
export function statesCareBlocked(text: Prepared): boolean {
  if (matchesAny(text, PATIENT_WAITING)) return true;
  const blockers = positionsOf(text, CARE_BLOCKERS);
  if (blockers.length === 0) return false;
  const objects = positionsOf(text, CARE_OBJECTS);
  return blockers.some((b) => objects.some((o) => Math.abs(o - b) <= WINDOW));
}

/**
 * Patient-care impact by DESIGN.md: true only when care is actually blocked or delayed; a stated
 * workaround makes it false. When in doubt on a clinical matter it errs up (`inferred`, so the dialog
 * can confirm): a failing medical device, a wristband or specimen-label printer in a care unit, the
 * phone or pager of someone on call, or a unit-wide outage in a care unit is presumed to hold up care.
 */
export function detectCareImpact(text: Prepared, context: CareImpactContext): Field<boolean> {
  if (context.workaround || matchesAny(text, NO_CARE_IMPACT)) return stated(false);
  if (statesCareBlocked(text)) return stated(true);
  if (context.category === 'request') return byDefault(false);
  // "Pas urgent" from the writer: nothing is waiting on the repair.
  if (matchesAny(text, NOT_URGENT)) return inferred(false);
  if (context.category === 'biomedical' && context.outage) return inferred(true);
  const careUnit = context.unit === undefined || CLINICAL_UNITS.has(context.unit);
  if (context.assetKind === 'label_printer' && context.problem && careUnit) return inferred(true);
  if (context.category === 'phone' && context.outage && matchesAny(text, ON_CALL)) return inferred(true);
  const careSystem = matchesAny(text, CARE_SYSTEMS);
  const ownAccess = context.category === 'access' || context.category === 'software';
  if (ownAccess && context.outage && careSystem && matchesAny(text, CLINICIANS)) return inferred(true);
  const acuteUnit = context.unit !== undefined && ACUTE_UNITS.has(context.unit);
  if (context.scope === 'team' && context.outage && acuteUnit && !matchesAny(text, OFFICE_TOOLS)) return inferred(true);
  const wide = context.scope === 'service' || context.scope === 'site';
  const officeTool = matchesAny(text, OFFICE_TOOLS) && !careSystem;
  if (wide && context.outage && !officeTool && context.unit !== undefined && CLINICAL_UNITS.has(context.unit)) {
    return inferred(true);
  }
  return byDefault(false);
}
