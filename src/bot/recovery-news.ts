import { tellsItWorksAgain } from './add-to-ticket.js';
import { foldAnswer } from './intake/index.js';
import { tellsWorkaround } from '../triage/index.js';

/**
 * "en salle 5 ça refonctionne, c'est juste la 3 maintenant", "il reste la chambre 12", "sauf au box 2", "only bed 4
 * left", "the others still freeze": part of it works again, the rest does not.
 */
const PART_STILL_DOWN =
  /\b(c est|c|ce n est|y a|il y a) (juste|seulement|plus que|que|encore|toujours) (la|le|les|l|en|dans|au|aux|sur|pour|chez|salle|chambre|box|lit|poste|bureau)\b.{0,25}\b(maintenant|encore|toujours|qui (ne |n )?(marche|fonctionne|rame|bug|beug|plante)\w*|en panne|hs|pas|now|still)\b|\b(il )?(ne )?reste (que |plus que |encore |toujours )?(la|le|les|l|en|dans|au|aux|sur|salle|chambre|box|lit|poste|un|une|des|deux|trois)\b|\bsauf (la|le|les|l|en|dans|au|aux|sur|pour|chez|salle|chambre|box|lit|poste|bureau|celui|celle|ceux|mon|ma|mes|notre|nos)\b|\b(except|apart from|but not) (in|on|at|for|the|room|bed|bay|desk|ward|my|our|one|two)\b|\b(only|just|still) (room|bed|bay|box|desk|theatre|or|the|in|on|at) .{0,20}\b(now|left|remains?|affected|down|broken|slow|not)\b|\b(the )?(others?|rest|autres?) (are |is |sont |est )?(still|toujours|encore)\b/;

/**
 * "ca remarche 2 min et ca se reverrouille", "works for 5 minutes then freezes again", "ça se rebloque": it comes back
 * only to fail again.
 */
const WORKS_A_MOMENT =
  /\b(re ?marche|marche|fonctionne|refonctionne|works?|working)( \w+){0,2} (\d+|quelques|une|deux|trois|a few|one|two|five|5|10) (s|sec|secondes?|seconds?|min|mins|minutes?|h|heures?|hours?)\b.{0,20}\b(et|puis|mais|then|and|but)\b|\b(se|ca se|il se|elle se|it) (re ?verrouill\w*|re ?bloqu\w*|re ?plant\w*|re ?fig\w*|re ?coup\w*|locks? again|freezes? again|crash\w* again)\b|\b(re ?verrouill\w*|re ?bloqu\w*) (tout le temps|sans cesse|encore|a chaque fois)\b/;

/**
 * "ça remarche mais toujours lent", "works again but still freezes sometimes", "the cart still needs fixing",
 * "il faut quand même le réparer", and news that only part of it works again: not over.
 */
export function saysStillBroken(text: string): boolean {
  if (PART_STILL_DOWN.test(foldAnswer(text)) || WORKS_A_MOMENT.test(foldAnswer(text))) return true;
  return /\b(mais|but) (toujours|still|encore|again|ca|it|il|elle)\b|\b(sometimes|parfois|de temps en temps|still (slow|freez\w*|crash\w*|broken|needs?|down|not))\b|\b(needs?|need to be) (fixing|repair\w*|fixed|looking at|looked at)\b|\btoujours (en panne|casse\w*|hs|pas)\b|\b(faut|faudra|faudrait) (quand meme|tout de meme|encore) (le |la |les )?(reparer|changer|regarder|voir|depanner)\b|\ba (reparer|changer|depanner)\b/.test(
    foldAnswer(text),
  );
}

/** "ça remarche plus", "ne refonctionne pas", "not working again", "ça remarche sur l'autre mais pas sur le mien". */
const NOT_OVER =
  /\b(re ?marche\w*|refonctionne\w*) (plus|pas|toujours pas|jamais)\b|\b(ne|n) (re ?marche|refonctionne)\w*\b|\b(not|isn t|doesn t|never|no longer) (working|work|back)\b|\b(mais|but) (pas|not|nothing|rien)\b/;

/**
 * "par contre", "au fait", "by the way", "but could you…": where a second matter starts in a message that first tells
 * something is over ("ça remarche, merci. par contre faudrait corriger mon numéro dans l'annuaire").
 */
const SECOND_MATTER =
  /(?:^|[.!?;,\n]\s*|\s)(par contre|en revanche|sinon|autre chose|au fait|et aussi|by the way|btw|but|however|also|one more thing|another thing)\b[\s,:]*/giu;

export interface RecoveryNews {
  /** The words that tell it works again. */
  news: string;
  /** The other matter told after the news, to be taken up on its own. */
  rest?: string;
}

/**
 * The requester tells that the problem of the ticket held is over ("ça remarche depuis qu'on a changé la batterie,
 * merci", "it works again, thanks. but could you fix my mobile number…"): the news, and what else they ask after it.
 */
export function recoveryTold(text: string): RecoveryNews | undefined {
  let news = text;
  let rest: string | undefined;
  for (const match of text.matchAll(SECOND_MATTER)) {
    const at = match.index ?? 0;
    const after = text.slice(at + match[0].length).trim();
    if (at === 0 || after.split(/\s+/).length < 4) continue;
    news = text.slice(0, at);
    rest = after.charAt(0).toUpperCase() + after.slice(1);
    break;
  }
  // "we found the other cart, it works, we are doing the checklist on it": a way round, the broken one still waits.
  if (!tellsItWorksAgain(news) || saysStillBroken(text) || NOT_OVER.test(foldAnswer(news)) || tellsWorkaround(news)) return undefined;
  return { news: news.trim(), rest };
}

/**
 * "bon laisse tomber l'impression on verra. plus urgent : le scope de la chambre 5…": the sentences after the one that
 * withdraws, when they tell something of their own (four words or more).
 */
export function matterAfterWithdrawal(text: string): string | undefined {
  const sentences = text.split(/(?<=[.!?;:\n])\s*/).map((sentence) => sentence.trim()).filter(Boolean);
  if (sentences.length < 2) return undefined;
  const rest = sentences.slice(1).join(' ').replace(/^(plus urgent|more urgent|par contre|sinon|autre chose|en revanche|but|however|also)\s*[:,]?\s*/i, '');
  // "… qqn a dû appuyer. ça marche, pas besoin de ticket merci": more words of the same withdrawal, no new matter.
  if (rest.split(/\s+/).length < 4 || tellsItWorksAgain(rest) || STILL_WITHDRAWING.test(foldAnswer(rest))) return undefined;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

const STILL_WITHDRAWING = /\b(pas besoin|plus besoin|laisse tomber|laissez tomber|annul\w*|c est regle|c est bon|ca marche|no need|never mind|forget it|cancel\w*|it works|working)\b/;
