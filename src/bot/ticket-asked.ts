/**
 * "open a ticket please, …", "can you log a ticket: …", "ouvrez-moi un ticket svp, …", "je voudrais faire un ticket pour
 * …": a ticket asked for in so many words. The ask says nothing of what the ticket is about (a breakdown or a request);
 * the rest of the words do.
 */
const TICKET_ASKED =
  /\b((can|could|would) you (please |pls |plz )?|please |pls |plz |i (would like|want|need|d like) to |i ll |i need |need )?(open|log|raise|create|make|file|put in|submit|do) (me |us )?(a|an|one) (new )?(ticket|incident)( (please|pls|plz))?\b|\b((pouvez|pourriez)[- ]vous |(peux|pourrais)[- ]tu |vous pouvez |tu peux |merci d[e']? ?|je (voudrais|veux|souhaite|dois) |il (me |nous )?faut |faudrait )?(ouvr\w*|cr[ée]\w*|fai\w*|fais|d[ée]clar\w*)[- ]?(moi |nous |lui )?(un|une) (nouveau |nouvel )?(ticket|incident)( (svp|stp|s'il vous pla[iî]t|s'il te pla[iî]t|merci))?\b/gi;

/** The words without the ticket they ask for, when they ask for one; undefined when they do not, or say nothing else. */
export function wordsBesideTicketAsked(text: string): string | undefined {
  const rest = text.replace(TICKET_ASKED, ' ').replace(/^[\s,.;:!-]+/, '').replace(/\s+/g, ' ').trim();
  return rest !== text.trim() && rest.split(' ').length >= 4 ? rest : undefined;
}
