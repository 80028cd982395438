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
