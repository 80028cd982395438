import type { AssetPlace, DirectoryAsset } from '../../directory/index.js';
import { devicesPointedAt } from './device-match.js';
import type { IntakeAsset, IntakeState } from './state.js';

/** The directory lookups that find the devices to propose. */
export interface CandidateDirectory {
  assetsOfLocation(locationCode: string): Promise<DirectoryAsset[]>;
  locationsOfUnit(unitCode: string): Promise<Array<AssetPlace & { id: number }>>;
}

/** Most devices kept for the questions: more could not be proposed anyway. */
const MAX_CANDIDATES = 30;

export function toIntakeAsset(asset: DirectoryAsset): IntakeAsset {
  return { tag: asset.tag, kind: asset.kind, place: asset.location, model: asset.model };
}

/** The devices of a unit a user can point at (applications, servers and network gear are not). */
export async function devicesOfUnit(directory: CandidateDirectory, unitCode: string): Promise<IntakeAsset[]> {
  const places = await directory.locationsOfUnit(unitCode);
  const lists = await Promise.all(places.map((p) => directory.assetsOfLocation(p.code)));
  return lists.flat().filter((a) => a.kind !== 'application' && a.kind !== 'server' && a.kind !== 'network').map(toIntakeAsset);
}

/**
 * The devices to propose among `devices`: of the kind the message names, and those of the room and kind
 * it points at ("le scope du box 3") first, marked preferred. At most 30.
 */
export function narrowCandidates(devices: IntakeAsset[], state: Pick<IntakeState, 'pointer' | 'text'>): IntakeAsset[] {
  const kind = state.pointer?.kind;
  let candidates = kind ? devices.filter((a) => a.kind === kind) : devices;
  const pointed = devicesPointedAt(candidates, state.text, state.pointer?.room);
  if (pointed.length < candidates.length) candidates = pointed.map((asset) => ({ ...asset, preferred: true }));
  return candidates.slice(0, MAX_CANDIDATES);
}

/** After a correction moves the problem to another unit: that unit's devices, the declined proposal forgotten. */
export async function moveCandidatesTo(state: IntakeState, unitCode: string, directory: CandidateDirectory): Promise<void> {
  state.candidates = narrowCandidates(await devicesOfUnit(directory, unitCode), state);
  state.assetDeclined = false;
}
