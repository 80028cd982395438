import type { AssetPlace } from '../../directory/index.js';
import { foldAnswer } from './answers.js';
import { devicesOfUnit, narrowCandidates } from './candidates.js';
import { isRoomNamed } from './device-match.js';
import { proposedDevices } from './next-question.js';
import type { IntakeDirectory } from './ports.js';
import { DEVICE_KINDS, type IntakeState } from './state.js';

const CARE_STATION = /\bposte de soins\b/;

/**
 * Where to send a technician for a unit named without a room: the requester's own place when it is in
 * that unit, else its care station, else its first room (not its secretariat when care is at stake).
 */
export function placeOfUnit(places: AssetPlace[], home: AssetPlace | null): AssetPlace | undefined {
  return (
    places.find((p) => p.code === home?.code) ?? places.find((p) => p.room !== null && CARE_STATION.test(foldAnswer(p.room))) ?? places[0]
  );
}

const ROOM_FILLERS = new Set(['salle', 'de', 'd', 'du', 'des', 'la', 'le', 'l']);

/**
 * The place whose room is the one named ("salle de naissance 2" is "C132 Salle de naissance 2"): its number
 * and every word of its name must be there. Undefined when no place, or more than one, fits.
 */
export function placeOfRoom(places: AssetPlace[], room: string): AssetPlace | undefined {
  const words = foldAnswer(room).split(' ').filter((word) => word && !ROOM_FILLERS.has(word));
  // A number ("salle 5") or a door's code ("A270").
  if (!words.some((word) => /^[a-z]?\d+[a-z]?$/.test(word))) return undefined;
  const fitting = places.filter((place) => {
    const own = new Set(foldAnswer(place.room ?? '').split(' '));
    return words.every((word) => own.has(word));
  });
  // "recovery bay 4" for "A284 Emplacement de réveil 4": another word for the same patient's place.
  const alike = fitting.length === 0 ? places.filter((place) => isRoomNamed(place.room, room)) : fitting;
  return alike.length === 1 ? alike[0] : undefined;
}

/** Room names too general to say where: "Bureaux", "Open space". */
const GENERAL_ROOMS = new Set(['bureau', 'bureaux', 'open space', 'room']);

/** "guichets" and "guichet", "secrétariat": folded words without a plural's s. */
function singularWords(text: string): string {
  return foldAnswer(text).split(' ').map((word) => (word.length > 3 ? word.replace(/s$/, '') : word)).join(' ');
}

/** The rooms' names are French: "the nursing station" is the "poste de soins", "OR 2" the "salle d'operation 2". */
const ENGLISH_PLACES: Array<[RegExp, string]> = [
  [/ (nurse|nursing|nurse s|ward) (station|desk) /g, ' poste de soin '],
  [/ (doctor|doctor s|medical|physician s?) office /g, ' bureau medical '],
  [/ (secretary|secretarie|secretary s) office /g, ' secretariat '],
  [/ (nurse manager|ward manager|manager) s? office /g, ' bureau du cadre de sante '],
  [/ (ward )?(reception|front desk) /g, ' accueil du service '],
  [/ (interpretation|reading) room /g, ' salle d interpretation '],
  [/ (delivery|birthing|birth|labour|labor) room (\d+) /g, ' salle de naissance $2 '],
  [/ (operating room|theatre|or) (\d+) /g, ' salle d operation $2 '],
  [/ (exam|examination) room (\d+) /g, ' salle d examen $2 '],
  [/ recovery (bay|bed|spot) (\d+) /g, ' emplacement de reveil $2 '],
];

function inFrench(said: string): string {
  return ENGLISH_PLACES.reduce((words, [english, french]) => words.replace(english, french), said);
}

/**
 * The place of the unit the words name by its use, the first named when several are ("les téléphones des
 * guichets" is "A060 Guichets"; "l'imprimante du poste de soins… on imprime au secrétariat" is the care
 * station). Undefined when none is named, or when a name fits several places.
 */
export function placeNamedBy(places: AssetPlace[], text: string): AssetPlace | undefined {
  const said = inFrench(` ${singularWords(text)} `);
  let first: { at: number; places: AssetPlace[] } | undefined;
  for (const place of places) {
    const name = singularWords((place.room ?? '').replace(/^[a-z]?\d+[a-z]?\s+/i, ''));
    if (!name || GENERAL_ROOMS.has(name)) continue;
    const at = said.indexOf(` ${name} `);
    if (at < 0) continue;
    if (!first || at < first.at) first = { at, places: [place] };
    else if (at === first.at) first.places.push(place);
  }
  return first?.places.length === 1 ? first.places[0] : undefined;
}

/** Who a request is for, and the room of a unit where such a person works. */
const ROLE_ROOMS: Array<[RegExp, RegExp]> = [
  [/\b(secretaires?|secretary|secretaries|assistante? medicale?|medical secretary)\b/, /\bsecretariat\b/],
  [/\b(cadres?( de sante| superieure?)?|nurse manager|ward manager)\b/, /\bbureau du cadre\b/],
  [/\b(medecins?|internes?|docteur|doctor|physician|resident|intern|praticien|chef de clinique)\b/, /\bbureau medical\b/],
];

/**
 * Where a newcomer or a person a request is for will work, from their job named ("une nouvelle secrétaire en
 * cardiologie" is the secretariat, "a new nurse manager" the manager's office). Undefined when no job, or no
 * such room in the unit.
 */
export function placeForRole(places: AssetPlace[], text: string): AssetPlace | undefined {
  const said = foldAnswer(text);
  const room = ROLE_ROOMS.find(([role]) => role.test(said))?.[1];
  if (!room) return undefined;
  const fitting = places.filter((place) => room.test(foldAnswer(place.room ?? '')));
  return fitting.length === 1 ? fitting[0] : undefined;
}

/**
 * No device named: when every device proposed stands in the same room ("the two pumps of box 7"), that
 * room is still where the technician must go.
 */
export function noDevice(state: IntakeState): void {
  state.asset = null;
  if (state.location || state.assetMode !== 'choose') return;
  const places = proposedDevices(state).map((device) => device.place);
  const first = places[0];
  if (first && places.every((place) => place?.code === first.code)) state.location = first;
}

/**
 * The problem is now about another kind of device ("non, c'est l'imprimante, pas le PC"): the device
 * answered for was not this one, so it is asked again among the unit's devices of the right kind, those
 * the correction points at first ("l'imprimante du poste de soins").
 */
export async function fitDeviceToCategory(
  state: IntakeState,
  answer: string,
  hintedKind: string | undefined,
  deps: { directory: IntakeDirectory },
): Promise<void> {
  const kinds = state.category ? DEVICE_KINDS[state.category] : undefined;
  if (!kinds) return;
  if (state.asset === null || (state.asset && !kinds.includes(state.asset.kind))) state.asset = undefined;
  state.assetDeclined = false;
  const pointer = { ...state.pointer };
  delete pointer.kind;
  if (hintedKind && kinds.includes(hintedKind)) pointer.kind = hintedKind;
  state.pointer = pointer;
  const unit = (state.location ?? state.homePlace)?.unitCode;
  if (!unit) return;
  const kept = state.candidates.filter((asset) => kinds.includes(asset.kind));
  const seen = new Set(kept.map((asset) => asset.tag));
  const devices = [...kept, ...(await devicesOfUnit(deps.directory, unit)).filter((asset) => !seen.has(asset.tag))];
  state.candidates = narrowCandidates(devices, { ...state, text: `${state.text} ${answer}` });
}

/**
 * "PACS keeps crashing on the SSPI desk PC": a computer of the nurses' station is a shared station, used by the
 * team; who is affected, guessed as one person from the words, is the team's (DESIGN.md: one shared station).
 */
export function widenForSharedStation(state: IntakeState): void {
  const station = state.asset?.kind === 'workstation' && CARE_STATION.test(foldAnswer(state.asset.place?.room ?? ''));
  // "j'ai tapé mon mot de passe sur la page… c'était sur le pc du poste de soins": the account given away is one
  // person's, whoever shares the station.
  const ownCredentials = state.category === 'security' && CREDENTIALS.test(foldAnswer(state.text));
  if (state.scopeGuessed && state.scope === 'single_user' && station && !ownCredentials) state.scope = 'team';
}

const CREDENTIALS = /\b(mot de passe|mdp|password|identifiants?|credentials|login|mes codes)\b/;
