import { understandText } from '../triage/index.js';
import { foldAnswer } from './intake/index.js';

/**
 * "any news on my ticket? it's been an hour. and now the 2nd floor says their wifi is dead too": beside the status
 * question, a sentence that tells of the problem. Such words go on the ticket, even when they change none of its fields.
 */
export function tellsNewsBesideStatus(text: string): boolean {
  return text
    .split(/[.?!;\n]+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.split(/\s+/).length >= 4)
    .some((sentence) => understandText(sentence).intent.value === 'incident_report');
}

/**
 * "roughly how long?", "ça va prendre combien de temps ?", "quand est-ce que quelqu'un passe ?", "vous passez quand ?",
 * "ce sera réparé pour lundi ?", "will it be fixed by tomorrow?": when the ticket is dealt with.
 */
const ASKS_HOW_LONG = /\b(how long|combien de temps|when will (someone|somebody|you|a technician|they)|when (is|are) (someone|somebody|you|a technician|they) (coming|calling)|quand (est ce qu )?(quelqu un|qqn|le technicien|le tech|vous) (passe|passez|vient|venez|arrive|arrivez|rappelle|rappelez)|(quelqu un|qqn|le technicien|le tech|vous) (passe|passez|vient|venez|arrive|arrivez|rappelle|rappelez) quand|dans quel delai|quel delai|(ce sera|ca sera|ca va etre|sera t il|sera t elle|il sera|elle sera) (pret|prete|repare|reparee|regle|reglee|fini|finie|bon|bonne|remis en route|remise en route) (pour|avant|d ici|demain|ce soir|cette nuit|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|will (it|this|that|they|the \w+) be (fixed|ready|working|done|sorted|back|repaired|up) (by|before|for|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/;

/** "et du coup le temps ?", "the time?": the same, said short right after a ticket's status. */
const ASKS_THE_TIME = /\b(le|du|les) (temps|delai|delais)\s*\?|\b(the )?(time|timeline|eta)\s*\?|\b(how much time|combien de temps|dans combien de temps|quand ce sera (regle|repare|fini))\b/i;

export function asksHowLong(text: string): boolean {
  return ASKS_HOW_LONG.test(foldAnswer(text)) || ASKS_THE_TIME.test(text);
}
