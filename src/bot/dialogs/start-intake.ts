import type { AssetPlace, DirectoryUser } from '../../directory/index.js';
import { momentNeeded } from '../intake/needed-at.js';
import { assess, describesHarmDone, namesImagingOrLabEquipment, tellsEveryDeviceFails, tellsMachinesFail, tellsWorkaround, type Language } from '../../triage/index.js';
import {
  AWAY_FROM_SITE, applyStatedFields, tellsLostCredential, withoutWayRound, DEVICE_KINDS, widenForSharedStation, deviceByNumber, foldAnswer, placeForRole, placeNamedBy, requestDetailsGiven, asksOwnAccess, namesAPerson, namesTheSoftware, takeNeededBy, devicesOfUnit, guessRequestType, isVague, narrowCandidates, ownMachineNamed, ownMachineToInstallOn, scopeSaid, toIntakeAsset, unitOnlyAsAlarmReceiver, widenForUnitFridge,
  type IntakeAsset, type IntakeState, type MessageAnalysis,
} from '../intake/index.js';
import type { BotServices } from '../services.js';

/** Words of a login or a right: an application's access problem, not the application failing. */
const CREDENTIAL_WORDS =
  /\b(mot de passe|mdp|password|pwd|login|identifiants?|compte|account|verrouill\w*|locked|expir\w*|badge|cps|carte|habilitation\w*|droits?|rights?|acces|access|connexion|connecter|connect|log ?in|sign ?in|session|authentif\w*|code|mfa|otp)\b/;

export { guessRequestType };

/**
 * The intake state for a first message: what the message states, the requester's devices and the
 * devices of the unit concerned (so the bot can propose "PC-CARD-0342 in Cardiology?").
 */
export async function initialIntake(
  services: BotServices,
  user: DirectoryUser,
  analysis: MessageAnalysis,
  text: string,
  kind: 'incident' | 'request',
  lang: Language,
): Promise<IntakeState> {
  const { directory } = services;
  const home = await directory.locationOfUser(user.id);
  const state: IntakeState = {
    kind,
    lang,
    text,
    candidates: [],
    homePlace: home ?? null,
    requesterName: user.displayName,
    retries: 0,
    ...(kind === 'incident' && isVague(text) ? { vague: true } : {}),
  };
  const ownAssets = await directory.assetsOfUser(user.id);
  if (kind === 'request') {
    state.requestType = guessRequestType(text);
    state.ownMachines = ownAssets.filter((asset) => asset.kind === 'workstation').map(toIntakeAsset);
    if (analysis.urgency) state.urgency = analysis.urgency;
    // "toute l'équipe RH s'en sert": a request for a team's file or tool weighs as the team's.
    if (analysis.scope && analysis.scope !== 'single_user' && !analysis.guessed?.scope) state.scope = analysis.scope;
    // "whole team uses it", "on est 6 à s'en servir": who the request serves, in the words an answer would use.
    const said = scopeSaid(text);
    if (!state.scope && said && said !== 'single_user') state.scope = said;
    // "installer la dictée sur mon portable": the machine is the requester's own one.
    // "sur le poste du Dr Boyer (… PC-ONCO-0602)": a machine named by its tag, whoever holds it.
    const tagged = analysis.assetHint?.tag ? await directory.findAsset(analysis.assetHint.tag) : undefined;
    const machine = ownMachineNamed(text, ownAssets) ?? (state.requestType === 'software' ? ownMachineToInstallOn(text, ownAssets) : undefined) ?? tagged;
    if (machine) state.asset = toIntakeAsset(machine);
    // "toujours pas accès aux images sur le PACS": the application the rights are asked on.
    const application = state.requestType === 'access' && services.applications ? await services.applications.namedIn(text) : undefined;
    if (!state.asset && application) state.asset = toIntakeAsset(application);
    const today = services.clock.now();
    // "une nouvelle sage-femme arrive lundi 7/12 (Mme Inès Garnier)…": what the questions would ask is said.
    if (requestDetailsGiven(text, state.requestType, machine !== undefined)) state.detailsInMessage = true;
    // "I still don't have PACS access", "accès DPI et PACS pour Dr Thomas Petit": the application and the person are said,
    // only the profile is left to ask.
    else if (state.requestType === 'access' && application && (asksOwnAccess(text) || namesAPerson(text))) state.accessProfileOnly = true;
    // "installer Adobe Acrobat Pro": the software is named, only the computer is left to ask; "… sur mon poste": nothing is.
    else if (state.requestType === 'software' && namesTheSoftware(text)) {
      if (machine) state.detailsInMessage = true;
      else state.softwareNamed = true;
    }
    takeNeededBy(state, text, today);
    // "a new secretary starting in Paediatrics": the unit named is where the request is carried out.
    if (!state.asset && analysis.locationHint?.unit) {
      await applyStatedFields(state, { locationHint: analysis.locationHint }, { understander: services.understander, directory });
      // "une nouvelle secrétaire en cardiologie": the secretariat, not the unit's care station.
      // "j'ai supprimé le dossier sur le partage de la sspi… la cadre en a besoin": a restore is for the requester, in
      // their own room when the unit named is theirs; the person who needs the file does not move it.
      const ownUnit = state.requestType === 'restore' && home && state.location?.unitCode === home.unitCode;
      const forRole = state.location && !analysis.locationHint.room && state.requestType !== 'restore' ? placeForRole(await directory.locationsOfUnit(state.location.unitCode), text) : undefined;
      if (ownUnit) state.location = home;
      else if (forRole) state.location = forRole;
    }
    return state;
  }
  // "the fridge alarm goes to pharmacy": the unit that receives the alarm is not where the fridge is.
  if (analysis.locationHint?.unit && (await unitOnlyAsAlarmReceiver(text, analysis.locationHint.unit, services.understander))) {
    const { unit: _receiver, ...rightHere } = analysis.locationHint;
    analysis = { ...analysis, locationHint: Object.keys(rightHere).length > 0 ? rightHere : undefined };
  }
  await applyStatedFields(state, analysis, { understander: services.understander, directory });
  if (analysis.guessed?.scope && state.scope === analysis.scope) state.scopeGuessed = true;
  const neededAt = momentNeeded(text, services.clock.now());
  if (neededAt) state.neededAt = neededAt.toISOString();
  if (AWAY_FROM_SITE.test(foldAnswer(text))) state.awayFromSite = true;
  // Care held up, guessed from the device or the place ("l'imprimante à étiquettes du poste de soins"), is
  // asked rather than presumed: a jam there may or may not hold up care. A bedside medical device's is presumed,
  // as is a whole unit's or building's outage; imaging or lab equipment's is asked, since patients often go to
  // another room's ("l'échographe de la salle 3 reste bloqué").
  const narrow = state.scope !== 'service' && state.scope !== 'site';
  const presumed = state.category === 'biomedical' && !namesImagingOrLabEquipment(text);
  if (analysis.guessed?.patientCareImpact && state.patientCareImpact === true && !presumed && narrow) {
    state.patientCareImpact = undefined;
  }
  if (analysis.guessed?.urgency && state.urgency !== undefined) state.urgencyGuessed = true;
  // "no network on the admission desks": with care going on, a P1 that rests on a guessed urgency is asked (is
  // there a way round?), since the answer alone makes it a P1 or a P2. Care held up stays a P1 without asking.
  // Ransomware renaming a unit's files, or data sent outside, is urgent whatever the writer clicked: the threat
  // question does not apply.
  // A lost badge or CPS card opens doors and sessions until it is blocked: urgent unless the words say otherwise.
  const lostCredential = state.category === 'security' && tellsLostCredential(text) && (state.urgency === undefined || state.urgencyGuessed);
  if (state.category === 'security' && (describesHarmDone(text) || lostCredential)) {
    state.urgency = 'high';
    state.urgencyGuessed = false;
  } else if (state.urgencyGuessed && state.patientCareImpact === false && p1OnlyIfUrgent(state)) {
    // "They've switched to paper for now": the way round is told, so it is not asked again; with it, work goes on
    // (DESIGN.md: a stated workaround lowers the urgency).
    state.urgency = tellsWorkaround(text) ? 'medium' : undefined;
    state.urgencyGuessed = false;
  }
  // "les téléphones des guichets ne reçoivent plus d'appels": a place of the unit named by its use.
  const unitCode = state.location?.unitCode ?? home?.unitCode;
  if (!analysis.locationHint?.room && !state.asset && unitCode) {
    const named = placeNamedBy(await directory.locationsOfUnit(unitCode), withoutWayRound(text));
    if (named) state.location = named;
  }
  const pointer = { ...(analysis.assetHint?.kind ? { kind: analysis.assetHint.kind } : {}), ...(analysis.locationHint?.room ? { room: analysis.locationHint.room } : {}) };
  if (pointer.kind || pointer.room) state.pointer = pointer;
  // A software or access problem names its application rather than a device: its team takes the ticket.
  // An application named when nothing else said what kind of problem it is makes it a software one.
  const softwareLike = state.category === undefined || state.category === 'software' || state.category === 'access';
  const machine = ownMachineNamed(text, ownAssets);
  // "Cristal-Net crashes on my laptop": an application failing on one machine is that machine's problem first.
  // Not "same on my laptop and on the PCs at the nurses' station, James and Manon have it too": many machines, the application.
  const oneMachine = (state.scope ?? 'single_user') === 'single_user';
  const onOwnMachine = state.category !== 'access' && oneMachine && ON_MY_MACHINE.test(foldAnswer(text)) ? machine : undefined;
  if (!state.asset && onOwnMachine) {
    state.category ??= 'software';
    state.asset = toIntakeAsset(onOwnMachine);
    // "les urgences ont 6 patients en attente… sur mon PC du bureau, GAM…": the office is where, not the unit talked about.
    if (OFFICE_MACHINE.test(foldAnswer(text))) state.location = onOwnMachine.location;
    else state.location ??= onOwnMachine.location;
  }
  // "the PC at the ICU nurses station (tag ends 0107) freezes… other PCs there are fine": one machine's problem, not the application's.
  const othersFine = OTHER_MACHINES_FINE.test(foldAnswer(text));
  // "tous les PC… redémarrent en boucle… On a plus accès au DPI": the application is what cannot be reached.
  if (!state.asset && softwareLike && services.applications && !othersFine && !tellsMachinesFail(text)) {
    const application = await services.applications.namedIn(text);
    if (application) {
      state.category ??= 'software';
      // "pharmatrace freeze sur les 3 postes, on peut plus valider les dispensations": an application named, no
      // credential in the words, is the application failing, not an account.
      if (state.category === 'access' && !CREDENTIAL_WORDS.test(foldAnswer(text))) state.category = 'software';
      state.asset = toIntakeAsset(application);
    }
  }
  // "the wifi on my laptop keeps dropping": no device question is asked for such problems, so the
  // requester's own machine, when the message names it and they have one, is the device.
  if (!state.asset && machine && state.category && !DEVICE_KINDS[state.category]) {
    state.asset = toIntakeAsset(machine);
    state.location ??= machine.location;
  }
  const place: AssetPlace | null = state.location ?? home ?? null;
  const own = ownAssets.map((asset) => ({ ...toIntakeAsset(asset), preferred: true }));
  state.ownMachines = ownAssets.filter((asset) => asset.kind === 'workstation').map(toIntakeAsset);
  const local = place ? await devicesOfUnit(directory, place.unitCode) : [];
  let candidates = dedupe([...own, ...local]);
  // Devices of the unit named in the message come first; the user's own devices elsewhere are dropped.
  if (state.location) candidates = candidates.filter((a) => !a.place || a.place.unitCode === state.location!.unitCode);
  // "le scope du box 3": the room and the kind of device named single out the device when they can.
  state.candidates = narrowCandidates(candidates, state);
  // "my laptop won't turn on… I'm using the PCs at the nurses station": their own laptop, not the room named.
  const kinds = state.category ? DEVICE_KINDS[state.category] : undefined;
  if (!state.asset && machine && kinds?.includes(machine.kind)) {
    state.candidates = [{ ...toIntakeAsset(machine), preferred: true }, ...state.candidates.filter((d) => d.tag !== machine.tag).map((d) => ({ ...d, preferred: false }))];
  }
  // "la console d'interprétation 0511": a number of three digits or more that ends one device's tag.
  const numbered = state.asset ? undefined : deviceByNumber(state.candidates, text, 3);
  // The one machine among others that work, by the end of its tag, anywhere in the unit (not only the room of the patient told about).
  const machineAmongOthers = othersFine && softwareLike && !state.asset ? deviceByNumber(dedupe(local).filter((device) => device.kind === 'workstation'), text, 3) : undefined;
  if (machineAmongOthers) {
    state.asset = machineAmongOthers;
    if (machineAmongOthers.place) state.location = machineAmongOthers.place;
  } else if (numbered) {
    state.candidates = [{ ...numbered, preferred: true }, ...state.candidates.filter((d) => d.tag !== numbered.tag).map((d) => ({ ...d, preferred: false }))];
  }
  widenForSharedStation(state);
  widenForUnitFridge(state);
  // "aucun DECT du service ne marche": a unit's or a building's devices of the kind all down, no one device to look for.
  const wide = state.scope === 'service' || state.scope === 'site';
  if (state.asset === undefined && wide && state.category && tellsEveryDeviceFails(text, state.category)) state.asset = null;
  return state;
}

function dedupe(assets: IntakeAsset[]): IntakeAsset[] {
  const seen = new Set<string>();
  return assets.filter((a) => (seen.has(a.tag) ? false : (seen.add(a.tag), true)));
}

/**
 * "other PCs there are fine", "sur les 2 autres ça passe", "les autres postes marchent", "The desk PCs are fine so we use
 * those", "Works fine on the box computers": the fault is one machine's.
 */
const OTHER_MACHINES_FINE =
  /\b(other (pcs|computers|workstations|machines)( there| here| in the \w+)? (are|work|works) (fine|ok|okay|working)|the others (are|work) fine|(sur )?les (2 |deux |3 |trois )?autres (pc |postes |ordis |ordinateurs )?(ca )?(passe|passent|marche|marchent|fonctionne|fonctionnent)|(sur )?les autres postes (ca )?(marche|marchent|fonctionne|fonctionnent|passe)|the (\w+ )?(pcs|computers|workstations|desktops) (are|work|seem) (fine|ok|okay)|(works|working|runs|is fine) (fine |ok |okay |normally )?on (the|all the) (\w+ )?(pcs|computers|workstations|desktops)|(ca )?(marche|fonctionne|passe) (bien |normalement )?sur les (pc|postes|ordis|ordinateurs)(?! (non plus|pas|plus)))\b/;

/** "on my laptop", "sur mon poste": where the writer says the failure happens. */
/** "mon PC du bureau", "my office computer": the requester's machine in their office. */
const OFFICE_MACHINE = /\b(mon|my) (pc|poste|ordi|ordinateur|computer) (du|de mon) bureau\b|\bmy office (pc|computer|workstation)\b|\b(pc|poste|ordi|ordinateur) de mon bureau\b/;
const ON_MY_MACHINE = /\b(on|sur|from|depuis) (my|mon|ma) (office |desk |work |own )?(pc|laptop|notebook|poste|portable|ordi|ordinateur|computer|workstation)\b/;

/** The fields known make a P1 with a high urgency, and not with a medium one. */
function p1OnlyIfUrgent({ category, scope, patientCareImpact, urgency }: IntakeState): boolean {
  if (urgency !== 'high' || !category || !scope || patientCareImpact === undefined) return false;
  const factors = { category, scope, patient_care_impact: patientCareImpact };
  return assess({ ...factors, urgency: 'high' }).priority === 'P1' && assess({ ...factors, urgency: 'medium' }).priority !== 'P1';
}
