import { t, type MessageKey } from '../messages/index.js';
import { asksWhatAWordOfTheQuestionMeans, asksWhatTheQuestionMeans, explanationOf } from './question-meaning.js';
import { sideQuestionsIn } from './side-questions.js';
import { withoutBorrowedCredentials } from './borrowed-credentials.js';
import { dropNeededBy } from './needed-by-withdrawn.js';
import { isUnitWide } from '../ticket-followers.js';
import { foldAnswer, sentencesOf, withoutNamesRuledOut, isButtonTitle, isDontKnow, isDoorCode, isWithdrawal, parseChoice, parseYesNo, roomNumber, saysAlsoHit, saysNothingToChange } from './answers.js';
import { proposedDevices } from './next-question.js';
import { unitOnlyAsAlarmReceiver } from './alarm-receiver.js';
import { buildingFloorSaid } from './building-floor-said.js';
import { tellsMedicineFridge, widenForUnitFridge } from './medicine-fridge.js';
import { devicesOfUnit, moveCandidatesTo, narrowCandidates, toIntakeAsset } from './candidates.js';
import { fitDeviceToCategory, noDevice, placeNamedBy, placeOfRoom, placeOfUnit, widenForSharedStation } from './device-fit.js';
import { takeThreatSpreading } from './spreading-threat.js';
import { deviceNamedInstead, fitsTheDeviceNamed, foundInTheRoomTakenBack } from './device-correction.js';
import { deniesANumber, deviceByNumber, deviceInRoomSaid, devicesMostNamed, devicesOfMake, isFixedComputer, namesModelOf, namesTheBrokenOne, numbersGiven, takesBackTheTag, afterMindChange, numberTakenInstead } from './device-match.js';
import type { IntakeApplications, IntakeDirectory, StatedFields, Understander } from './ports.js';
import type { AssetPlace } from '../../directory/index.js';
import { momentNeeded } from './needed-at.js';
import { rejectsWayRound, tellsCareDelayedAnyway, tellsCareGoesOn, tellsNoCareImpact, tellsOnlyWhereItFails, tellsPaperFallback, tellsThreatActedOn, tellsThreatNotActedOn, tellsWorkaround } from '../../triage/index.js';
import {
  CATEGORY_OPTIONS, CONFIRM_OPTIONS, REQUEST_TYPE_OPTIONS, REQUEST_URGENCY_OPTIONS, SCOPE_OPTIONS, THREAT_URGENCY_OPTIONS, URGENCY_OPTIONS,
} from './prompts.js';
import { DEVICE_KINDS, movesAround, type IntakeAsset, type IntakeState, type QuestionId } from './state.js';
import { guessRequestType } from './request-type.js';
import { bothersomeWorkaround, moreUrgentThan, saysNoWayRound, urgencyNamed } from './urgency-words.js';
import { asksForAVisitLater, keepsTheReport, worksAgainForNow } from './report-kept.js';
import { careNamed } from './care-words.js';
import { isVague } from './vague.js';
import { ownMachineNamed } from './own-machine.js';
import { dateSaid, takeNeededBy, urgencyForDate } from './needed-by.js';
import { ownComputerChosen } from './own-computer-chosen.js';
import { exampleTag, promptFor } from './prompts.js';
import {
  ACKNOWLEDGEMENT, ALL_OF_THEM, ANSWERED_FIELD, ME_FIRST, NOT_A_DEVICE, CARE_SUBJECT, DONT_KNOW_FIRST, GO_AHEAD, HARDWARE_NAMED,
  DESK_PHONE_NAMED, KEEPS_ITS_WORDS, NONE_OF_THEM, NOT_ABOUT_PLACE, NOT_CARE, ASKS_HOW_TO_GIVE_CARE, NOT_THESE, NO_LABEL, NUMBER_READ, ONE_PERSON_OR_DEVICE,
  ANOTHER_PERSONS_MACHINE, ANOTHER_ROOM_TOO, ASKS_TO_OPEN_IT, DEVICE_BUTTON, DEVICE_WITHDRAWN, SAME_ERROR_NEXT_DOOR, SAYS_WHERE, SELF_CORRECTION, YES_TAKEN_BACK, AWAY_FROM_SITE, deniesTheApplicationForTheMachine, deniesTheKind, deniesTheMachine, isCorrection, namesTheKind, tellsCredentialRefused, withoutDeniedKind, saysGoAhead, scopeSaid, otherRoomNumber, quotedShort, roomRenumbered,
  tellsUsbFoundNotPlugged, urgencyFromWorkaroundAnswer, whenNeeded, withoutCorrectionOpener, withoutQuestions, withoutWayRound,
  saysItCanWait, saysItIsJustAQuestion, ONE_PERSON_DENIED,
} from './answer-phrases.js';

/** "screen says no network", "affiche pas de réseau": what a DECT handset shows when it lost its base. */
const HANDSET_NO_NETWORK = /\b(no network|no signal|no service|pas de reseau|plus de reseau|pas de signal|hors reseau|recherche (de )?reseau|searching)\b/;

/** "the other cart 0159 does it too", "l'autre chariot fait pareil": another one hit as well. */
const ANOTHER_ONE_TOO = /\b(the other|another|l autre|un autre|une autre)\b.*\b(too|also|as well|aussi|egalement|non plus|pareil|la meme chose|the same)\b/;

/** The number that ends a device's tag, as people read it off the label ("PC-BLOC-0209" → "0209"). */
function tagNumber(tag: string): string | undefined {
  return /(\d{3,})$/.exec(tag)?.[1];
}

/** The user's words give the device's number ("WVAL-BLOC-0209", "le 0209"). */
function deviceNumberTold(text: string, tag: string): boolean {
  const number = tagNumber(tag);
  return number !== undefined && new RegExp(`(^|[^0-9])${number}([^0-9]|$)`).test(text);
}

export interface IntakeDeps {
  understander: Understander;
  directory: IntakeDirectory;
  applications?: IntakeApplications;
  /** Today, for dates such as "pour le 14 décembre" (default: the system clock). */
  now?: () => Date;
}

export type AnswerOutcome =
  | { kind: 'next'; noted: string[]; advice?: MessageKey[] }
  | { kind: 'retry'; message: MessageKey; params?: Record<string, string> }
  | { kind: 'create'; noted?: string[]; advice?: MessageKey[] }
  | { kind: 'ask_change'; advice?: MessageKey[] }
  | { kind: 'switch_kind'; to: 'incident' | 'request' }
  | { kind: 'cancel' }
  /** "non mais c'est pas une panne, je veux juste savoir comment…": no incident, a question to answer. */
  | { kind: 'to_question' };

/**
 * "it's an incident, not a request", "NOT a newcomer account, my account is locked", "?? no install. its broken", "rien à
 * installer, ça marche plus": a request that is a fault.
 */
const KIND_IS_INCIDENT =
  /\b(c est (un|une) (incident|panne)|(no|not an?|pas d|pas de|pas une|rien a|nothing to|no need to|pas besoin d) install\w*|(it s|its|it is|c est|c) (broken|down|en panne|casse|cassee|plante|hs)|(ca|il|elle|it) (ne |n )?(marche|fonctionne|works?) (plus|pas|no more)|(doesn t|does not|don t) work|(not|stopped) working|(c est |ce n est )?pas une demande|(ce n est )?pas (un|une) (nouveau compte|compte pour un nouveau|creation)|it s an? (incident|fault|breakdown)|(not|isn t) a (request|new account|newcomer|newcomer s account)|not a new( \w+)? account|(type|kind)\b.*\bincident)\b/;
/** "c'est une demande, pas un incident", "it's a request, nothing is broken": a fault that is a request. */
const KIND_IS_REQUEST = /\b(c est une demande|(c est |ce n est )?pas (un incident|une panne)|it s a request|(not|isn t) an? (incident|fault)|(type|kind)\b.*\b(demande|request)|une demande de|a request (to|for))\b/;
/**
 * "non c'est pas une panne, c'est une demande d'installation", whatever was asked: the user says the kind, in
 * words that cannot answer the question asked.
 */
const SAYS_IT_IS_A_REQUEST = /\b(c est une demande|it s a request|une demande d (installation|acces|ouverture|creation|droits|compte|restauration)|it s an? (install|installation|access) request)\b/;

function setAsset(state: IntakeState, asset: IntakeAsset | null): void {
  state.asset = asset;
  // A cart or a handset is where the user said it is, not in its home room ("recovery bay 5", then "the cart is PC-SSPI-0261").
  if (asset?.place && !(movesAround(asset) && state.location)) state.location = asset.place;
}

/**
 * Applies what a message states (category, scope, urgency, patient care, device, unit) to the intake,
 * so a correction such as "non, c'est en réa" works at any step. Returns the changes, described for
 * the user.
 */
export async function applyStatedFields(state: IntakeState, analysis: StatedFields, deps: IntakeDeps): Promise<string[]> {
  const { lang } = state;
  const noted: string[] = [];
  if (analysis.category && analysis.category !== 'request' && state.kind === 'incident' && analysis.category !== state.category) {
    state.category = analysis.category;
    noted.push(t(lang, `category.${analysis.category}` as MessageKey));
  }
  if (analysis.scope && analysis.scope !== state.scope) {
    state.scope = analysis.scope;
    state.scopeGuessed = false;
    noted.push(t(lang, `scope.${analysis.scope}` as MessageKey));
  }
  if (analysis.urgency && analysis.urgency !== state.urgency) {
    state.urgency = analysis.urgency;
    noted.push(`${t(lang, 'summary.urgency').toLowerCase()} ${t(lang, `urgency.${analysis.urgency}` as MessageKey)}`);
  }
  if (analysis.patientCareImpact !== undefined && analysis.patientCareImpact !== state.patientCareImpact) {
    state.patientCareImpact = analysis.patientCareImpact;
    noted.push(t(lang, 'intake.noted_field', { field: t(lang, 'summary.patient_care').toLowerCase(), value: t(lang, analysis.patientCareImpact ? 'summary.yes' : 'summary.no') }));
  }
  const reference = analysis.assetHint?.tag ?? analysis.assetHint?.hostname;
  const tagged = reference ? await deps.directory.findAsset(reference) : undefined;
  if (tagged && tagged.tag !== state.asset?.tag) {
    setAsset(state, toIntakeAsset(tagged));
    noted.push(tagged.tag);
  }
  if (analysis.assetHint?.tag && !tagged) state.unknownTag = analysis.assetHint.tag;
  // "la cardio, chez eux pareil, je pense tout le bâtiment B": a unit named to widen the problem to
  // several units is not where it happens. "c'est le chariot informatique PC-REA-0111": the device's tag
  // says where it is better than a unit word beside it.
  const unit = analysis.scope === 'site' || tagged?.location ? undefined : analysis.locationHint?.unit;
  if (unit && unit !== state.location?.unitCode) {
    const places = await deps.directory.locationsOfUnit(unit);
    const wanted = analysis.locationHint;
    const fitting = places.filter(
      (p) => (!wanted?.building || p.building.toUpperCase() === wanted.building.toUpperCase()) && (!wanted?.floor || p.floor === wanted.floor),
    );
    const place = placeOfUnit(fitting.length > 0 ? fitting : places, state.homePlace);
    if (place) {
      state.location = place;
      // A device in another unit is not the one concerned any more.
      if (state.asset?.place && state.asset.place.unitCode !== place.unitCode) state.asset = null;
      noted.push(place.unitName);
    }
  }
  // "le chariot est en USLD au 2e etage bat F" while the place is the doctor's office on the 1st: the same unit, on the
  // floor named, when no room is named.
  const floor = analysis.locationHint?.floor;
  const current = state.location ?? state.homePlace;
  if (floor && !analysis.locationHint?.room && current && !tagged?.location && (analysis.locationHint?.unit ?? current.unitCode) === current.unitCode && current.floor !== floor) {
    const building = analysis.locationHint?.building;
    const onTheFloor = (await deps.directory.locationsOfUnit(current.unitCode)).filter(
      (p) => p.floor === floor && (!building || p.building.toUpperCase() === building.toUpperCase()),
    );
    const place = placeOfUnit(onTheFloor, state.homePlace);
    if (place) {
      state.location = place;
      if (state.asset?.place && state.asset.place.floor !== place.floor) state.asset = null;
      noted.push(place.room ?? place.unitName);
    }
  }
  // "c'est en salle de naissance 2": the room of the unit that the directory knows by that name.
  const room = analysis.locationHint?.room;
  const unitOfRoom = state.location?.unitCode ?? state.homePlace?.unitCode;
  if (room && unitOfRoom) {
    const places = await deps.directory.locationsOfUnit(unitOfRoom);
    // "A270", a door's code, names its place in whatever unit it is.
    const place = placeOfRoom(places, room) ?? (await placeOfDoorCode(deps.directory, room, state.homePlace));
    if (place && place.code !== state.location?.code) {
      state.location = place;
      await takeComputerOf(state, place, deps.directory);
      noted.push(place.room ?? place.unitName);
    } else if (!place && state.location && otherRoomNumber(state.location.room, room)) {
      // "c la salle 5 pas la 4", a room the directory does not list: the unit stays, the room 4 goes; the
      // words of the problem and the summary carry the room said.
      const unitPlace = placeOfUnit(places.filter((p) => !otherRoomNumber(p.room, room)), state.homePlace);
      if (unitPlace) state.location = unitPlace;
      noted.push(room);
    }
  }
  return noted;
}





/** The answer as written, without its leading yes or no ("Non non, le scope marche…"), when `rest` is what follows them. */
function written(text: string, rest: string): string {
  if (rest === text) return text;
  const unprefixed = text.replace(/^\s*((non|nan|no|nope|oui|ouais|yes|yep)\b[\s,.;:!]*)+/i, '');
  return rest.endsWith(foldAnswer(unprefixed)) ? unprefixed : rest;
}

/** "oui vite", "yes go ahead", "oui allez-y svp": a yes that hurries. */
const GO_NOW = /^(vite|au plus vite|rapidement|allez y|vas y|go|go ahead|quick|quickly|asap|svp|stp|please|cree|creez|creer|envoie|envoyez)\b/;
/** The room of another device than the one at fault: the spare taken, the other one busy. */
const ANOTHER_ONES_ROOM = /\b(l autre|les autres|the other|another|spare|rechange|secours|emprunte\w*|borrowed)\b[^.]{0,30}\b(salle|chambre|box|room|bay|bed|lit)\s*\d/;

const SCOPE_WIDTH: Record<NonNullable<IntakeState['scope']>, number> = { single_user: 0, team: 1, service: 2, site: 3 };
const NARROWS = /\b(pas tout|pas toute|pas tous|not the whole|not a whole|not all|only|just|juste|seulement|uniquement|que moi|que nous|que nos|que notre|(c|ce n|c est|y a|il n y a) que (sur|les|la|le|l|\d+)|que sur)\b/;

const WORKING_ONES_ROOM =
  /\b(salle|chambre|box|room|bay|bed|lit)\s*\d+\b( \w+){0,4} (envoie|envoient|marche|marchent|fonctionne|fonctionnent|sonne|sonnent|recoit|recoivent|va|vont|works|is working|is fine|are fine|are working|rings|is ringing)( bien| tres bien| normalement| fine| ok)?\b(?! (pas|plus|not|mal|never|jamais)\b)|\b(sauf|hormis|a part|except|apart from|but not) (la |le |l |the )?((salle|chambre|box|room|bay|bed|lit) ?)?\d+\b|\b(la|le) seule? (qui|a) (marche|fonctionne|sonne)\b|\bthe only one (that|which) (works|rings)\b/;

/** "beds 3-6", "box 4 to 6", "des chambres 12 à 18", "lits 1 et 2": a range or a list of rooms. */
const ROOM_RANGE = /\b(lits?|beds?|box|boxes|chambres?|ch|rooms?|salles?|bays?|emplacements?) ?\d{1,3} ?(-|a|au|to|through|thru|jusqu a|et|and|&) ?\d{1,3}\b/;

/** "tout le service", "the whole ward": the unit said whole, whatever rooms are named beside it. */
const WHOLE_UNIT_SAID = /\b(tout le service|toute l unite|tout l etage|whole (unit|ward|department|floor)|entire (unit|ward|department|floor)|all (the )?(wards?|units?))\b/;

/** "la salle 4 vient de se libérer, on bascule les patients dessus": the room used meanwhile, not where the fault is. */
const STAND_IN_ROOM =
  /\b(salle|chambre|box|room|bay)\s*\d+\b( \w+){0,3} (vient de se liberer|vient d se liberer|s est liberee?|est libre|etait libre|est dispo|etait dispo|est disponible|etait disponible|is free|was free|just freed up|freed up|is available|was available)\b|\b(bascul\w*|transfer\w*|redirig\w*|envoie|envoyons|moving|moved|switching|switched|sending)\b( \w+){0,4} (sur|dans|vers|du|de|to|into|of|from) (la |le |l |the )?(salle|chambre|box|room|bay)\s*\d/;

/** A device named as the one people work on meanwhile: "on imprime sur LBL-LAB-0001", "we're using PC-URG-0017". */
function usedAsWayRound(text: string, tag: string): boolean {
  const folded = foldAnswer(text);
  const said = foldAnswer(tag).replace(/[-]/g, '\\-');
  const named = new RegExp(`\\b(on|sur|with|using|use|avec|via|from|depuis|prend\\w*|took|take|taking|emprunte\\w*|borrowed) (the |la |le |l |celle |celui )?${said}\\b`);
  // "ma collègue vient d'essayer sur celle d'à côté la 0001 et ça marche": the one said to work is the way round.
  const works = new RegExp(`\\b${said} (et )?(ca |elle |il |qui |it )?(marche|fonctionne|works|is working|is fine)\\b`);
  return (named.test(folded) || works.test(folded)) && tellsWorkaround(text);
}

/** "c'est pas la chambre 4", "not room 4": the room the ticket holds, denied. */
const ROOM_DENIED = /\b(?:pas|not)(?: dans)?(?: la| le| l| the| in)? (?:chambre|salle|box|room|bay|bed|lit|bureau) (\d{1,4}[a-z]?)\b/;

/** "pour les urgences on sort sur papier", "sauf les urgences": urgent cases, not the emergency unit. */
/** A clause about patients waiting somewhere, or about where something was lost: it names a place of its own. */
const ELSEWHERE_CLAUSES = /\b(patients?|patientes?|malades|enfants|b[ée]b[ée]s|perdu|perdue|[ée]gar[ée]e?|lost)\b[^.,;!?]*/gi;
const ELSEWHERE_CLAUSE = new RegExp(ELSEWHERE_CLAUSES.source, 'i');

const URGENT_CASES = /\b(pour|sauf|que|seulement|juste|uniquement|hors) les urgences\b|\bles urgences (on|je|nous|ils|elles) (les )?\w+|\bfor (the )?(urgent ones|emergencies)\b/;

/** How many words after "c'est en", "on est à", "we're in" the place itself is said. */
const WHERE_REACH = 5;

/** The unit of the answer is the one said after a where-phrase ("c'est aux urgences"), not a word elsewhere in it. */
async function placeSaidAsWhere(rest: string, hint: NonNullable<StatedFields['locationHint']>, deps: IntakeDeps): Promise<boolean> {
  const folded = foldAnswer(rest);
  const where = SAYS_WHERE.exec(folded);
  if (!where) return false;
  const clause = folded.slice(where.index).split(' ').slice(0, WHERE_REACH + 2).join(' ');
  const said = (await deps.understander.analyseAnswer(clause)).locationHint;
  return said !== undefined && (said.unit === undefined || said.unit === hint.unit);
}

/** "la 2 je crois", "the second one", "la première": the device at that place in the list shown. */
const POSITION_SAID = /^(?:(?:c est |it s |its |plutot |je dirais )?(?:la|le|l|the|option|choix|numero|number|no) ?(\d)\b(?! ?(?:h|min|patients?|personnes?|people|etage|floor)\b)|(?:c est |it s |its )?(?:la|le|the) (premiere?|first|deuxieme|seconde?|second|troisieme|third)\b)/;
const ORDINALS: Record<string, number> = { premier: 1, premiere: 1, first: 1, deuxieme: 2, second: 2, seconde: 2, troisieme: 3, third: 3 };

function positionSaid(text: string, count: number): number {
  const said = POSITION_SAID.exec(foldAnswer(text));
  const position = said ? (said[1] ? Number(said[1]) : ORDINALS[said[2]!] ?? 0) : 0;
  return position >= 1 && position <= count ? position : 0;
}

/** The room number the words deny: "its at the nurses station not box 3" → "3". */
export function roomDenied(text: string): string | undefined {
  return ROOM_DENIED.exec(foldAnswer(text))?.[1];
}

/** A device named by its number, said to work: "la 0512 c'est celle d'à côté qui marche bien", "0512 is fine". */
const WORKING_ONE_NAMED = /\b\d{2,}\b(?: \w+){0,8} (?:qui )?(?:marche|marchent|fonctionne|fonctionnent|works|is fine|va bien)\b/;
/** …and used meanwhile: "on bosse sur la 0512 qui marche", "la 0001 et ça marche, on imprime dessus en attendant". */
const WORKING_ONE_USED = /\b(on|nous|we|i|je|j) (utilis\w*|bosse\w*|travaill\w*|passe\w*|imprim\w*|print\w*|valid\w*|use|using|work\w*|switch\w*)\b|\ben attendant\b|\bmeanwhile\b|\bfor now\b/;

const BACK_TO_SUMMARY = [{ value: 'back', key: 'choice.back_to_summary' as MessageKey }];

/** Questions answered by yes or no: a "non" there answers them, it does not correct the kind of problem. */
function asksYesOrNo(state: IntakeState): boolean {
  const question = state.pending;
  return (
    question === 'patient_care' ||
    question === 'urgency' ||
    (question === 'location' && state.locationMode === 'confirm') ||
    (question === 'asset' && state.assetMode === 'confirm')
  );
}

const CARE_VERB_THEN_YES =
  /^((it|ca|cela|that|this|bah|ben|well) )*(delays?|delaying|blocks?|blocking|slows?|retarde|retardent|bloque|bloquent|ralentit|ralentissent)( it| ca| them| us| les soins| la prise en charge| care| patient care)? (yes|yeah|yep|oui|ouais|definitely|totally|carrement|completement|bien sur)\b/;

/** "ça bloque pas", "it doesn't delay anything": care goes on, said in the question's own verbs. */
const CARE_NOT_HELD_UP = /\b(ca|cela|it|that|this) (ne |n )?(bloque|retarde|ralentit|gene|change) (pas|rien)\b|\b(does not|doesn t|doesnt|won t|isn t|is not) (block|delay|hold up|affect|slow)\w*\b|\bpas de retard\b|\bno delay\b/;
/** After a yes or no that ends the answer, the question's own words: "non ça bloque pas", "yes it delays the round". */
const CARE_WORDS_AFTER = /^(oui|non|yes|no|nope|yeah|ouais)\b.{0,20}\b(bloqu\w*|retard\w*|ralenti\w*|soins?|patients?|block\w*|delay\w*|care)\b/;

const CARE_HELD_UP =
  /^((bah|ben|bon|well|euh) )*((ca|cela|it|that|this|ils|on|les soins|care) )?((nous|les|le|la|us|them) )?(retarde|retardent|bloque|bloquent|ralentit|ralentissent|decale|decalent|delays|is delaying|blocks|is blocking|holds up|is holding up|slows down|is slowing)\b(?! (pas|rien|personne|not|nothing|nobody|no one)\b)|\b\d+ ?(min|mn|minutes?|h|heures?|hours?) de retard\b|\b(delayed|late) by \d+/;

/** A yes or no to "does this hold up patient care?", in the ways people answer it. */
function careAnswer(text: string): { value: boolean; rest?: string } | undefined {
  const folded = foldAnswer(text);
  if (NOT_CARE.test(folded)) return { value: false };
  // "ma collègue l'a déjà branchée sur le pc du guichet 2. non ça bloque pas": the facts first, the answer after them.
  const answering = sentencesOf(text).slice(1).find((sentence) => parseYesNo(sentence) !== undefined && CARE_WORDS_AFTER.test(foldAnswer(sentence)));
  if (!parseYesNo(text) && answering) return { value: parseYesNo(answering)!.value, rest: text };
  if (!parseYesNo(text) && CARE_NOT_HELD_UP.test(folded)) return { value: false, rest: text };
  // "le papier c'est peut-être le code alors? mais là ce soir je fais comment pour valider mes soins ?": the paper is a
  // letter, not a fallback; care cannot go on.
  if (!parseYesNo(text) && ASKS_HOW_TO_GIVE_CARE.test(folded)) return { value: true, rest: text };
  // "delays it yes, they go back to the nurses station PC", "ça retarde oui": the question's own verb, then the yes.
  if (CARE_VERB_THEN_YES.test(folded)) return { value: true, rest: text };
  // "yes but we write them by hand", "oui mais on fait sur papier": a yes to the question, then the way round that
  // keeps care going; care is held up only when the words say it is late all the same.
  const yes = parseYesNo(text);
  if (yes?.value && yes.rest && tellsWorkaround(yes.rest) && !rejectsWayRound(yes.rest)) return { value: tellsCareDelayedAnyway(text), rest: text };
  // "ça retarde le tour de 20 min", "it's holding up the ward round": care held up, said in the question's own verbs
  // (after "it slows us down between cases but surgery goes on", which says care goes on).
  if (!parseYesNo(text) && tellsCareGoesOn(text)) return { value: false, rest: text };
  if (!parseYesNo(text) && CARE_HELD_UP.test(folded)) return { value: true, rest: text };
  // "bah on imprime sur l'autre en attendant, ça compte comme bloquant ?": a way round told, care goes on; "kind of, my
  // senior is doing them on her session for now but it's slowing the round": on, but late, which is care delayed.
  if (!parseYesNo(text) && (tellsWorkaround(text) || tellsPaperFallback(text))) return { value: tellsCareDelayedAnyway(text), rest: text };
  // "ok j'ai débranché le câble… ma collègue fait les entrées donc ça va": "ok" acknowledges, it says no yes.
  if (ACKNOWLEDGEMENT.test(folded)) return undefined;
  return parseYesNo(text) ?? parseYesNo(folded.replace(CARE_SUBJECT, ''));
}

/** Handles the user's answer to the pending question. */
/** Words kept for the technician; "et la pédale vous la fournissez ?", a question the bot cannot answer, is said to go to them. */
function detailsNoted(state: IntakeState, text: string): string {
  return t(state.lang, text.includes('?') ? 'intake.noted_question' : 'intake.noted_details');
}

/** "faut juste que ce soit réglé avant mercredi": a day it must be done by, which a "ça peut attendre" does not push back. */
const DEADLINE = /\b(avant|before|by|d ici|au plus tard|at the latest|pour)\b/;

/** The day the words give, how soon it makes the work (urgencyForDate), and whether it is said as a deadline. */
function dayGiven(text: string, today: Date): { urgency: ReturnType<typeof urgencyForDate>; deadline: boolean } | undefined {
  const day = dateSaid(text, today)?.date;
  return day ? { urgency: urgencyForDate(day, today), deadline: DEADLINE.test(foldAnswer(text)) } : undefined;
}

/** "la DRH doit me l'envoyer", "HR will send it": a department that does something, not where the problem is. */
const UNIT_ACTS = /\b(doit|doivent|va|vont|devrait|devraient) (me|nous|lui|leur|vous) (l |le |la |les )?(envoyer|donner|transmettre|faire|communiquer)\b|\b(vient|viennent) de (me|nous) (le |l )?(dire|confirmer|prevenir|transmettre)\b|\b(m|nous) (a|ont) (dit|confirme|prevenue?|previent|informee?)\b|\b(just )?(told|informed|emailed) (me|us)\b|\b(will|should|must|is going to|are going to) (send|give|email|forward)\b|\b(the |le |la |les )?(radiologists?|radiologues?|pharmacists?|pharmaciens?|biologistes?|anesthesistes?|surgeons?|chirurgiens?) (is|are|est|sont)\b/;

/** "vous avez besoin de son matricule ?": asked with a new account. */
const EMPLOYEE_NUMBER_ASKED = /\b(matricule|numero d agent|rpps|adeli|employee (number|id)|staff (number|id)|payroll number)\b/;

/** "c'est grave ?", "je dois quand même appeler le 5200 ?", "le mail je le supprime ou pas ?": asked during a security threat. */
// "should I change my password now?": the same advice says so.
const SECURITY_WHAT_NOW = /\b(grave|serious|bad|appel\w*|call|5200|supprim\w*|delete|effac\w*|transfer\w*|forward|chang\w* (mon |my |le |the )?(mot de passe|mdp|password))\b/;

/** "can I just keep using the other one meanwhile?", "je peux prendre celui d'à côté en attendant ?". */
const WAY_ROUND_ASKED = /\b(can|could|may|should) (i|we) .*\b(use|using|take|borrow)\b.*\b(other|another|next|meanwhile|for now)\b|\b(je peux|on peut|puis je|peut on|est ce que je peux|est ce qu on peut) .*\b(utiliser|prendre|emprunter|passer sur|continuer sur)\b.*\b(autre|a cote|en attendant|celui|celle)\b/;

/** "should we pull out the usb stick or leave it in?", "on retire la clé ?": the stick asked about during a threat. */
const PLUG_ASKED = /\b(je la branche|la brancher|on la branche|je peux la brancher|branche ou pas|plug it in|should i plug|can i plug)\b/;
const USB_ASKED = /\b(usb|cle|stick|key|clef)\b.*\b(pull|remove|take|unplug|retir\w*|enlev\w*|debranch\w*|laisse\w*|leave)\b|\b(pull|remove|take|unplug|retir\w*|enlev\w*|debranch\w*|laisse\w*|leave)\b.*\b(usb|cle|stick|key|clef)\b/;

/** "je peux rappeler le message ?", "can I recall the email?": a message sent to the wrong address. */
const RECALL_ASKED = /\b(rappel\w*|recall\w*|unsend|annuler l envoi)\b/;

/** "c'est quoi BIO-RAD-0003 ? l'échographe ?", "which one is that?", "lequel c'est ?": what the device proposed is. */
const WHAT_DEVICE = /\b(c est quoi|c quoi|cest quoi|qu est ce que c est|c est lequel|c est laquelle|lequel c est|laquelle c est|lequel|laquelle|quel appareil|what is|what s|whats|which one|which device|is that the)\b/;

function asksWhatTheDeviceIs(text: string): boolean {
  return text.includes('?') && parseYesNo(text) === undefined && WHAT_DEVICE.test(foldAnswer(text));
}

/** "should I unplug the PC??", "faut-il l'éteindre ?": asked during a security threat. */
const UNPLUG_ASKED = /\b(unplug|disconnect|debranch\w*|eteindre|eteins|eteint|shut (it )?down|turn (it )?off|switch (it )?off|couper)\b/;

/** The words of the question waiting for an answer, as the user read them. */
function questionAsked(state: IntakeState): string {
  return state.pending ? promptFor(state, state.pending).text : '';
}

/**
 * Applies an answer to the intake. A question the user asks on the way ("should I unplug the PC??" during a
 * phishing) is answered with advice before the next question.
 */
export async function applyAnswer(state: IntakeState, text: string, deps: IntakeDeps): Promise<AnswerOutcome> {
  // "c'est-à-dire ?": the question said in other words, then asked again; it is not a failed answer.
  const explanation = asksWhatTheQuestionMeans(text) || asksWhatAWordOfTheQuestionMeans(text, questionAsked(state)) ? explanationOf(state) : undefined;
  if (explanation) return { kind: 'retry', message: explanation };
  // "c'est quoi BIO-RAD-0003 ? l'échographe ?" to "is it BIO-RAD-0003?": what the device proposed is, then the question again.
  const described = state.pending === 'asset' && state.assetMode === 'confirm' && asksWhatTheDeviceIs(text) ? proposedDevices(state)[0] : undefined;
  if (described) {
    const place = described.place ? [described.place.room, described.place.unitName].filter(Boolean).join(', ') : '';
    return { kind: 'retry', message: 'intake.asset_described', params: { asset: described.tag, model: described.model ?? t(state.lang, `asset_kind.${described.kind}` as MessageKey), place } };
  }
  const side = sideQuestionsIn(text, state);
  // A request's details are the user's words, whatever they are: a question asked with them is answered, the
  // whole answer staying the details; asked alone ("profil ?"), it is answered and the details asked again.
  if (state.pending === 'request_detail' && side.answers.length > 0) {
    if (!side.rest.trim()) {
      keepDetail(state, text);
      return { kind: 'next', noted: [], advice: side.answers };
    }
    const outcome = await applyAnswerToFields(state, text, deps);
    return outcome.kind === 'next' || outcome.kind === 'create' || outcome.kind === 'ask_change' ? { ...outcome, advice: side.answers } : outcome;
  }
  if (side.after) keepDetail(state, side.after);
  // "vous passez quand ?" alone: answered, and the form's question is asked again.
  if (side.answers.length > 0 && !side.rest) return { kind: 'next', noted: [], advice: side.answers };
  const answered = await applyAnswerToFields(state, side.rest, deps);
  widenForSharedStation(state);
  widenForUnitFridge(state, text);
  const outcome = afterThreatSpreading(state, text, answered);
  // "oui créez. et du coup papier ou pas??": created, and the question answered.
  if (outcome.kind === 'create' && side.answers.length > 0) return { ...outcome, advice: side.answers };
  if (outcome.kind !== 'next' && outcome.kind !== 'ask_change') return outcome;
  // "can i just use my colleague's login meanwhile?": answered no above, it is no way round to say yes to.
  const asked = text.includes('?') ? [adviceAsked(state, foldAnswer(withoutBorrowedCredentials(text)))].filter((key): key is MessageKey => key !== undefined) : [];
  // "ma collègue l'a déjà branchée sur le pc du guichet 2" after a stick found: what to do with that PC, now.
  const told: MessageKey[] = usbFoundNowPlugged(state, text) && !asked.includes('intake.security_usb') ? ['intake.security_usb'] : [];
  const advice = [...side.answers, ...asked, ...told];
  return advice.length > 0 ? { ...outcome, advice } : outcome;
}

/**
 * "no. and the secretariat pc next door has the same red screen now", at any question: ransomware on one more computer
 * makes it a team's problem, and that computer is to be unplugged now; the words are the technician's too.
 */
function afterThreatSpreading(state: IntakeState, text: string, outcome: AnswerOutcome): AnswerOutcome {
  if (outcome.kind === 'cancel' || outcome.kind === 'switch_kind' || outcome.kind === 'to_question') return outcome;
  if (!takeThreatSpreading(state, text)) return outcome;
  keepDetail(state, text);
  state.retries = 0;
  const advice: MessageKey[] = ['intake.security_spreading', ...(('advice' in outcome && outcome.advice) || [])];
  if (outcome.kind === 'create') return { ...outcome, advice };
  // The words are kept with the ticket's details already: "who is affected" is what they changed.
  const noted = new Set([t(state.lang, 'scope.team'), ...(outcome.kind === 'next' ? outcome.noted.filter((said) => said !== detailsNoted(state, text)) : [])]);
  return { kind: 'next', noted: [...noted], advice };
}

const PLUGGED_TOLD = /\b(deja |already )?(branche|branchee|branches|branchees|plugged( it| them)? in|put it in)\b/;
const NOT_PLUGGED = /\b(pas|jamais|not|never|n a pas|didn t|did not) (ete |been )?(deja |already )?(branche|branchee|plugged)\b/;

/** A USB stick reported found and unplugged, now told plugged into a PC. */
function usbFoundNowPlugged(state: IntakeState, text: string): boolean {
  const folded = foldAnswer(text);
  return state.category === 'security' && tellsUsbFoundNotPlugged(state.text) && PLUGGED_TOLD.test(folded) && !NOT_PLUGGED.test(folded);
}

/** A repair needed within this many hours is needed today: urgency high. */
const NEEDED_SOON_MS = 8 * 60 * 60 * 1000;

/** "can I just reboot it", "je le redémarre ?": asked of a machine under attack. */
const REBOOT_ASKED = /\b(reboot\w*|restart\w*|redemarr\w*|relanc\w*|rallum\w*)\b/;

/** The advice a question asked on the way calls for, if the bot has one. */
export function adviceAsked(state: Pick<IntakeState, 'category' | 'kind' | 'requestType' | 'text'>, folded: string): MessageKey | undefined {
  if (state.category === 'security') {
    if (REBOOT_ASKED.test(folded)) return 'intake.security_reboot';
    // "should we pull out the usb stick too or leave it in?": the stick, not the network cable.
    if (USB_ASKED.test(folded)) return 'intake.security_usb';
    // "mais du coup je la branche ou pas ?" about a stick found: no.
    if (PLUG_ASKED.test(folded) && tellsUsbFoundNotPlugged(state.text)) return 'intake.security_usb_found';
    if (RECALL_ASKED.test(folded)) return 'intake.security_recall';
    if (UNPLUG_ASKED.test(folded)) return 'intake.security_unplug';
    if (SECURITY_WHAT_NOW.test(folded)) return 'intake.security_what_now';
    return undefined;
  }
  // "vous avez pas besoin de son nom ? … matricule 48213": the number is given, not asked about.
  if (state.kind === 'request') return state.requestType === 'account' && EMPLOYEE_NUMBER_ASKED.test(folded) && !/\d{4,}/.test(folded) ? 'intake.account_employee_number' : undefined;
  return WAY_ROUND_ASKED.test(folded) ? 'intake.way_round_ok' : undefined;
}

async function applyAnswerToFields(state: IntakeState, text: string, deps: IntakeDeps): Promise<AnswerOutcome> {
  const question = state.pending;
  const urgencyBefore = state.urgency;
  // A request's details are the user's words, whatever they are ("annuler ses accès").
  // "non pas P1 svp ça remarche, c'est pas urgent": less urgent, not withdrawn.
  if (question !== 'request_detail' && isWithdrawal(text) && !keepsTheReport(text)) return { kind: 'cancel' };
  // "I just need it working before the day hospital opens tomorrow 8am", whatever was asked: when the repair is needed.
  const neededAt = state.kind === 'incident' ? momentNeeded(text, deps.now?.() ?? new Date()) : undefined;
  if (neededAt) state.neededAt = neededAt.toISOString();
  // "bah non je suis chez moi" to "is the problem in Maternity?": no place in the hospital; the words go to the technician.
  if (state.kind === 'incident' && !state.awayFromSite && AWAY_FROM_SITE.test(foldAnswer(text))) {
    state.awayFromSite = true;
    if (question === 'location') {
      state.location = undefined;
      keepDetail(state, text);
      state.retries = 0;
      return { kind: 'next', noted: [t(state.lang, 'summary.away')] };
    }
  }
  // "non c'est pas une panne, c'est une demande d'installation": the no is to the kind, not to the question.
  if (state.kind === 'incident' && SAYS_IT_IS_A_REQUEST.test(foldAnswer(text))) return { kind: 'switch_kind', to: 'request' };
  if (state.kind === 'incident' && question !== 'confirm' && saysItIsJustAQuestion(text)) return { kind: 'to_question' };
  // "none of these really - it's a breakdown not a request", to "what do you need?": an incident, whatever was asked.
  if (state.kind === 'request' && KIND_IS_INCIDENT.test(foldAnswer(text))) return { kind: 'switch_kind', to: 'incident' };
  // "non!! le scope de la salle d'op 2" to "is it PC-BLOC-0202 (workstation)?": the device denied, another kind named.
  const deviceDenied = question === 'asset' && state.assetMode === 'confirm' && parseYesNo(text)?.value === false ? proposedDevices(state)[0] : undefined;
  const direct = answerDirectly(state, text, deps.now?.() ?? new Date());
  if (direct === 'cancel') return { kind: 'cancel' };
  if (direct === 'create') {
    // "oui vite. et l'autre monito est pris donc pas de rechange": created now, the words kept for the technician.
    if (question === 'confirm') keepWordsOfGoAhead(state, text, 4);
    return { kind: 'create' };
  }
  if (direct === 'change') return { kind: 'ask_change' };

  // After a vague first message ("bjr ça marche plus"), a sentence typed instead of a category is the description.
  if (question === 'category' && (state.vague || isVague(state.text) || foldAnswer(state.text).split(' ').length <= 4) && direct === undefined && describesTheProblem(text)) {
    state.text = text.trim();
    state.vague = false;
  }

  // "the type: it's an incident, not a request": the other kind of intake, started again from the words.
  // "none of these really? it's a request to restore a file", to "what kind of problem is it?": a request.
  if (question === 'category' && direct === undefined && state.kind === 'incident' && KIND_IS_REQUEST.test(foldAnswer(text))) return { kind: 'switch_kind', to: 'request' };
  if ((question === 'confirm' || question === 'change') && direct === undefined) {
    const folded = foldAnswer(text);
    if (state.kind === 'request' && KIND_IS_INCIDENT.test(folded)) return { kind: 'switch_kind', to: 'incident' };
    if (state.kind === 'incident' && KIND_IS_REQUEST.test(folded)) return { kind: 'switch_kind', to: 'request' };
  }

  // "c'est un accès, pas un compte": the kind of request is corrected on the summary.
  if (question === 'change' && state.kind === 'request' && direct === undefined) {
    const type = guessRequestType(text);
    if (type && type !== state.requestType) {
      state.requestType = type;
      state.retries = 0;
      return { kind: 'next', noted: [t(state.lang, `choice.request.${type}` as MessageKey)] };
    }
  }

  // A request's details are free text: the whole answer is the detail, whatever words it holds.
  if (question === 'request_detail' && direct === undefined) {
    // "oui", "le mien", "un autre PC" to "faut-il l'installer sur votre PC, PC-DIR-0965 ?".
    const computer = ownComputerChosen(state, text);
    if (computer === 'other') {
      state.ownMachineDeclined = true;
      return retry(state, 'intake.retry.other_machine');
    }
    if (computer) {
      // The software was named in the first message: with the computer, nothing is left to ask.
      setAsset(state, computer);
      state.detailsInMessage = true;
      state.retries = 0;
      return { kind: 'next', noted: [] };
    }
    // "Yes", "ok", "non" typed too fast: no detail at all (it would title the ticket).
    const bare = parseYesNo(text);
    if (text.trim().length < 3 || (bare && bare.rest.trim() === '')) return retry(state, 'intake.retry.detail');
    state.requestDetail = text.trim();
    // "elle commence le lundi 7 décembre": the date told with the details is not asked for again.
    if (state.urgency === undefined) takeNeededBy(state, text, deps.now?.() ?? new Date());
    // "whatever is quickest, she might not have many days left": how soon, said with the details, is not asked again.
    if (state.urgency === undefined) state.urgency = urgencyNamed(text);
    // "the sticker says PC-REA-0105": the machine the request is carried out on.
    const said = state.asset ? undefined : await deps.understander.analyseAnswer(text);
    const machine = said?.assetHint?.tag ? await deps.directory.findAsset(said.assetHint.tag) : undefined;
    // "ben le PACS, pour moi, profil interne": the application the rights are asked on.
    const application = !machine && !state.asset && state.requestType === 'access' && deps.applications ? await deps.applications.namedIn(text) : undefined;
    if (machine) setAsset(state, toIntakeAsset(machine));
    else if (application) state.asset = toIntakeAsset(application);
    // "sur le PC du DG dans son bureau (E305)": the office by its door code, and the one computer in it.
    else if (said?.locationHint?.room) await takeOfficeNamed(state, said.locationHint.room, text, deps);
    state.retries = 0;
    return { kind: 'next', noted: [] };
  }

  // A device number typed loosely ("lbl urg 0001") is a device, not a unit named "urgences".
  if (question === 'asset' && direct === undefined && /\d{3,}/.test(text)) {
    const found = await lookUpAssetTag(state, text, deps);
    if (found) return found;
  }

  // Whatever the question, the message may also state or correct other fields.
  // The words after a yes or no, or the whole answer: "juste moi, je tape sur le poste d'agnès en attendant"
  // answers who is affected and tells the workaround (the field asked is protected below).
  // "BIO-BLOC-0004 — Station d'anesthésie Dräger Perseus A500": a device's button, whose model says nothing more (not room A500).
  const deviceButton = direct === 'answered' && question === 'asset' && DEVICE_BUTTON.test(text.trim());
  const rest = deviceButton ? '' : direct === 'answered' ? parseYesNo(text)?.rest ?? text : text;
  let noted: string[] = [];
  let urgencySaid = false;
  if (rest.trim().length > 2) {
    const stated = await deps.understander.analyseAnswer(withoutDeniedKind(rest));
    // "the one with the temperature probe that sends alarms to pharmacy": where the alarm goes, not where the fridge is.
    if (stated.locationHint?.unit && (await unitOnlyAsAlarmReceiver(rest, stated.locationHint.unit, deps.understander))) {
      const { unit: _receiver, ...rightHere } = stated.locationHint;
      if (Object.keys(rightHere).length > 0) stated.locationHint = rightHere;
      else delete stated.locationHint;
    }
    // "im at F2 nurses station": the floor of the ticket's building, said the short way.
    const unitSaid = stated.locationHint?.unit ?? state.location?.unitCode;
    const floorSaid = unitSaid && stated.locationHint?.floor === undefined ? buildingFloorSaid(rest, await deps.directory.locationsOfUnit(unitSaid)) : undefined;
    if (floorSaid) stated.locationHint = { ...stated.locationHint, ...floorSaid };
    // "les urgences on les sort à la main" to "does it hold up care?" speaks of urgent orders: to a question
    // about something else, a unit word is a place only in a correction ("non, c'est aux urgences").
    // "quand on est en accouchement, ce matin le pédiatre a dû venir": a where-phrase, but the unit word is elsewhere.
    if (stated.locationHint && question && NOT_ABOUT_PLACE.has(question) && !isCorrection(text, true) && !(await placeSaidAsWhere(rest, stated.locationHint, deps))) {
      delete stated.locationHint;
    }
    // "oui au plateau technique… les urgences attendent des tropo" to "is the problem in the laboratory?": the unit just
    // confirmed stays; other units named are elsewhere (who waits, where a sample goes).
    const unitConfirmed = question === 'location' && state.locationMode === 'confirm' && direct === 'answered' && parseYesNo(text)?.value === true;
    if (unitConfirmed && stated.locationHint?.unit && !isCorrection(rest) && !saysAlsoHit(rest)) {
      const { unit: _elsewhere, ...inTheUnit } = stated.locationHint;
      if (Object.keys(inTheUnit).length > 0) stated.locationHint = inTheUnit;
      else delete stated.locationHint;
    }
    // "et pour le matricule ? … la DRH doit me l'envoyer", "c'est mardi pas lundi, la DRH vient de me dire" on the summary:
    // a department that acts or tells, not a place corrected.
    const unitActs = UNIT_ACTS.test(foldAnswer(rest)) || (rest.includes('?') && (question === 'confirm' || question === 'change'));
    if (stated.locationHint && unitActs && !isCorrection(text, true) && !SAYS_WHERE.test(foldAnswer(rest))) delete stated.locationHint;
    // "sinon pour les urgences on sort sur ordonnance papier": urgent cases, not the emergency unit.
    if (stated.locationHint?.unit === 'emergency' && URGENT_CASES.test(foldAnswer(rest)) && !(await placeSaidAsWhere(rest, stated.locationHint, deps))) delete stated.locationHint;
    // "c'est pas urgent du coup ??" asks; it does not say how urgent, nor whether care is held up.
    const statements = withoutQuestions(rest);
    if ((stated.urgency || stated.patientCareImpact !== undefined) && rest.includes('?')) {
      const said = statements.length > 2 ? await deps.understander.analyseAnswer(statements) : {};
      if (!said.urgency) delete stated.urgency;
      else stated.urgency = said.urgency;
      if (said.patientCareImpact === undefined) delete stated.patientCareImpact;
      // "soins impactés NON ?? si évidemment, les patients attendent": the statement, not the words echoed in the question.
      else stated.patientCareImpact = said.patientCareImpact;
      // "vous savez combien de temps ça va prendre ? on a les entrées de demain à préparer" on the summary: words
      // around a question asked on the way do not make care held up; a correction does.
      if (stated.patientCareImpact === true && state.patientCareImpact === false && question === 'confirm' && !isCorrection(text)) delete stated.patientCareImpact;
    }
    // "its the PC on desk 3, PC-ADM-0023" during a phishing: the account given away is one person's, whoever shares the desk.
    if (state.category === 'security' && stated.scope && stated.assetHint && !scopeSaid(statements)) delete stated.scope;
    // "c'est pas une personne, on est 5 préparateurs à imprimer dessus" on the summary: who is affected.
    // "pas tout le service ! juste cet écho là": the one device named beats the group denied.
    if (question === 'confirm' || question === 'change') {
      const scope = scopeSaid(statements);
      // "ce sont 3 postes, pas une seule personne": the one person denied is no reading of who is affected.
      const onePersonDenied = stated.scope === 'single_user' && ONE_PERSON_DENIED.test(foldAnswer(statements));
      if (scope && (!stated.scope || scope === 'single_user' || onePersonDenied)) stated.scope = scope;
    }
    const urgency = moreUrgentThan(state.urgency, statements) ?? urgencyNamed(statements);
    urgencySaid = urgency !== undefined;
    if (urgency) stated.urgency = urgency;
    // "c'est pas urgent urgent, tant que c'est prêt lundi matin" said on Sunday: a day that is tomorrow cannot wait.
    if (stated.urgency === 'low' && !asksForAVisitLater(statements)) {
      const today = deps.now?.() ?? new Date();
      const day = dayGiven(statements, today);
      // "ça peut attendre demain matin": tomorrow, said as how long it can wait, is soon, not now.
      if (day?.urgency === 'high' || (day?.urgency === 'medium' && day.deadline)) stated.urgency = day.urgency === 'high' && saysItCanWait(statements) ? 'medium' : day.urgency;
    }
    // "faut qu'il soit réparé pour ce soir": a repair needed by today cannot wait, whatever was read before.
    if (!urgencySaid && state.kind === 'incident' && stated.urgency !== 'high') {
      const day = dayGiven(statements, deps.now?.() ?? new Date());
      if (day?.deadline && day.urgency === 'high') {
        stated.urgency = 'high';
        urgencySaid = true;
      }
    }
    // "ok on passe en papier" for a whole unit: its downtime procedure, which does not let the repair wait.
    const unitOnDowntime = isUnitWide({ scope: state.scope ?? 'single_user' }) && downtimeProcedure(rest);
    // "soins impactés : oui" on the summary: the card's own words.
    const care = question === 'confirm' || question === 'change' ? careNamed(statements) : undefined;
    if (care !== undefined) stated.patientCareImpact = care;
    // A workaround told as a correction lowers the urgency one step from where it was, not from a default;
    // one that only slows people down ("c'est juste plus long") leaves it at medium. Told before urgency was
    // asked ("non, on a les 2 autres consoles"), it is the workaround question's middle answer, "yes, but it
    // is a nuisance": medium, unless the words say it can wait (then urgencyNamed has read them).
    else if (!urgencySaid && stated.urgency === 'low' && stated.patientCareImpact === false && (state.urgency === 'high' || state.urgency === undefined)) {
      // "ok on passe en papier" for a whole unit whose care was held up: downtime procedure, not a way round that
      // lets the repair wait, unless the words say it holds.
      if (state.urgency === 'high' && state.patientCareImpact === true && unitOnDowntime) delete stated.urgency;
      else stated.urgency = 'medium';
    }
    // "on note sur papier et on ressaisit après, mais c'est du boulot en double": a way round that costs is not one
    // that lets the repair wait.
    if (!urgencySaid && stated.urgency === 'low' && bothersomeWorkaround(rest)) stated.urgency = 'medium';
    // "on est déjà passé en procédure papier, ça tient pour l'instant. c'est que chez nous ?": care goes on after all,
    // so a repair that was urgent for care is due soon rather than now, unless the words say how urgent.
    else if (!urgencySaid && stated.urgency === undefined && stated.patientCareImpact === false && state.patientCareImpact === true && state.urgency === 'high' && !unitOnDowntime) {
      stated.urgency = 'medium';
    }
    // "no, I'm still working normally" after a password given to a phishing page: a security threat's urgency is
    // the threat's, not the work's; only urgency said in so many words changes it.
    // "ben moi... j'ai cliqué sur le lien et j'ai mis mon mot de passe": the threat acted on is urgent, told in any answer.
    if (state.category === 'security' && !urgencySaid) {
      if (tellsThreatActedOn(rest)) stated.urgency = 'high';
      else delete stated.urgency;
    }
    // The kind of problem changes only when asked, or on a correction ("non, c'est l'imprimante"): in
    // "oui, au poste de soins" the place is not a workstation.
    // "it says account locked, I changed my windows password yesterday" about an application: a broken login is access.
    const credentialRefused = stated.category === 'access' && state.category === 'software' && tellsCredentialRefused(rest);
    const otherKindOfDevice = deviceDenied !== undefined && stated.assetHint?.kind !== undefined && stated.assetHint.kind !== deviceDenied.kind;
    if (question !== 'category' && question !== 'change' && !isCorrection(text, asksYesOrNo(state)) && !deniesTheKind(text) && !namesTheKind(text) && !credentialRefused && !otherKindOfDevice) delete stated.category;
    // "screen says no network" about a DECT: the handset's own message, still a phone problem.
    if (state.category === 'phone' && stated.category === 'network' && HANDSET_NO_NETWORK.test(foldAnswer(rest))) delete stated.category;
    // "non c'est des données RH, pas les patients" after a salary file sent outside: a threat stays a threat unless
    // the words name another kind ("c'est pas de la sécurité, c'est une panne").
    if (state.category === 'security' && stated.category && stated.category !== 'security' && !namesTheKind(text) && !deniesTheKind(text)) delete stated.category;
    // "le téléphone ça suffit pas, les urgentistes attendent": the way round rejected is not the kind of problem.
    if (stated.category && question !== 'category' && rejectsWayRound(rest) && !deniesTheKind(text) && !namesTheKind(text)) delete stated.category;
    // "it's the whole unit… for now the lab phones us the critical values": the way round's words name no kind of problem.
    if (stated.category && question !== 'category' && !deniesTheKind(text)) {
      // Read with its punctuation: the way round is one clause among others, not the whole folded answer.
      const said = written(text, rest);
      const beside = withoutWayRound(said);
      if (beside !== said && (await deps.understander.analyseAnswer(beside)).category !== stated.category) delete stated.category;
    }
    // "on peut imprimer les étiquettes depuis la zebra des urgences en bas": the unit of the way round is not where
    // the fault is.
    if (stated.locationHint?.unit && !isCorrection(text, asksYesOrNo(state))) {
      const beside = withoutWayRound(rest);
      if (beside !== rest && (await deps.understander.analyseAnswer(beside)).locationHint?.unit !== stated.locationHint.unit) delete stated.locationHint;
    }
    // "en fait on peut se dépanner sur le pc du box 2 en attendant", even as a correction: the room of the way round is
    // not where the fault is.
    if (stated.locationHint?.room) {
      const beside = withoutWayRound(rest);
      if (beside !== rest && (await deps.understander.analyseAnswer(beside)).locationHint?.room !== stated.locationHint.room) delete stated.locationHint;
    }
    // "oui et faites vite, on a 6 patients en HDJ onco qui attendent", "perdu entre urgences et bloc": where patients
    // wait, or where something was lost, is not where the fault is.
    if (stated.locationHint?.unit && !isCorrection(text, asksYesOrNo(state)) && ELSEWHERE_CLAUSE.test(rest)) {
      const beside = rest.replace(ELSEWHERE_CLAUSES, ' ');
      if ((await deps.understander.analyseAnswer(beside)).locationHint?.unit !== stated.locationHint.unit) delete stated.locationHint;
    }
    // "le scanner est en salle d'examen 1 (C031), c'est le somatom": a place corrected, the device named on the way;
    // the kind of problem (images not reaching the PACS) stays unless the words correct it.
    const machineNotApplication = state.category === 'software' && deniesTheApplicationForTheMachine(text);
    if (question === 'change' && stated.locationHint && state.category && !isCorrection(text) && !deniesTheKind(text) && !machineNotApplication) delete stated.category;
    // "sur mon PC PC-PHAR-0752", "mon pc portable": naming the machine it happens on does not make a
    // phishing or a PACS problem a hardware one; "c'est du matériel" does.
    // "non non le scope marche très bien ! c'est l'écran de l'ordi" to "is it BIO-REA-0004?": another kind of machine is the one.
    const machineInstead = otherKindOfDevice || machineNotApplication || ((state.category === 'biomedical' || state.category === 'phone' || state.category === 'printer') && deniesTheKind(text));
    if (stated.category === 'hardware' && stated.assetHint && state.category && state.category !== 'hardware' && !HARDWARE_NAMED.test(foldAnswer(rest)) && !machineInstead) {
      delete stated.category;
    }
    // "mon PC c'est celui qu'on m'a changé… mais ce n'est pas le PC le problème, c'est sur tous les postes": the machine
    // is not at fault, what runs on it is.
    const machineDenied = state.kind === 'incident' && deniesTheMachine(rest);
    if (machineDenied && state.category === 'hardware' && (!stated.category || stated.category === 'hardware')) stated.category = 'software';
    else if (machineDenied && stated.category === 'hardware') delete stated.category;
    // The field just answered is the answer's, not a reading of the words after it: "oui, on imprime sur
    // celle du couloir" is a workaround that bothers (medium), not one that lets the work wait (low).
    const answered = direct === 'answered' && question ? ANSWERED_FIELD[question] : undefined;
    if (answered) delete stated[answered];
    // "oui mais faut traverser tout le service" tells the workaround, not who is affected.
    // "I teach the nurses thursday afternoon" to "when do you need it?" says when, not who is affected.
    if ((question === 'urgency' || question === 'request_urgency') && !isCorrection(text, true)) delete stated.scope;
    // "the nurses open the drug room for me": those who make the way round are not those affected.
    if (stated.scope && stated.scope !== 'single_user' && question !== 'scope' && tellsWorkaround(rest) && !scopeSaid(rest) && !isCorrection(text, true)) delete stated.scope;
    // "ah et Pascal à côté me dit qu'il a la même erreur", whatever was asked: a colleague hit too, a team's problem.
    if (state.kind === 'incident' && (state.scope ?? 'single_user') === 'single_user' && !stated.scope && SAME_ERROR_NEXT_DOOR.test(foldAnswer(rest))) stated.scope = 'team';
    // "label says DECT-MED-0104… it's the same everywhere on the ward": where one handset fails, not who is hit.
    const handset = state.asset?.kind === 'phone' || stated.assetHint?.kind === 'phone';
    if (stated.scope && stated.scope !== 'single_user' && handset && (state.category ?? stated.category) === 'phone' && tellsOnlyWhereItFails(rest)) delete stated.scope;
    // "we're printing on LBL-LAB-0001 next to it meanwhile": the device used as the way round, not the one at fault.
    const wayRoundTag = stated.assetHint?.tag && state.asset && usedAsWayRound(rest, stated.assetHint.tag) ? stated.assetHint.tag : undefined;
    if (wayRoundTag) delete stated.assetHint;
    // "the other cart 0159 does it too": another device hit as well, not the one corrected; more than one is hit.
    const anotherHitToo = state.asset !== undefined && state.asset !== null && ANOTHER_ONE_TOO.test(foldAnswer(rest));
    if (anotherHitToo) {
      delete stated.assetHint;
      if (!stated.scope && (state.scope ?? 'single_user') === 'single_user') stated.scope = 'team';
    }
    // "c'est le PC-PED-0659... ah non c l'autre, le 0660": the tag taken back is not the device; the number after is.
    const takenBack = stated.assetHint?.tag && takesBackTheTag(rest, stated.assetHint.tag) ? stated.assetHint.tag : undefined;
    if (takenBack) delete stated.assetHint;
    // "et l'autre monito (salle 1) est pris": the room of the other one, the spare, not where the fault is.
    // "oui. on a déjà redémarré 2 postes": the machines tried are not who is affected; a unit-wide or wider
    // problem narrows only when the words say so ("pas tout le service", "only our team").
    // "no it's only her account, one person" on the summary: who is affected, corrected.
    const onSummary = question === 'confirm' || question === 'change';
    if (onSummary && !stated.scope && state.scope !== 'single_user' && ONE_PERSON_OR_DEVICE.test(foldAnswer(rest))) stated.scope = 'single_user';
    // "it's for the nurses station A110 not my office" about a newcomer's account: where it is needed, not who; a request
    // is one person's unless the words count people.
    if (state.kind === 'request' && stated.scope === 'team' && (stated.locationHint || SAYS_WHERE.test(foldAnswer(rest)) || /\b[a-z]\d{3}\b/.test(foldAnswer(rest)))) delete stated.scope;
    const narrowed = stated.scope && (state.scope === 'service' || state.scope === 'site') && SCOPE_WIDTH[stated.scope] < SCOPE_WIDTH[state.scope];
    if (narrowed && !isCorrection(text, asksYesOrNo(state)) && !NARROWS.test(foldAnswer(rest))) delete stated.scope;
    // "le pacs marche" when patients wait for the images: the system works, care still waits. Only words that say
    // patients are not affected, or a way round, clear a care impact already told.
    // "non, à part le doppler à la main, c'est pas tenable": a way round named and rejected in the same words.
    const wayRoundHolds = tellsWorkaround(rest) && !rejectsWayRound(rest);
    if (stated.patientCareImpact === false && state.patientCareImpact === true && question !== 'patient_care' && !wayRoundHolds && !tellsNoCareImpact(rest)) {
      delete stated.patientCareImpact;
    }
    // "non attendez le doppler c pas une solution, elle doit être sous monito en continu": the way round told is
    // none; care is held up again when the first words said so.
    if (state.patientCareImpact === false && stated.patientCareImpact === undefined && rejectsWayRound(rest)) {
      if ((await deps.understander.analyseAnswer(state.text)).patientCareImpact) stated.patientCareImpact = true;
    }
    // "l'IRM en salle 2 envoie bien sur le pacs", "toutes sauf la 118": the room of a machine that works is not where the
    // fault is either.
    // "and OR 3 next door has the same issue": one more room hit, not a move.
    // "alarms from beds 3-6 don't reach the desk", "all the nurses for box 4 to 6": several rooms hit, none of them the place.
    const otherOnesRoom = [ANOTHER_ONES_ROOM, WORKING_ONES_ROOM, STAND_IN_ROOM, ANOTHER_ROOM_TOO, ROOM_RANGE].some((pattern) => pattern.test(foldAnswer(rest)));
    if (stated.locationHint?.room && otherOnesRoom) delete stated.locationHint.room;
    // "all the nurses for box 4 to 6 use that printer": the staff of a few rooms, a team, not the whole unit.
    if (stated.scope === 'service' && ROOM_RANGE.test(foldAnswer(rest)) && !WHOLE_UNIT_SAID.test(foldAnswer(rest))) stated.scope = 'team';
    const renumbered = stated.locationHint?.room || otherOnesRoom ? undefined : roomRenumbered(state.pointer?.room, rest);
    if (renumbered) stated.locationHint = { ...stated.locationHint, room: renumbered };
    const before = { unit: state.location?.unitCode, category: state.category, room: state.pointer?.room, place: state.location?.code };
    if (stated.locationHint?.room) state.pointer = { ...state.pointer, room: stated.locationHint.room };
    // "c'est la 0511, la 0512 c'est celle d'à côté qui marche bien": the device that works tells which one is broken;
    // it is no way round, unless the words say it is used.
    if (WORKING_ONE_NAMED.test(foldAnswer(rest)) && !WORKING_ONE_USED.test(foldAnswer(rest))) {
      if (careNamed(rest) === undefined) delete stated.patientCareImpact;
      if (!urgencyNamed(rest)) delete stated.urgency;
    }
    // "oui. les collègues de cardio à côté ont l'air d'avoir le même souci": another unit hit as well; the problem
    // reaches several departments, and stays where it was said to be.
    const otherUnit = stated.locationHint?.unit && state.location && stated.locationHint.unit !== state.location.unitCode;
    // Not "il lui faut aussi l'accès au logiciel de pharmacie" in a request: an application asked for, no unit hit.
    if (otherUnit && state.kind === 'incident' && saysAlsoHit(rest) && !isCorrection(text, asksYesOrNo(state))) {
      stated.scope = 'site';
      delete stated.locationHint;
    }
    // "qqn peut passer avant 14h ? à la main ça va pas tenir": the repair is needed within hours, so work must resume
    // today, whatever the way round told would make of it.
    if (state.kind === 'incident' && neededAt && neededAt.getTime() - (deps.now?.() ?? new Date()).getTime() <= NEEDED_SOON_MS) {
      stated.urgency = 'high';
    }
    // "non pas P1 svp ça remarche, c'est pas urgent": the device works again for now, so care goes on meanwhile.
    if (worksAgainForNow(rest) && careNamed(rest) === undefined) stated.patientCareImpact = false;
    const placeBefore = state.location?.code;
    noted = await applyStatedFields(state, stated, deps);
    // "application is the SIL not the DPI" on the summary: another application named, the one set ruled out.
    const otherApplication = state.asset?.kind === 'application' ? await applicationCorrected(rest, state.asset.tag, deps) : undefined;
    if (otherApplication) {
      state.asset = toIntakeAsset(otherApplication);
      noted.push(otherApplication.tag);
    }
    // "le lieu c'est pas la chambre 4, c'est tout le couloir": the room denied goes, the unit stays.
    const denied = roomDenied(rest);
    if (denied && !stated.locationHint?.room && state.location?.room && roomNumber(state.location.room) === denied) {
      const places = (await deps.directory.locationsOfUnit(state.location.unitCode)).filter((place) => roomNumber(place.room ?? '') !== denied);
      // "its not box 3, its the nursing station": the place named instead, else the unit.
      const unitPlace = placeNamedBy(places, rest) ?? placeOfUnit(places, state.homePlace);
      if (unitPlace) {
        state.location = unitPlace;
        noted.push(unitPlace.room ?? unitPlace.unitName);
      }
      if (state.pointer?.room && roomNumber(state.pointer.room) === denied) state.pointer = { ...state.pointer, room: undefined };
    }
    // "I'm not in my office, I'm at the nurses station (poste de soins)": a place of the ticket's unit named by
    // its use, said as where one is.
    const wherePlace = question === 'confirm' || question === 'change' || question === 'location';
    if (wherePlace && !stated.locationHint?.room && state.location && !denied && SAYS_WHERE.test(foldAnswer(rest))) {
      const place = placeNamedBy(await deps.directory.locationsOfUnit(state.location.unitCode), rest);
      if (place && place.code !== state.location.code) {
        state.location = place;
        noted.push(place.room ?? place.unitName);
      }
    }
    // "location is wrong, its not in my office, its the triage desk at the ER entrance", "its NOT salle de naissance 2":
    // the place denied, and none the directory knows said instead: the unit's own place, the words for the technician.
    if (wherePlace && state.location && state.location.code === placeBefore && !denied && deniesThePlace(rest, state.location.room)) {
      const denied = state.location.code;
      const unitPlace = placeOfUnit((await deps.directory.locationsOfUnit(state.location.unitCode)).filter((place) => place.code !== denied), null);
      if (unitPlace) {
        state.location = unitPlace;
        if (state.pointer?.room) state.pointer = { ...state.pointer, room: undefined };
        noted.push(unitPlace.room ?? unitPlace.unitName);
        keepDetail(state, text);
      }
    }
    // "non pardon, c'est la chambre 4, pas la 3": the devices of the room now named are proposed instead.
    const roomChanged = stated.locationHint?.room !== undefined && stated.locationHint.room !== before.room;
    const unitOfRoom = state.location?.unitCode ?? state.homePlace?.unitCode;
    if (roomChanged && unitOfRoom && !stated.assetHint?.tag && state.location?.unitCode === before.unit) {
      await moveCandidatesTo(state, unitOfRoom, deps.directory);
      // "PACS won't load on WVAL-BLOC-0209… the PC is in OR 3 right now": a device the user named by its number stays theirs.
      const numberTold = state.asset ? deviceNumberTold(`${state.text}\n${rest}`, state.asset.tag) : false;
      const wheeledThere = state.asset && movesAround(state.asset) && !foundInTheRoomTakenBack(state.asset, before.room, numberTold);
      const elsewhere = state.asset && state.asset.kind !== 'application' && !wheeledThere && !numberTold && !state.candidates.some((device) => device.tag === state.asset?.tag);
      if (elsewhere) state.asset = undefined;
      // "non c'est le 4 pas le 3" to "is it BIO-SSPI-0003?": the one device of the room now named is the answer.
      // "oui c'est elle, au poste de soins A010": the device just confirmed stands when it is in the room named.
      const confirmedThere = state.asset && !elsewhere && parseYesNo(text)?.value === true && !YES_TAKEN_BACK.test(foldAnswer(text));
      if (question === 'asset' && !confirmedThere) state.asset = deviceInRoomSaid(state.candidates, rest, before.room);
    }
    // "c'est pas le respi qui a l'erreur c'est le moniteur de l'anesthésie": the device set, even by its number, was the one
    // cleared; the devices of the kind named are proposed instead, and the first words are read with it.
    const deviceInstead = state.asset && state.asset.kind !== 'application' && !stated.assetHint?.tag ? deviceNamedInstead(rest) : undefined;
    if (deviceInstead && state.asset && !fitsTheDeviceNamed(state.asset, deviceInstead)) {
      const unit = state.location?.unitCode ?? state.asset.place?.unitCode ?? state.homePlace?.unitCode;
      state.asset = undefined;
      state.deviceRenamed = { cleared: deviceInstead.cleared, named: deviceInstead.named };
      if (unit) state.candidates = narrowCandidates(await devicesOfUnit(deps.directory, unit), { ...state, text: deviceInstead.named });
      state.assetDeclined = false;
    }
    // "non ça c'est le mien. c'est celui de son bureau, le E305": the one computer of the office named.
    if (question === 'asset' && !state.asset && state.location?.room && state.location.code !== before.place) {
      const office = state.location;
      const there = (await devicesOfUnit(deps.directory, office.unitCode)).filter((device) => device.place?.code === office.code && isFixedComputer(device));
      if (there.length === 1) {
        setAsset(state, there[0]!);
        state.assetDeclined = false;
        noted.push(there[0]!.tag);
      }
    }
    // "take my laptop off it, there's no device", "l'appareil c'est pas PC-URG-0011, enlevez le": the device set is withdrawn.
    const deviceWithdrawn =
      ((question === 'confirm' || question === 'change') && DEVICE_WITHDRAWN.test(foldAnswer(rest)) && (!stated.assetHint?.tag || stated.assetHint.tag === state.asset?.tag)) ||
      (ANOTHER_PERSONS_MACHINE.test(foldAnswer(rest)) && (!stated.assetHint?.tag || stated.assetHint.tag === state.asset?.tag));
    if (deviceWithdrawn && state.asset && state.asset.kind !== 'application') {
      state.asset = null;
      noted.push(`${t(state.lang, 'summary.asset').toLowerCase()} ${t(state.lang, 'summary.none')}`);
    }
    // "c'est le 340 pas le 339" on the summary, or at any question ("ah non pardon c'est pas la 0511,
    // c'est la 0512", "c'est marqué 0003"): one of the devices known to the intake, by its number.
    const instead = numberTakenInstead(rest);
    const numberCorrected = deniesANumber(rest) || namesTheBrokenOne(rest) || NUMBER_READ.test(foldAnswer(rest)) || takenBack !== undefined || instead !== undefined;
    if ((question === 'confirm' || question === 'change' || numberCorrected) && !stated.assetHint?.tag && !anotherHitToo) {
      // "c'est le PC-PED-0659... ah non c l'autre, le 0660": the same series as the tag taken back.
      const device =
        deviceByNumber(state.candidates, rest) ??
        (takenBack ? await sameSeries(state, afterMindChange(rest), deps, takenBack) : await sameSeries(state, instead ?? rest, deps));
      // "je valide sur le 0610 en attendant": the number of the machine used meanwhile is not the broken one's.
      const usedMeanwhile = device ? usedAsWayRound(rest, tagNumber(device.tag) ?? device.tag) : false;
      if (device && device.tag !== state.asset?.tag && device.tag !== wayRoundTag && !usedMeanwhile) {
        setAsset(state, device);
        noted.push(device.tag);
      }
    }
    if (state.location && state.location.unitCode !== before.unit) {
      await moveCandidatesTo(state, state.location.unitCode, deps.directory);
      // "No - I'm not in recovery tonight, I'm covering the ICU, box 4" to "is it BIO-SSPI-0004?": the one device of that
      // kind in the place now named is the one.
      if (question === 'asset' && !state.asset && state.location.room) {
        const kinds = state.category ? DEVICE_KINDS[state.category] : undefined;
        const there = state.candidates.filter((device) => device.place?.code === state.location?.code && (!kinds || kinds.includes(device.kind)));
        if (there.length === 1) {
          setAsset(state, there[0]!);
          state.assetDeclined = false;
          noted.push(there[0]!.tag);
        }
      }
    }
    // "c'est pour mardi pas vendredi" on a request's summary: the date it is needed by.
    if (state.kind === 'request' && (question === 'confirm' || question === 'change')) {
      const today = deps.now?.() ?? new Date();
      const said = dateSaid(rest, today)?.words;
      if (said && said !== state.neededBy && takeNeededBy(state, rest, today)) {
        // "Monday 7 December… no rush": the words that it can wait come before the date's urgency.
        if (stated.urgency === 'low') state.urgency = 'low';
        noted.push(`${t(state.lang, 'summary.needed_by').toLowerCase()} ${said}`);
      } else if (!said && dropNeededBy(state, rest)) {
        noted.push(`${t(state.lang, 'summary.needed_by').toLowerCase()} ${t(state.lang, 'summary.none')}`);
      }
    }
    // "c'était sur mon pc du secrétariat": the requester's own machine, when they have one such.
    // "il peut utiliser mon poste pour ses mails": one's own machine lent as the way round is not the one at fault.
    if (!stated.assetHint?.tag && state.kind === 'incident' && !machineDenied && !deviceWithdrawn) {
      const mine = ownMachineNamed(withoutWayRound(rest), state.ownMachines ?? []);
      if (mine && mine.tag !== state.asset?.tag) {
        setAsset(state, mine);
        noted.push(mine.tag);
      }
    }
    // "non, c'est pas celle des étiquettes, c'est la laser, la HP": the one device of the unit of that make.
    // Not after "je sais pas l'étiquette est effacée. c une zebra grise": no number, and the one of that make was refused.
    if (question === 'asset' && state.assetDeclined && state.asset === undefined && !stated.assetHint?.tag) {
      const device = await unitDeviceOfMake(state, rest, deps);
      if (device) {
        setAsset(state, device);
        state.assetDeclined = false;
        noted.push(device.tag);
      }
    }
    if (state.category !== before.category) {
      const firstKind = state.pointer?.kind;
      await fitAssetToCategory(state, rest, stated.assetHint?.kind, deps);
      if (isCorrection(text, asksYesOrNo(state)) && describesTheProblem(rest)) {
        state.retold = withoutCorrectionOpener(text);
        // "en fait c'est l'imprimante, pas le chariot" names another machine: it titles the ticket. "it's a
        // hardware problem, the screen is broken" only says what kind of problem the first words tell.
        state.retoldTitles = firstKind !== undefined && stated.assetHint?.kind !== undefined && stated.assetHint.kind !== firstKind;
      }
    }
    // "non, en fait c'est l'imprimante" to "is it in your unit?": the "non" is about the kind of problem.
    if (question === 'location' && state.locationMode === 'ask' && state.category !== before.category && !stated.locationHint?.unit) {
      state.locationMode = 'confirm';
    }
  }

  // "ma collègue enregistre à ma place mais ça ralentit tout": a workaround that holds but bothers.
  if (question === 'urgency' && state.urgency === undefined && bothersomeWorkaround(text)) state.urgency = 'medium';
  // Care is not held up after all: an urgency guessed from the circumstances is asked now (the workaround
  // question), unless the answer said how urgent. A security threat's urgency is the threat's, not the work's.
  const guessed = state.urgencyGuessed && !urgencySaid && state.urgency === urgencyBefore && state.urgency !== 'low' && state.category !== 'security';
  if (question === 'patient_care' && state.patientCareImpact === false && guessed) {
    state.urgency = undefined;
  }
  // "bof, les services peuvent appeler le fixe du plateau… c'est surtout chiant": no, care goes on, and the
  // workaround that bothers is told already; the workaround question is not asked.
  if (question === 'patient_care' && state.patientCareImpact === false && state.urgency === undefined && bothersomeWorkaround(text)) {
    state.urgency = 'medium';
  }
  // "non pas vraiment les soins, mais… le secrétariat est fermé donc y a pas d'autre imprimante": no way round is
  // told already; asking for one next would ask again.
  if (question === 'patient_care' && state.patientCareImpact === false && state.urgency === undefined && saysNoWayRound(text)) {
    state.urgency = 'high';
  }
  // "non. jai pas cliqué" to the care question of a reported mail: the question on the lure is answered on the way.
  if (state.category === 'security' && state.urgency === undefined && rest.trim().length > 2) {
    if (tellsThreatActedOn(rest)) state.urgency = 'high';
    else if (tellsThreatNotActedOn(rest)) state.urgency = 'low';
  }
  if (state.urgency !== urgencyBefore) state.urgencyGuessed = false;
  if (direct === 'answered' || noted.length > 0 || (question === 'urgency' && state.urgency !== undefined)) {
    // A correction on the summary that says more than the field it changes ("elle sera au guichet 3 et son
    // matricule c'est 40817", "c'est en imagerie, salle du scanner bat C"): its words go with the ticket too.
    const long = foldAnswer(text).split(' ').length >= 6;
    // "oui. impression ok. scan non.": a yes or no that tells more; its words are the technician's too.
    // "non. jai pas cliqué": short, and what the security team asks first.
    const aboutTheLure = rest.split(' ').length >= 2 && (tellsThreatActedOn(rest) || tellsThreatNotActedOn(rest));
    const saysMoreThanYesOrNo = direct === 'answered' && rest !== text && (rest.split(' ').length >= 4 || aboutTheLure);
    if (((long && ((noted.length > 0 && (question === 'confirm' || question === 'change')) || (question && KEEPS_ITS_WORDS.has(question)))) || saysMoreThanYesOrNo) && !isButtonTitle(text)) {
      // "non ça va je me mets sur le pc d'à côté, j'ai débranché le câble réseau du mien": what the answer
      // tells besides the choice is for the technician.
      keepDetail(state, text);
    }
    state.retries = 0;
    return { kind: 'next', noted };
  }
  // "oui vas-y", "non pas comme ça": a yes or no to the summary whose other words correct nothing.
  const confirmed = question === 'confirm' ? parseYesNo(text) : undefined;
  // "ok done, I changed my password just now, couldn't reach 5200": a yes that tells more is news for the
  // ticket, not an answer to "shall I create it?": the words are kept and the summary shown again.
  if (confirmed?.value && confirmed.rest.split(' ').length >= 4 && !GO_AHEAD.test(confirmed.rest)) {
    keepDetail(state, text);
    state.retries = 0;
    return { kind: 'next', noted: [detailsNoted(state, text)] };
  }
  // "ok. et le pse en panne on en fait quoi, on vous l'envoie ?": created, and the question goes with the ticket.
  if (confirmed?.value && confirmed.rest && text.includes('?')) {
    keepDetail(state, text);
    return { kind: 'create', noted: [detailsNoted(state, text)] };
  }
  if (confirmed) return confirmed.value ? { kind: 'create' } : { kind: 'ask_change' };
  // "bon tant pis, oui créez le", "c'est bon": go ahead, with nothing to correct.
  if (question === 'confirm' && saysGoAhead(text)) {
    // "device is not just 0101, it's every phone. ok create it": created, and what it says goes with the ticket.
    keepWordsOfGoAhead(state, text, 6);
    return { kind: 'create' };
  }
  // Free-text answers that need a lookup.
  if (question === 'asset') return answerAssetTag(state, text, deps);
  if (question === 'location' && state.locationMode === 'ask') return retry(state, 'intake.retry.location_unknown');
  // Words on the summary that correct no field ("c'est la 2e fois cette semaine"): nothing said is lost.
  if ((question === 'confirm' || question === 'change') && describesTheProblem(text) && !saysNothingToChange(text)) {
    keepDetail(state, text);
    state.retries = 0;
    return { kind: 'next', noted: [detailsNoted(state, text)] };
  }
  if (question === 'change') return retry(state, 'intake.retry.change');
  // "on a sorti le plan de soins papier… les prescriptions du matin on les voit pas": not a yes or no the bot
  // can read, but words the technician needs; the question is asked again, the words are kept.
  if (question && KEEPS_ITS_WORDS.has(question) && foldAnswer(text).split(' ').length >= 6) keepDetail(state, text);
  // "on peut rappeler les patients avec le tel de Lucie mais eux peuvent pas nous joindre, et le matin c'est 80 appels"
  // to "do you have a way round?": a way round told with what it does not cover, the middle choice; the words are kept.
  if (question === 'urgency' && state.urgency === undefined && foldAnswer(text).split(' ').length >= 5) {
    state.urgency = rejectsWayRound(text) ? 'high' : 'medium';
    keepDetail(state, text);
    state.retries = 0;
    return { kind: 'next', noted: [] };
  }
  const yesNoQuestion = question === 'patient_care' || (question === 'location' && state.locationMode === 'confirm');
  return retry(state, yesNoQuestion ? 'intake.retry.yes_no' : 'intake.retry.choice');
}

/** Keeps the user's words with the ticket's details, once. */
/** A go-ahead that says more than the go-ahead ("oui vite. et l'autre monito est pris…"): its words go with the ticket. */
function keepWordsOfGoAhead(state: IntakeState, text: string, minWords: number): void {
  if (foldAnswer(text).split(' ').length >= minWords && !isButtonTitle(text)) keepDetail(state, text);
}

/**
 * "cette semaine. ah non en fait c pas pour moi, c pour le poste de ma collegue": of several sentences, the one that
 * says when; the others go with the details.
 */
function whenSentence(text: string, now: Date): { when: string; others: string } | undefined {
  const sentences = sentencesOf(text);
  if (sentences.length < 2) return undefined;
  const when = sentences.find((sentence) => parseChoice(sentence, REQUEST_URGENCY_OPTIONS) !== undefined || whenNeeded(sentence) !== undefined || dateSaid(sentence, now) !== undefined);
  // "cette semaine." is the button's "Cette semaine", whatever ends the sentence.
  return when ? { when: when.replace(/[.!;]+$/, ''), others: sentences.filter((sentence) => sentence !== when).join(' ') } : undefined;
}

/** How soon a request is needed, from a button, a day or words ("pas pressé"). */
function answerRequestUrgency(state: IntakeState, text: string, now: Date): 'answered' | undefined {
  const choice = parseChoice(text, REQUEST_URGENCY_OPTIONS);
  // "pour son arrivée le 14 décembre": the date sets the urgency and goes into the ticket as said.
  const date = choice ? undefined : dateSaid(text, now)?.date;
  const said = whenNeeded(text);
  // "pas urgent, lundi prochain ça ira": the words that it can wait come first; not before a day that is
  // tomorrow ("pas urgent urgent… tant que c'est prêt lundi matin", said on Sunday).
  const byDate = date ? urgencyForDate(date, now) : undefined;
  const value = choice ?? (said === 'low' && byDate !== 'high' ? said : byDate ?? said);
  if (!value) return undefined;
  state.urgency = value as IntakeState['urgency'];
  if (!choice) state.neededBy = text.trim();
  // "avant jeudi, c'est pour la commission": the day, so the ticket says when the target falls after it.
  if (date) state.neededByDay = date.toISOString().slice(0, 10);
  return 'answered';
}

function keepDetail(state: IntakeState, text: string): void {
  const words = text.trim();
  if (words && !(state.addedDetails ?? []).includes(words)) state.addedDetails = [...(state.addedDetails ?? []), words];
}

function onlyOne<T>(items: T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}

function retry(state: IntakeState, message: MessageKey, params?: Record<string, string>): AnswerOutcome {
  state.retries += 1;
  if (state.retries >= 3) return { kind: 'retry', message: 'intake.retry.too_many' };
  return { kind: 'retry', message, params };
}

/** Answers that need no lookup: buttons, yes/no, choices. Mutates the state when it recognises one. */
function answerDirectly(state: IntakeState, text: string, now: Date): 'answered' | 'create' | 'cancel' | 'change' | undefined {
  switch (state.pending) {
    case 'category': {
      const value = parseChoice(text, CATEGORY_OPTIONS);
      // "its a fridge lol. the one with the temperature probe": the unit's medicine fridge is looked after as a
      // medical device; the words go with the ticket.
      if (!value && tellsMedicineFridge(text)) {
        state.category = 'biomedical';
        keepDetail(state, text);
        return 'answered';
      }
      if (!value) return undefined;
      state.category = value as IntakeState['category'];
      // "le chariot de soins": the model named counts once the kind of device is known.
      state.candidates = narrowCandidates(state.candidates, state);
      return 'answered';
    }
    case 'asset': {
      if (isDontKnow(text)) {
        noDevice(state);
        return 'answered';
      }
      // "jsais pas y a pas d'étiquette, c'est l'injecteur medrad en salle scanner", "tous ! c'est tous les
      // dect du service": no one device to name. What the words add is kept for the technician.
      const folded = foldAnswer(text);
      // "no idea what the number is, it's the HP elitebook on my desk": the device proposed, by its make.
      const proposed = state.assetMode === 'confirm' ? proposedDevices(state)[0] : undefined;
      const deniesIt = parseYesNo(text)?.value === false && !DONT_KNOW_FIRST.test(folded);
      // Not once it was refused: "je sais pas l'étiquette est effacée. c une zebra grise" after "non" to LBL-PED-0001.
      if (proposed && !state.assetDeclined && namesModelOf(proposed, text) && !deniesIt) {
        setAsset(state, proposed);
        return 'answered';
      }
      if (DONT_KNOW_FIRST.test(folded) || NO_LABEL.test(folded) || ALL_OF_THEM.test(folded) || NOT_A_DEVICE.test(folded)) {
        noDevice(state);
        if (folded.split(' ').length >= 6) keepDetail(state, text);
        return 'answered';
      }
      if (state.assetMode === 'confirm') {
        const yes = parseYesNo(text);
        if (!yes) return undefined;
        // "non, c'est le 340": another device of theirs, by the end of its tag.
        // "non c'est la centrale qui déconne pas le scope du lit 6, lui il marche": the one refused is not taken back by its room.
        const refused = proposedDevices(state)[0];
        const named = yes.value ? undefined : deviceByNumber(state.candidates, yes.rest) ?? deviceInRoomSaid(state.candidates, yes.rest, state.pointer?.room);
        const other = named && named.tag !== refused?.tag ? named : undefined;
        if (yes.value) setAsset(state, proposedDevices(state)[0] ?? null);
        else if (other) setAsset(state, other);
        else state.assetDeclined = true; // the question stays open: the tag is asked next
        return 'answered';
      }
      if (state.assetMode === 'choose') {
        // "lbl urg 0001", "LBL_URG_0001" and the button "LBL-URG-0001" are the same tag; "2" is the second one.
        const typed = text.trim().toUpperCase();
        const devices = proposedDevices(state);
        const position = /^\d{1,2}$/.test(typed) ? Number(typed) : positionSaid(text, devices.length);
        // The option after the devices is "Je ne sais pas".
        if (position === devices.length + 1) {
          noDevice(state);
          return 'answered';
        }
        const device =
          devices[position - 1] ??
          devices.find((d) => typed === d.tag || typed.startsWith(`${d.tag} `) || typed.replace(/[\s_]+/g, '-') === d.tag) ??
          deviceByNumber(devices, text) ?? // "0104", "le 340": the end of one of the tags shown
          deviceInRoomSaid(devices, text, state.pointer?.room) ?? // "celui de l'emplacement 4", "c'est le 4 pas le 3"
          onlyOne(devicesOfMake(devices, text)); // "c'est la Brother": the list shows the models
        if (device) {
          setAsset(state, device);
          return 'answered';
        }
        // "un d63 je crois, numero sais pas": the model said fits some of those listed; they are asked among.
        const ofModel = devicesOfMake(devices, text);
        if (ofModel.length > 1 && ofModel.length < devices.length) {
          state.candidates = ofModel.map((d) => ({ ...d, preferred: true }));
          return 'answered';
        }
      }
      // A bare "non" to "which device?" or "what is its number?": none of these, or no number at hand.
      const bare = parseYesNo(text);
      // "no no, nothing wrong with the phones, the problem is the lab results": no device of those; the kind is corrected next.
      if ((bare && !bare.value && bare.rest === '') || NONE_OF_THEM.test(foldAnswer(text)) || deniesTheKind(text)) {
        noDevice(state);
        return 'answered';
      }
      // "non c'est pas les DECT, c'est les fixes": none of those listed; its number is asked next.
      if (state.assetMode === 'choose' && NOT_THESE.test(foldAnswer(text))) {
        // "non c'est pas un dect, c'est le poste fixe… le 04 65 71 13 26": a desk phone, not in the inventory; its words are kept.
        if (DESK_PHONE_NAMED.test(foldAnswer(text))) {
          noDevice(state);
          keepDetail(state, text);
          return 'answered';
        }
        state.assetDeclined = true;
        return 'answered';
      }
      return undefined;
    }
    case 'location': {
      if (state.locationMode !== 'confirm') return undefined;
      const yes = parseYesNo(text);
      if (!yes) return undefined;
      if (yes.value) state.location = state.homePlace;
      else state.locationMode = 'ask';
      return 'answered';
    }
    case 'scope': {
      // Not knowing who else is affected: the person writing, at least.
      // "it's a shared desk, whoever is on window 2 uses it": the options in the person's own words.
      const value =
        parseChoice(text, SCOPE_OPTIONS) ?? scopeSaid(text) ?? (isDontKnow(text) || ONE_PERSON_OR_DEVICE.test(foldAnswer(text)) || ME_FIRST.test(foldAnswer(text)) ? 'single_user' : undefined);
      if (!value) return undefined;
      state.scope = value as IntakeState['scope'];
      state.scopeGuessed = false;
      return 'answered';
    }
    case 'patient_care': {
      // Not knowing whether care is held up is taken as yes: a patient is never put after a doubt.
      const yes = isDontKnow(text) ? { value: true } : careAnswer(text);
      // "ah non attendez, je me suis trompée…": a correction of something else, not an answer.
      if (!yes || SELF_CORRECTION.test(yes.rest ?? '')) return undefined;
      state.patientCareImpact = yes.value;
      // "yes, nurse calls are lost when it reboots": care held up with no way round told is due now, whatever was guessed.
      if (yes.value && state.urgencyGuessed && state.urgency !== 'high' && !tellsWorkaround(text)) {
        state.urgency = 'high';
        state.urgencyGuessed = false;
      }
      return 'answered';
    }
    case 'urgency': {
      if (state.category === 'security') {
        // Acted on (a link clicked, a password given): now; not acted on: the security team's round.
        const acted = parseChoice(text, THREAT_URGENCY_OPTIONS) ?? urgencyNamed(text) ?? (parseYesNo(text)?.value === undefined ? undefined : parseYesNo(text)!.value ? 'high' : 'low');
        if (!acted) return undefined;
        state.urgency = acted as IntakeState['urgency'];
        return 'answered';
      }
      const value =
        parseChoice(text, URGENCY_OPTIONS) ?? moreUrgentThan(state.urgency, text) ?? urgencyNamed(text) ?? urgencyFromWorkaroundAnswer(text) ?? (isDontKnow(text) || saysNoWayRound(text) ? 'high' : undefined);
      if (!value) return undefined;
      state.urgency = value as IntakeState['urgency'];
      // "non on a rien d'autre… les paiements doivent partir mercredi au plus tard": nothing to carry on with, but
      // the work can wait for the day it must be done by.
      const day = dayGiven(text, now);
      if (value === 'high' && day?.deadline && day.urgency !== 'high') state.urgency = 'medium';
      // "il peut utiliser mon poste pour ses mails mais sa présentation est dessus, il la faut avant 14h": a way round
      // for the rest, but what must be done is due today.
      if (value !== 'high' && day?.deadline && day.urgency === 'high') state.urgency = 'high';
      return 'answered';
    }
    case 'request_type': {
      // "récupérer le fichier" typed instead of "Restaurer un fichier ou un mail".
      const value = parseChoice(text, REQUEST_TYPE_OPTIONS) ?? guessRequestType(text);
      if (!value) return undefined;
      state.requestType = value;
      return 'answered';
    }
    case 'request_urgency': {
      // "cette semaine. ah non en fait c pas pour moi…": the sentence that says when is the answer.
      const said = whenSentence(text, now);
      const answered = answerRequestUrgency(state, said?.when ?? text, now);
      if (answered && said) keepDetail(state, said.others);
      return answered;
    }
    case 'confirm': {
      // A bare "oui" creates; a bare "non" opens the correction (nothing is lost, the user says what is wrong).
      const bare = parseYesNo(text);
      // "No, I dont have time for the portal… can you just open the request for me?": the ticket, asked for.
      if (ASKS_TO_OPEN_IT.test(foldAnswer(text))) return 'create';
      // "oui vite", "yes please, go": yes, now, whatever follows.
      if (bare?.value && GO_NOW.test(foldAnswer(bare.rest))) return 'create';
      const value = parseChoice(text, CONFIRM_OPTIONS) ?? (bare && !bare.rest ? (bare.value ? 'create' : 'change') : undefined);
      if (value === 'create' || value === 'cancel') return value;
      if (value === 'change') return 'change';
      return undefined;
    }
    case 'change': {
      // The summary card stays on screen: its buttons still work; "rien" or the button under the question
      // shows it again.
      const folded = foldAnswer(text);
      if (/^\d+$/.test(folded)) return undefined;
      if (parseChoice(text, BACK_TO_SUMMARY)) return 'answered';
      const value = parseChoice(text, CONFIRM_OPTIONS);
      if (value === 'create' || value === 'cancel') return value;
      return saysNothingToChange(text) ? 'answered' : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * A problem that becomes a software or access one names its application rather than a device ("c'est
 * le SIL qui est planté"): the application's entry is the asset, so its team gets the ticket. One that
 * becomes a device problem drops the application, so the device is asked for.
 */
async function fitAssetToCategory(state: IntakeState, answer: string, hintedKind: string | undefined, deps: IntakeDeps): Promise<void> {
  const softwareLike = state.category === 'software' || state.category === 'access';
  if (!softwareLike) {
    if (state.asset?.kind === 'application') state.asset = undefined;
    return fitDeviceToCategory(state, answer, hintedKind, deps);
  }
  if (!deps.applications || state.asset?.kind === 'application') return;
  const application = (await deps.applications.namedIn(answer)) ?? (await deps.applications.namedIn(state.text));
  if (application) state.asset = toIntakeAsset(application);
}

/** The application the words name once those they rule out are set aside, when it is another than the one set. */
async function applicationCorrected(words: string, current: string, deps: IntakeDeps) {
  const folded = foldAnswer(words);
  const kept = withoutNamesRuledOut(folded);
  if (!deps.applications || kept === folded) return undefined;
  const named = await deps.applications.namedIn(kept);
  return named && named.tag !== current ? named : undefined;
}

/** Words that say what is wrong: a few words, more than "ça marche pas". */
/** "location is wrong", "le lieu est faux", "not in my office", "pas dans mon bureau": the place proposed is denied. */
const PLACE_WRONG =
  /\b(location|place|lieu|endroit|emplacement|localisation)\b.{0,20}\b(is wrong|wrong|incorrect|faux|fausse|pas bon|pas le bon|errone\w*|still wrong|toujours faux)\b|\b(wrong|mauvais|mauvaise) (location|place|lieu|endroit|room|salle|piece)\b|\b(not|pas|n est pas|isn t|its not|c est pas|c pas|je suis pas|i m not|im not)( in| dans| a| au| en)? (my|mon|ma|the|le|la) (office|bureau)\b/;

/** The place proposed, denied in general words or by its own name ("its NOT salle de naissance 2", "pas le C132"). */
function deniesThePlace(words: string, room: string | null | undefined): boolean {
  const folded = foldAnswer(words);
  if (PLACE_WRONG.test(folded)) return true;
  if (!room) return false;
  const name = foldAnswer(room).replace(/^[a-z]?\d{3}\s+/, '');
  const door = /^([a-z]\d{3})\b/.exec(foldAnswer(room))?.[1];
  const named = [name, door].filter((said): said is string => Boolean(said) && said!.length >= 3);
  return named.some((said) => new RegExp(`\\b(not|pas|n est pas|isn t|its not|c est pas|c pas)( la| le| l| the| in| en| dans)? ${said.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(folded));
}

/** "ça tient pour l'instant", "on gère", "holding up for now": the way round told is enough for a while. */
const WAY_ROUND_HOLDS = /\b(ca|ça) (tient|suit|va|roule|passe)\b|\bon (gere|tient|s en sort)\b|\b(holding up|holds|manageable|we manage|we re coping|fine for now|ok for now|okay for now)\b/;

function saysTheWayRoundHolds(text: string): boolean {
  return WAY_ROUND_HOLDS.test(foldAnswer(text));
}

/**
 * "ok on passe en papier": a whole unit on its downtime procedure still needs the repair now; "on est passé en papier,
 * ça tient pour l'instant" says the procedure holds, and "on imprime à la zebra d'en bas" is another way round.
 */
function downtimeProcedure(words: string): boolean {
  return tellsPaperFallback(words) && !saysTheWayRoundHolds(words);
}

function describesTheProblem(text: string): boolean {
  return !isVague(text) && foldAnswer(text).split(' ').length >= 3;
}

/** The one device of the unit concerned, of a kind that fits the problem, whose make the words name. */
async function unitDeviceOfMake(state: IntakeState, words: string, deps: IntakeDeps): Promise<IntakeAsset | undefined> {
  const unit = state.location?.unitCode ?? state.homePlace?.unitCode;
  const kinds = state.category ? DEVICE_KINDS[state.category] : undefined;
  if (!unit || !kinds || words.trim().length < 2) return undefined;
  const devices = (await devicesOfUnit(deps.directory, unit)).filter((device) => kinds.includes(device.kind));
  return onlyOne(devicesOfMake(devices, words, 'written'));
}

/**
 * "le 340" said of PC-CARD-0339: the device of the same series with that number, when the directory has
 * it and the answer gives one number only.
 */
async function sameSeries(state: IntakeState, text: string, deps: IntakeDeps, tag = state.asset?.tag): Promise<IntakeAsset | undefined> {
  const series = tag ? /^(.*?)(\d+)$/.exec(tag) : null;
  const numbers = numbersGiven(text);
  if (!series || numbers.length !== 1) return undefined;
  const asset = await deps.directory.findAsset(`${series[1]}${numbers[0]!.padStart(series[2]!.length, '0')}`);
  return asset ? toIntakeAsset(asset) : undefined;
}

/** The device whose tag or hostname the answer gives, set on the intake; undefined when the directory has none. */
async function lookUpAssetTag(state: IntakeState, text: string, deps: IntakeDeps): Promise<AnswerOutcome | undefined> {
  const asset = await deps.directory.findAsset(text.trim());
  if (!asset) return undefined;
  setAsset(state, toIntakeAsset(asset));
  state.retries = 0;
  return { kind: 'next', noted: [] };
}

/** "c'est où ça le numéro ?", "where's the label? on the back?": where to read a device's number is asked. */
const WHERE_IS_THE_LABEL = /\b(ou|where)\b.*\b(numero|etiquette|sticker|label|tag|number|n|find|trouve|trouver|read|lire)\b|\b(numero|etiquette|sticker|label|tag|number)\b.*\b(ou|where)\b/;

/** The last two parts of a tag ("ADM-0013" of PRN-ADM-0013). */
const TAG_END = /\b[A-Z]{2,6}-\d{2,6}\b/;
/** The four digits that end a label ("0009"), not a time or a count ("15 min", "1200 patients"). */
const LABEL_NUMBER = /(?<![\d:h-])\b(\d{4})\b(?! ?(min|mn|minutes?|h|heures?|hours?|patients?|ans|euros?))/gi;

/** Most devices of one make proposed at once, when the make named fits several in the unit. */
const MAX_MAKE_CHOICES = 6;

async function answerAssetTag(state: IntakeState, text: string, deps: IntakeDeps): Promise<AnswerOutcome> {
  const found = await lookUpAssetTag(state, text, deps);
  if (found) return found;
  if (text.includes('?') && WHERE_IS_THE_LABEL.test(foldAnswer(text))) return retry(state, 'intake.retry.asset_where', { example: exampleTag(state) });
  // "ah non pardon c'est pas celle des bracelets, c'est la laser à côté, la Brother", "scanner siemens salle 1": a
  // device of the unit named by its make, none of those proposed. One is taken; several are proposed instead.
  const unitCode = state.location?.unitCode ?? state.homePlace?.unitCode;
  // "la HP" among HPs proposed: the choice is among those; another make is looked for in the unit.
  const namesAProposed = state.candidates.some((device) => namesModelOf(device, text));
  if (unitCode && !namesAProposed) {
    const proposed = new Set(state.candidates.map((device) => device.tag));
    const ofTheUnit = await devicesOfUnit(deps.directory, unitCode);
    // "ADM-0013 je viens de dire", "étiquette ADM-0013": a tag without its first part, one device of the unit ends so.
    const tagEnd = TAG_END.exec(text.toUpperCase())?.[0];
    // "ah pardon j'ai mal lu c le 0009": only the number on the label, one device of the unit ends with it.
    const labelNumbers = tagEnd ? [] : [...text.matchAll(LABEL_NUMBER)].map((match) => match[1]!);
    const byEnd = tagEnd
      ? ofTheUnit.filter((device) => device.tag.endsWith(`-${tagEnd}`))
      : ofTheUnit.filter((device) => labelNumbers.some((number) => device.tag.endsWith(`-${number}`)))
          .filter((device, _index, all) => all.length === 1 || !state.category || (DEVICE_KINDS[state.category] ?? []).includes(device.kind));
    if (byEnd.length === 1) {
      setAsset(state, byEnd[0]!);
      state.retries = 0;
      return { kind: 'next', noted: [byEnd[0]!.tag] };
    }
    const named = devicesMostNamed(ofTheUnit, text).filter((device) => !proposed.has(device.tag));
    if (named.length === 1) {
      setAsset(state, named[0]!);
      state.retries = 0;
      return { kind: 'next', noted: [named[0]!.tag] };
    }
    if (named.length > 1 && named.length <= MAX_MAKE_CHOICES) {
      state.candidates = named;
      state.assetMode = 'choose';
      state.retries = 0;
      return { kind: 'next', noted: [] };
    }
  }
  // "le numéro c'est le 4312" (a phone's call number, a serial): not a tag the directory knows, but the
  // technician may need it, so it stays with the ticket whatever is answered next.
  if (text.trim().length >= 3) keepDetail(state, text);
  return retry(state, 'intake.retry.asset_unknown', { text: quotedShort(text), example: exampleTag(state) });
}

/** The place a door's code names ("A270"): the one of the requester's site when several sites have it. */
/**
 * A desk computer stays in its office: when the ticket moves to another office ("c'est celui de M. Fernandez,
 * bureau E305"), the one computer there is meant, not the one proposed before.
 */
async function takeComputerOf(state: IntakeState, place: AssetPlace, directory: IntakeDirectory): Promise<void> {
  if (!state.asset || !isFixedComputer(state.asset) || state.asset.place?.code === place.code) return;
  const there = (await devicesOfUnit(directory, place.unitCode)).filter((device) => device.place?.code === place.code && isFixedComputer(device));
  if (there.length === 1) state.asset = there[0]!;
}

/** A computer named in a request's details: "le PC", "son poste", "the computer". */
const COMPUTER_SAID = /\b(pc|poste|ordi|ordinateur|computer|workstation|desktop)\b/;

/** The office a request names by its door code becomes the ticket's place, and its only computer the machine. */
async function takeOfficeNamed(state: IntakeState, room: string, text: string, deps: IntakeDeps): Promise<void> {
  const office = await placeOfDoorCode(deps.directory, room, state.homePlace);
  if (!office) return;
  state.location = office;
  if (!COMPUTER_SAID.test(foldAnswer(text))) return;
  const inOffice = (await devicesOfUnit(deps.directory, office.unitCode)).filter((device) => device.place?.code === office.code && isFixedComputer(device));
  if (inOffice.length === 1) state.asset = inOffice[0]!;
}

async function placeOfDoorCode(directory: Pick<IntakeDirectory, 'locationsByDoorCode'>, room: string, home: AssetPlace | null): Promise<(AssetPlace & { id: number }) | undefined> {
  if (!isDoorCode(room)) return undefined;
  const places = await directory.locationsByDoorCode(room);
  const sameSite = places.filter((place) => home && place.code.split('-')[0] === home.code.split('-')[0]);
  const fitting = sameSite.length > 0 ? sameSite : places;
  return fitting.length === 1 ? fitting[0] : undefined;
}
