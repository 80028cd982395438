import type { KnowledgeDesk, KnowledgeReply } from '../bot/index.js';
import { answerQuestion, type AnswerLog, type KnowledgeBase } from '../knowledge/index.js';

/** The knowledge base as the bot uses it: the best fiche for a question, and the deflection log. */
export function createKnowledgeDesk(knowledge: KnowledgeBase, log: AnswerLog): KnowledgeDesk {
  return {
    async answer(text, lang): Promise<KnowledgeReply | undefined> {
      const { answer } = answerQuestion(knowledge, text, { lang });
      if (!answer) return undefined;
      return { slug: answer.slug, lang: answer.lang, title: answer.title, steps: answer.steps, translated: answer.lang !== lang };
    },
    recordAnswer: (reply, context) =>
      log.recordAnswer({ slug: reply.slug, lang: reply.lang, userRef: context.userRef, conversationId: context.conversationId }),
    async recordFeedback(answerId, helpful) {
      await log.recordFeedback(answerId, helpful);
    },
  };
}
