import type { Category, Scope, Urgency } from './vocabulary.js';
import { byDefault, inferred, stated, type Field } from './field.js';
import { compilePhrases, matchesAny, type Prepared } from './matcher.js';
import {
  COSMETIC, NEXT_DAY, WAY_ROUND_COSTS, SOMEWHAT_URGENT, SECURITY_HARMLESS, STALE_CONTENT, TIME_PRESSURE, equipmentOverheating, lockedUnitLeftOpen, saysNotUrgent, saysUrgent, threatActedUpon,
} from './signal-lexicon.js';
import { statesNobodyCan } from './quantifier.js';
import { CARE_SYSTEMS, CONNECTIVITY, GUEST_SERVICES, OFFICE_TOOLS, SHARED_FILES } from './systems.js';
import { BACK_OFFICE_UNITS } from './care-impact.js';
import type { Unit } from './location-hint.js';

export interface UrgencyContext {
  category: Category;
  scope: Scope;
  /** Care is held up (false when a stated workaround keeps it going). */
  patientCareImpact: boolean;
  workaround: boolean;
  outage: boolean;
  /** The unit named, if any. */
  unit?: Unit;
}

const LOWER: Record<Urgency, Urgency> = { high: 'medium', medium: 'low', low: 'low' };

/** A patient whose life the device or its stand-in keeps going: intubated, ventilated, on a syringe driver of amines. */
const ON_LIFE_SUPPORT = compilePhrases([
  'intube*', 'ventile*', 'sous respi*', 'sous ventilation', 'sous amines', 'sous noradre*', 'intubated', 'ventilated', 'on a ventilator', 'on pressors', 'on inotropes',
]);

/** A day it is due by, within a day: "d'ici demain", "pour demain", "by tomorrow". */
const DUE_BY_TOMORROW = compilePhrases(['(d ici|pour|avant) demain', '(d ici|pour|avant) ce soir', '(by|before) (tomorrow|tonight|the end of the day)', 'd ici la fin de (la )?journee']);

/**
 * How soon work must resume. The writer's words first ("pas urgent", "urgent"); then consequences:
 * care held up, a unit or the site down, a compromised machine, time pressure (on call, patients
 * queuing, an operation about to start). A stated workaround lowers the result one step (DESIGN.md).
 * Otherwise medium, flagged `default`.
 */
export function detectUrgency(text: Prepared, context: UrgencyContext): Field<Urgency> {
  // "Pas hyper urgent mais d'ici demain svp": it can wait, not past tomorrow.
  if (saysNotUrgent(text)) return stated(matchesAny(text, DUE_BY_TOMORROW) ? 'medium' : 'low');
  if (matchesAny(text, SOMEWHAT_URGENT)) return stated('medium');
  if (saysUrgent(text) || /!{2,}/.test(text.raw)) return stated('high');
  // Staff posted at the door of a locked unit left open hold it for a while; the door cannot wait.
  if (lockedUnitLeftOpen(text)) return inferred('high');
  const base = consequences(text, context);
  // A workaround for a whole unit or site still leaves many people slowed: it does not bring urgency below medium.
  const wide = context.scope === 'service' || context.scope === 'site';
  // Care held up despite the workaround (paper mode while a unit's care system is down): nothing to lower.
  if (context.workaround && context.patientCareImpact) return inferred(base);
  // A compromised machine is a threat that spreads: working on other machines keeps care going, not the threat at bay.
  if (context.workaround && base === 'high' && compromised(text, context.category)) return inferred('high');
  // "…mais ça fait la queue": a way round that costs leaves the repair due soon.
  // A patient on life support kept going by a stop-gap ("patient intubé… sur le moniteur de transport en attendant"):
  // the repair cannot wait days.
  const lifeSupportBridged = context.category === 'biomedical' && matchesAny(text, ON_LIFE_SUPPORT);
  const costly = (base !== 'low' && matchesAny(text, WAY_ROUND_COSTS)) || lifeSupportBridged;
  if (context.workaround) return stated(((wide || costly) && base !== 'low') || lifeSupportBridged ? 'medium' : LOWER[base]);
  // A threat reported and not acted upon ("je n'ai pas cliqué") can wait for the security team's round.
  if (context.category === 'security' && matchesAny(text, SECURITY_HARMLESS)) return inferred('low');
  if (base === 'low') return inferred('low');
  return base === 'high' ? inferred('high') : byDefault('medium');
}

/**
 * Office work a unit can hold for a few hours: mail, meals, billing for one unit; shared folders even
 * for the whole site. Care systems and the network cannot wait, nor mail for the whole hospital.
 */
function officeWorkOnly(text: Prepared, scope: Scope): boolean {
  if (matchesAny(text, CARE_SYSTEMS)) return false;
  if (matchesAny(text, SHARED_FILES)) return true;
  return scope === 'service' && matchesAny(text, OFFICE_TOOLS) && !matchesAny(text, CONNECTIVITY);
}

function compromised(text: Prepared, category: Category): boolean {
  return category === 'security' && threatActedUpon(text);
}

function consequences(text: Prepared, context: UrgencyContext): Urgency {
  if (context.patientCareImpact) return 'high';
  if (matchesAny(text, GUEST_SERVICES) && !matchesAny(text, CARE_SYSTEMS)) return 'low';
  const wide = context.scope === 'service' || context.scope === 'site';
  // "RH : la pointeuse n'envoie plus les pointages… pour tout le personnel", "la ligne des admissions sonne occupé": a
  // back office's whole-unit outage holds its paperwork for hours, not care; high only when time presses or work stops.
  // Not a threat, nor the network cut: those spread or stop everything.
  const backOffice = context.unit !== undefined && BACK_OFFICE_UNITS.has(context.unit) && !matchesAny(text, CARE_SYSTEMS)
    && context.category !== 'security' && context.category !== 'network';
  if (wide && context.outage && context.category !== 'request' && !officeWorkOnly(text, context.scope) && !backOffice) return 'high';
  if (compromised(text, context.category)) return 'high';
  if (matchesAny(text, TIME_PRESSURE) || equipmentOverheating(text)) return 'high';
  // A group locked out of its work cannot wait, unless the work is office work that can.
  if (statesNobodyCan(text) && !officeWorkOnly(text, context.scope)) return 'high';
  // A new account for tomorrow is planned work; a repair needed by tomorrow is pressing.
  if (context.category !== 'request' && matchesAny(text, NEXT_DAY)) return 'high';
  if (!wide && matchesAny(text, COSMETIC)) return 'low';
  // Old content shown everywhere is still only old content.
  if (matchesAny(text, STALE_CONTENT)) return 'low';
  return 'medium';
}
