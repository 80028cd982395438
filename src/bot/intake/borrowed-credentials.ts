import { foldAnswer, sentencesOf } from './answers.js';
import { tellsCredentialsShared } from './answer-phrases.js';

/**
 * Someone else's card, session or password, to work with: "je peux prendre la carte CPS de ma collègue", "use my
 * colleague's login", "elle peut me laisser sa session". Whatever the problem, the answer is no: they are personal.
 */
export const BORROWS_CREDENTIALS =
  /\b(utilis\w*|prend\w*|pren\w*|emprunt\w*|use|borrow|log in with|login with|sign in with)\b.*\b(carte|cps|session|login|identifiants?|mot de passe|mdp|password|badge|account|compte|credentials)\b.*\b(collegues?|colleagues?|d un autre|de quelqu un|someone else s?|another nurse s?|une autre ide|un autre medecin)\b|\b(carte|cps|session|login|identifiants?|mot de passe|mdp|badge|compte) (de|d) (ma|mon|une|un) (collegue|cadre|chef|interne)\b|\b(colleague s|my colleagues?|someone else s|another nurse s) (card|cps|session|login|password|badge|account|credentials)\b|\b(use|using|utilis\w*|prendre|prend\w*|borrow|emprunt\w*|log in with|login with|sign in with|se connecter avec)\b.{0,12}\b(my|mon|ma|mes) (login|session|password|mot de passe|mdp|carte|cps|badge|account|compte|identifiants?|credentials|codes?)\b|\b(laiss\w*|pret\w*|prete\w*|pass\w*|donn\w*|lend\w*|let me use|give me)\b.{0,15}\b(sa|son|ses|leur|her|his|their) (session|login|mot de passe|mdp|carte|cps|badge|compte|account|identifiants?|credentials|codes?)\b/;

/** "also can i just…", "du coup je peux…", "est-ce qu'on peut…": a question by its first words, typed without its question mark. */
const OPENS_AS_QUESTION =
  /^((also|and|so|ok|okay|but|et|du coup|sinon|alors|bon|mais|ah) )*((can|could|may) (i|we)|(je|j|on) (peux|peut|pourrais|pourrait)|puis je|est ce que (je|j|on) (peux|peut|pourrais|pourrait))\b/;

export function opensAsQuestion(folded: string): boolean {
  return OPENS_AS_QUESTION.test(folded);
}

/** "can i just use my colleague's login meanwhile, she's logged in next door": asked, with a question mark or without. */
export function asksToBorrowCredentials(sentence: string): boolean {
  const folded = foldAnswer(sentence);
  return (sentence.includes('?') || opensAsQuestion(folded)) && BORROWS_CREDENTIALS.test(folded);
}

/**
 * The words without the sentences that tell of working under someone else's name or ask to: those are answered no,
 * so they are no way round to say yes to.
 */
export function withoutBorrowedCredentials(text: string): string {
  return sentencesOf(text)
    .filter((sentence) => !tellsCredentialsShared(sentence) && !asksToBorrowCredentials(sentence))
    .join(' ');
}
