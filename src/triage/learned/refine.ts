import { extractAssetHint, namesDeviceOf } from '../asset-hint.js';
import { namesUnitsTogether } from '../location-hint.js';
import { namesSharedEquipment } from '../scope.js';
import { machinesCutOff, mentionsMedicalDevice, networkDownFirst } from '../category.js';
import type { Field } from '../field.js';
import { withAssessment, type IncidentFields } from '../incident-fields.js';
import { compilePhrases, matchesAny, type Prepared } from '../matcher.js';
import { CREDENTIAL_REFUSED, DEVICE_TAKEN, LONE_WORKER_ALARM, NETWORK, PAPER_JAM } from '../category-lexicon.js';
import { DEGRADED, saysCareGoesOn, saysNotUrgent, saysUrgent, SOMEWHAT_URGENT, statesWorkaround, threatActedUpon } from '../signal-lexicon.js';
import { CONNECTIVITY } from '../systems.js';
import { CATEGORIES, type Category, type Scope, type Urgency } from '../vocabulary.js';
import { featuresOf } from './features.js';
import type { LearnedModels } from './models.js';
import { predict, probabilities, type SoftmaxModel } from './softmax.js';
import { mostProbablePriority, type Choices } from './joint-priority.js';

/** Words of a link between places or machines: "liaison coupée avec l'EHPAD", "bureau à distance", "pas de connexion au serveur". */
const LINK_WORDS = compilePhrases(['liaison*', 'lien', 'visio*', 'video*', 'connexion*', 'connection*', 'distance', 'remote', 'serveur*', 'server*', 'teams', 'calls', 'appels', 'domicile', 'home']);

/** A credential named: "mon badge", "my login", "mon mot de passe". */
const CREDENTIAL_NAMED = compilePhrases(['badge*', 'compte*', 'account*', 'login*', 'mot de passe', 'mdp', 'password*', 'identifiant*', 'session*', 'carte cps', 'cps']);
const INCIDENT_CATEGORIES: ReadonlySet<Category> = new Set(CATEGORIES.filter((c) => c !== 'request'));
/** Kinds of problem that are one kind of device's: a phone, a printer, a medical device. */
const OWN_DEVICE_CATEGORIES: ReadonlySet<Category> = new Set(['phone', 'printer', 'biomedical']);

/** The writer's own words on how soon ("pas urgent", "moyennement urgent", "urgent"): theirs to say. */
function writerSaysUrgency(text: Prepared): boolean {
  return saysNotUrgent(text) || matchesAny(text, SOMEWHAT_URGENT) || saysUrgent(text);
}

/** Care held up with no way round: the repair is due now, whatever the words suggest. */
function careHeldUpNow(fields: IncidentFields): boolean {
  return fields.patient_care_impact.value && fields.urgency.value === 'high' && fields.urgency.source !== 'stated';
}

/** A threat the writer acted on ("j'ai cliqué et mis mon mot de passe"): urgent whatever else the words say. */
function threatActedOn(text: Prepared, fields: IncidentFields): boolean {
  return fields.category.value === 'security' && fields.urgency.value === 'high' && threatActedUpon(text);
}

/**
 * A threat the writer acted on that the model, not the rules, read as security ("j'ai cliqué et j'ai mis mon mot
 * de passe"): urgent as the rules would have made it, and not a default the dialog asks about.
 */
function threatFoundByModel(text: Prepared, fields: IncidentFields, category: Category): boolean {
  return category === 'security' && fields.category.value !== 'security' && threatActedUpon(text) && !writerSaysUrgency(text);
}

/** Biomedical engineering named as the one to come: "can biomed have a look", "j'ai appelé le biomed". */
const BIOMED_ASKED_FOR = compilePhrases(['biomed', 'biomedical', 'biomedicaux', 'biomedicale', 'genie biomedical', 'ingenierie biomedicale', 'biomedical engineering']);

/** The scope's choices with one person's weight given to the team: no wider reach is read into it. */
function widerThanOnePerson(choices: Choices<Scope>): Choices<Scope> {
  const onePerson = choices.find(([scope]) => scope === 'single_user')?.[1] ?? 0;
  return choices.filter(([scope]) => scope !== 'single_user').map(([scope, p]) => [scope, scope === 'team' ? p + onePerson : p] as const);
}

/** The care field named as the care model's classes are. */
function careAsClass(field: Field<boolean>): Field<'true' | 'false'> {
  return { value: field.value ? 'true' : 'false', source: field.source };
}

/**
 * The model's value in place of the rules'. A value the model changes is `inferred`, except a default,
 * which stays a default: the dialog still asks for it.
 */
function learnedField<T>(field: Field<T>, learned: T): Field<T> {
  if (learned === field.value) return field;
  return { value: learned, source: field.source === 'default' ? 'default' : 'inferred' };
}

/**
 * Refines the rules' reading of an incident with models trained on labelled staff messages. The models
 * see the rules' reading (each value, and whether a phrase stated it) and the words, and decide the four
 * fields: a rules' "stated" is a phrase that matched, and fresh messages show it is often not what a
 * careful reader concludes. What the models may not do:
 * - overrule the writer's own words on urgency or on patients ("pas urgent", "aucun impact patient"), nor a way round
 *   told, unless the priority rests on it;
 * - lower the urgency of a security threat the writer acted on (a link clicked, a password given);
 * - lower the urgency of care the rules found held up with no way round;
 * - clear a care impact the rules found (doubt on a clinical matter errs up, as with a chat model);
 * - lower a P1 found by the rules: the rules' reading then stands whole;
 * - turn an incident into a request, or a service request into anything else;
 * - make a medical device of what the rules read as something else when no medical device is named.
 */
export function refineWithModels(text: Prepared, fields: IncidentFields, request: boolean, models: LearnedModels): IncidentFields {
  const features = featuresOf(text, fields);
  const predicted = predict(models.category, features, INCIDENT_CATEGORIES);
  // "the two computers of the lab have no network": a medical device is named before it is one.
  const deviceUnnamed = predicted === 'biomedical' && fields.category.source === 'stated' && !mentionsMedicalDevice(text);
  // "the whole ICU lost network, the central station shows no patients": the network is down, what needs it follows.
  const networkDown = fields.category.value === 'network' && (networkDownFirst(text) || machinesCutOff(text));
  // "the dictation software keeps saying my password is wrong": a credential refused is access (DESIGN.md), whatever asks for it.
  const credentialRefused = fields.category.value === 'access' && fields.scope.value === 'single_user' && matchesAny(text, CREDENTIAL_REFUSED);
  // "mon PTI ne marche plus": the lone worker's alarm is a DECT handset, a phone whatever the words around it.
  const loneWorkerAlarm = fields.category.value === 'phone' && matchesAny(text, LONE_WORKER_ALARM);
  // "one of our computer carts won't power on, battery led blinks orange": a device of another kind is named and none of
  // the model's, whose words ("battery", "blinks") also fit a handset.
  const otherDeviceNamed = fields.category.source === 'stated' && OWN_DEVICE_CATEGORIES.has(predicted) && predicted !== fields.category.value
    && fields.asset_hint?.tag !== undefined && fields.asset_hint.kind !== undefined && !namesDeviceOf(text, predicted);
  // "la sage-femme m'appelle : le monito (cardiotoco) de la salle 1 s'éteint": a medical device named, the words around it
  // ("m'appelle", "cadre de garde") are how the news came, not another kind of problem.
  // "les 2 autres étiqueteuses font pareil, on a plus aucune étiqueteuse qui marche": the printers named are what fails,
  // not an account. "the HP LaserJet … jams on every single page": a paper jam is the printer's, whatever is printed.
  const printerNamed = fields.category.value === 'printer' && fields.category.source === 'stated' && (predicted === 'access' || (predicted === 'software' && matchesAny(text, PAPER_JAM))) && namesDeviceOf(text, 'printer') && !matchesAny(text, CREDENTIAL_REFUSED) && !matchesAny(text, CREDENTIAL_NAMED);
  // "PACS en rade. Plus aucune image ne s'affiche… sur les 3 consoles": an application down, no network word said.
  const applicationDownNoNetworkSaid = fields.category.value === 'software' && fields.category.source === 'stated' && predicted === 'network'
    && !matchesAny(text, NETWORK) && !matchesAny(text, CONNECTIVITY) && !matchesAny(text, DEGRADED) && !matchesAny(text, LINK_WORDS);
  const medicalDeviceNamed = fields.category.value === 'biomedical' && fields.category.source === 'stated' && predicted === 'phone' && mentionsMedicalDevice(text) && !namesDeviceOf(text, 'phone');
  // "on m'a volé la tablette, elle contient les dossiers de mes patients": the data walked away with the device, whatever the
  // device's own words ("tablette", "batterie") suggest.
  const deviceTaken = fields.category.value === 'security' && matchesAny(text, DEVICE_TAKEN);
  // "the sysmex keeps throwing an aspiration error… can biomed have a look today?": the writer names who repairs it.
  const biomedAskedFor = fields.category.value === 'biomedical' && mentionsMedicalDevice(text) && matchesAny(text, BIOMED_ASKED_FOR);
  const category = request || deviceTaken || biomedAskedFor || deviceUnnamed || applicationDownNoNetworkSaid || networkDown || credentialRefused || loneWorkerAlarm || otherDeviceNamed || medicalDeviceNamed || printerNamed ? fields.category : learnedField(fields.category, predicted);
  const careKept = fields.patient_care_impact.value || saysCareGoesOn(text);
  // "le DPI est tombé en réa et aux urgences": two units named together are several departments, whatever the words.
  const unitsNamedTogether = fields.scope.value === 'site' && namesUnitsTogether(text);
  const urgencyHeld = writerSaysUrgency(text) || threatActedOn(text, fields) || careHeldUpNow(fields);
  const urgencyRaised = threatFoundByModel(text, fields, category.value);
  const held = <T>(value: T): Choices<T> => [[value, 1]];
  const spread = <T extends string>(model: SoftmaxModel<T>, field: Field<T>): Choices<T> => {
    const ps = probabilities(model, features);
    const likeliest = model.classes[ps.indexOf(Math.max(...ps))];
    // "tous les box sont touchés": what the words state and the model also reads is not traded away for a priority.
    if (field.source === 'stated' && likeliest === field.value) return held(field.value);
    return model.classes.map((c, k) => [c, ps[k]!] as const);
  };
  // "autoclave 1 door won't unlock", "IMP-STE-02 hors ligne": equipment a team shares is never one person's, whatever
  // the model learned of the words.
  const sharedEquipment = fields.scope.value === 'team' && namesSharedEquipment(text);
  const scopeChoices = sharedEquipment ? widerThanOnePerson(spread(models.scope, fields.scope)) : spread(models.scope, fields.scope);
  // What the rules hold is certain; the rest is weighed together, so that the priority is the most probable one.
  const joint = mostProbablePriority(
    category.value,
    unitsNamedTogether ? held(fields.scope.value) : scopeChoices,
    urgencyHeld ? held(fields.urgency.value) : urgencyRaised ? held<Urgency>('high') : spread(models.urgency, fields.urgency),
    careKept ? held(fields.patient_care_impact.value) : spread(models.patient_care_impact, careAsClass(fields.patient_care_impact)).map(([c, p]) => [c === 'true', p] as const),
  );
  const read = withAssessment({
    category,
    scope: learnedField(fields.scope, joint.scope),
    urgency: urgencyHeld ? fields.urgency : urgencyRaised ? { value: 'high', source: 'inferred' } : learnedField(fields.urgency, joint.urgency),
    patient_care_impact: careKept ? fields.patient_care_impact : learnedField(fields.patient_care_impact, joint.patient_care_impact),
    asset_hint: category === fields.category ? fields.asset_hint : extractAssetHint(text, category.value),
    location_hint: fields.location_hint,
  });
  // A way round the writer tells keeps care going (DESIGN.md): the reading says so whenever the priority stays the same
  // ("Were doing the 4pm meds round on paper" on a whole unit stays P1 for its urgency, care carrying on). Where the model's
  // care held up is what makes the priority, it stands: a P1 is not lowered on a way round the labels did not trust.
  const wayRoundTold = !fields.patient_care_impact.value && fields.patient_care_impact.source === 'stated' && statesWorkaround(text);
  const careAsTold = wayRoundTold && read.patient_care_impact.value ? withAssessment({ ...read, patient_care_impact: fields.patient_care_impact }) : read;
  const refined = careAsTold.priority === read.priority ? careAsTold : read;
  return fields.priority === 'P1' && refined.priority !== 'P1' ? fields : refined;
}
