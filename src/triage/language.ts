import type { Language } from './vocabulary.js';

const FRENCH = new Set([
  'le', 'la', 'les', 'de', 'des', 'du', 'un', 'une', 'est', 'et', 'je', 'j', 'ne', 'pas', 'plus', 'mon', 'ma', 'mes',
  'on', 'nous', 'vous', 'il', 'elle', 'sur', 'pour', 'avec', 'dans', 'au', 'aux', 'ce', 'cette', 'qui', 'que', 'qu',
  'bonjour', 'bonsoir', 'merci', 'salut', 'plait', 'depuis', 'n', 'l', 'd', 'c', 's', 'y', 'a', 'ai', 'sont', 'marche',
  'comment', 'quoi', 'ou', 'en', 'rien', 'tout', 'tous', 'aucun', 'personne', 'peut', 'veux', 'voudrais', 'besoin',
  'imprimante', 'ecran', 'panne', 'plante', 'urgent', 'aide', 'annuler', 'oui', 'non', 'chambre', 'service',
]);
const ENGLISH = new Set([
  'the', 'a', 'an', 'is', 'are', 'i', 'my', 'we', 'you', 'it', 'to', 'of', 'in', 'on', 'for', 'with', 'not', 'can',
  'please', 'hi', 'hello', 'thanks', 'thank', 'what', 'how', 'does', 'do', 'doesnt', 'since', 'our', 'there', 'this',
  'that', 'and', 'any', 'again', 'keeps', 'won', 'will', 'need', 'want', 'help', 'printer', 'screen', 'working',
  'broken', 'down', 'cancel', 'room', 'bed', 'nobody', 'everyone', 'whole', 'all', 'no', 'yes', 'stuck', 'update',
]);

/**
 * French or English, from function words. French wins ties: staff write French first.
 *
 * @example
 * detectLanguage(['my', 'printer', 'is', 'jammed']) // 'en'
 */
export function detectLanguage(tokens: readonly string[]): Language {
  let fr = 0;
  let en = 0;
  for (const token of tokens) {
    if (FRENCH.has(token)) fr++;
    if (ENGLISH.has(token)) en++;
  }
  return en > fr ? 'en' : 'fr';
}
