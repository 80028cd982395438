import { foldAnswer } from './intake/index.js';

/*
 * What people answer around a fiche: the step they could not do, the step that failed, or a fiche asked for while
 * a form is being filled. Read on folded text.
 */

/** "il est pas en silencieux…", "it still rings once": words that go on about what was just told, by a pronoun. */
export const GOES_ON_ABOUT_IT = /^(mais |et |non |bah |ben |euh )?(il|elle|ils|elles|ca|c|it|they|this|that)\b/;
/** "the PUK letter?? no idea… Can't you just reset it from your side?": the fiche's step asked of the help desk. */
export const ASKS_US_TO_DO_IT =
  /\b((can t|cannot|can|could) you (just |not )?(reset|unlock|unblock|fix|do|restore|change|send|reinitiali[sz]e) (it|that|this|them|mine|my)|(vous|tu) (ne )?(pouvez|pourriez|peux|pourrais) (pas )?(juste )?(le |la |les |me |m )?(faire|debloquer|reinitialiser|reset|changer|renvoyer|envoyer|regler)|vous (pouvez|pourriez) pas (le |la )?faire)\b/;

/** "tried the forgot pwd thing but no sms comes", "j'ai essayé, toujours pareil": the fiche's steps tried, in vain. */
export const TRIED_THE_FICHE =
  /^(ok |oui |yes |bon |non |no |nope |deja |already )?(i |j |je |on |we )?(ai |have |already |deja |avons )?(tried|try|essaye|essaie|essayer|followed|suivi|did (it|that|this|all|everything)|done|fait|refait|redemarre|rallume|calibre|restarted|rebooted|replaced|changed)\b/;
/** "j'ai pas de tel pro pour le sms", "no work phone for the code": what the fiche's step needs is missing. */
export const FICHE_STEP_MISSING =
  /\b(pas de|pas d|aucun|no|don t have a|dont have a|haven t got a) (tel|telephone|portable|mobile|phone|numero)( \w+){0,2} (pour|for) (le |la |l |the )?(sms|texto|text|code)\b/;
/** "the SMS code goes to no phone…", "le lien du portail marche pas": a step of the fiche, and why it fails. */
export const FICHE_STEP_OPENING =
  /^(mais |but |et |and |non |no |bah |ben |euh |well )?(the|le|la|les|l|this|that|ce|cette|your|votre) (sms|text|texto|code|portal|portail|link|lien|page|site|procedure|fiche|guide|step|steps|etape|etapes|unlock|deblocage|reset|reinitialisation)\b/;
/** "is there something I can try myself?", "what should I check?", "je peux essayer quoi en attendant ?": self-help asked. */
const SELF_HELP_ASKED =
  /\b(something|anything) (i|we) can (try|do|check)( myself| ourselves)?|what (should|can|could) (i|we) (check|try|do)( myself| first)?|(can|could) i (try|fix) (it|something|anything) myself|(je|on) (peux|peut|pourrais|pourrait) (essayer|tester|verifier|faire) (quelque chose|qqch|quoi)|qu est ce que (je|j|on) (peux|peut|pourrais|dois|doit) (essayer|tester|verifier|faire)|(je|j) (peux|dois) (essayer|verifier|tester) quoi|y a (t il )?(quelque chose|qqch|un truc) a (essayer|tester|verifier)\b/;

export function asksForSelfHelp(text: string): boolean {
  return SELF_HELP_ASKED.test(foldAnswer(text));
}
