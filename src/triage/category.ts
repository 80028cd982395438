import type { Category, Scope } from './vocabulary.js';
import { byDefault, inferred, stated, type Field } from './field.js';
import { matchesAny, type Prepared } from './matcher.js';
import {
  ACCESS_CREDENTIALS, BIOMEDICAL, HARDWARE, LOGIN_FAILURE, MONITOR_WORDS, NETWORK, PATIENT_MONITOR_CONTEXT,
  PC_MONITOR_CONTEXT, PHONE, PRINTER, SECURITY, SOFTWARE,
} from './category-lexicon.js';

/** "le moniteur de la chambre 3" is a patient monitor; "mon deuxième moniteur" is a PC screen. */
export function mentionsPatientMonitor(text: Prepared): boolean {
  return (
    matchesAny(text, MONITOR_WORDS) && matchesAny(text, PATIENT_MONITOR_CONTEXT) && !matchesAny(text, PC_MONITOR_CONTEXT)
  );
}

export function mentionsMedicalDevice(text: Prepared): boolean {
  return matchesAny(text, BIOMEDICAL) || mentionsPatientMonitor(text);
}

/** Category words found in the text, strongest first; empty when the message names nothing. */
const DEVICE_ORDER: Array<[Category, (text: Prepared) => boolean]> = [
  ['security', (text) => matchesAny(text, SECURITY)],
  ['biomedical', mentionsMedicalDevice],
  ['access', (text) => matchesAny(text, ACCESS_CREDENTIALS)],
  ['printer', (text) => matchesAny(text, PRINTER)],
  ['phone', (text) => matchesAny(text, PHONE)],
  ['network', (text) => matchesAny(text, NETWORK)],
];

/** True when the text names something a category can be read from (used by intent detection). */
export function mentionsCategoryWords(text: Prepared): boolean {
  return (
    DEVICE_ORDER.some(([, test]) => test(text)) ||
    matchesAny(text, SOFTWARE) ||
    matchesAny(text, HARDWARE) ||
    matchesAny(text, MONITOR_WORDS)
  );
}

/**
 * Category of an incident by DESIGN.md's rules: security and medical devices first; a broken
 * credential is access; a login failure is access for one person but software when a group is locked
 * out; then what the message names (printer, phone, network, application, hardware).
 * Service requests are always `request`.
 */
export function detectCategory(text: Prepared, options: { request: boolean; scope: Scope }): Field<Category> {
  if (options.request) return stated('request');
  for (const [category, test] of DEVICE_ORDER) if (test(text)) return stated(category);
  if (matchesAny(text, LOGIN_FAILURE)) return inferred(options.scope === 'single_user' ? 'access' : 'software');
  if (matchesAny(text, SOFTWARE)) return stated('software');
  if (matchesAny(text, HARDWARE) || matchesAny(text, MONITOR_WORDS)) return stated('hardware');
  return byDefault('software');
}
