import type { Priority } from '../triage/index.js';
import { foldAnswer, sentencesOf } from './intake/index.js';

/**
 * "c'est quoi P2 ?", "que veut dire P3", "what does P1 mean?", "P4 ça veut dire quoi ?", "P4 means what, next week?",
 * "ça veut dire quoi P4 ?", "explain P3": the priority the bot has just shown, asked about.
 */
const MEANING_BEFORE =
  /\b(c est quoi|c quoi|cest quoi|qu est ce que c est|qu est ce que|que veut dire|que signifie|(ca |c |cela )?veut dire quoi|(ca )?signifie quoi|(ca )?correspond a quoi|what s|whats|what is|what does|what do you mean by|meaning of|explain|explique|expliquez|expliquer)( moi| me)?( (la|le|une|un|en|a|an|the))?( (priorite|priority))? (?<priority>p[1-4])\b/;
/**
 * "pourquoi P4 ?", "pourquoi mon ticket est en P4 ?", "why is it P3?", "how come it's a P4?": why the ticket has that
 * priority. Not "pourquoi seulement P4", "why only P3", which ask for it to come sooner.
 */
const WHY =
  /\b(pourquoi|why|how come)( (est ce que|est ce qu))?( (c est|c|il est|elle est|est il|est elle|le ticket est|mon ticket est|ma demande est|il a ete (mis|classe)|a ete (mis|classe)|vous l avez (mis|classe)|on m a mis|it is|it s|its|is it|is my ticket|is the ticket|my ticket is|is this|(was|is) (it|my ticket|the ticket)( (put|set|rated|classed|marked))?|did you (put|make|set|rate) it|you (put|made|set|rated) it))?( (en|a|an|in|at|as|une|un))?( (priorite|priority))? (?<priority>p[1-4])\b/;
const MEANING_AFTER = /\b(?<priority>p[1-4])( (ca|c|cela|it|that))? (veut dire quoi|veut dire|signifie quoi|signifie|c est quoi|c quoi|means what|means|mean|meaning)\b/;

export interface PriorityAsked {
  priority: Priority;
  /** The sentences besides the question, still to be read as an answer. */
  rest: string;
  /**
   * The question is all the message says ("pourquoi P4 ?", "ok merci. what does P3 mean exactly?"), not news told
   * with it ("pourquoi P4 alors que tout le service est bloqué ?").
   */
  alone: boolean;
}

/** Words that say nothing besides a question: "ok merci", "exactement", "please". */
const FILLER = new Set([
  'ok', 'okay', 'd', 'accord', 'merci', 'bien', 'alors', 'donc', 'du', 'coup', 'exactement', 'au', 'juste', 'concretement', 'svp', 'stp',
  'please', 'thanks', 'thank', 'you', 'so', 'then', 'exactly', 'again', 'sorry', 'pardon', 'euh', 'hmm', 'ah', 'hein', 'et', 'and', 'mean', 'means',
  'meaning', 'quoi', 'what', 'la', 'le', 'ici', 'here', 'for', 'pour', 'ce', 'this', 'ticket', 'mon', 'my', 'c', 'est', 'it', 's',
]);

function onlyFiller(folded: string): boolean {
  return folded.split(' ').filter((word) => word !== '' && !FILLER.has(word)).length === 0;
}

export function priorityMeaningAsked(text: string): PriorityAsked | undefined {
  let priority: Priority | undefined;
  let alone = true;
  const rest: string[] = [];
  for (const sentence of sentencesOf(text)) {
    const folded = foldAnswer(sentence);
    const found = MEANING_BEFORE.exec(folded) ?? MEANING_AFTER.exec(folded) ?? WHY.exec(folded);
    const named = found?.groups?.priority;
    // "P4 c'est quoi" is asked even without its question mark; "passez-le en P2" is not asked.
    if (found && named && !priority && (sentence.includes('?') || /\b(mean|means|meaning|veut dire|signifie|pourquoi|why|how come|explain|expliqu\w*)\b/.test(folded))) {
      priority = named.toUpperCase() as Priority;
      if (!onlyFiller(folded.replace(found[0], ' '))) alone = false;
    } else {
      rest.push(sentence);
      if (!onlyFiller(folded)) alone = false;
    }
  }
  return priority ? { priority, rest: rest.join(' '), alone } : undefined;
}
