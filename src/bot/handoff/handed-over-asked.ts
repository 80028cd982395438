import { foldAnswer } from '../intake/index.js';

/**
 * "vous m'avez passé à un technicien ?", "did you just send me to a tech?", "pourquoi un technicien ?", "am I talking to
 * a human now?": the hand-over the bot announced, asked about.
 */
const HANDED_OVER_ASKED = new RegExp([
  /\b(vous m avez|tu m as|on m a|m avez vous|m as tu|vous m|tu m)( deja| bien)? (passe|passee|transfere|transferee|mis|mise|redirige|redirigee|envoye|envoyee|orient\w*)( (a|vers|avec|sur))?( (en relation|en contact) avec)? (un|une|le|la) (technicien|technicienne|tech|humain|agent|personne)\b/.source,
  /\b(did|have|has) (you|it|the bot)( just)? (send|sent|pass|passed|transfer|transferred|put|hand|handed|forward|forwarded|connect|connected|refer|referred|escalate|escalated) (me|us)( (on|over|through))? (to|with) (a|the|an) (tech|technician|human|person|agent|real person)\b/.source,
  /\bpourquoi (un|une|le|la) (technicien|technicienne|tech)\b/.source,
  /\bwhy (a|the) (tech|technician|human)\b/.source,
  /\b(am i|is this|are we) (now )?(talking|speaking|chatting) (to|with) (a |the )?(human|person|technician|tech|real person)\b/.source,
  /\b(je parle|je suis|on parle) (maintenant )?(a|avec) (un|une) (humain|technicien|technicienne|tech|vraie personne)\b/.source,
].join('|'));

export function asksAboutHandOver(text: string): boolean {
  return text.includes('?') && HANDED_OVER_ASKED.test(foldAnswer(text));
}
