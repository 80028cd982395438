import type { Reassessment, Ticket } from '../tickets/index.js';
import { SCOPES, URGENCIES, correctFields, tellsPaperFallback, tellsWorkaround, understandText, withAssessment, type IncidentFields, type Urgency } from '../triage/index.js';
import { foldAnswer } from './intake/answers.js';
import { withoutQuestions } from './intake/answer-phrases.js';
import { staysItsReporters } from './ticket-followers.js';

const told = <T>(value: T) => ({ value, source: 'stated' as const });

/** "c'est pareil sur tous les pc maintenant", "mise à jour :", "same problem": the words go on about the ticket's matter. */
const SAME_MATTER = /\b(pareil|la meme chose|le meme (pb|probleme|souci)|meme (pb|probleme|souci) que|mise a jour|maj|update|same (problem|issue|thing|fault)|still|toujours|now|maintenant|desormais|ca s aggrave|it s getting worse|worse)\b/;

/** "autre chose : …", "another issue": a new matter, whatever the words share with the ticket's. */
const ANOTHER_MATTER = /\b(autre chose|autre (pb|probleme|souci|question|demande)|un autre (pb|probleme|souci)|another (issue|problem|thing|question)|something else|different (issue|problem))\b/;

/** "c'est que moi", "only rooms 5 and 6", "pas tout le service": words that take the reach told down. */
const NARROWS = /\b((c est|c|ya|y a|il y a|n y a|n est|touche|concerne|finalement) (plus )?(que|qu)|seul|seule|seulement|uniquement|juste|only|just|pas (tout|toute|tous)|not (the whole|all|everyone|everybody)|plus que|no longer)\b/;

/** "deux d'entre elles ont aussi…", "3 other dects", "mes collègues aussi", "two more colleagues": others than the writer hit. */
const OTHERS_HIT =
  /\b((\d+|deux|trois|quatre|cinq|plusieurs|two|three|four|five|several) (d entre (elles|eux|nous)|(autres?|other|more)( \w+){0,3} (ont|sont|font|affichent|plantent|marchent|ne|n|have|are|show|shows|showing|do|don t|can t|cannot|keep|went|go|also|too|aussi))|(mes|des|les|my|other) (collegues|colleagues|voisins?|binomes?)( \w+)? (aussi|egalement|too|as well|also|ont|have|are)|(elles|ils|they) (ont|have) (aussi|egalement|also) (clique|cliquer|saisi|donne|entre|clicked|typed|entered|given))\b/;

/** "it's spreading", "ça se propage", "the same note", "le même message": the ticket's problem reaching more. */
const SPREADING = /\b(spreading|it s spread|has spread|se propage|s etend|se repand|(now )?show(s|ing)? the same|the same (note|message|screen|error)|le meme (message|ecran|bandeau)|la meme (note|erreur|chose))\b/;

const ALSO = /\b(aussi|egalement|too|as well|also|non plus|pareil|idem|either)\b/;

export interface ReassessmentContext {
  /** The device the words name by tag or hostname is the ticket's own ("c le même scope BIO-PED-0002"). */
  namedDeviceIsTheTicket?: boolean;
  /** The unit the words name is not the ticket's ("la réa aussi" on a ticket of the bloc). */
  otherUnitNamed?: boolean;
  /** The words are about this ticket whatever they name ("P3?? ER patients are waiting…, it's patient care"). */
  aboutTheTicket?: boolean;
}

/**
 * What words added to an open ticket change in how it weighs: "yes it delays patient care", "ça bloque toute
 * l'équipe", "c pas vital", "mise à jour : plus de surveillance de la sat, c bloquant". Read as a correction of the
 * ticket's own fields; undefined when they change none, or when they name another device or another kind of
 * problem (a new matter, not this ticket). Words that read, as a whole, as the ticket's kind of problem, or that say
 * it is the same problem grown ("c'est pareil sur tous les PC du bloc maintenant"), stay this ticket's.
 */
export function reassessmentTold(ticket: Ticket, message: string, context: ReassessmentContext = {}): Reassessment | undefined {
  // "et en attendant on peut pas renvoyer le 13 26 sur le dect ? comment on fait un renvoi ?": a question tells no way
  // round, no urgency; only what is stated weighs.
  const words = withoutQuestions(message);
  if (words === '') return undefined;
  const folded = foldAnswer(words);
  if (ticket.kind !== 'incident' || ANOTHER_MATTER.test(folded)) return undefined;
  const current: IncidentFields = withAssessment({
    category: told(ticket.category),
    scope: told(ticket.scope),
    urgency: told(ticket.urgency),
    patient_care_impact: told(ticket.patientCareImpact),
    asset_hint: null,
    location_hint: null,
  });
  const changes = correctFields(current, words);
  const deviceNamed = Boolean(changes.asset_hint?.tag || changes.asset_hint?.hostname);
  // "it's spreading: 2 of the reading consoles (PC-RAD-0510 and 0511) now show the same note": other devices hit by the
  // ticket's problem, not a new matter.
  const spreadsToDevices = SPREADING.test(folded);
  if (deviceNamed && !context.namedDeviceIsTheTicket && !spreadsToDevices) return undefined;
  if (changes.category && !context.aboutTheTicket && !sameMatter(ticket, words)) return undefined;
  // "la réa aussi", "cardio too now": another department hit as well ("c'est pareil sur tous les PC du bloc" names the
  // ticket's own unit, the same everywhere in it).
  const alsoElsewhere = Boolean(changes.location_hint?.unit) && context.otherUnitNamed === true && ALSO.test(folded) && ticket.scope !== 'site';
  // "là c bloquant pour les soins": care held up now makes the repair due now, unless the words say how soon.
  const careNowHeldUp = changes.patient_care_impact?.value === true && !ticket.patientCareImpact && !changes.urgency && ticket.urgency !== 'high';
  // "…les médecins voient plus les résultats de bio": a group named in news of a unit-wide ticket does not narrow it;
  // only words that say so ("it's only rooms 5 and 6", "finalement c'est que moi") do.
  const narrowsUnsaid = changes.scope !== undefined && SCOPES.indexOf(changes.scope.value) < SCOPES.indexOf(ticket.scope) && !NARROWS.test(folded);
  // "deux d'entre elles ont aussi cliqué", "now 3 other dects on F210 show 'no network'": others hit as well, a group.
  const othersHit = (OTHERS_HIT.test(folded) || spreadsToDevices) && ticket.scope === 'single_user' && !changes.scope;
  const scope = alsoElsewhere ? 'site' : othersHit ? 'team' : narrowsUnsaid ? undefined : changes.scope?.value;
  // "maintenant c tout le service… on ressort les feuilles papier": the problem spreading, with the way everyone now
  // carries on, never weighs less than it did; care or urgency come down only on words about the same reach.
  const spreads = scope !== undefined && SCOPES.indexOf(scope) > SCOPES.indexOf(ticket.scope);
  const lowersUrgency = changes.urgency !== undefined && URGENCIES.indexOf(changes.urgency.value) > URGENCIES.indexOf(ticket.urgency);
  const clearsCare = changes.patient_care_impact?.value === false && ticket.patientCareImpact;
  // Spread, it is read afresh too, as a first message would be: "…and the ER is calling because results are late"
  // holds up care and cannot wait, whatever the one laptop's "not urgent" said.
  const afresh = spreads ? understandText(words).fields : null;
  // "F2 is down too, it's the whole geriatric building now" on a ticket that told its way round ("ticking on paper for
  // now, it works"): wider, and the way round still holds; care is held up only if the news says so.
  const wayRoundHeld = !ticket.patientCareImpact && tellsWorkaround(ticket.description ?? '') && afresh?.patient_care_impact.source !== 'stated';
  const afreshCare = Boolean(afresh?.patient_care_impact.value) && !wayRoundHeld;
  const urgency = mostPressing([
    changes.urgency && !(spreads && lowersUrgency) ? changes.urgency.value : careNowHeldUp ? 'high' : undefined,
    afresh && pressesAfresh(afresh, afreshCare) && URGENCIES.indexOf(afresh.urgency.value) < URGENCIES.indexOf(ticket.urgency) ? afresh.urgency.value : undefined,
  ]);
  const care = afreshCare && !ticket.patientCareImpact ? true : changes.patient_care_impact && !(spreads && clearsCare) ? changes.patient_care_impact.value : undefined;
  // "on est passés au papier" on a unit's outage with care held up: the downtime procedure the bot itself advises keeps
  // care going slowly and at risk; it does not make the outage weigh less.
  const downtimeMode = ticket.patientCareImpact && (ticket.scope === 'service' || ticket.scope === 'site') && tellsPaperFallback(words);
  // "vous pouvez relancer ? … toujours pas de bracelets": who chases a ticket never means it weighs less.
  const holdsItsWeight = downtimeMode || CHASING.test(foldAnswer(message));
  const keptUrgency = holdsItsWeight && urgency !== undefined && URGENCIES.indexOf(urgency) > URGENCIES.indexOf(ticket.urgency) ? undefined : urgency;
  const keptCare = holdsItsWeight && care === false ? undefined : care;
  const change: Reassessment = {
    ...(scope ? { scope } : {}),
    ...(keptUrgency ? { urgency: keptUrgency } : {}),
    ...(keptCare !== undefined ? { patientCareImpact: keptCare } : {}),
  };
  return Object.keys(change).length > 0 ? change : undefined;
}

/** "vous pouvez relancer ?", "toujours personne", "can you chase it?", "still nobody": the ticket is chased. */
const CHASING = /\b(relanc\w*|accelerer|accelerez|toujours (personne|pas)|still (nobody|no one|no|not)|chase|chasing|hurry|speed (it|this) up|any news)\b/;

/**
 * What of the change makes the ticket weigh more: wider, sooner, care held up. A technician already called in
 * judges the rest ("c'est pas urgent en fait, on a mis un autre PSE" on a P1 goes to them, not into the ticket).
 */
export function raisesOnly(ticket: Ticket, change: Reassessment): Reassessment | undefined {
  const raised: Reassessment = {
    ...(change.scope && SCOPES.indexOf(change.scope) > SCOPES.indexOf(ticket.scope) ? { scope: change.scope } : {}),
    ...(change.urgency && URGENCIES.indexOf(change.urgency) < URGENCIES.indexOf(ticket.urgency) ? { urgency: change.urgency } : {}),
    ...(change.patientCareImpact === true && !ticket.patientCareImpact ? { patientCareImpact: true } : {}),
  };
  return Object.keys(raised).length > 0 ? raised : undefined;
}

/**
 * The news read alone is more pressing when it says so, or when care is held up ("the ER is calling because results
 * are late"); an urgency guessed from the reach alone ("c'est tout le bâtiment E") forgets the way round told first.
 */
function pressesAfresh(afresh: IncidentFields, careHeldUp: boolean): boolean {
  return afresh.urgency.source === 'stated' || careHeldUp;
}

function mostPressing(urgencies: Array<Urgency | undefined>): Urgency | undefined {
  const told = urgencies.filter((u): u is Urgency => u !== undefined);
  return told.length > 0 ? told.reduce((a, b) => (URGENCIES.indexOf(a) <= URGENCIES.indexOf(b) ? a : b)) : undefined;
}

/**
 * "ok thanks. now the printer pls - the lexmark in the secretariat jams every page" on a DPI ticket: a device of
 * another kind than the ticket is about, with no word that it is the same problem. A new matter.
 */
export function namesAnotherKindOfDevice(ticket: Ticket, words: string, assetKind: string | undefined, options: { afterthought?: boolean } = {}): boolean {
  const kind = assetKind === 'label_printer' ? 'printer' : assetKind;
  const ticketKind = { hardware: 'workstation', printer: 'printer', phone: 'phone', biomedical: 'biomedical' }[ticket.category as string];
  // "ah j'oubliais, le téléphone fixe a plus de tonalité non plus": told as an afterthought, "non plus" adds a device
  // that fails too; only "pareil", "the same problem" make it the ticket's fault.
  // A request's afterthought ("ah et j'ai oublié, il faut le mettre aussi sur le pc de ma collègue") asks more of it.
  if (options.afterthought && ticket.kind === 'request') return false;
  // "j'ai changé mon mdp, je peux continuer sur le poste ?": a phishing or a locked account is lived on a computer.
  if (kind === 'workstation' && staysItsReporters(ticket.category)) return false;
  const same = options.afterthought ? SAME_PROBLEM_SAID : SAME_FAULT;
  return kind !== undefined && ['workstation', 'printer', 'phone', 'biomedical'].includes(kind) && kind !== ticketKind && !same.test(foldAnswer(words));
}

const SAME_PROBLEM_SAID = /\b(pareil|la meme chose|le meme (pb|probleme|souci)|meme (pb|probleme|souci) que|same (problem|issue|thing|fault))\b/;

/**
 * "pareil", "the same problem", "aussi", "non plus", "maintenant c'est tout le service": the fault told is the ticket's,
 * spread; not "maintenant l'imprimante", the next topic.
 */
const SAME_FAULT = /\b(pareil|la meme chose|le meme (pb|probleme|souci)|meme (pb|probleme|souci) que|same (problem|issue|thing|fault)|aussi|egalement|too|also|as well|non plus|either|maintenant c est tout|now it s (the )?(whole|entire|all))\b/;

/** A word in the message reads as another kind of problem ("les PC du bloc"), but the message is about the ticket's. */
function sameMatter(ticket: Ticket, words: string): boolean {
  if (SAME_MATTER.test(foldAnswer(words))) return true;
  return understandText(words).fields?.category.value === ticket.category;
}
