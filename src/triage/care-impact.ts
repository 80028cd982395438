import type { Category, Scope } from './vocabulary.js';
import { byDefault, inferred, stated, type Field } from './field.js';
import { compilePhrases, matchesAny, positionsOf, type Prepared } from './matcher.js';
import type { Unit } from './location-hint.js';
import type { AssetKind } from './asset-hint.js';
import {
  ALARMS_NOT_REACHING_STAFF, CARE_GIVEN_LATE_PHRASES, CARE_BLOCKERS, CARE_BLOCKERS_NOW, CARE_OBJECTS, DELAYED_ANYWAY, ON_CALL, PAPER_FALLBACK, PATIENT_SAFETY_RISK, WAITING_AT_THE_DESK, patientsWaitOnIt, wayRoundPositions, saysCareGoesOn, saysItCanWait,
} from './signal-lexicon.js';
import { nobodyCanAt } from './quantifier.js';
import { aloneOnShift, careActivityUnderWay, patientsArrivingOrWaiting } from './care-activity.js';
import { LONE_WORKER_ALARM } from './category-lexicon.js';
import { CARE_SYSTEMS, CONNECTIVITY, DATA_TRANSFER_FAULT, DESK_PHONES, GUEST_SERVICES, OFFICE_TOOLS } from './systems.js';

/** Units where a unit-wide outage holds up care even when the writer does not say so. */
const CLINICAL_UNITS: ReadonlySet<Unit> = new Set<Unit>([
  'icu', 'emergency', 'operating_theatre', 'recovery', 'maternity', 'pediatrics', 'cardiology', 'oncology', 'geriatrics',
  'internal_medicine', 'neurology', 'surgery', 'radiology', 'laboratory', 'pharmacy', 'psychiatry',
]);

/** Departments that do paperwork, supplies or meals: their outages slow the hospital, care goes on. */
export const BACK_OFFICE_UNITS: ReadonlySet<Unit> = new Set<Unit>(['admissions', 'finance', 'hr', 'management']);
/** Back-office work named in a clinical department ("la gestion des stocks de la pharmacie"). */
const BACK_OFFICE_WORK = compilePhrases([
  'stock*', 'commande* fournisseur*', 'fournisseur*', 'inventaire*', 'teletransmission*', 'facture*', 'factur*', 'planning du personnel',
  'scan des documents', 'numeris*', 'cuisine*', 'kitchen', 'blanchisserie', 'linge', 'laundry', 'courrier*', 'cr|crs .. secretariat*', 'secretariat*', 'secretaire*', 'stock orders', 'invoice*',
  // Staff time and shift swaps: HR work, however close to the wards.
  'gestion des temps', 'echange* de garde*', 'planning* des gardes', 'tableau des gardes',
  // Payment at the desk: "TPE de la caisse … les patients peuvent pas payer".
  'tpe', 'caisse', 'regie', 'payer', 'paiement*', 'carte* bancaire*', 'card reader* for payment*', 'pay', 'payment*', 'till',
  // Maintenance management: work orders wait, the devices keep working.
  'gmao', 'bons|bon de travaux|travail', 'work orders',
  // Letters to the patient's own doctor: sent later, care here goes on.
  'envoi* .. cr|crs|courrier*', 'medecin* traitant*', 'send|sending .. letter*|report*', 'gp', 'gps',
  // Dictation and the letters it feeds: reports come later, care here goes on.
  'dictee*', 'dicte', 'dicter', 'dictaphone*', 'reconnaissance vocale', 'dictation', 'speech|voice recognition', 'cr|crs de? consult*',
]);

/** Patients kept waiting where they are treated, or their session put back: told with a way round, care still runs late. */
const PATIENTS_KEPT_WAITING = compilePhrases([
  'patients attendent en salle', 'patients (are|were)? waiting in the room|unit|ward', 'seance*|intervention*|examen*|dialyse* .. decale*|reporte*|retarde*',
  '(session|sessions|procedure|procedures|list) .. (delayed|pushed back|postponed)',
]);

/**
 * Patients counted waiting: "on calcule à la main… 15 enfants en attente", "12 patients waiting" (not a queue at the
 * desk, nor "6 patients en attente de lit", which is bed flow the way round keeps going).
 */
const PATIENTS_COUNTED_WAITING = compilePhrases([
  '# patients|enfants|malades|bebes|patientes en attente', '# patients|enfants|malades|patientes (qui )?attendent',
  '# patients|children|kids waiting', 'patients (are )?piling up', '# patients|children|kids (queuing|queueing|in the queue|lined up)',
]);
const WAITING_FOR_A_BED = compilePhrases(['en attente de|d lit|lits|place|places|mutation|transfert', 'waiting for a|their bed|beds|transfer']);

function patientsKeptWaiting(text: Prepared): boolean {
  return matchesAny(text, PATIENTS_KEPT_WAITING) || (matchesAny(text, PATIENTS_COUNTED_WAITING) && !matchesAny(text, WAITING_FOR_A_BED));
}

/** What identifies a patient at the bedside: printed at the front desk, used in care. */
const PATIENT_IDENTITY = compilePhrases(['bracelet*', 'wristband*', 'au lit', 'bedside']);

/**
 * Back-office work: a back-office department named, or back-office work, with no care system and no
 * patient waiting. Its outage delays paperwork, not care.
 */
function backOfficeWork(text: Prepared, context: CareImpactContext, careSystem: boolean): boolean {
  if (careSystem || patientsWaitOnIt(text) || patientsArrivingOrWaiting(text)) return false;
  if (context.assetKind === 'label_printer' || matchesAny(text, PATIENT_IDENTITY)) return false;
  const office = context.unit !== undefined && BACK_OFFICE_UNITS.has(context.unit);
  return office || matchesAny(text, BACK_OFFICE_WORK);
}

/** People who give care: their own access to a care system failing holds up their patients. */
const CLINICIANS = compilePhrases([
  'ide', 'soignant*', 'infirmier*', 'infirmiere*', 'medecin*', 'interne', 'internes', 'sage* femme*', 'anesthesiste*', 'urgentiste*',
  'chirurgien*', 'puericult*', 'nurse', 'nurses', 'doctor*', 'physician*', 'midwife', 'midwives', 'intern', 'resident',
  'surgeon*', 'anaesthetist*', 'anesthetist*', 'registrar', 'clinician*', 'radiologue*', 'radiologist*',
]);

/** "le bloc arrive pas à les joindre", "impossible de joindre le médecin", "we can't reach the anaesthetists". */
const CANNOT_REACH = compilePhrases([
  '(arrive|arrivent|arrivons|arrives|peut|peuvent|pouvons|peux) (pas|plus) a (les|le|la|l|nous|vous)? (joindre|appeler|biper|contacter)', 'impossible de (les|le|la|l)? (joindre|appeler|biper|contacter)', 'injoignable*',
  '(can t|cannot|can not|unable to|could not|couldn t) (reach|page|bleep|call|contact|get hold of)', 'unreachable',
]);

/** Monitoring watched from a distance: when it stops arriving, nobody is watching the patient. */
const REMOTE_MONITORING = compilePhrases(['centrale*', 'central station|monitor*', 'surveillance', 'monitoring', 'telemetr*']);

/** Medical equipment never used on a patient: its failure slows a department, care goes on. */
const EQUIPMENT_AWAY_FROM_PATIENTS = compilePhrases([
  'autoclave*', 'sterilisateur*', 'laveur* desinfecteur*', 'centrifugeuse*', 'centrifuge*', 'analyseur*', 'analyzer*',
  'analyser*', 'automate*', 'cssd', 'sterilisation',
  'sysmex', 'cobas', 'xn1000', 'xn 1000', 'xn10', 'xn20', 'alinity', 'architect', 'atellica', 'vitros',
]);

/** Devices a treatment runs on: a fault that comes and goes still interrupts it. */
const LIFE_SUSTAINING = compilePhrases([
  'pousse* seringue*', 'pse', 'pousse .. #', 'pompe* a|d perfusion', 'pompe* volumetrique*', 'respirateur*', 'ventilateur*', 'couveuse*',
  'syringe driver*|pump*', 'infusion pump*', 'ventilator*', 'incubator*',
  // High-flow oxygen: "bébé bronchiolite sous haut débit" on an Airvo.
  'airvo*', 'optiflow', 'haut debit', 'high flow',
]);

/** A battery that no longer holds: the device works on the mains. */
/** A battery that no longer holds, or the charger that fills it: the device works on the mains or on what charge it has. */
const ON_BATTERY_ONLY = compilePhrases([
  'batterie*', 'battery', 'batteries', 'debranche*', 'unplug*', 'tient plus la charge', 'holds no charge',
  'borne* de? charge', 'socle* de? charge', 'chargeur*', 'chargers', 'the charger', 'charging (station|stations|dock|docks|base|bases|cradle|cradles|rack)',
]);

/** "s'éteint alors que la batterie est neuve", "new battery, same thing": the battery is ruled out, the device fails. */
const BATTERY_RULED_OUT = compilePhrases([
  'batterie* (est|sont)? (neuve*|changee*|remplacee*|chargee* a bloc)', 'batterie* .. (pourtant|alors que) .. neuve*', '(nouvelle|neuve) batterie',
  '(new|replaced|changed|fully charged) battery|batteries', 'battery|batteries (is|are|was|were)? (new|brand new|replaced|changed|fully charged)',
]);

/** "le chargeur a disparu", "the charger is gone": a charger to find or replace, the device works once charged. */
const CHARGER_MISSING = compilePhrases([
  'chargeur* .. (disparu*|perdu*|introuvable*|vole*|casse*|hs|manque*)', '(plus|pas|aucun) de? chargeur*', 'sans chargeur*', 'trouve* (pas|plus) (le|les|son|mon|leur) chargeur*',
  '(charger|chargers) .. (gone|missing|lost|stolen|broken|disappeared)', 'no charger*', '(can t|cannot|can not) find (the|a|my|his|her|any) charger*', 'without (a|the|its) charger',
]);

/** Devices whose battery is their power when it matters: a defibrillator, a transport or telemetry monitor. */
const RUNS_ON_BATTERY = compilePhrases(['defibrillat*', 'dae', 'aed', 'de transport', 'transport', 'telemetr*']);

/** Tools care is given with, besides the care systems: carried phones, bedside and cart computers. */
const CARE_TOOLS = compilePhrases([
  'chariot* informatique*', 'chariot* de? soins|medicament*', 'cow', 'cows',
  'computer on wheels', 'workstation on wheels', 'tablette* de? soins', 'bedside tablet*', 'poste de? soins', 'pc de? soins',
  'nurses station', 'nursing station',
]);

/** One carried phone failing is that person's; a unit's DECTs or pagers failing leave the unit unreachable. */
const CARRIED_PHONES = compilePhrases(['dect', 'dects', 'bip', 'bips', 'bipeur*', 'pager*', 'bleep*']);
/** Office staff in a clinical unit: their tools serve paperwork, not bedside care. */
const OFFICE_ROLES = compilePhrases(['secretaire*', 'secretariat*', 'secretary', 'secretaries', 'ward clerk*']);

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

/** Places named after care ("l'imprimante du poste de soins bloquée"): there, "soins" says where, not what is held up. */
const CARE_PLACES = compilePhrases(['poste|postes|salle|salles|chariot|chariots|local|cadre|aide|aides de? soins|soin']);

function careWordsNamingPlaces(text: Prepared): Set<number> {
  const inPlaces = new Set<number>();
  for (const at of positionsOf(text, CARE_PLACES)) {
    for (const next of [at + 1, at + 2]) if (/^soins?$/.test(text.tokens[next] ?? '')) inPlaces.add(next);
  }
  return inPlaces;
}

/** Said in so many words: "les soins sont impactés", "ça impacte les soins", "patient care is affected". */
const CARE_SAID_HELD = compilePhrases([
  'les soins (sont )?(impacte*|bloque*|retarde*|touche*)', 'soins (sont )?impacte*', '(ca|cela|ce qui) (impacte|bloque|retarde|touche) les soins', 'impacte* les soins',
  '(patient )?care (is )?(affected|impacted|delayed|blocked|held up)', '(it )?(affects|impacts|delays) (patient )?care',
  // An exam waiting to be read: "j'ai un scanner des urg à interpréter MAINTENANT", "6 CTs to report".
  '(scanner|scanners|irm|radio|radios|examen|examens|ct|cts|scans|images) .. (a|to) (interpreter|relire|read|interpret|report)',
  // "le programme de gastro de cet aprem est compromis": the list of patients put at risk of not being done.
  '(programme|planning|seances|seance|interventions|examens|consultations|liste|vacation) .. .. (compromis|compromise|compromises|menace*)', '(list|lists|session|sessions|procedures|clinic) .. (jeopardi*|at risk)',
  // "le biologiste a bloqué toute la validation, plus rien sort du labo", "nothing is leaving the pharmacy": what the
  // wards wait for no longer comes out.
  'plus rien (ne|n)? (sort|part) (du|de la) (labo|laboratoire|pharmacie|pui)', 'nothing (is )?(leaving|going out of|coming out of) the (lab|laboratory|pharmacy)',
  '(bloque*|suspendu*|arrete*) (toute|toutes) (la|les) (validation*|dispensation*|delivrance*)', '(stopped|suspended|blocked|halted) (all )?(the )?(validation|dispensing|release) of',
  // "les preps de cet aprem sont bloquées": the preparations patients wait for.
  '(preps|preparations|poches) .. .. (sont|restent) (bloque*|en attente)', '(preps|preparations|infusions|bags) .. (are|remain) (blocked|on hold|stuck)',
  // "les patients repartent sans leur ordonnance", "patients going home without their prescriptions".
  '(patients|patient|patiente|patientes) (repartent|repart|partent|part|rentrent|rentre|sortent|sort) sans (leur|leurs|son|sa|ses) (ordonnance*|traitement*|prescription*|resultat*|rdv|examen*|bilan*)',
  '(patients|patient) (leave|leaves|left|leaving|go home|goes home|going home) without (their|his|her) (prescription*|meds|medication*|results|appointment*)',
  // "les radiologues peuvent plus interpréter": the readings the patients wait for cannot be done.
  '(radiologue*|radiologist*|radiologues) .. (peuvent|peut|pouvons|can t|cannot|unable to) (pas|plus|rien|plus rien)? (interpreter|interpret|lire|read|report)',
  // "I'm the on-call radiologist reading from home tonight, 6 CTs waiting": exams waiting for their reading.
  '# (scanner|scanners|irm|irms|radio|radios|examen|examens|ct|cts|scans|mri|mris|exams) (waiting|en attente|qui attendent)',
  // "We had to send this morning's patients back to their rooms without their session", "les séances sont annulées".
  '(send|sent|sending) .. .. patients (back|home|away)', '(renvoyer|renvoye*|renvoie*|retourner) .. patients (chez eux|a domicile|dans leur* chambre*|en chambre)',
  '(seances|seance|consultations|sessions|appointments) (de )?(ce matin|cet apres midi|du jour|today|this morning)? (sont )?(annulee*|cancelled|canceled|reportee*|postponed)',
  '(les )?(seances|sessions|consultations|appointments) (sont |are )?(en attente|on hold)',
  // "je dois sortir de la morphine pour une patiente très douloureuse": a treatment due now that the fault withholds.
  '(je dois|on doit|il faut|il me faut|i need to|i have to|we need to) (sortir|donner|administrer|preparer|get|give|take out) .. (morphine|antalgique*|insuline|antibio*|painkiller*|analgesi*|insulin|antibiotic*|traitement*|medicament*|meds)',
  'patient|patiente (tres |tellement )?(douloureu*|algique*)', 'patient (is )?in (a lot of |severe )?pain',
  ...CARE_GIVEN_LATE_PHRASES,
  // "je suis chez une patiente en fin de vie, le pc portable ne démarre plus… les prescriptions anticipées sont dedans".
  '(prescriptions|ordonnances|protocoles|traitements) .. (sont|etaient) dedans', '(prescriptions|orders|protocols) (are|were) (on|in) (it|there)', 'patient* en fin de vie', 'end of life patient*',
]);

/** Surgery held up: "le chir veut pas commencer sans le dossier", "on a 3 salles en retard", "tout le programme glisse". */
const SURGERY_HELD = compilePhrases([
  'chir|chirurgien*|anesth*|anesthesiste* ne? veut|veulent|peut|peuvent pas commencer', 'refuse* de commencer|demarrer|operer',
  '# salles sont? en retard', '# salles sont? retardees|bloquees', 'interventions|operations|blocs sont? retardees|bloquees|decalees|annulees', 'interventions|operations sont? en retard',
  'programme operatoire? glisse|decale', 'programme operatoire? prend du retard', 'surgery|operations|cases are|is delayed', '(surgery|operations|cases|theatre list) (is|are) (held up|on hold)',
  'surgeon|anaesthetist|anesthetist won t|cannot start', 'surgeon|anaesthetist|anesthetist can t start',
  // A drug round stopped halfway: "nurses are stuck mid drug round", "on est bloquées en plein tour".
  '(stuck|blocked|held up) (mid|in the middle of) (the )?(drug|med|meds|medication|morning|evening) round*', '(drug|med|meds|medication) round* (is |are )?(delayed|stuck|held up|blocked)',
  'bloque* en plein tour', 'tour (de |des )?(medicaments |medocs |distribution |soins )?(bloque*|interrompu*|arrete*)',
]);

/**
 * True when a blocker ("ne peut plus", "impossible", "waiting") sits near something care depends on. For a request, only
 * what is held up now counts: what the access is for ("il doit voir les radios") is not care waiting.
 */
export function statesCareBlocked(text: Prepared, options: { request?: boolean } = {}): boolean {
  if (patientsWaitOnIt(text) || matchesAny(text, SURGERY_HELD) || matchesAny(text, CARE_SAID_HELD)) return true;
  const nobody = nobodyCanAt(text);
  const said = positionsOf(text, options.request ? CARE_BLOCKERS_NOW : CARE_BLOCKERS);
  const blockers = nobody >= 0 ? [...said, nobody] : said;
  if (blockers.length === 0) return false;
  const places = careWordsNamingPlaces(text);
  const objects = positionsOf(text, CARE_OBJECTS).filter((o) => !places.has(o));
  return blockers.some((b) => objects.some((o) => Math.abs(o - b) <= WINDOW));
}

/** "On note sur papier, mais les médecins n'ont pas les courbes pour adapter l'insuline": the way round leaves care waiting. */
const BUT = compilePhrases(['mais', 'but', 'however', 'cependant', 'sauf que']);
// "je peux tracer sur papier mais je vois pas les prescriptions pour les ttt de 22h".
const LACKING = [
  ...CARE_BLOCKERS,
  ...compilePhrases(['(n|ne) (a|ont|avons) pas', '(have|has) no', '(do|does) not have', 'vois|voit|voyons|voient pas|plus|rien', '(can t|cannot|can not|don t|doesn t) see']),
];

function careBlockedAfterBut(text: Prepared): boolean {
  // The "but" that follows the way round, not the one inside the fault ("it prints but the lab can't read it").
  const wayRound = Math.min(...wayRoundPositions(text));
  const but = positionsOf(text, BUT).filter((b) => b > wayRound);
  if (but.length === 0) return false;
  const after = Math.min(...but);
  const blockers = positionsOf(text, LACKING).filter((b) => b > after);
  const objects = positionsOf(text, CARE_OBJECTS).filter((o) => o > after);
  return blockers.some((b) => objects.some((o) => Math.abs(o - b) <= WINDOW));
}

/**
 * What is happening around the failure says care waits: a round or session under way or due, patients
 * arriving or waiting, or a nurse alone at night whose phone, device or care system fails.
 */
function careHeldUp(text: Prepared, context: CareImpactContext, careSystem: boolean): boolean {
  if (careActivityUnderWay(text) || patientsArrivingOrWaiting(text)) return true;
  const lifeline = context.category === 'phone' || context.category === 'biomedical' || careSystem;
  // A lone worker's alarm protects the staff who carry it, not a patient's care.
  return lifeline && aloneOnShift(text) && !matchesAny(text, LONE_WORKER_ALARM);
}

/**
 * Patient-care impact by DESIGN.md: true only when care is actually blocked or delayed; a stated
 * workaround makes it false. When in doubt on a clinical matter it errs up (`inferred`, so the dialog
 * can confirm): a failing medical device, a wristband or specimen-label printer in a care unit, the
 * phone or pager of someone on call, or a unit-wide outage in a care unit is presumed to hold up care.
 */
/** Peripherals whose loss slows the work without stopping it. */
const MINOR_PERIPHERALS = compilePhrases([
  '(second|2nd|2e|deuxieme|double|dual|extra) (screen|screens|monitor|monitors|ecran|ecrans)', 'docking station', 'dock', 'station d accueil',
  'souris', 'mouse', 'clavier', 'keyboard', 'webcam', 'haut parleur*', 'speakers',
]);
/** A headset is minor, except where emergency calls are taken ("le casque du poste de régulation grésille"). */
const HEADSET = compilePhrases(['casque', 'headset']);
const EMERGENCY_CALLS = compilePhrases(['regulation', 'samu', 'centre 15', 'appelants', 'callers', 'dispatch']);

/** Rooms where staff rest or change: a device there serves no patient ("le pc de la salle de pause"). */
const STAFF_ROOMS = compilePhrases([
  'salle* de? pause', 'salle* de? repos', 'salle* de? detente', 'vestiaire*', 'break room*', 'staff room*', 'rest room*', 'changing room*', 'locker room*',
]);

function minorPeripheral(text: Prepared): boolean {
  return matchesAny(text, MINOR_PERIPHERALS) || (matchesAny(text, HEADSET) && !matchesAny(text, EMERGENCY_CALLS));
}

/**
 * "on est passés au papier mais on a 30 patients en salle d'attente et on voit plus les bilans": a way round told, and
 * care still late or waiting in the same words.
 */
export function careHeldDespiteWayRound(text: Prepared): boolean {
  return matchesAny(text, DELAYED_ANYWAY) || careBlockedAfterBut(text) || patientsKeptWaiting(text);
}

/** "on entend plus les appelants", "we can't hear the callers": emergency calls come in and nobody can take them. */
const CALLERS_UNHEARD = compilePhrases([
  '(entend|entends|entendons|entendent) (plus|pas|rien|plus rien) (les|des)? (appelants|appelant)', '(n|ne) (entend|entends|entendons|entendent) (plus|pas) (les|des)? (appelants|appelant)',
  '(can t|cannot|can not|could not|couldn t) hear (the|any)? (callers|caller)',
]);

export function detectCareImpact(text: Prepared, context: CareImpactContext): Field<boolean> {
  // "les scopes au lit marchent" does not keep care going when their alarms no longer reach the desk.
  if (matchesAny(text, ALARMS_NOT_REACHING_STAFF)) return stated(true);
  // The regulation doctor who no longer hears the callers: the emergency calls wait, whatever broke.
  if (matchesAny(text, CALLERS_UNHEARD)) return stated(true);
  if (saysCareGoesOn(text)) return stated(false);
  const wide = context.scope === 'service' || context.scope === 'site';
  const careSystem = matchesAny(text, CARE_SYSTEMS);
  // Paper or downtime mode while a care system is down for a whole unit: care goes on, slowed and at risk.
  const careSystemDown = wide && context.outage && careSystem;
  // "on règle chaque machine à la main, la séance est décalée et les patients attendent en salle": the way round
  // keeps the work going, late, while patients wait.
  if (context.workaround && (matchesAny(text, DELAYED_ANYWAY) || careBlockedAfterBut(text) || patientsKeptWaiting(text))) return stated(true);
  const acuteUnitNamed = context.unit !== undefined && ACUTE_UNITS.has(context.unit);
  const paperWhereCareCannotWait = careSystemDown && matchesAny(text, PAPER_FALLBACK) && (acuteUnitNamed || context.scope === 'site');
  // "PLUS AUCUN TEL dans tout l'hôpital… on arrive pas à joindre l'interne de garde, on utilise nos portables": a unit's or
  // the site's phones down and people still out of reach, whatever phones are used instead.
  if (context.workaround && context.category === 'phone' && wide && matchesAny(text, CANNOT_REACH) && matchesAny(text, CLINICIANS)) return stated(true);
  if (context.workaround && !paperWhereCareCannotWait) return stated(false);
  // Patients queuing at a desk to pay or check in, with no care system down: the desk is slowed, not care.
  if (matchesAny(text, WAITING_AT_THE_DESK) && !careSystem && !matchesAny(text, PATIENT_SAFETY_RISK)) return inferred(false);
  if (context.category !== 'security' && backOfficeWork(text, context, careSystem) && !matchesAny(text, PATIENT_SAFETY_RISK)) {
    return inferred(false);
  }
  // The patient's own phone or television: "la patiente peut plus appeler sa famille" waits on no care.
  if (matchesAny(text, GUEST_SERVICES) && !careSystem && !matchesAny(text, CARE_SAID_HELD) && !matchesAny(text, PATIENT_SAFETY_RISK)) return inferred(false);
  // "We need them for comparison but it can wait a few days": the writer says nothing waits on the repair.
  if (saysItCanWait(text) && !matchesAny(text, CARE_SAID_HELD) && !matchesAny(text, PATIENT_SAFETY_RISK) && !patientsWaitOnIt(text)) return inferred(false);
  // "le portable du chef de garde a plus de batterie et le chargeur a disparu": a phone or a computer to charge, not care held up.
  if (context.category !== 'biomedical' && matchesAny(text, CHARGER_MISSING) && !matchesAny(text, RUNS_ON_BATTERY) && !matchesAny(text, PATIENT_SAFETY_RISK) && !patientsWaitOnIt(text)) {
    return inferred(false);
  }
  if (statesCareBlocked(text, { request: context.category === 'request' }) || matchesAny(text, PATIENT_SAFETY_RISK)) return stated(true);
  if (context.category === 'request') return byDefault(false);
  // Phones or pagers down and the doctors cannot be reached: care waits on the call that cannot be made.
  if (context.category === 'phone' && context.problem && matchesAny(text, CANNOT_REACH) && matchesAny(text, CLINICIANS)) return inferred(true);
  // "the docking station doesn't detect the second screen", "souris HS": the work goes on without it.
  if (minorPeripheral(text) && !careSystem) return inferred(false);
  if (matchesAny(text, STAFF_ROOMS) && !careSystem) return inferred(false);
  // The guests' Wi-Fi or the rooms' TV: patients are bored, not waiting for care.
  if (matchesAny(text, GUEST_SERVICES) && !careSystem) return inferred(false);
  // "Pas urgent" from the writer: nothing is waiting on the repair.
  if (saysItCanWait(text)) return inferred(false);
  if (context.category !== 'security' && context.problem && careHeldUp(text, context, careSystem)) return inferred(true);
  if (careSystemDown) return inferred(true);
  // A threat on a machine is the security team's matter; care is held up only when the writer says so.
  if (context.category === 'security') return byDefault(false);
  // A device that only stopped sending its data on still does its job, unless what it sends is the monitoring.
  const dataOnly = matchesAny(text, DATA_TRANSFER_FAULT) && !matchesAny(text, REMOTE_MONITORING);
  const patientDevice = !matchesAny(text, EQUIPMENT_AWAY_FROM_PATIENTS);
  // A battery that no longer holds: the device still works on the mains ("batterie faible alors qu'elle est sur secteur").
  const batteryOnly = matchesAny(text, ON_BATTERY_ONLY) && !matchesAny(text, RUNS_ON_BATTERY) && !matchesAny(text, BATTERY_RULED_OUT);
  if (context.category === 'biomedical' && context.outage && !dataOnly && patientDevice && !batteryOnly) return inferred(true);
  // A pump or a ventilator that stops now and then stops a treatment each time.
  if (context.category === 'biomedical' && context.problem && matchesAny(text, LIFE_SUSTAINING) && !batteryOnly) return inferred(true);
  const careUnit = context.unit === undefined || CLINICAL_UNITS.has(context.unit);
  if (context.assetKind === 'label_printer' && context.problem && careUnit) return inferred(true);
  if (context.category === 'phone' && context.outage && matchesAny(text, ON_CALL) && !matchesAny(text, LONE_WORKER_ALARM)) return inferred(true);
  const ownAccess = context.category === 'access' || context.category === 'software';
  if (ownAccess && context.outage && careSystem && matchesAny(text, CLINICIANS)) return inferred(true);
  const acuteUnit = context.unit !== undefined && ACUTE_UNITS.has(context.unit);
  // A document printer down: the unit prints elsewhere meanwhile; care is held up only when the writer says so.
  const documentPrinter = context.category === 'printer' && context.assetKind !== 'label_printer' && !matchesAny(text, PATIENT_IDENTITY);
  if (documentPrinter) return byDefault(false);
  if (context.scope === 'team' && context.outage && acuteUnit && !matchesAny(text, OFFICE_TOOLS)) return inferred(true);
  const officeTool = matchesAny(text, OFFICE_TOOLS) && !careSystem;
  // Desk phones down in a ward: calls go through DECTs and pagers; only acute units are presumed held up.
  const deskPhones = context.category === 'phone' && (!acuteUnit || matchesAny(text, DESK_PHONES));
  if (wide && context.outage && !officeTool && !deskPhones && !batteryOnly && context.unit !== undefined && CLINICAL_UNITS.has(context.unit)) {
    return inferred(true);
  }
  // A clinical unit named, a care tool down, no workaround: do not risk quietly downgrading a P1.
  const clinicalUnit = context.unit !== undefined && CLINICAL_UNITS.has(context.unit);
  // "teams plante sur le pc du poste de soins": the station only says where the office tool fails; care goes on.
  const officeToolOnStation = officeTool && !matchesAny(text, CONNECTIVITY);
  const careTool = careSystem || (matchesAny(text, CARE_TOOLS) && !officeToolOnStation)
    || (context.scope !== 'single_user' && matchesAny(text, CARRIED_PHONES) && !batteryOnly);
  if (clinicalUnit && context.outage && careTool && !matchesAny(text, OFFICE_ROLES)) return inferred(true);
  return byDefault(false);
}
