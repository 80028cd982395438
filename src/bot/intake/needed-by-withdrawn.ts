import { foldAnswer } from './answers.js';
import type { IntakeState } from './state.js';

/** "pas de date", "pas de date limite", "no deadline", "whenever you can": needed by no day in particular. */
const NO_DAY =
  /\b(pas de date|plus de date|aucune date|sans date|pas de delai|aucun delai|sans delai particulier|pas d echeance|pas de deadline|no date|no deadline|no due date|no particular date|no set date|no specific date|not by any date|whenever|quand vous pouvez|quand vous voulez|quand vous aurez le temps|n importe quand|peu importe quand|when(ever)? you (can|have time))\b/;

/** "c'est pas pour lundi", "not for Monday", "non pas lundi": the day set, taken back. */
function deniesTheDay(folded: string, neededBy: string): boolean {
  const day = foldAnswer(neededBy).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (!day) return false;
  return new RegExp(`\\b(pas|plus|not|non|no) (pour |for |on |by |le |la |the |avant |before )*${day}\\b`).test(folded);
}

/**
 * "non c'est pas pour lundi, pas de date, c'est pas pressé" on a request's summary: the needed-by date is taken off,
 * so the ticket neither shows it nor warns that the target falls after it. Call it only when the words name no other
 * day ("c'est pour mardi pas lundi" replaces the day instead). Returns whether the date was taken off.
 */
export function dropNeededBy(state: IntakeState, text: string): boolean {
  if (!state.neededBy) return false;
  const folded = foldAnswer(text);
  if (!NO_DAY.test(folded) && !deniesTheDay(folded, state.neededBy)) return false;
  state.neededBy = undefined;
  state.neededByDay = undefined;
  return true;
}
