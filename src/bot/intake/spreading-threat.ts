import { foldAnswer } from './answers.js';
import type { IntakeState } from './state.js';

/** "all files encrypted, pay in bitcoin", "fichiers chiffrés, ils demandent une rançon": a computer taken by ransomware. */
const RANSOMWARE = /\b(ransom\w*|rancon\w*|bitcoins?|encrypted|encryption|chiffres?|chiffrees?|chiffrement|cryptes?|cryptolocker)\b/;

const COMPUTER = '(pc|pcs|computer|computers|poste|postes|ordi|ordis|ordinateur|ordinateurs|machine|machines|laptop|laptops|workstation|workstations)';

/**
 * "the secretariat pc next door has the same red screen now", "le poste du secrétariat a le même écran", "another PC has it
 * too", "c'est sur 2 postes maintenant", "ça se propage": one more computer shows it.
 */
const ANOTHER_COMPUTER_HIT = new RegExp(
  [
    `\\b${COMPUTER}\\b.{0,40}\\b(same|meme) (\\w+ )?(screen|ecran|message|thing|chose|probleme|problem|issue|error|erreur)\\b`,
    `\\b(another|other|autre|second|deuxieme|2e) ${COMPUTER}\\b.{0,30}\\b(too|also|as well|aussi|egalement|pareil|same|meme)\\b`,
    `\\b(2|3|4|5|deux|trois|quatre|cinq|two|three|four|five|several|plusieurs) ${COMPUTER}\\b`,
    '\\b(spreading|spreads|spread to|se propage|se repand|contamine)\\b',
  ].join('|'),
);

export function showsRansomware(text: string): boolean {
  return RANSOMWARE.test(foldAnswer(text));
}

/**
 * Ransomware reported, and the words tell it on one more computer: a team's problem at least, that cannot wait, whatever
 * was answered before. True the first time it is told, for the advice to unplug that computer too.
 */
export function takeThreatSpreading(state: IntakeState, text: string): boolean {
  if (state.kind !== 'incident' || state.category !== 'security') return false;
  if (!ANOTHER_COMPUTER_HIT.test(foldAnswer(text)) || !showsRansomware([state.text, ...(state.addedDetails ?? []), text].join('\n'))) return false;
  state.urgency = 'high';
  state.urgencyGuessed = false;
  if (state.scope === undefined || state.scope === 'single_user') {
    state.scope = 'team';
    state.scopeGuessed = false;
  }
  const firstTold = !state.threatSpreadTold;
  state.threatSpreadTold = true;
  return firstTold;
}
