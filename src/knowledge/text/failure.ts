/*
 * Whether a question reports that something stopped working, from how it is said rather than from
 * a topic word: "n'imprime plus", "ne s'allume pas", "doesn't print anymore", "won't start",
 * "impossible d'imprimer". Folded tokens in, as the query analyser has them.
 */

const FRENCH_NEGATION = new Set(['ne', 'n']);
const FRENCH_NEGATION_END = new Set(['pas', 'plus', 'jamais', 'rien']);
/** "doesn't" is tokenised "doesn" "t". */
const ENGLISH_CONTRACTED = new Set(['doesn', 'don', 'won', 'can', 'didn', 'isn', 'aren', 'wasn', 'couldn']);
const ENGLISH_NEGATION = new Set(['cannot', 'cant', 'wont', 'doesnt', 'dont', 'didnt', 'isnt', 'anymore', 'unable']);
const FAILURE_WORDS = new Set(['impossible', 'fails', 'failed', 'failing']);

/** How far the end of a French negation may sit from its "ne": "ne s'allume plus", "n'imprime plus rien". */
const NEGATION_SPAN = 3;

function frenchNegationAt(folded: readonly string[], i: number): boolean {
  // Spoken French drops the "ne": "ça imprime pas", "j'arrive pas à me connecter".
  if (folded[i] === 'pas') return i > 0;
  if (!FRENCH_NEGATION.has(folded[i]!)) return false;
  for (let j = i + 1; j <= i + NEGATION_SPAN && j < folded.length; j++) if (FRENCH_NEGATION_END.has(folded[j]!)) return true;
  return false;
}

/**
 * True when the words say something does not work. "ne ... pas/plus" in French; "doesn't", "won't",
 * "can't", "not ...ing", "no longer", "anymore" in English; "impossible", "fails".
 */
export function saysItFails(folded: readonly string[]): boolean {
  return folded.some((word, i) => {
    if (FAILURE_WORDS.has(word) || ENGLISH_NEGATION.has(word)) return true;
    if (ENGLISH_CONTRACTED.has(word) && folded[i + 1] === 't') return true;
    if (word === 'not' || (word === 'no' && folded[i + 1] === 'longer')) return i + 1 < folded.length;
    return frenchNegationAt(folded, i);
  });
}
