import type { Category } from '../../triage/index.js';
import type { MessageKey } from '../messages/index.js';
import { asksHowLong } from '../status-news.js';
import { ANSWERS_FROM_GUIDES } from './answers-from-guides.js';
import { foldAnswer, sentencesOf } from './answers.js';
import { tellsCredentialsShared } from './answer-phrases.js';
import { BORROWS_CREDENTIALS, opensAsQuestion } from './borrowed-credentials.js';
import { tellsMedicineFridge } from './medicine-fridge.js';
import type { RequestType } from './state.js';

/** What a side question's answer may depend on: the kind of problem, once known. */
export interface ProblemSoFar {
  category?: Category;
  kind?: 'incident' | 'request';
  requestType?: RequestType;
  /** The problem as first told. */
  text?: string;
}

/**
 * A question with one answer. `statement`: matched without a question mark ("le 5100 répond pas. je fais quoi en
 * attendant"); `keeps`: the sentence is news for the technician too, so it goes with the ticket's details rather than
 * being only answered; `askedByItsOpening`: a question by its first words ("can i just…") needs no question mark;
 * `followedBy`: a short question right after it asks more of the same, and has the same answer.
 */
export interface SideQuestion {
  key: MessageKey;
  asks: { test(folded: string): boolean };
  when?: (problem: ProblemSoFar) => boolean;
  notHowLong?: true;
  statement?: true;
  keeps?: true;
  askedByItsOpening?: true;
  followedBy?: RegExp;
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

/** "do you need the pc number?", "il vous faut le numéro du poste ?"; not a number given ("c'est le PC-URG-0011 ?"). */
const DEVICE_NUMBER_ASKED =
  /^(?!.*\d{3,}).*(\b(pc|computer|workstation|device|machine) (number|tag|label|sticker|id)\b|\b(numero|n|no|etiquette|code) (du|de l|de mon|de la|de ce) (pc|poste|ordi|ordinateur|machine|appareil)\b)/;

/** "where is it?", "c'est où ?": asked right after, of the same thing. */
const WHERE_IS_IT = /^((and|et) )?(where is it|where s it|where do i find it|where can i find it|ou est il|il est ou|c est ou|ou ca|ou le trouver|ou je le trouve)$/;

/** Out of hours, said the ways staff say it. */
const OUT_OF_HOURS = String.raw`\b(nuit|soir|week ?end|we|samedi|dimanche|ferie|night|nights|tonight|weekends?|saturday|sunday)\b`;
/** "y a qqun de l'informatique la nuit ?", "l'informatique est dispo le week-end ?", "ou faut attendre demain matin ?". */
const IT_AT_NIGHT = new RegExp(
  [
    String.raw`\b(quelqu un|qqun|qqn|qq1|quelqu1|someone|anyone|anybody|somebody|un technicien|a technician)\b.{0,30}\b(informatique|dsi|support|it|helpdesk|help desk|hotline|technicien\w*|techs?)\b.{0,40}` + OUT_OF_HOURS,
    String.raw`\b(informatique|dsi|support|it|service desk|help ?desk|hotline)\b.{0,12}\b(dispo\w*|available|ouvert|open|la|there|around|joignable|reachable|present)\b.{0,25}` + OUT_OF_HOURS,
    String.raw`\b(faut|faudra|il faut|je dois|on doit|dois je|must i|do i have to|do we have to|or) (attendre|wait)\b.{0,20}\b(demain|lundi|matin|tomorrow|monday|morning)\b`,
  ].join('|'),
);

/** "vous pouvez pas me le débloquer directement vous ?", "can't you unlock it yourselves?": the desk asked to do it. */
const DESK_UNLOCKS =
  /\b(vous pouvez|pouvez vous|vous pourriez|pourriez vous|tu peux|peux tu|tu pourrais|can you|could you|can t you|cant you|couldn t you|can u)\b.{0,30}\b(debloqu\w*|deverrouill\w*|reinitialis\w*|reset\w*|unlock\w*|unblock\w*|reactiv\w*)\b|\b(debloqu\w*|deverrouill\w*|unlock\w*|unblock\w*)\b.{0,30}\b(vous memes?|de votre cote|a distance|from your (side|end)|yourselves|remotely)\b/;

const SIDE_QUESTIONS: SideQuestion[] = [
  {
    // "the med fridge keeps beeping, temp alarm says 11°C. insulin and vaccines inside. what do i do??": the products first.
    key: 'intake.side_fridge_products',
    asks: ASKS_WHAT_TO_DO,
    when: (problem) => tellsMedicineFridge(problem.text ?? ''),
    statement: true,
    keeps: true,
  },
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
    // "y a qqun de l'informatique la nuit ou faut attendre demain matin ?", "is IT available at weekends?": the desk
    // answers day and night; the team's own hours are added where the ticket's team is known.
    key: 'intake.side_it_at_night',
    asks: IT_AT_NIGHT,
    notHowLong: true,
  },
  {
    key: 'intake.side_call_biomed',
    asks: /\b(appel\w*|telephon\w*|call|ring|phone)\b.*\b(5100|biomed\w*)\b/,
  },
  {
    // "vous pouvez pas me le débloquer directement vous ?", "can't you unlock it yourselves?": the bot cannot; who can.
    key: 'intake.side_desk_unlocks',
    asks: DESK_UNLOCKS,
    when: (problem) => problem.category === 'access',
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
    // "also can i just use my colleague's login meanwhile, she's logged in next door": asked all the same, and the
    // technician sees that work is being held up badly enough to ask.
    key: 'intake.side_no_sharing',
    asks: BORROWS_CREDENTIALS,
    askedByItsOpening: true,
    keeps: true,
  },
  {
    // "do you need the pc number? where is it?" about a locked account: the lock is the account's, on any computer.
    key: 'intake.side_device_number_not_needed',
    asks: DEVICE_NUMBER_ASKED,
    when: (problem) => problem.category === 'access',
    followedBy: WHERE_IS_IT,
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
  ...ANSWERS_FROM_GUIDES,
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

function answerTo(sentence: string, problem: ProblemSoFar): Pick<SideQuestion, 'key' | 'keeps' | 'followedBy'> | undefined {
  const folded = foldAnswer(sentence);
  // "can she use my login meanwhile yes or no": asked, without its question mark.
  const questionMark = sentence.includes('?') || ASKED_YES_OR_NO.test(folded);
  const opening = opensAsQuestion(folded);
  const asked = SIDE_QUESTIONS.find(
    ({ asks, when, statement, askedByItsOpening }) => (questionMark || statement || (askedByItsOpening && opening)) && asks.test(folded) && (!when || when(problem)),
  );
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
  let followedBy: RegExp | undefined;
  for (const sentence of sentencesOf(text)) {
    // "do you need the pc number? where is it?": the second question is answered with the first.
    if (followedBy?.test(foldAnswer(sentence))) continue;
    followedBy = undefined;
    // "I'm using the day nurse's session. is that ok or who do I ask?": told or asked, the answer is no; it is no way round.
    if (tellsCredentialsShared(sentence) || (sharingTold && sentence.includes('?') && sentence.split(/\s+/).length <= 10)) {
      sharingTold = true;
      if (!answers.includes('intake.side_no_sharing')) answers.push('intake.side_no_sharing');
      continue;
    }
    const asked = answerTo(sentence, problem);
    if (asked) {
      if (!answers.includes(asked.key)) answers.push(asked.key);
      followedBy = asked.followedBy;
      if (asked.keeps) kept.push(sentence);
      continue;
    }
    if (ONLY_THANKS.test(foldAnswer(sentence))) continue;
    (answers.length > 0 ? after : before).push(sentence);
  }
  if (answers.length === 0) return { answers, rest: text, after: '' };
  return { answers, rest: before.join(' '), after: [...kept, ...after].join(' ') };
}
