import { foldAnswer } from './answers.js';

const MY_LAPTOP = /\b(mon|ma|my) (pc |ordi |ordinateur )?(portable|laptop|notebook)\b/;
const MY_COMPUTER = /\b(mon|my) ((office|desk|work) )?(pc|poste|ordi|ordinateur|computer|workstation)\b|\b(pc|poste|ordi|ordinateur) de mon bureau\b/;
/** "c'est pas pour mon poste, c'est pour celui du DG": the requester's own machine ruled out. */
const NOT_MINE = /\b(pas|not|non)( pour| sur| for| on)? (mon|ma|my) (pc|poste|ordi|ordinateur|computer|workstation|portable|laptop|notebook)\b/;
/** Models the inventory lists that are laptops. */
const LAPTOP_MODEL = /elitebook|latitude|thinkpad|probook|zbook|surface|macbook|portable|laptop/i;

/**
 * The requester's own computer when the message names it ("sur mon portable", "my laptop", "mon PC") and
 * the directory gives them exactly one such machine; undefined otherwise (none, or which one is unclear).
 */
export function ownMachineNamed<T extends { kind: string; model?: string | null }>(text: string, ownAssets: readonly T[]): T | undefined {
  const folded = foldAnswer(text);
  if (NOT_MINE.test(folded)) return undefined;
  const workstations = ownAssets.filter((asset) => asset.kind === 'workstation');
  const named = MY_LAPTOP.test(folded)
    ? workstations.filter((asset) => LAPTOP_MODEL.test(asset.model ?? ''))
    : MY_COMPUTER.test(folded)
      ? workstations
      : [];
  return named.length === 1 ? named[0] : undefined;
}
