import { scopeSaid } from './answer-phrases.js';
import { foldAnswer } from './answers.js';
import type { IntakeState } from './state.js';

const FRIDGE = /\b(frigo|frigos|frigidaire|refrigerateur|refrigerateurs|enceinte refrigeree|armoire refrigeree|chambre froide|fridge|fridges|refrigerator|cold room)\b/;

/** What makes a fridge the unit's medicine fridge rather than the staff room's: its stock, its temperature, its alarm. */
const MEDICINE_OR_ALARM =
  /\b(med|meds|medic\w*|medicament\w*|drugs?|pharma\w*|insulin\w*|vaccin\w*|produits?|stock|temp|temperature\w*|degres?|\d+ ?c|alarm\w*|alert\w*|bip\w*|beep\w*|sonne\w*|sonde|probe)\b/;

/**
 * "the med fridge in our treatment room keeps beeping, temp alarm says 11°C": the unit's medicine fridge, whose
 * products every nurse of the unit gives.
 */
export function tellsMedicineFridge(text: string): boolean {
  const folded = foldAnswer(text);
  return FRIDGE.test(folded) && MEDICINE_OR_ALARM.test(folded);
}

/**
 * A medicine fridge serves the whole unit: who is affected, read as one person from the words of the problem, is the
 * unit (DESIGN.md: scope service). Said by the user ("only me", or answered to the question), it stays as said.
 */
export function widenForUnitFridge(state: IntakeState, answer = ''): void {
  const words = `${state.text} ${answer}`;
  if (!tellsMedicineFridge(words)) return;
  const readAsOnePerson = state.scope === 'single_user' && (state.scopeGuessed || (answer === '' && scopeSaid(words) !== 'single_user'));
  if (state.scope === undefined || readAsOnePerson) {
    state.scope = 'service';
    // Still the bot's reading: an answer of the user's replaces it.
    state.scopeGuessed = true;
  }
}
