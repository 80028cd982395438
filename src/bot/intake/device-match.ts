import type { IntakeAsset } from './state.js';
import { foldAnswer } from './answers.js';

/** Words for rooms where one patient lies: a nurse says "chambre 3" for what the inventory calls "Box 3". */
const PATIENT_ROOM = /\b(chambre|ch|box|lit|room|bed|bay)\b/;

/** "chambre 12" → { patientRoom: true, word: 'chambre', number: '12' }; undefined without a number. */
function readRoom(label: string): { patientRoom: boolean; word: string; number: string } | undefined {
  const folded = foldAnswer(label);
  const numbered = /\b([a-z]+)\s*(\d{1,4})\b(?!.*\b[a-z]+\s*\d)/.exec(folded.replace(/^[a-z]\d{2,4}\s+/, ''));
  if (!numbered) return undefined;
  return { patientRoom: PATIENT_ROOM.test(numbered[1]!), word: numbered[1]!, number: numbered[2]! };
}

/** Whether a directory room ("A133 Box 3") is the room a message names ("chambre 3", "box 3"). */
export function isRoomNamed(placeRoom: string | null | undefined, named: string): boolean {
  if (!placeRoom) return false;
  const place = readRoom(placeRoom);
  const wanted = readRoom(named);
  if (!place || !wanted || place.number !== wanted.number) return false;
  return (place.patientRoom && wanted.patientRoom) || place.word === wanted.word;
}

/** Device words of messages, and how the inventory names such devices. */
const DEVICE_WORDS: Array<[RegExp, RegExp]> = [
  [/\b(scope|scopes|moniteur|moniteurs|monitor|monitors|monitoring)\b/, /\b(moniteur|monitor|scope)\b/],
  [/\b(pousse[- ]seringues?|pse|syringe pumps?|syringe drivers?)\b/, /\b(pousse[- ]seringue|syringe)\b/],
  [/\b(pompe|pompes|pump|pumps)\b/, /\b(pompe|pump)\b/],
  [/\b(respirateur|respirateurs|ventilateur|ventilator|ventilators)\b/, /\b(respirateur|ventilat\w*)\b/],
  [/\b(ecg|electrocardiographe|ekg)\b/, /\b(ecg|electrocardiographe)\b/],
  [/\b(defibrillateur|defibrillator|dsa)\b/, /\b(defibrillat\w*)\b/],
];

/**
 * Narrows the candidate devices to those the message points at: the room it names, then the kind of
 * device it names ("le scope du box 3" → the monitor of box 3). A filter that would leave nothing is
 * not applied.
 */
export function devicesPointedAt(candidates: IntakeAsset[], text: string, room: string | undefined): IntakeAsset[] {
  let narrowed = candidates;
  if (room) {
    const inRoom = narrowed.filter((asset) => isRoomNamed(asset.place?.room, room));
    if (inRoom.length > 0) narrowed = inRoom;
  }
  const folded = foldAnswer(text);
  for (const [said, modelWords] of DEVICE_WORDS) {
    if (!said.test(folded)) continue;
    const named = narrowed.filter((asset) => asset.model !== undefined && modelWords.test(foldAnswer(asset.model)));
    if (named.length > 0) narrowed = named;
    break;
  }
  return narrowed;
}
