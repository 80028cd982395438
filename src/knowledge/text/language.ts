import type { Language } from '../../triage/index.js';
import { fold, tokenize } from './normalize.js';

/*
 * Function words are the surest sign of a language in two-to-ten-word questions; the product
 * vocabulary is shared ("outlook", "wifi", "citrix") and says nothing.
 */
const FRENCH_MARKERS = new Set(
  `le la les un une des du de au aux et est sont je j tu il elle on nous vous ils mon ma mes ton ta
   son sa ses ce cette ces qui que quoi quand comment pourquoi pas plus ne n avec sans pour sur dans
   chez mais ou ai a suis peux veux faut marche ne rien depuis encore mot passe imprimante ecran
   bonjour merci salut oui non tres trop`
    .split(/\s+/)
    .filter(Boolean),
);

const ENGLISH_MARKERS = new Set(
  `the a an and is are was were i you he she it we they my your his her our their this that these
   those what when where why how who which not no doesn don t can cannot won will would should could
   with without for from into on in at of to do does did have has had am be been keeps keep get got
   please hello hi thanks thank morning password printer screen whole just still anymore cant dont wont isnt
   doesnt didnt any all there dead reach pls thx`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * How much a message reads as French and as English, from its function words (half a point for words
 * both languages share, and for tell-tale endings); accented letters count for French.
 *
 * ```ts
 * languageEvidence('my password ne marche plus'); // { fr: 3, en: 2 }: a mixed message
 * ```
 */
export function languageEvidence(text: string): Record<Language, number> {
  let french = /[àâçéèêëîïôûùüÿœ]/i.test(text) ? 1.5 : 0;
  let english = 0;
  for (const token of tokenize(text)) {
    const word = fold(token);
    // "a", "on" and "in"-like words exist in both; count them half.
    const both = FRENCH_MARKERS.has(word) && ENGLISH_MARKERS.has(word);
    if (FRENCH_MARKERS.has(word)) french += both ? 0.5 : 1;
    if (ENGLISH_MARKERS.has(word)) english += both ? 0.5 : 1;
    if (/(tion|ing|ed)$/.test(word) && word.length > 5 && !/(ee|es)$/.test(word)) english += /ing$|ed$/.test(word) ? 0.5 : 0;
    if (/(eau|eux|oir|ais|ait|ee)$/.test(word) && word.length > 4) french += 0.5;
  }
  return { fr: french, en: english };
}

/**
 * Guesses fr or en from the words of a short message. French wins ties: the hospital writes French
 * first. Accented letters count for French.
 *
 * ```ts
 * detectLanguage('my printer is offline'); // 'en'
 * detectLanguage('mdp expiré');            // 'fr'
 * ```
 */
export function detectLanguage(text: string): Language {
  const { fr, en } = languageEvidence(text);
  return en > fr ? 'en' : 'fr';
}
