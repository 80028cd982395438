import { foldAnswer, isDoorCode, roomNumber } from './answers.js';
import type { AssetPlace } from '../../directory/index.js';
import { DEVICE_KINDS, type IntakeAsset, type IntakeState, type QuestionId } from './state.js';

/** Devices worth proposing for the current category (or hinted kind), best first. */
/**
 * The devices worth proposing for the category: the preferred ones when there are (the requester's own,
 * as an agent asks "is it your PC, PC-CARD-0342?", or the one the message points at), otherwise those of
 * the unit concerned.
 */
export function proposedDevices(state: IntakeState): IntakeAsset[] {
  const kinds = state.category ? DEVICE_KINDS[state.category] : undefined;
  if (!kinds) return [];
  const fitting = state.candidates.filter((a) => kinds.includes(a.kind));
  const preferred = fitting.filter((a) => a.preferred);
  return preferred.length > 0 ? preferred : fitting;
}

/**
 * The next question to ask ('confirm' once everything is known). One question at a time,
 * only for what is still missing, in the order a help-desk agent would ask.
 */
export function nextQuestion(state: IntakeState): QuestionId {
  if (state.kind === 'request') {
    if (!state.requestType) return 'request_type';
    if (!state.requestDetail && !state.detailsInMessage) return 'request_detail';
    if (!state.urgency) return 'request_urgency';
    return 'confirm';
  }
  if (!state.category) return 'category';
  if (state.asset === undefined && DEVICE_KINDS[state.category]) return 'asset';
  if (state.location === undefined && !placeIsBesideThePoint(state)) return 'location';
  if (!state.scope) return 'scope';
  if (state.patientCareImpact === undefined && !awayFromCare(state)) return 'patient_care';
  if (!state.urgency) return 'urgency';
  return 'confirm';
}

/**
 * Where it happens does not matter for a hospital-wide outage, nor for an account, a password or a
 * phishing e-mail that no device carries (an application's password is the same everywhere): asking
 * would only slow the person down.
 */
function placeIsBesideThePoint(state: IntakeState): boolean {
  if (state.scope === 'site' || state.awayFromSite) return true;
  const device = state.asset && state.asset.kind !== 'application';
  return (state.category === 'access' || state.category === 'security') && !device;
}

/**
 * Where the ticket says it happens: the place given; else the device's place; else the requester's own
 * place (the technician knows where to find them). The summary shows it, so it is what the ticket stores.
 */
export function ticketPlace(state: IntakeState): AssetPlace | null {
  // At home, the unit's care station is no place to send a technician to.
  if (state.awayFromSite && !state.location) return null;
  return state.location ?? (state.asset && state.asset.kind !== 'application' ? state.asset.place : undefined) ?? state.homePlace ?? null;
}

/** The room the user named ("salle 5") when the place the ticket stores does not name it; else undefined. */
export function roomNotStored(state: IntakeState): string | undefined {
  const said = state.pointer?.room;
  if (!said) return undefined;
  // "A270": a door's code, which the directory's room names start with ("A270 Bureau médical").
  if (isDoorCode(said)) return foldAnswer(ticketPlace(state)?.room ?? '').split(' ').includes(foldAnswer(said)) ? undefined : said;
  const number = roomNumber(said);
  return number !== undefined && roomNumber(ticketPlace(state)?.room ?? '') === number ? undefined : said;
}

/** Departments where no patient is cared for: the patient-care question is not asked there (answer: no). */
const AWAY_FROM_CARE = new Set(['finance', 'hr', 'management', 'it', 'logistics']);

function awayFromCare(state: IntakeState): boolean {
  // A phishing e-mail or a locked account has no place of its own: the requester's department tells, for a
  // problem of theirs; a building's or a unit's outage reaches beyond it.
  const own = state.scope === 'single_user' || state.scope === 'team';
  const unit = (own ? ticketPlace(state) : state.location)?.unitCode;
  return unit !== undefined && AWAY_FROM_CARE.has(unit);
}
