import { foldAnswer } from './answers.js';

/**
 * "non pas P1", "c'est pas urgent", "ça peut attendre", "juste que qqn passe demain", "not urgent anymore", "no rush":
 * the report is still wanted, only less urgent.
 */
const LESS_URGENT =
  /\b(pas|not|no) (en |a |as |in )?p1\b|\b(pas|plus) (si |tres |trop |vraiment |du tout |hyper |super )?urgent\w*\b|\b(rien d urgent|peu urgent\w*|ca peut attendre|ca attendra|peut attendre|it can wait|can wait|not (so |that |very |really )?urgent|no longer urgent|no rush|no hurry|pas press\w*)\b/;

/** "juste que qqn passe demain", "someone can come by tomorrow": a visit wished for later, which says it can wait. */
const VISIT_LATER =
  /\b(qqn|quelqu un|qq1|un technicien|someone|somebody|a technician) (passe|vienne|peut passer|peut venir|can come|come|comes|to come|drops by|can drop by)( by| over| par ici)? (demain|plus tard|dans la semaine|tomorrow|later|this week)\b/;

/** "je veux un ticket", "faites quand même le ticket", "I still want a ticket": the ticket asked for, in so many words. */
const TICKET_WANTED =
  /\b(je veux|je voudrais|j aimerais|il me faut|faites|faites moi|ouvrez|creez|fais|ouvre|cree) (quand meme |tout de meme |bien )?(un|le|mon|une) (ticket|incident|signalement)\b|\b(i|we) (still |do )?(want|need) (a|the|my) (ticket|incident)\b|\b(open|raise|log|create) (a|the) (ticket|incident) (anyway|all the same|please)\b/;

/** "annule", "laissez tomber", "oubliez", "cancel it", "forget it", "plus besoin": the report withdrawn in so many words. */
const WITHDRAWN_IN_WORDS =
  /\b(annul\w*|laisse tomber|laissez tomber|oubliez|oublie ca|cancel\w*|forget it|never mind|nevermind|plus besoin|pas besoin (de|d un) ticket|no need for a ticket|no longer needed|abandon\w*)\b/;

/** "ça remarche", "c'est reparti", "it works again": what failed works, for now at least. */
const WORKS_AGAIN = /\b(ca remarche|ca re marche|ca refonctionne|c est reparti|ca marche (a nouveau|de nouveau)|(it )?works again|working again|it works now)\b/;

function lessUrgent(folded: string): boolean {
  return LESS_URGENT.test(folded) || VISIT_LATER.test(folded);
}

/** "ça remarche pour l'instant, c'est pas urgent": working again while the report is kept, so care goes on. */
export function worksAgainForNow(text: string): boolean {
  return WORKS_AGAIN.test(foldAnswer(text)) && keepsTheReport(text);
}

/**
 * "non pas P1 svp ça remarche, c'est pas urgent", "ça remarche pour l'instant mais… je veux un ticket": what works again
 * for now makes the report less urgent, or is told beside asking for the ticket; it withdraws nothing. Only words that
 * withdraw ("annulez", "laissez tomber") or the cancel button end the report.
 */
export function keepsTheReport(text: string): boolean {
  const folded = foldAnswer(text);
  if (WITHDRAWN_IN_WORDS.test(folded)) return false;
  return lessUrgent(folded) || TICKET_WANTED.test(folded);
}

/** "c'est pas urgent, juste que qqn passe demain": the day named is when to come, not a deadline that makes it urgent. */
export function asksForAVisitLater(text: string): boolean {
  return VISIT_LATER.test(foldAnswer(text));
}
