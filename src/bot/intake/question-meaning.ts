import type { MessageKey } from '../messages/index.js';
import { foldAnswer } from './answers.js';
import type { IntakeState, QuestionId } from './state.js';

/**
 * "c'est-à-dire ?", "ça veut dire quoi ?", "what do you mean?", "je comprends pas la question": the user asks what the
 * question means. Short, and nothing else said: "c'est-à-dire que tout le service est bloqué" answers the question.
 */
const ASKS_MEANING =
  /^(euh |hein |pardon |desole |sorry |hm+ )?(c est a dire|c a d|cad|ca veut dire quoi|ca veut dire|ca signifie quoi|qu est ce que (ca veut dire|vous voulez dire|tu veux dire|vous entendez par la)|vous voulez dire quoi|tu veux dire quoi|comment ca|quoi|je (ne )?comprends? pas( la question| ce que vous (demandez|voulez dire))?|j ai pas compris( la question)?|pas compris|what do you mean( by that| by this)?|what does (that|this|it) mean|meaning|i (do not|don t|dont) (understand|get it)( the question| what you mean)?|not sure what you mean|what|hein|huh|pardon)( par la| by that| exactly| exactement| svp| please)*$/;

export function asksWhatTheQuestionMeans(text: string): boolean {
  if (text.trim().length > 80) return false;
  return ASKS_MEANING.test(foldAnswer(text).replace(/-/g, ' '));
}

/**
 * "ça veut dire quoi contournement ?", "what does workaround mean?", "c'est quoi un contournement ?": a word of the
 * question asked about. The word must be one the question used, so "c'est quoi BIO-RAD-0003 ?" stays about a device.
 */
const ASKS_MEANING_OF = [
  /^(ca veut dire quoi|que veut dire|qu est ce que ca veut dire|c est quoi|c quoi|qu est ce que|qu est ce qu|what does|what s|whats|what is|what do you mean by)( (un|une|le|la|l|les|a|an|the|par))? (?<word>[a-z-]+)( (veut dire|signifie|means?|mean))?( exactement| exactly)?$/,
  /^(?<word>[a-z-]+)( ca)? (veut dire quoi|ca veut dire quoi|c est quoi|means what|meaning)$/,
];

export function asksWhatAWordOfTheQuestionMeans(text: string, question: string): boolean {
  if (!text.includes('?') && !/(mean|veut dire|signifie)/.test(foldAnswer(text))) return false;
  const folded = foldAnswer(text);
  const word = ASKS_MEANING_OF.map((pattern) => pattern.exec(folded)?.groups?.word).find(Boolean);
  if (!word || word.length < 4) return false;
  return foldAnswer(question).split(' ').some((questionWord) => questionWord === word || questionWord.startsWith(word.replace(/s$/, '')));
}

/** What each question means, said in other words; the question itself is asked again after it. */
const EXPLANATIONS: Partial<Record<QuestionId, MessageKey>> = {
  patient_care: 'intake.explain.patient_care',
  urgency: 'intake.explain.urgency',
  scope: 'intake.explain.scope',
  category: 'intake.explain.category',
  confirm: 'intake.explain.confirm',
  request_urgency: 'intake.explain.request_urgency',
};

export function explanationOf(state: IntakeState): MessageKey | undefined {
  const question = state.pending;
  if (!question) return undefined;
  if (question === 'location') return state.locationMode === 'confirm' ? 'intake.explain.location_confirm' : 'intake.explain.location';
  if (question === 'asset') return 'intake.explain.asset';
  if (question === 'urgency' && state.category === 'security') return 'intake.explain.threat_urgency';
  return EXPLANATIONS[question];
}
