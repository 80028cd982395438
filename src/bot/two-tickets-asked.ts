import { foldAnswer } from './intake/answers.js';
import { splitAt, splitTwoProblems, type TwoProblems } from './two-problems.js';

/**
 * "faut 2 tickets", "ce sont deux problèmes différents", "it's two separate problems", "we need 2 tickets": the user
 * says the problem being taken down is two, each for its own ticket. Not "c'est sur 2 imprimantes" (one fault, two
 * devices).
 */
const TWO_TICKETS_ASKED = new RegExp(
  [
    '\\b(2|deux|two) (tickets|incidents|demandes|requests)\\b',
    '\\b(2|deux|two) (pbs?|problemes|soucis|trucs|choses|issues|problems|things) (differents|distincts|separes|a part|separate|different|distinct|apart)\\b',
    '\\b(2|deux|two) (separate|different|distinct|unrelated) (problems|issues|things|tickets|faults)\\b',
    '\\b(ce sont|c est|c|y a|il y a|it s|its|these are|they re|they are|there are) (2|deux|two) (pbs?|problemes|soucis|pannes|issues|problems|faults)\\b',
    '\\b(un|1) ticket (chacun|pour chaque|par (probleme|pb|souci))\\b',
    '\\b(a|one) ticket (each|for each|per (problem|issue))\\b',
    '\\bseparate tickets?\\b',
    '\\btickets? (separes?|distincts?|a part)\\b',
  ].join('|'),
);

export function asksForTwoTickets(words: string): boolean {
  return TWO_TICKETS_ASKED.test(foldAnswer(words));
}

/**
 * "…imprime plus rien (voyant orange qui clignote) et en plus le Cobas 2 affiche une erreur…": where two problems told
 * in one message are joined, when the user has said they are two. Only a join whose parts read as different kinds of
 * problem splits ("imprime plus rien et le voyant clignote" stays one).
 */
const JOINS = /\s*,?\s+(?:et en plus|et aussi|et puis|et|ainsi que|and on top of that|and also|and then|and)\s+(?=\S)/giu;

/**
 * The problem under way told apart into two, after the user said it is two ("non faut 2 tickets, l'imprimante c pas
 * le SIL"): first as the message announced them, else at the join between two kinds of problem, in the order told.
 * Undefined when the user did not ask for two tickets, or no split reads as two problems.
 */
export function problemsToldApart(answer: string, problem: string | undefined): TwoProblems | undefined {
  if (!problem || !asksForTwoTickets(answer)) return undefined;
  return splitTwoProblems(problem) ?? splitAt(problem, JOINS, true, { keepOrder: true });
}
