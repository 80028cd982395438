import { fold } from './normalize.js';

/*
 * Words that carry no topic in a help-desk question: function words, pronouns, auxiliaries, and the
 * filler every request shares ("problème", "aide", "svp", "marche pas"). Folded (no accents).
 */

const FRENCH = `
a ai aie aient as au aucun aucune aujourd aujourdhui aussi autre aux avais avait avec avez avoir avons
bah bcp beaucoup bien bon bonne c ca car ce ceci cela celle celui ces cet cette chez ci comme comment
d dans de depuis des deja dois doit donc dont du elle elles en encore es est et etais etait ete etre eu
faire fais fait faut hier ici il ils j je jai jamais jusqu l la le les leur leurs lui m ma mais me mes
meme mes moi mon n ne ni nos notre nous on ont ou par pas peu peut peux plus pour pourquoi pouvez
pourrais pouvoir puis qu quand que quel quelle quelles quels qui quoi sa sans se ses si sil son sont
sur svp stp t ta te tes toi ton toujours tous tout toute toutes tres trop tu un une vais veut veux
vos votre vous y
aider aide besoin probleme problemes souci soucis truc machin quelqu quelque chose rien encore
bonjour merci salut slt alors voila oui non ok okay pb pbm prb monde gens
voudrais voudrait souhaite souhaiterais aimerais super parfait genial nickel cool top
matin soir nuit jour jours journee semaine lundi mardi mercredi jeudi vendredi samedi dimanche demain
maintenant heure heures minute minutes seconde secondes fois
combien lequel laquelle lesquels quelqu quelquun personne chose choses peutetre etre avoir aller
vais va vont allez allons venir viens vient dire dis dit disent savoir sais sait voir vois voit
mettre mets met prendre prends prend donner donne passer passe vouloir veut pouvoir falloir
toujours souvent parfois vraiment juste deja encore ici voici voila via selon vers entre sous apres avant
marche marcher fonctionne fonctionner fonctionnement
coucou question questions petite rapide mdr personne
`;

const ENGLISH = `
a about after again all am an and any are as at be been before being but by can cannot cant could
did didn do does doesn don down for from get gets getting got had has have having he her here him his
how i if im in into is isn it its ive just keep keeps me more my no not now of off on once only or
our out over please same she should so some still than that the their them then there these they
this those to too up us very was wasn way we were what when where which while who why will with
won wont would you your
s t d m ll re ve isnt arent werent hasnt havent hadnt couldnt shouldnt wouldnt
try tried trying done know
help issue issues problem problems hi hello thanks thank ok okay yes
good morning evening afternoon great fine perfect awesome nice cheers
night day days today yesterday tomorrow week monday tuesday wednesday thursday friday saturday sunday
hour hours minute minutes second seconds time times
anything something everything nothing someone anyone everyone really just also even always never
sometimes often already yet again since until across through
work works working
question questions lol nobody told tell hey
`;

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean).map(fold));
}

export const STOP_WORDS = { fr: words(FRENCH), en: words(ENGLISH) } as const;

/** True when the folded token is a stop word in either language (queries mix both). */
export function isStopWord(folded: string): boolean {
  return STOP_WORDS.fr.has(folded) || STOP_WORDS.en.has(folded);
}

const ARRIVER = /^arriv(e|es|ent|ons|ez|er|ais|ait|ions)$/;
const NEGATION_BEFORE = new Set(['n', 'ne']);
const AFTER = new Set(['pas', 'plus', 'jamais', 'a']);

/**
 * Words that are stop words only in an idiom: French "je n'arrive pas à" means "I can't", not an
 * arrival (which matters for the new-staff fiche).
 */
export function isIdiomStopWord(folded: readonly string[], i: number): boolean {
  const word = folded[i]!;
  if (!word.startsWith('arriv') || !ARRIVER.test(word)) return false;
  return NEGATION_BEFORE.has(folded[i - 1] ?? '') || AFTER.has(folded[i + 1] ?? '');
}
