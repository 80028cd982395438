import type { Urgency } from '../../triage/index.js';
import { foldAnswer, phrasingsGroup } from './answers.js';

const LEVELS: Urgency[] = ['low', 'medium', 'high'];

/** How urgent in so many words; the ones that can wait first ("pas très urgent" is not "très urgent"). */
const SAID: Array<[Urgency, RegExp]> = [
  // "c'est pas si peu urgent", "not that low": more than low, said before "peu urgent" is read as low.
  ['medium', /\b(pas (si|aussi|tellement|que|vraiment) peu urgent\w*|(not|isn t) (that|so) (low|unurgent|non urgent))\b/],
  // "pas hyper urgent mais faut le réparer cette semaine", "not that urgent but it needs doing this week": soon, not whenever.
  ['medium', /\b(pas (tres |si |trop |vraiment |super |hyper |franchement )?urgent\w*|not (very |that |really |so )?urgent)\b.*\b(mais|but)\b.*\b(cette semaine|this week|bientot|soon|rapidement|quickly|vite|quand meme|still need\w*|needs? (fixing|doing|to be))\b/],
  ['low', /\b(pas (tres |si |trop |vraiment |super |hyper |franchement )?urgent\w*|peu urgent\w*|rien d urgent|not (very |that |really |so )?urgent|ca peut attendre|it can wait)\b/],
  // "c'est plus urgent", "ce n'est plus urgent", "no longer urgent": urgent no more ("plus urgent que ça" is read above as more).
  ['low', /\b((c est|c|ce n est|c n est|ca n est|ca l est) plus (du tout |vraiment |si )?urgent\w*(?! que)|no longer urgent)\b/],
  // "on se débrouille, mais faut que ça soit réglé dans la journée": due today, not now.
  ['medium', /\b(dans la journee|d ici (ce soir|la fin de (la )?journee)|avant (ce soir|la fin de (la )?journee)|by (the )?end of (the )?day|by tonight|later today|within the day)\b/],
  ['medium', /\b(moyennement urgent\w*|assez urgent\w*|fairly urgent|moderately urgent|c est (juste |un peu |surtout |seulement |quand meme |tres |vraiment |assez |bien )?genant|juste genant|it s (just )?a nuisance)\b/],
  [
    'high',
    /\b(tres urgent\w*|hyper urgent\w*|super urgent\w*|very urgent|(tout|tout le reste|le reste) est (bloque|a l arret|paralyse)|plus rien ne (marche|fonctionne)|personne (ne )?peut (bosser|travailler)|je suis (completement |totalement |vraiment |tout a fait )?(bloque|bloquee)|i m (completely |totally )?(blocked|stuck)|on (ne )?peut plus (rien faire|travailler|bosser)|everything (else )?is (blocked|down|at a standstill)|nobody can work|no one can work)\b/,
  ],
  // "whatever is quickest, she might not have many days left", "au plus vite, elle est en fin de vie": now.
  ['high', /\b(whatever is (quickest|fastest)|as (fast|quickly|soon) as (possible|you can)|asap|au plus vite|le plus vite possible|au plus tot|fin de vie|end of life|not many days (left|to live)|(plus que|que) quelques (jours|heures) a vivre|only (a few )?(days|hours) (left|to live))\b/],
  // "urgent", "it IS urgent, anyone could read my mails", "c'est urgent quand même" (denials are read above).
  ['high', /(^urgent\w*|\b(c est|c|it s|it is|its|is|est|ca reste|still) (vraiment |bien |really |very |quand meme |super |hyper )?urgent\w*)\b/],
];

const LABEL = phrasingsGroup('summary.urgency');
const ANY_LEVEL = phrasingsGroup(...LEVELS.map((level) => `urgency.${level}` as const));

/**
 * "c pas urgence basse", "not low urgency", "urgence basse non", "basse bof": the level denied, left out before
 * reading the one said.
 */
const DENIED_LEVEL = new RegExp(
  `\\b(pas|not|non) (l )?(${LABEL}|${ANY_LEVEL})( ${ANY_LEVEL})?\\b|\\b(${LABEL} )?${ANY_LEVEL} (non|bof|no|nope)\\b`,
  'g',
);

const TOO_MUCH = '(c est |it s |is |that s )?(un peu |vraiment |bien |a bit |way )?(exagere|trop|abuse|excessif|too much|overkill|excessive|too high|a bit much|over the top)';

/** "urgence haute c'est exagéré", "high urgency is a bit much": the level the card shows, called too much. */
const OVERSTATED: Array<[Urgency, RegExp]> = LEVELS.map((level) => [
  level,
  new RegExp(`\\b(${LABEL} )?${phrasingsGroup(`urgency.${level}`)}( ${LABEL})? ${TOO_MUCH}\\b`),
]);

function overstatedLevel(folded: string): Urgency | undefined {
  return OVERSTATED.find(([, words]) => words.test(folded))?.[0];
}

/** "urgence moyenne ??", "medium urgency?!": the card's level quoted back with question marks (read before folding). */
const PROTESTED_LEVEL = new RegExp(`\\b(${LABEL}\\s*)?${ANY_LEVEL}(\\s*${LABEL})?\\s*\\?[?!\\s]*`, 'i');

/** "urgence moyenne", "l'urgence est basse", "medium urgency": the summary card's own words, in either language. */
function summaryWords(level: Urgency): RegExp {
  const value = phrasingsGroup(`urgency.${level}`);
  return new RegExp(`\\b(l )?${LABEL} (est |is )?${value}\\b|\\b${value} ${LABEL}\\b`);
}

/** "urgency low is a bit harsh, I'd say medium", "plutôt moyenne": the level preferred, whatever else is named. */
function preferredWords(level: Urgency): RegExp {
  // "mets au moins moyen": the masculine the card does not write.
  const value = level === 'medium' ? `(${phrasingsGroup('urgency.medium')}|moyen)` : phrasingsGroup(`urgency.${level}`);
  const preferring = '(i d say|i would say|more like|rather|at least|make it|set it to|put|plutot|je dirais|je mettrais|disons|mettons|mets|mettez|mettre|au moins)';
  return new RegExp(`\\b${preferring}( au moins| at least)?( l| en| a)?( ${LABEL})? ${value}\\b`);
}

const SUMMARY_WORDS: Array<[Urgency, RegExp]> = [
  ...LEVELS.map((level): [Urgency, RegExp] => [level, preferredWords(level)]),
  ...LEVELS.map((level): [Urgency, RegExp] => [level, summaryWords(level)]),
];

/** A workaround that holds but costs: "ma collègue enregistre à ma place mais ça ralentit tout". */
const BOTHERSOME = /\b(ralenti\w*|plus long|chiant|galere|relou|a pain|wait\w* (a bit |a little )?longer|prend plus de temps|genant|penible|complique|a ma place|en attendant|s accumule\w*|accumul\w*|prend du retard|slows?|slower|takes longer|annoying|a nuisance|instead of me|for now|piling up|backlog|(boulot|travail|taf) en double|double (saisie|travail|boulot)|deux fois le (travail|boulot)|pas top|l enfer|double (entry|work))\b/;

/** "y a pas d'autre imprimante", "no other printer on the floor": nothing to carry on with. */
const NO_WAY_ROUND = /\b(pas d autres?|aucune? autres?|rien d autre|no other|no spare|no backup|nothing else( to use| works)?)\b/;

/** An answer that says there is no way round: the workaround question is answered already (no). */
export function saysNoWayRound(text: string): boolean {
  return NO_WAY_ROUND.test(foldAnswer(text));
}

/** Medium for an answer to "do you have a workaround?" that tells of one that bothers; else undefined. */
export function bothersomeWorkaround(text: string): Urgency | undefined {
  return BOTHERSOME.test(foldAnswer(text)) ? 'medium' : undefined;
}

/**
 * The urgency an answer names outright ("urgence moyenne", "pas très urgent", "c'est gênant"), read before
 * the general understanding, which takes "moyennement urgent" for urgent; undefined when it names none.
 */
/** "en fait c'est plus urgent que ça", "more urgent than that": one level above the one known. */
const MORE_URGENT = /\b(plus urgent que (ca|cela|prevu|je pensais|je croyais)|more urgent than (that|this|i thought))\b/;

export function moreUrgentThan(current: Urgency | undefined, text: string): Urgency | undefined {
  if (!MORE_URGENT.test(foldAnswer(text))) return undefined;
  return current ? LEVELS[Math.min(LEVELS.length - 1, LEVELS.indexOf(current) + 1)] : 'medium';
}

export function urgencyNamed(text: string): Urgency | undefined {
  // "urgence haute c'est exagéré, il faut que ce soit réparé pour demain": one step below the level called too much.
  const overstated = overstatedLevel(foldAnswer(text));
  if (overstated) return LEVELS[Math.max(0, LEVELS.indexOf(overstated) - 1)];
  // "urgence moyenne ?? je suis complètement bloquée": the card's level quoted back in protest is denied.
  const protested = PROTESTED_LEVEL.exec(text);
  const kept = protested ? text.replace(protested[0], ' ') : text;
  // "c pas urgence basse, c urgence moyenne": the level denied is not the one said.
  const folded = foldAnswer(kept).replace(DENIED_LEVEL, ' ');
  const said = (SUMMARY_WORDS.find(([, words]) => words.test(folded)) ?? SAID.find(([, words]) => words.test(folded)))?.[0];
  if (said) return said;
  // "urgence basse bof, on a les patients qui attendent": the level denied, none said, is one step off toward the middle.
  const denied = deniedLevel(text, protested?.[0]);
  return denied === 'low' || denied === 'high' ? 'medium' : undefined;
}

const LEVEL_WORDS: Array<[Urgency, RegExp]> = LEVELS.map((level) => [level, new RegExp(`\\b${phrasingsGroup(`urgency.${level}`)}\\b`)]);

/** The one level the words deny ("urgence basse bof", "pas urgence haute", "urgence basse ??"), if one. */
function deniedLevel(text: string, protested: string | undefined): Urgency | undefined {
  const denials = [...foldAnswer(text).matchAll(DENIED_LEVEL)].map((match) => match[0]);
  if (protested) denials.push(foldAnswer(protested));
  const levels = LEVEL_WORDS.filter(([, words]) => denials.some((denial) => words.test(denial))).map(([level]) => level);
  return levels.length === 1 ? levels[0] : undefined;
}
