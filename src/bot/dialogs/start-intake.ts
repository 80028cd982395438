import type { AssetPlace, DirectoryUser } from '../../directory/index.js';
import type { Language } from '../../triage/index.js';
import {
  applyStatedFields, toIntakeAsset, type IntakeAsset, type IntakeState, type MessageAnalysis, type RequestType,
} from '../intake/index.js';
import { foldAnswer } from '../intake/answers.js';
import { devicesPointedAt } from '../intake/device-match.js';
import type { BotServices } from '../services.js';

const REQUEST_TYPES: Array<[RequestType, RegExp]> = [
  ['account', /\b(compte|arrivee|arrivant|nouvel|nouvelle|embauche|newcomer|new (staff|starter|hire)|account|creation)\b/],
  ['access', /\b(acces|habilitation|droits?|profil|access|rights|permission)\b/],
  ['software', /\b(install\w*|logiciel|software|programme|application sur mon poste|licence|license)\b/],
];

export function guessRequestType(text: string): RequestType | undefined {
  const folded = foldAnswer(text);
  return REQUEST_TYPES.find(([, pattern]) => pattern.test(folded))?.[0];
}

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
    retries: 0,
  };
  if (kind === 'request') {
    state.requestType = guessRequestType(text);
    if (analysis.urgency) state.urgency = analysis.urgency;
    return state;
  }
  await applyStatedFields(state, analysis, { understander: services.understander, directory });
  // A software or access problem names its application rather than a device: its team takes the ticket.
  // An application named when nothing else said what kind of problem it is makes it a software one.
  const softwareLike = state.category === undefined || state.category === 'software' || state.category === 'access';
  if (!state.asset && softwareLike && services.applications) {
    const application = await services.applications.namedIn(text);
    if (application) {
      state.category ??= 'software';
      state.asset = toIntakeAsset(application);
    }
  }
  const place: AssetPlace | null = state.location ?? home ?? null;
  const own = (await directory.assetsOfUser(user.id)).map((asset) => ({ ...toIntakeAsset(asset), preferred: true }));
  const local = place ? await assetsOfUnit(services, place.unitCode) : [];
  let candidates = dedupe([...own, ...local]);
  // Devices of the unit named in the message come first; the user's own devices elsewhere are dropped.
  if (state.location) candidates = candidates.filter((a) => !a.place || a.place.unitCode === state.location!.unitCode);
  const hintedKind = analysis.assetHint?.kind;
  if (hintedKind) candidates = candidates.filter((a) => a.kind === hintedKind);
  // "le scope du box 3": the room and the kind of device named single out the device when they can.
  const pointed = devicesPointedAt(candidates, text, analysis.locationHint?.room);
  if (pointed.length < candidates.length) candidates = pointed.map((asset) => ({ ...asset, preferred: true }));
  state.candidates = candidates.slice(0, 30);
  return state;
}

async function assetsOfUnit(services: BotServices, unitCode: string): Promise<IntakeAsset[]> {
  const places = await services.directory.locationsOfUnit(unitCode);
  const lists = await Promise.all(places.map((p) => services.directory.assetsOfLocation(p.code)));
  return lists.flat().filter((a) => a.kind !== 'application' && a.kind !== 'server' && a.kind !== 'network').map(toIntakeAsset);
}

function dedupe(assets: IntakeAsset[]): IntakeAsset[] {
  const seen = new Set<string>();
  return assets.filter((a) => (seen.has(a.tag) ? false : (seen.add(a.tag), true)));
}
