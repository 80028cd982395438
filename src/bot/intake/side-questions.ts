import type { Category } from '../../triage/index.js';
import type { MessageKey } from '../messages/index.js';
import { asksHowLong } from '../status-news.js';
import { foldAnswer, sentencesOf } from './answers.js';
import { tellsCredentialsShared } from './answer-phrases.js';

/** What a side question's answer may depend on: the kind of problem, once known. */
interface ProblemSoFar {
  category?: Category;
  kind?: 'incident' | 'request';
}

/**
 * Questions asked on the way through the form that have one answer the bot can give now, whatever the problem:
 * "vous passez quand ? ya quelqu'un d'astreinte la nuit ?", "le 5000 il répond le samedi soir ?", "faut que
 * j'appelle le 5100 aussi ?", "can't you just unlock it yourself? is there a self service thing?". Each is answered
 * and taken out of the words, so the rest answers the form's question and the question itself is not read as one
 * ("parce que moi je suis pas là le we" is not who is affected).
 */
const ASKED_YES_OR_NO = /\b(yes or no|oui ou non|ou pas|or not)$/;

/** "je fais quoi en attendant", "what do I do meanwhile": asked, even without a question mark. */
const ASKS_WHAT_TO_DO =
  /\b(je|on) (fais|fait|dois faire|doit faire|peux faire|peut faire) quoi\b|\bqu est ce (que je fais|qu on fait|que je dois faire|qu on doit faire|que je peux faire)\b|\b(je|on) (fais|fait) comment en attendant\b|\bwhat (do|should|can|shall) (i|we) do\b/;

/** "le 5100 répond pas", "biomed isn't answering": the on-call line unreachable, told as a statement. */
const BIOMED_UNREACHABLE =
  /\b(5100|biomed\w*|astreinte)\b.{0,30}\b(repond\w* (pas|plus|toujours pas)|decroche\w* (pas|plus)|injoignable|sonne dans le vide|no answer|not answering|isn t answering|doesn t answer|don t answer|unreachable|not picking up)\b/;

/**
 * `statement`: matched without a question mark ("le 5100 répond pas. je fais quoi en attendant"); `keeps`: the sentence
 * is news for the technician too, so it goes with the ticket's details rather than being only answered.
 */
const SIDE_QUESTIONS: Array<{ key: MessageKey; asks: RegExp; when?: (problem: ProblemSoFar) => boolean; notHowLong?: true; statement?: true; keeps?: true }> = [
  {
    // "le 5100 repond pas. je fais quoi en attendant, on est 2 sf pour tout le secteur": no way round told, a question.
    key: 'intake.side_biomed_unreachable',
    asks: new RegExp(`${BIOMED_UNREACHABLE.source}|${ASKS_WHAT_TO_DO.source}`),
    when: (problem) => problem.category === 'biomedical',
    statement: true,
    keeps: true,
  },
  {
    // "attendez je veux d abord savoir le delai, si c 3 jours j envoie les courriers a imprimer en cardio": how long,
    // asked as a wish; what they would do meanwhile goes with the details, not into the place or the device.
    key: 'intake.side_when',
    asks: /\b(je veux|j veux|je voudrais|j aimerais|je dois|i want to|i d like to|i need to)( d abord| first| juste| just)? (savoir|connaitre|know)\b.{0,25}\b(delai|delais|combien de temps|quand|how long|when)\b/,
    statement: true,
    keeps: true,
  },
  {
    key: 'intake.side_meanwhile',
    asks: ASKS_WHAT_TO_DO,
    statement: true,
    keeps: true,
  },
  {
    // "how long does the lock last, can I just wait 30 min?": the lockout's own length, not when the ticket is dealt with.
    key: 'intake.side_lock_duration',
    asks: /\b(how long|combien de temps)\b.*\b(lock\w*|verrouill\w*|bloqu\w*|blocage)\b|\b(lock|lockout|verrouillage|blocage)\b.*\b(last\w*|dure\w*)\b|\b(can i|could i|should i) (just )?wait\b|\b(je peux|je dois|faut il|il faut) (juste )?attendre\b/,
    when: (problem) => problem.category === 'access',
    notHowLong: true,
  },
  {
    key: 'intake.side_desk_hours',
    asks: /\b5000\b.*\b(repond\w*|ouvert|joignable|marche|answer\w*|open|staffed)\b|\b(repond\w*|ouvert|joignable|answer\w*|open|staffed)\b.*\b5000\b|\b(hotline|support|service desk|help ?desk|centre de services)\b.*\b(repond\w*|ouvert|joignable|answer\w*|open|staffed)\b.*\b(nuit|week ?end|we|samedi|dimanche|ferie|night|nights|weekends?|saturday|sunday)\b/,
  },
  {
    key: 'intake.side_when',
    asks: /\b(astreinte|on call)\b.*\b(nuit|la nuit|ce soir|week ?end|we|night|tonight|weekend)\b|\b(nuit|night|tonight|ce soir|week ?end)\b.*\b(astreinte|on call)\b/,
  },
  {
    key: 'intake.side_call_biomed',
    asks: /\b(appel\w*|telephon\w*|call|ring|phone)\b.*\b(5100|biomed\w*)\b/,
  },
  {
    key: 'intake.side_self_unlock',
    asks: /\b(myself|yourself|self ?service|self ?unlock|moi meme|moi meme|tout seul|toute seule|par moi|reset portal|portail)\b/,
    when: (problem) => problem.category === 'access',
  },
  {
    // "vous pouvez m'envoyer son mdp a moi pour que je lui donne ?" about a new account: how the credentials come.
    key: 'intake.side_credentials_delivery',
    asks: /\b(mot de passe|mdp|identifiants?|password|login|credentials)\b.*\b(envoy\w*|recup\w*|recoi\w*|recevr\w*|remis\w*|remet\w*|donn\w*|send|get|receive|deliver\w*|give|hand)\b|\b(envoy\w*|send|give|donner)\b.*\b(son|ses|leur|his|her|their) (mot de passe|mdp|identifiants?|password|login|credentials)\b/,
    when: (problem) => problem.category === 'request' || problem.kind === 'request',
  },
  {
    // "au fait, question vite fait : mon mot de passe expire dans 2 jours, je le change comment ?" about a printer.
    key: 'intake.side_password_change',
    asks: /\b(mot de passe|mdp|password)\b.*\b(comment|how)\b|\b(comment|how)\b.*\b(chang\w*|modifi\w*|renouvel\w*|reset)\b.*\b(mot de passe|mdp|password)\b/,
    when: (problem) => problem.category !== 'access' && problem.category !== 'security',
  },
  {
    // "je peux prendre la carte CPS de ma collègue en attendant ?": a card, a session, a password are personal.
    key: 'intake.side_no_sharing',
    asks: /\b(utilis\w*|prend\w*|pren\w*|emprunt\w*|use|borrow|log in with|login with|sign in with)\b.*\b(carte|cps|session|login|identifiants?|mot de passe|mdp|password|badge|account|compte|credentials)\b.*\b(collegues?|colleagues?|d un autre|de quelqu un|someone else s?|another nurse s?|une autre ide|un autre medecin)\b|\b(carte|cps|session|login|identifiants?|mot de passe|mdp|badge|compte) (de|d) (ma|mon|une|un) (collegue|cadre|chef|interne)\b|\b(colleague s|my colleagues?|someone else s|another nurse s) (card|cps|session|login|password|badge|account|credentials)\b|\b(use|using|utilis\w*|prendre|prend\w*|borrow|emprunt\w*|log in with|login with|sign in with|se connecter avec)\b.{0,12}\b(my|mon|ma|mes) (login|session|password|mot de passe|mdp|carte|cps|badge|account|compte|identifiants?|credentials|codes?)\b|\b(laiss\w*|pret\w*|prete\w*|pass\w*|donn\w*|lend\w*|let me use|give me)\b.{0,15}\b(sa|son|ses|leur|her|his|their) (session|login|mot de passe|mdp|carte|cps|badge|compte|account|identifiants?|credentials|codes?)\b/,
  },
  {
    // "est-ce que je peux continuer à bosser sur le poste ? j'ai des patients qui attendent": after a lure, yes unless a virus shows.
    key: 'intake.side_keep_working',
    asks: /\b(je peux|on peut|puis je|peut on|je continue|on continue|can i|can we|should i|may i|is it ok to|is it safe to)\b.{0,25}\b(continuer|continue|keep|carry on|still|utiliser|use|bosser|travailler|work\w*|rester)\b.{0,30}\b(poste|pc|ordi|ordinateur|computer|workstation|session|dessus|on it|laptop)\b/,
    when: (problem) => problem.category === 'security',
  },
  {
    // "on passe en procédure dégradée papier ou on attend ?", "et du coup papier ou pas??": whether to go to paper.
    key: 'intake.side_downtime',
    asks: /\b(papier|procedure degradee|mode degrade|paper|downtime( procedure)?)\b.{0,30}\b(ou on attend|ou pas|ou non|or not|or wait|or do we wait)\b|\b(on passe|passer|faut il passer|faut passer|should we (go|switch)|do we (go|switch)|do we start)\b.{0,20}\b(en |au |on |to )?(papier|procedure degradee|mode degrade|paper|downtime)\b/,
    when: (problem) => problem.kind !== 'request',
  },
  {
    key: 'intake.security_warn_colleagues',
    asks: /\b(previen\w*|prevenir|avertir|averti\w*|warn\w*|tell)\b.*\b(collegues?|equipe|les autres|colleagues?|team|others|everyone)\b/,
    when: (problem) => problem.category === 'security',
  },
];

/** "ok merci." before the question: it thanks for what was said, it does not say "create it". */
const ONLY_THANKS = /^(ok|okay|oki|d accord|dac|merci|thanks|thank you|cool|super|parfait|top|bien|great|noted|note|right|alright|ah|ah ok|bon)( (ok|merci|beaucoup|thanks|thank you|bien|super|you))*$/;

export interface SideQuestions {
  /** The answers to give, in the order asked. */
  answers: MessageKey[];
  /** The words before the first question, left for the form's question. */
  rest: string;
  /**
   * The words after it: why it was asked ("on a les entrées programmées de demain matin à préparer", "parce que moi je
   * suis pas là le we"). They go with the ticket's details; read as an answer they would change what was not meant.
   */
  after: string;
}

function answerTo(sentence: string, problem: ProblemSoFar): { key: MessageKey; keeps?: true } | undefined {
  const folded = foldAnswer(sentence);
  // "can she use my login meanwhile yes or no": asked, without its question mark.
  const questionMark = sentence.includes('?') || ASKED_YES_OR_NO.test(folded);
  const asked = SIDE_QUESTIONS.find(({ asks, when, statement }) => (questionMark || statement) && asks.test(folded) && (!when || when(problem)));
  if (!questionMark) return asked;
  if (asked?.notHowLong || asked?.keeps) return asked;
  if (asksHowLong(sentence)) return { key: 'intake.side_when' };
  return asked;
}

export function sideQuestionsIn(text: string, problem: ProblemSoFar): SideQuestions {
  const answers: MessageKey[] = [];
  const before: string[] = [];
  const after: string[] = [];
  const kept: string[] = [];
  let sharingTold = false;
  for (const sentence of sentencesOf(text)) {
    // "I'm using the day nurse's session. is that ok or who do I ask?": told or asked, the answer is no; it is no way round.
    if (tellsCredentialsShared(sentence) || (sharingTold && sentence.includes('?') && sentence.split(/\s+/).length <= 10)) {
      sharingTold = true;
      if (!answers.includes('intake.side_no_sharing')) answers.push('intake.side_no_sharing');
      continue;
    }
    const asked = answerTo(sentence, problem);
    if (asked) {
      if (!answers.includes(asked.key)) answers.push(asked.key);
      if (asked.keeps) kept.push(sentence);
      continue;
    }
    if (ONLY_THANKS.test(foldAnswer(sentence))) continue;
    (answers.length > 0 ? after : before).push(sentence);
  }
  if (answers.length === 0) return { answers, rest: text, after: '' };
  return { answers, rest: before.join(' '), after: [...kept, ...after].join(' ') };
}
