export * from './vocabulary.js';
export * from './priority.js';
export type { Field, FieldSource } from './field.js';
export { INTENTS, asksForAPerson, intentSchema, type Intent } from './intent.js';
export { ASSET_KINDS, assetKindSchema, assetHintSchema, type AssetKind, type AssetHint } from './asset-hint.js';
export { UNITS, unitSchema, locationHintSchema, type Unit, type LocationHint } from './location-hint.js';
export { findTicketReference, withoutTicketReferences } from './ticket-reference.js';
export { rejectsWayRound, tellsPaperFallback, tellsAFault, tellsCareDelayedAnyway, tellsCareGoesOn, tellsNoCareImpact, tellsNotUrgent, tellsThreatActedOn, tellsThreatNotActedOn, tellsWorkaround } from './signal-lexicon.js';
export { detectLanguage } from './language.js';
export { tellsEveryDeviceFails, tellsOnlyWhereItFails } from './scope.js';
export { describesHarmDone, namesImagingOrLabEquipment, tellsMachinesFail } from './category.js';
export {
  ASSESSED_FIELDS,
  unstatedFields,
  withAssessment,
  type AssessedField,
  type IncidentFields,
} from './incident-fields.js';
export { understandText, carriesFields, type Understanding } from './understand.js';
export { createUnderstander, understandByRules, type Understander, type UnderstanderOptions } from './understander.js';
export {
  modelExtractionSchema,
  extractWithModel,
  type ModelExtraction,
  type ModelExtractionResult,
  type ModelFailure,
} from './model-extraction.js';
export { mergeField, mergeIncidentFields } from './merge.js';
export { correctFields, type FieldChanges } from './correction.js';
export { evaluateUnderstanding, labelledCaseSchema, type LabelledCase, type EvaluationReport } from './evaluation.js';
export { readLabelledFile } from './labelled-file.js';
export { createApplicationFinder, type ApplicationFinder } from './application-hint.js';
