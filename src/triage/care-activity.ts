import { compilePhrases, matchesAny, positionsOf, type Prepared } from './matcher.js';

/**
 * Care held up, read from what the message says is happening rather than from fixed sentences:
 * a care activity (a medication round, a dialysis session, a delivery) together with a time that
 * says it is under way or due; patients arriving or waiting; a nurse alone on the night shift.
 * Each family is a list of roles, activities and times, combined by proximity.
 */

/** Care work that runs on a schedule. */
const CARE_ACTIVITIES = compilePhrases([
  'tournee*', 'tour de? soins|medicament*|traitement*', 'distribution* (de |des )?medicament*|traitement*|medocs', 'medocs',
  'releve', 'transmissions', 'visite', 'seance*', 'consultation*', 'consult', 'intervention*', 'accouchement*',
  'prise* en charge', 'prelevement*', 'bilans', 'administrations', 'administration des|de medicament*|traitement*',
  'perfusion*', 'chimio*', 'greffe*', 'garde', 'med pass', 'med round*', 'medication round*', 'drug round*', 'rounds', 'round',
  'handover', 'shift change', 'clinic', 'dialysis session*', 'operation*', 'surgery', 'delivery', 'deliveries', 'infusion*',
  'transfusion*', 'meds', 'medication*',
  // "on induit dans 15 min": an anaesthesia about to start.
  'induit', 'induire', 'induction*', 'on endort',
  // Procedures on a list: "la coro de 14h est décalée", "first case starts in 20 min".
  'coro', 'coros', 'coronarographie*', 'angioplastie*', 'endoscopie*', 'coloscopie*', 'fibroscopie*', 'fibro', 'biopsie*',
  '(first|next|1st|second|2nd) case', 'case (starts|starting|begins|is due)',
]);

/** "Grand rounds" is a teaching meeting, not a round of care. */
const TEACHING_ROUNDS = compilePhrases(['grand round|rounds']);

/** Times that say the activity is under way, due soon, or already late. */
const UNDER_WAY_OR_DUE = compilePhrases([
  'au milieu (de|du|de la)', 'pendant', 'en cours', 'en plein*', 'ce soir', 'cette nuit', 'cet aprem*', 'cet apres midi',
  'dans # min*', 'dans # h', 'a # h', 'avant # h', 'commence*', 'debute*', 'en retard', 'retard', 'during', 'in the middle of',
  'mid', 'tonight', 'this afternoon', 'in # min*', 'due', 'starts|starting', 'behind', 'late', 'at # am|pm', 'at #', 'now',
  'maintenant', 'imminent*',
]);
/** A clock time written as one word: "13h", "8h30", "2pm". */
const CLOCK_TIME = /^\d{1,2}(h\d{0,2}|am|pm)$/;

function timePositions(text: Prepared): number[] {
  const clock = text.tokens.flatMap((token, index) => (CLOCK_TIME.test(token) ? [index] : []));
  return [...positionsOf(text, UNDER_WAY_OR_DUE), ...clock];
}

/** How far apart (in words) an activity and its time may be. */
const WINDOW = 6;

/** Patients arriving or waiting, with a few words of any kind in between ("les patients du matin arrivent"). */
const PATIENTS = compilePhrases([
  'patient*', 'patiente*', 'malade*', 'residents', 'parturiente*', 'bebe*', 'enfants', 'dialyses', 'people', 'personnes',
  // "naissance imminente dans cette salle": a birth is a patient on the way.
  'naissance*', 'accouchement*',
]);
const ARRIVING_OR_WAITING = compilePhrases([
  'arrive*', 'attend*', 'en attente', 'imminent*', 'en salle d attente', 'font la queue', 'queue', 's accumulent', 's entassent',
  'sont la', 'installe*', 'piling up', 'waiting', 'queuing', 'queueing', 'arriving', 'coming in', 'are here', 'on the way',
]);

/** Alone at night: nobody else to raise the alarm when a phone or a care tool fails. */
const ALONE = compilePhrases([
  'seul', 'seule', 'toute seule', 'tout seul', 'alone', 'only nurse', 'only one', 'on my own', 'by myself', 'sole', 'the only',
]);
const NIGHT = compilePhrases(['nuit', 'night', 'nights', 'tonight', 'de garde', 'on call', 'nocturne', 'week end', 'weekend', 'covering']);

function near(a: number[], b: number[], window: number): boolean {
  return a.some((x) => b.some((y) => Math.abs(x - y) <= window));
}

/** A scheduled care activity under way, due, or late ("au milieu de la tournée", "med pass", "séances de 13h"). */
export function careActivityUnderWay(text: Prepared): boolean {
  const teaching = positionsOf(text, TEACHING_ROUNDS);
  const activities = positionsOf(text, CARE_ACTIVITIES).filter((a) => !teaching.includes(a - 1));
  if (activities.length === 0) return false;
  return near(activities, timePositions(text), WINDOW);
}

/** A patient due within minutes or hours: "1er patient dans 20 min", "first patient in 15 minutes". */
const DUE_SHORTLY = compilePhrases(['dans # min*|h|heure*', 'in # min*|hour*|hr|hrs']);

/** Patients arriving or waiting: "les patients du matin arrivent dans 15 min", "patients are piling up", "1er patient dans 20 min". */
export function patientsArrivingOrWaiting(text: Prepared): boolean {
  const patients = positionsOf(text, PATIENTS);
  if (patients.length === 0) return false;
  const arriving = [...positionsOf(text, ARRIVING_OR_WAITING), ...positionsOf(text, DUE_SHORTLY)];
  // The verb follows its patients, a few words on ("les patients de 8h du matin arrivent").
  return patients.some((p) => arriving.some((a) => a > p && a - p <= WINDOW));
}

/** Someone alone on a night (or on-call) shift. */
export function aloneOnShift(text: Prepared): boolean {
  return matchesAny(text, ALONE) && matchesAny(text, NIGHT);
}
