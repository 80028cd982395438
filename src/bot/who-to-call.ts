import type { MessageKey } from './messages/index.js';
import { foldAnswer } from './intake/answers.js';

/**
 * "qui je peux appeler au biomed la nuit ?", "c'est quoi le numéro de l'astreinte ?", "is the biomed reachable at night?",
 * "y a pas un numéro que je peux appeler ?", "is there a phone number where someone can unlock it right away?":
 * asked who to call, the number is given now rather than left for a technician to answer later.
 */
const ASKS_WHO_TO_CALL =
  /\b(qui|quel numero|quel num|what number|which number|who)\b.{0,40}\b(appele?r?|appelle|joindre|call|ring|reach|contact)\b|\b(numero|number|num)\b.{0,25}\b(astreinte|on call|biomed\w*|securite|security|telecom\w*|support|service desk|centre de services|hotline|hot line|helpdesk|help desk|informatique|dsi)\b|\b(numero|number|num|telephone)\b.{0,25}\b(appele?r?|appelle|joindre|call|ring)\b|\b(joignable|reachable)\b|\b(is there|isn t there|any|y a|y a t il|il y a|y a pas|y aurait|vous avez|avez vous|do you have) (a |an |un |une )?(phone |telephone |tel )?(numero|number|num|hotline|ligne directe|direct line)\b/;
/** "qui est d'astreinte côté DSI ?", "who's on call?", "je veux un nom ou un numéro": who answers now, asked. */
const ASKS_WHO_IS_ON_CALL = /\b(qui|who|who s)\b.{0,25}\b(astreinte|de garde|on call|on duty)\b|\b(un nom|a name)\b.{0,10}\b(ou|or)\b.{0,5}\b(un |a )?(numero|number)\b/;
const BIOMEDICAL = /\b(biomed\w*|biomedical|ingenierie biomedicale)\b/;
const SECURITY = /\b(securite|security|cyber\w*|rssi)\b/;

/** The message that gives the number asked for, if the words ask who to call. */
export function numberAsked(text: string): MessageKey | undefined {
  const folded = foldAnswer(text);
  if (!(ASKS_WHO_TO_CALL.test(folded) || ASKS_WHO_IS_ON_CALL.test(folded)) || !text.includes('?')) return undefined;
  if (BIOMEDICAL.test(folded)) return 'call.biomedical';
  if (SECURITY.test(folded)) return 'call.security';
  return 'call.service_desk';
}
