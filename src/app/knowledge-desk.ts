import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { KnowledgeDesk, KnowledgeReply } from '../bot/index.js';
import { composeAnswer, groupsOfRole, type AnswerLog, type KnowledgeBase, type RoleGroups } from '../knowledge/index.js';
import type { Logger } from '../log.js';

export interface KnowledgeDeskOptions {
  /** Optional chat model: answers grounded in the top fiches; the fiche's own steps on any failure. */
  model?: BaseChatModel;
  timeoutMs: number;
  logger: Logger;
  /** Applied to the question before it leaves for the model (patient data never goes out). */
  redact: (text: string) => string;
  /** The job roles of each staff group (config/audiences.yaml): a requester is offered the fiches written for theirs. */
  roleGroups?: RoleGroups;
}

/** The knowledge base as the bot uses it: the best fiche for a question, and the deflection log. */
export function createKnowledgeDesk(knowledge: KnowledgeBase, log: AnswerLog, options: KnowledgeDeskOptions): KnowledgeDesk {
  return {
    async answer(text, lang, hints = {}): Promise<KnowledgeReply | undefined> {
      const readers = groupsOfRole(options.roleGroups ?? {}, hints.readerRole);
      const composed = await composeAnswer({
        knowledge,
        ...(hints.category ? { category: hints.category } : {}),
        ...(readers ? { readers } : {}),
        question: options.model ? options.redact(text) : text,
        model: options.model,
        timeoutMs: options.timeoutMs,
        lang,
      });
      if (!composed) return undefined;
      if (composed.source === 'fiche' && composed.fallback !== 'no_model') {
        options.logger.warn({ fallback: composed.fallback, slug: composed.fiche.slug }, 'language model answer not used');
      }
      const fiche = composed.fiche;
      return {
        slug: fiche.slug,
        lang: fiche.lang,
        title: fiche.title,
        category: fiche.category,
        steps: fiche.steps,
        translated: fiche.lang !== lang,
        ...(composed.source === 'llm' ? { text: composed.text } : {}),
      };
    },
    recordAnswer: (reply, context) =>
      log.recordAnswer({ slug: reply.slug, lang: reply.lang, userRef: context.userRef, conversationId: context.conversationId }),
    async recordFeedback(answerId, helpful) {
      await log.recordFeedback(answerId, helpful);
    },
  };
}
