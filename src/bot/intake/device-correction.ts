import { foldAnswer } from './answers.js';
import { DEVICE_WORDS, isRoomNamed } from './device-match.js';
import type { IntakeAsset } from './state.js';

/**
 * "pardon c'est le box 6 pas le 4" once the pump of box 4 was taken: a device found because it stands in the room now
 * taken back, not by a number the user read, is not the one at fault, even one that moves from room to room.
 */
export function foundInTheRoomTakenBack(asset: IntakeAsset, roomBefore: string | undefined, numberTold: boolean): boolean {
  return !numberTold && roomBefore !== undefined && isRoomNamed(asset.place?.room, roomBefore);
}

/** The device a correction names instead of another: "le respi" cleared, "le moniteur de l'anesthésie" at fault. */
export interface DeviceNamedInstead {
  /** The words of the device cleared, as written ("respi"). */
  cleared: string;
  /** The words naming the device at fault, as written ("moniteur de l'anesthésie"). */
  named: string;
  /** How the inventory names such a device. */
  model: RegExp;
}

const DENIAL = /^(pas|not|non|plus)$/;
const ARTICLE = /^(le|la|l|les|un|une|du|de|des|the|a|an|mon|ma|son|sa)$/;
/** "le respi va bien", "the pump is fine": said after a device, it clears it. */
const WORKS_AFTER = /^(va bien|marche|fonctionne|is fine|works|is working)\b/;
/** The words that complete a device's name: "de l'anesthésie", "du box", "of the ICU". */
const COMPLEMENT = /^(de|du|des|d|of)$/;

function deviceEntry(word: string): number {
  return DEVICE_WORDS.findIndex(([said]) => said.test(word));
}

function bare(word: string): string {
  return word.replace(/^[«"(]+|[,.;:!?»")]+$/g, '');
}

/**
 * "c'est pas le respi qui a l'erreur c'est le moniteur de l'anesthésie, le respi va bien": of the devices the words
 * name, one is cleared ("pas le respi", "le respi va bien") and another said at fault. Undefined unless both are.
 */
export function deviceNamedInstead(text: string): DeviceNamedInstead | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  const folded = words.map((word) => foldAnswer(word));
  let cleared: string | undefined;
  let named: { at: number; entry: number } | undefined;
  for (let at = 0; at < words.length; at++) {
    // "l'anesthésie" folds to "l anesthesie": the device word is the last of it.
    const entry = deviceEntry(folded[at]!.split(' ').at(-1) ?? '');
    if (entry < 0) continue;
    const before = folded.slice(Math.max(0, at - 2), at);
    const deniedBefore = before.some((word) => DENIAL.test(word)) && before.slice(1).every((word) => ARTICLE.test(word) || DENIAL.test(word));
    const worksAfter = WORKS_AFTER.test(folded.slice(at + 1, at + 3).join(' '));
    if (deniedBefore || worksAfter) cleared ??= bare(words[at]!);
    else named ??= { at, entry };
  }
  if (!cleared || !named || deviceEntry(foldAnswer(cleared)) === named.entry) return undefined;
  return { cleared, named: nameFrom(words, folded, named.at), model: DEVICE_WORDS[named.entry]![1] };
}

/** "moniteur de l'anesthésie, le respi…" → "moniteur de l'anesthésie": the device word and what completes it. */
function nameFrom(words: string[], folded: string[], at: number): string {
  const taken = [words[at]!];
  let next = at + 1;
  while (!/[,.;:!?]$/.test(taken.at(-1)!) && COMPLEMENT.test(folded[next]?.split(' ')[0] ?? '') && words[next + 1] !== undefined) {
    // "de l'anesthésie" is one word after "de"; "de la salle" two.
    const joined = folded[next]!.includes(' ') ? 1 : ARTICLE.test(folded[next + 1] ?? '') ? 2 : 1;
    taken.push(...words.slice(next, next + joined + 1));
    next += joined + 1;
  }
  return bare(taken.join(' '));
}

/** Whether a device is of the kind the correction names. */
export function fitsTheDeviceNamed(asset: IntakeAsset, instead: DeviceNamedInstead): boolean {
  return instead.model.test(foldAnswer(asset.model ?? ''));
}

/** The first words with the device cleared replaced by the one named: "le respi de la salle 5…" → "le moniteur de l'anesthésie de la salle 5…". */
export function withDeviceRenamed(text: string, renamed: { cleared: string; named: string } | undefined): string {
  if (!renamed) return text;
  const cleared = renamed.cleared.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`(?<![\\p{L}\\d])${cleared}(?![\\p{L}\\d])`, 'iu'), renamed.named);
}
