export * from './state.js';
export * from './ports.js';
export { nextQuestion, proposedDevices } from './next-question.js';
export { promptFor, describePlace, type Prompt } from './prompts.js';
export { applyAnswer, applyStatedFields, type AnswerOutcome, type IntakeDeps } from './apply-answer.js';
export { devicesOfUnit, narrowCandidates, toIntakeAsset } from './candidates.js';
export { parseYesNo, parseChoice, isDontKnow, foldAnswer } from './answers.js';
export { isVague, withoutGreeting } from './vague.js';
export { firstSentenceTitle } from './title.js';
