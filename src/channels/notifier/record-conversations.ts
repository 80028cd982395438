import { TurnContext, type Middleware } from 'botbuilder';
import type { Logger } from '../../log.js';
import type { ConversationRefs } from './conversation-refs.js';

/**
 * Middleware that records the conversation of every incoming activity, so the bot can later post to
 * that chat or channel without being spoken to first. A failure to record never blocks the turn.
 */
export function recordConversations(
  refs: ConversationRefs,
  resolveUserId: (context: TurnContext) => Promise<number | undefined>,
  logger: Logger,
): Middleware {
  return {
    async onTurn(context, next) {
      try {
        const { activity } = context;
        const channelData = activity.channelData as { channel?: { id?: string } } | undefined;
        const conversationType = activity.conversation?.conversationType ?? (activity.conversation?.isGroup ? 'groupChat' : 'personal');
        await refs.record(TurnContext.getConversationReference(activity), {
          userId: conversationType === 'personal' ? ((await resolveUserId(context)) ?? null) : null,
          conversationType,
          teamChannelId: channelData?.channel?.id ?? (conversationType === 'channel' ? activity.conversation.id.split(';')[0] : null),
        });
      } catch (error) {
        logger.warn({ err: error }, 'could not record the conversation reference');
      }
      await next();
    },
  };
}
