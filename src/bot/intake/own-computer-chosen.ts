import { foldAnswer, parseYesNo } from './answers.js';
import { ownMachineNamed } from './own-machine.js';
import type { IntakeAsset, IntakeState } from './state.js';

/** "le mien", "celui-ci", "this one": the computer offered, the requester's own. */
const MINE = /\b(le mien|la mienne|mine|my own|celui ci|ce poste|ce pc|this one|this pc|the one i m on)\b/;
/** "un autre PC", "another one", "pas le mien": not the computer offered. */
const ANOTHER = /^(non|no|nope)?[\s,.!]*(un autre( pc| poste| ordi)?|another( pc| computer| one)?|pas (le mien|celui la)|not (mine|that one))$/;

/**
 * The answer to "faut-il l'installer sur votre PC, PC-DIR-0965 ?": that computer ("oui", "le mien", "sur mon pc"),
 * `other` when another one is meant ("un autre PC", a bare "non"), undefined when the answer says something else (a
 * label, a room: read as the request's details).
 */
export function ownComputerChosen(state: IntakeState, text: string): IntakeAsset | 'other' | undefined {
  const own = ownComputerOffered(state);
  if (!own || state.asset) return undefined;
  const folded = foldAnswer(text);
  const yesNo = parseYesNo(text);
  if (ANOTHER.test(folded) || (yesNo?.value === false && yesNo.rest === '')) return 'other';
  if ((yesNo?.value === true && yesNo.rest === '') || MINE.test(folded) || ownMachineNamed(text, [own])) return own;
  return undefined;
}

/** The requester's one computer, offered for an installation whose software is named, until they say it is another. */
export function ownComputerOffered(state: IntakeState): IntakeAsset | undefined {
  if (state.requestType !== 'software' || !state.softwareNamed || state.ownMachineDeclined) return undefined;
  return state.ownMachines?.length === 1 ? state.ownMachines[0] : undefined;
}
