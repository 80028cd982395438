import type { Category, Language } from '../triage/index.js';
import type { KnowledgeBase } from './knowledge-base.js';

/** A fiche turned into a reply: plain data, formatted by each channel. */
export interface FicheAnswer {
  slug: string;
  /** Language of the fiche shown (may differ from the user's when it is missing in theirs). */
  lang: Language;
  title: string;
  /** The kind of problem the fiche is about. */
  category: Category;
  steps: string[];
  escalate_to: string;
  /** Set when the fiche is shown in the other language, in the user's language. */
  note?: string;
  /** "Did this solve it?" in the user's language. */
  question: string;
}

const FEEDBACK_QUESTION: Record<Language, string> = {
  fr: 'Cela a-t-il résolu le problème ?',
  en: 'Did this solve it?',
};

const OTHER_LANGUAGE_NOTE: Record<Language, string> = {
  fr: "Cette fiche n'existe qu'en anglais.",
  en: 'This guide is only available in French.',
};

/**
 * The "Que faire / What to do" steps of a fiche for a user writing in `userLang`; the other
 * language with a short note when the fiche is missing in theirs; undefined for an unknown slug.
 *
 * ```ts
 * const answer = answerFromFiche(knowledge, 'password-reset', 'fr');
 * // { title: 'Mot de passe Windows oublié ou expiré', steps: [...], question: 'Cela a-t-il résolu le problème ?' }
 * ```
 */
export function answerFromFiche(knowledge: KnowledgeBase, slug: string, userLang: Language): FicheAnswer | undefined {
  const fiche = knowledge.ficheFor(slug, userLang);
  if (!fiche) return undefined;
  return {
    slug: fiche.id,
    lang: fiche.lang,
    title: fiche.title,
    category: fiche.category,
    steps: [...fiche.steps],
    escalate_to: fiche.escalateTo,
    ...(fiche.lang !== userLang ? { note: OTHER_LANGUAGE_NOTE[userLang] } : {}),
    question: FEEDBACK_QUESTION[userLang],
  };
}

/** The answer to a question: the best fiche when the question is answerable, else undefined. */
export function answerQuestion(
  knowledge: KnowledgeBase,
  question: string,
  options: { lang?: Language } = {},
): { answer?: FicheAnswer; lang: Language } {
  const result = knowledge.search(question, { k: 1, ...options });
  const best = result.results[0];
  if (!result.answerable || !best) return { lang: result.lang };
  const answer = answerFromFiche(knowledge, best.slug, result.lang);
  return answer ? { answer, lang: result.lang } : { lang: result.lang };
}
