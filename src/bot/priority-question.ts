import type { Priority } from '../triage/index.js';
import { foldAnswer, sentencesOf } from './intake/index.js';

/**
 * "c'est quoi P2 ?", "que veut dire P3", "what does P1 mean?", "P4 ça veut dire quoi ?", "P4 means what, next week?":
 * the priority the bot has just shown, asked about.
 */
const MEANING_BEFORE = /\b(c est quoi|c quoi|cest quoi|qu est ce que c est|qu est ce que|que veut dire|que signifie|what s|whats|what is|what does|what do you mean by|meaning of)( (la|le|une|un|en|a|an|the))?( (priorite|priority))? (?<priority>p[1-4])\b/;
const MEANING_AFTER = /\b(?<priority>p[1-4])( (ca|c|cela|it|that))? (veut dire quoi|veut dire|signifie quoi|signifie|c est quoi|c quoi|means what|means|mean|meaning)\b/;

export interface PriorityAsked {
  priority: Priority;
  /** The sentences besides the question, still to be read as an answer. */
  rest: string;
}

export function priorityMeaningAsked(text: string): PriorityAsked | undefined {
  let priority: Priority | undefined;
  const rest: string[] = [];
  for (const sentence of sentencesOf(text)) {
    const folded = foldAnswer(sentence);
    const named = (MEANING_BEFORE.exec(folded) ?? MEANING_AFTER.exec(folded))?.groups?.priority;
    // "P4 c'est quoi" is asked even without its question mark; "passez-le en P2" is not asked.
    if (named && !priority && (sentence.includes('?') || /\b(mean|means|meaning|veut dire|signifie)\b/.test(folded))) priority = named.toUpperCase() as Priority;
    else rest.push(sentence);
  }
  return priority ? { priority, rest: rest.join(' ') } : undefined;
}
