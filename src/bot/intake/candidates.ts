import type { DirectoryAsset } from '../../directory/index.js';
import { devicesOfMake, devicesPointedAt, isFixedComputer, saysFixedComputer } from './device-match.js';
import { DEVICE_KINDS, type IntakeAsset, type IntakeState } from './state.js';

/** The directory lookups that find the devices to propose. */
export interface CandidateDirectory {
  assetsOfUnit(unitCode: string): Promise<DirectoryAsset[]>;
}

/** Most devices kept for the questions: more could not be proposed anyway. */
const MAX_CANDIDATES = 30;

export function toIntakeAsset(asset: DirectoryAsset): IntakeAsset {
  return { tag: asset.tag, kind: asset.kind, place: asset.location, model: asset.model };
}

/** The devices of a unit a user can point at (applications, servers and network gear are not). */
export async function devicesOfUnit(directory: CandidateDirectory, unitCode: string): Promise<IntakeAsset[]> {
  return (await directory.assetsOfUnit(unitCode)).filter((a) => a.kind !== 'application' && a.kind !== 'server' && a.kind !== 'network').map(toIntakeAsset);
}

/**
 * The devices to propose among `devices`: of the kind the message names, and those of the room and kind
 * it points at ("le scope du box 3") first, marked preferred. At most 30.
 */
export function narrowCandidates(devices: IntakeAsset[], state: Pick<IntakeState, 'pointer' | 'text' | 'category'>): IntakeAsset[] {
  const kind = state.pointer?.kind;
  let candidates = kind ? devices.filter((a) => a.kind === kind) : devices;
  // "it's the big Kyocera, not the nurses' station one": a make named outweighs a room recalled by its use;
  // the room still singles out among the devices of that make.
  const kinds = kind ? [kind] : (state.category && DEVICE_KINDS[state.category]) || [];
  const made = kinds.length > 0 ? devicesOfMake(candidates.filter((a) => kinds.includes(a.kind)), state.text, 'written') : [];
  // "c'est pas le chariot, c'est le PC fixe": the cart's make named and taken back does not pick the carts.
  const ofMake = saysFixedComputer(state.text) ? made.filter(isFixedComputer) : made;
  const pointed = devicesPointedAt(candidates, state.text, state.pointer?.room);
  if (pointed.length < candidates.length) candidates = pointed.map((asset) => ({ ...asset, preferred: true }));
  if (ofMake.length > 0) {
    const pointedOfMake = devicesPointedAt(ofMake, state.text, state.pointer?.room).map((asset) => ({ ...asset, preferred: true }));
    candidates = [...pointedOfMake, ...candidates.filter((a) => !kinds.includes(a.kind))];
  }
  return candidates.slice(0, MAX_CANDIDATES);
}

/** After a correction moves the problem to another unit: that unit's devices, the declined proposal forgotten. */
export async function moveCandidatesTo(state: IntakeState, unitCode: string, directory: CandidateDirectory): Promise<void> {
  state.candidates = narrowCandidates(await devicesOfUnit(directory, unitCode), state);
  state.assetDeclined = false;
}
