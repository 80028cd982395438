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
  const own = state.ownMachines?.length === 1 ? state.ownMachines[0] : undefined;
  if (!own || state.requestType !== 'software' || !state.softwareNamed || state.asset || state.ownMachineDeclined) return undefined;
  const folded = foldAnswer(text);
  const yesNo = parseYesNo(text);
  if (ANOTHER.test(folded) || (yesNo?.value === false && yesNo.rest === '')) return 'other';
  if ((yesNo?.value === true && yesNo.rest === '') || MINE.test(folded) || ownMachineNamed(text, [own])) return own;
  return undefined;
}
