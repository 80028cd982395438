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
  { refreshAfterMs = 10 * 60_000, now = () => Date.now() }: { refreshAfterMs?: number; now?: () => number } = {},
): Middleware {
  // A conversation's reference rarely changes: it is rewritten at most every `refreshAfterMs` per process,
  // so a busy chat does not cost a database write per message.
  const recorded = new Map<string, number>();
  return {
    async onTurn(context, next) {
      const { activity } = context;
      const key = `${activity.channelId}:${activity.conversation?.id}:${activity.serviceUrl}`;
      const seen = recorded.get(key);
      if (seen === undefined || now() - seen >= refreshAfterMs) await record(context, key);
      await next();
    },
  };

  async function record(context: TurnContext, key: string): Promise<void> {
    const { activity } = context;
    try {
      const channelData = activity.channelData as { channel?: { id?: string } } | undefined;
      const conversationType = activity.conversation?.conversationType ?? (activity.conversation?.isGroup ? 'groupChat' : 'personal');
      await refs.record(TurnContext.getConversationReference(activity), {
        userId: conversationType === 'personal' ? ((await resolveUserId(context)) ?? null) : null,
        conversationType,
        teamChannelId: channelData?.channel?.id ?? (conversationType === 'channel' ? activity.conversation.id.split(';')[0] : null),
      });
      if (recorded.size > 50_000) recorded.clear();
      recorded.set(key, now());
    } catch (error) {
      logger.warn({ err: error }, 'could not record the conversation reference');
    }
  }
}
