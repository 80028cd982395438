import { foldAnswer } from './answers.js';

const MY_LAPTOP = /\b(mon|ma|my) (pc |ordi |ordinateur )?(portable|laptop|notebook)\b/;
const MY_COMPUTER = /\b(mon|my) ((office|desk|work) )?(pc|poste|ordi|ordinateur|computer|workstation)\b|\b(pc|poste|ordi|ordinateur) de mon bureau\b/;
/** "c'est pas pour mon poste, c'est pour celui du DG": the requester's own machine ruled out. */
const NOT_MINE = /\b(pas|not|non)( pour| sur| for| on)? (mon|ma|my) (pc|poste|ordi|ordinateur|computer|workstation|portable|laptop|notebook)\b/;
/** "est-ce qu'on peut m'installer Acrobat ?", "could you install it for me": on the requester's own machine. */
const INSTALL_FOR_ME = /\b(m|me l|me les) (installer|installez|installe)\b|\binstall (\w+ )?(it |them )?for me\b/;
/** Models the inventory lists that are laptops. */
const LAPTOP_MODEL = /elitebook|latitude|thinkpad|probook|zbook|surface|macbook|portable|laptop/i;

/**
 * The requester's own computer when the message names it ("sur mon portable", "my laptop", "mon PC") and
 * the directory gives them exactly one such machine; undefined otherwise (none, or which one is unclear).
 */
export function ownMachineNamed<T extends { kind: string; model?: string | null }>(text: string, ownAssets: readonly T[]): T | undefined {
  const folded = foldAnswer(text);
  if (NOT_MINE.test(folded)) return undefined;
  const workstations = workstationsOf(ownAssets);
  const named = MY_LAPTOP.test(folded)
    ? workstations.filter((asset) => LAPTOP_MODEL.test(asset.model ?? ''))
    : MY_COMPUTER.test(folded)
      ? workstations
      : [];
  return named.length === 1 ? named[0] : undefined;
}

/**
 * The requester's own computer for an installation asked for themselves ("pouvez-vous m'installer Acrobat Pro ?")
 * when the directory gives them exactly one; undefined otherwise.
 */
export function ownMachineToInstallOn<T extends { kind: string }>(text: string, ownAssets: readonly T[]): T | undefined {
  const folded = foldAnswer(text);
  if (!INSTALL_FOR_ME.test(folded) || NOT_MINE.test(folded)) return undefined;
  const workstations = workstationsOf(ownAssets);
  return workstations.length === 1 ? workstations[0] : undefined;
}

function workstationsOf<T extends { kind: string }>(assets: readonly T[]): T[] {
  return assets.filter((asset) => asset.kind === 'workstation');
}
