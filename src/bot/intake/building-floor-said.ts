import type { AssetPlace } from '../../directory/index.js';
import { foldAnswer } from './answers.js';

/** "F2", "au B3": a building's letter glued to a floor number, as staff name a floor of their building. */
const BUILDING_FLOOR = /\b([a-h])(\d)\b/g;

/**
 * The building and floor an answer names the short way ("also im at F2 nurses station"), when the unit has
 * places on that floor of that building. Undefined when it names none, or one the unit does not have: "F2"
 * is a key of the keyboard too.
 *
 * @example
 * buildingFloorSaid('im at F2 nurses station', geriatricsPlaces) // { building: 'F', floor: '2' }
 */
export function buildingFloorSaid(text: string, unitPlaces: AssetPlace[]): { building: string; floor: string } | undefined {
  for (const [, letter, digit] of foldAnswer(text).matchAll(BUILDING_FLOOR)) {
    const building = letter!.toUpperCase();
    const floor = digit!;
    if (unitPlaces.some((place) => place.building.toUpperCase() === building && place.floor === floor)) return { building, floor };
  }
  return undefined;
}
