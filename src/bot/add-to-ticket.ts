import { foldAnswer } from './intake/index.js';

/**
 * "Can you add that to the ticket?", "rajoutez ça à ma demande", "pour info, c'est le socle qui ne charge pas":
 * the user wants words kept on a ticket they already hold, not a new problem opened.
 */
const ASKS_TO_ADD =
  /\b(add|ajoute[rz]?|ajouter|rajoute[rz]?|rajouter|joindre|completer|complete[rz]?|noter|note[rz]?|mettre|mettez)\b.{0,40}\b(ticket|tickets|demande|incident|inc[- ]?\d{4}[- ]\d{6}|req[- ]?\d{4}[- ]\d{6})\b|\b(pour info|for info|fyi|info supplementaire|additional info|complement d info)\b/;

export function asksToAddToTicket(text: string): boolean {
  return ASKS_TO_ADD.test(foldAnswer(text));
}

/** A message that only asks to add ("can you add that to the ticket?") refers to what was said just before. */
export function wordsToAdd(text: string, previous: string | undefined): string {
  const folded = foldAnswer(text);
  // "just add this to the ticket": "this" is what was said before, however long the message.
  const pointsBack = /\b(add|ajoute[rz]?|ajouter|rajoute[rz]?|rajouter) (this|that|it|ca|cela|ceci)\b/.test(folded);
  return (folded.split(' ').length < 12 || pointsBack) && previous ? `${previous}\n${text}` : text;
}
