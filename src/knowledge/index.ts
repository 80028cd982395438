/**
 * The knowledge base of fiches: loading and linting them, searching them (plain function and
 * LangChain retriever), turning them into answers, and recording whether answers helped.
 *
 * ```ts
 * const { knowledge, problems } = await openKnowledgeBase(config.knowledgeDir);
 * const { answerable, results } = knowledge.search('carte cps pas reconnue', { k: 5 });
 * const answer = answerable ? answerFromFiche(knowledge, results[0]!.slug, 'fr') : undefined;
 * ```
 */
export {
  AUDIENCES,
  ESCALATION_TEAMS,
  SECTION_HEADINGS,
  frontMatterSchema,
  type Audience,
  type Fiche,
  type FicheLink,
  type FicheProblem,
  type FrontMatter,
  type SectionKey,
  type StaffGroup,
} from './fiche.js';
export { fitsReader, groupsOfRole, type RoleGroups } from './audience.js';
export { parseFiche, type ParseResult } from './parse-fiche.js';
export { loadFiches, type LoadedFiches } from './load-fiches.js';
export { lintKnowledge, formatProblem, type LintReport } from './lint.js';
export { FicheSearcher, type SearchHit, type SearchOptions, type SearchResult, type SearcherOptions } from './search.js';
export { KnowledgeBase, openKnowledgeBase, createKnowledgeSearch, type OpenedKnowledgeBase } from './knowledge-base.js';
export { KnowledgeRetriever, type FicheMetadata, type KnowledgeRetrieverInput } from './retriever.js';
export { answerFromFiche, answerQuestion, type FicheAnswer } from './answer.js';
export { composeAnswer, citedSlugs, groundedPrompt, type ComposedAnswer, type ComposeOptions, type FallbackReason } from './llm-answer.js';
export { deflectionRow, type AnswerLog, type DeflectionRow, type NewAnswer, type RecordedAnswer } from './answer-log.js';
export { MemoryAnswerLog } from './memory-answer-log.js';
export { KyselyAnswerLog } from './kysely-answer-log.js';
export { detectLanguage, languageEvidence } from './text/language.js';
export {
  bestThreshold,
  evaluate,
  evalQuestionSchema,
  parseQuestionSet,
  type AnswerableMetrics,
  type EvalQuestion,
  type EvalReport,
  type Ranking,
} from './evaluation.js';
