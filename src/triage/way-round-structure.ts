import type { Prepared } from './matcher.js';

/**
 * A way round told in the writer's own construction, whatever the verb: someone on the ward doing the work by
 * another means. "on remplit le partogramme papier", "we're triaging on the other PC", "je fais signer un
 * collègue", "On a ressorti les classeurs papier", "les manips saisissent les patients à la
 * main". The phrase lists name the usual ways round; this reads the shape they share, a person who keeps working
 * and the other means they use, so that a verb no list holds still tells it.
 */

/** Who keeps working: the writer, "on", or staff named as a group ("the team" is who is hit, not who works round it). */
const WORKER = /^(on|nous|je|j|we|i|ils|elles|they|ide|ides|idel|infirmieres|infirmiers|nurses|techs|manips|manip|iade|iades|ibode|secretaires|medecins|doctors|radiologues|radiologists|sages|midwives)$/;
/**
 * The other means: paper, by hand, by phone, another or a spare one, a colleague, the bedside. Not a transfer: "on
 * transfère les urgences au CH voisin" sends the patients away, care is not given here.
 */
const OTHER_MEANS = /^(papier|paper|manuel|manuelle|manuellement|manually|telephone|phone|tel|autre|autres|other|another|spare|backup|secours|collegue|collegues|colleague|colleagues|chevet|bedside|oral|oralement|classeur|classeurs|cahier|cahiers|fixes|brassard|locally)$/;
/** A phone is the means only when work goes through it ("au téléphone", "by phone"), not when it is what fails ("mon tel"). */
const PHONE = /^(telephone|phone|tel)$/;
/** "on a un autre patient qui arrive", "another delivery in 10 min": more work coming, not other means. */
const MORE_WORK = /^(patient|patients|patiente|patientes|accouchement|accouchements|delivery|deliveries|entree|entrees|admission|admissions|arrivee|arrivees|malade|malades|resident|residents|bebe|bebes|baby|babies|cas|case|cases|urgence|urgences)$/;
const OTHER_ONE = /^(autre|autres|other|another)$/;

/** Whether "autre"/"another" at or shortly after `at` names more work coming ("un autre patient"), not other means. */
export function moreWorkComing(tokens: readonly string[], at: number): boolean {
  for (let i = at; i <= at + 4 && i < tokens.length; i++) if (OTHER_ONE.test(tokens[i]!) && MORE_WORK.test(tokens[i + 1] ?? '')) return true;
  return false;
}
const THROUGH = /^(par|au|by|over|via|sur|on)$/;
const throughThePhone = (tokens: readonly string[], at: number) =>
  THROUGH.test(tokens[at - 1] ?? '') || (/^(le|the)$/.test(tokens[at - 1] ?? '') && THROUGH.test(tokens[at - 2] ?? ''));
/** "on the phone", "on paper": the English preposition, not the French "on". */
const ENGLISH_ON = /^(the|an|my|his|her|their|our|paper|screen|shift|call|site|it|them)$/;
/**
 * Paper is the means when work is done on it ("sur papier", "le partogramme papier", "the paper form"), not when it is
 * the printer's ("on a déjà enlevé le papier coincé", "we changed the paper").
 */
const PAPER = /^(papier|paper)$/;
const PAPER_AS_NOUN = /^(le|du|des|les|de|d|the|some|of|more)$/;
const PAPER_THING = /^(form|forms|chart|charts|copy|copies|version|list|lists|record|records|file|files|plan|notes|sheet|sheets)$/;
const printersPaper = (tokens: readonly string[], at: number) =>
  PAPER_AS_NOUN.test(tokens[at - 1] ?? '') && !PAPER_THING.test(tokens[at + 1] ?? '');
/** "à la main", "by hand": the hand only counts in those words. */
const BY_HAND = (tokens: readonly string[], at: number) =>
  (tokens[at] === 'main' && tokens[at - 1] === 'la' && tokens[at - 2] === 'a') || (tokens[at] === 'hand' && tokens[at - 1] === 'by');
/**
 * Words that deny, doubt, only try, still look for it or cover only part: "on n'a pas d'autre PC", "si on passe par
 * l'autre", "I tried another PC", "on cherche une autre couveuse", "il nous en faudrait une autre", "on téléphone
 * seulement les urgences vitales", "images aren't sent, they pile up locally" (the fault's own backlog).
 */
const NOT_A_WAY_ROUND = /^(pile|piling|piled|accumulate|accumulating|confonds|confondu|confondue|trompe|trompee|mistake|mistaken|confused|mixed|viens|vient|venons|just|pas|plus|ne|n|not|no|never|jamais|aucun|aucune|cannot|cant|can t|si|if|essaye|essayer|essaie|tried|try|trying|teste|tested|meme|same|aussi|too|either|cherche|cherchons|cherchent|looking|attend|attendons|attendent|waiting|wait|faut|faudrait|need|needs|besoin|seulement|only)$/;
/** Calling the help desk is reporting the fault, not working round it: "j'ai appelé le support par téléphone". */
const REPORTING = /^(support|helpdesk|hotline|vous|you|biomed|technicien|informatique|dsi|5000)$/;
const SUPPOSING = /^(unless|sauf|moins|si|if|could|pourrait|pourrions)$/;
/** How far (in words) the other means may sit after the worker. */
const REACH = 6;

/** Positions of the other means in each way round so told. */
export function wayRoundsByShape(text: Prepared): number[] {
  const { tokens } = text;
  const found: number[] = [];
  tokens.forEach((token, at) => {
    if (!WORKER.test(token) || (token === 'on' && ENGLISH_ON.test(tokens[at + 1] ?? ''))) return;
    // "unless we send tubes to another hospital", "à moins que", "si on passe par l'autre": a way round imagined.
    if (tokens.slice(Math.max(0, at - 3), at).some((before) => SUPPOSING.test(before))) return;
    for (let next = at + 1; next <= Math.min(at + REACH, tokens.length - 1); next++) {
      const word = tokens[next]!;
      if (NOT_A_WAY_ROUND.test(word) || REPORTING.test(word)) return;
      const means = OTHER_MEANS.test(word) && (!PHONE.test(word) || throughThePhone(tokens, next)) && (!PAPER.test(word) || !printersPaper(tokens, next)) &&
        !moreWorkComing(tokens, next);
      if (means || BY_HAND(tokens, next)) {
        // "the other PC too", "l'autre non plus": the fault is there as well.
        // "on téléphone seulement les urgences vitales": only part of the work goes on.
        if (tokens.slice(next + 1, next + 5).some((after) => /^(too|either|aussi|pareil|idem|seulement|only)$/.test(after)) || (tokens[next + 1] === 'non' && tokens[next + 2] === 'plus')) return;
        found.push(next);
        return;
      }
    }
  });
  return found;
}
