import { MessageFactory, type TurnContext } from 'botbuilder';
import { ActivityInProgressError } from '../../bot/idempotency/index.js';
import type { Logger } from '../../log.js';
import { TransientTurnFailure, inboxAttemptOf, isTransientFailure } from '../inbox/index.js';

const SORRY = {
  fr: "Désolé, un problème technique m'empêche de répondre. Réessayez dans un instant ; si c'est urgent, appelez le support au 5000.",
  en: "Sorry, a technical problem is preventing me from answering. Try again in a moment; if it is urgent, call the help desk on 5000.",
} as const;

/** The message a user receives when a turn fails: English when the activity's locale is English, else French. */
export function technicalProblemMessage(locale: string | undefined): string {
  return locale?.toLowerCase().startsWith('en') ? SORRY.en : SORRY.fr;
}

/**
 * `adapter.onTurnError`: logs what failed with the activity's identifiers (never its text, which may hold
 * patient data) and tells the user, kindly, to retry or call. A retry that gave up waiting for a first
 * delivery still running is not a failure to report: it is rethrown, so the HTTP answer is a 5xx and the
 * channel delivers again later. A turn run from the inbox that failed for a passing reason (the
 * connector or the database unavailable) is rethrown too, so the inbox runs it again later; at its last
 * attempt the user is told, and it is still rethrown so the activity is kept as failed, not dropped.
 */
export function createTurnErrorHandler(logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const activity = context.activity;
    const where = {
      activityId: activity.id,
      activityType: activity.type,
      channelId: activity.channelId,
      conversationId: activity.conversation?.id,
    };
    if (error instanceof ActivityInProgressError) {
      logger.warn({ ...where, code: error.code }, 'duplicate delivery while the first still runs; channel asked to retry');
      throw error;
    }
    const attempt = inboxAttemptOf(activity);
    const transient = attempt !== undefined && isTransientFailure(error);
    if (transient && !attempt.final) {
      logger.warn({ ...where, attempt: attempt.attempt, err: describeError(error) }, 'bot turn failed for a passing reason; to be run again');
      throw new TransientTurnFailure(error);
    }
    logger.error({ ...where, err: describeError(error) }, 'bot turn failed');
    try {
      if (activity.type === 'invoke') await context.sendActivity({ type: 'invokeResponse', value: { status: 500 } });
      await context.sendActivity(MessageFactory.text(technicalProblemMessage(activity.locale)));
    } catch (sendError) {
      logger.error({ ...where, err: describeError(sendError) }, 'could not tell the user that the turn failed');
    }
    if (transient) throw new TransientTurnFailure(error);
  };
}

/**
 * The parts of an error worth logging. Not the whole object: an HTTP client error carries the request it
 * failed on, whose body is a reply to the user.
 */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
  return { name: error.name, code, statusCode, message: error.message, stack: error.stack };
}
