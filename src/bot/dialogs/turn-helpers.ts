import { createHash } from 'node:crypto';
import { ActivityTypes, MessageFactory, type Activity, type Attachment, type TurnContext } from 'botbuilder';

/** The text of a message, or the label a card button stands for (Teams sends card clicks as `value`). */
export function turnText(activity: Partial<Activity>): string {
  const value = activity.value as Record<string, unknown> | undefined;
  if (value && typeof value === 'object') {
    for (const key of ['intake', 'feedback', 'offer']) if (typeof value[key] === 'string') return `@${key}:${value[key] as string}`;
  }
  return (activity.text ?? '').replace(/<at>[^<]*<\/at>/g, '').trim();
}

/** Sends text with quick-reply buttons (Teams suggested actions, Slack buttons via the channel adapter). */
export async function sendWithChoices(context: TurnContext, text: string, choices: string[]): Promise<void> {
  await context.sendActivity(choices.length ? MessageFactory.suggestedActions(choices, text) : MessageFactory.text(text));
}

export async function sendCard(context: TurnContext, attachment: Attachment, text?: string): Promise<void> {
  await context.sendActivity({ type: ActivityTypes.Message, attachments: [attachment], ...(text ? { text } : {}) });
}

/**
 * The delivery a ticket comes from, for idempotent creation. Activity ids are unique only within a
 * conversation (Teams uses timestamps), so the conversation is part of it; a very long conversation id
 * is hashed to keep the key within the store's 512 characters.
 */
export function sourceActivityKey(activity: Partial<Activity>): string | undefined {
  if (!activity.id) return undefined;
  const conversation = activity.conversation?.id ?? '';
  const part = conversation.length > 300 ? createHash('sha256').update(conversation).digest('hex') : conversation;
  return `${activity.channelId}:${part}:${activity.id}`.slice(0, 512);
}

/** Where a ticket came from, in the store's vocabulary. */
export function sourceChannel(channelId: string | undefined): 'teams' | 'slack' | 'chat' | 'web' {
  if (channelId === 'msteams') return 'teams';
  if (channelId === 'slack') return 'slack';
  if (channelId === 'console' || channelId === 'test') return 'chat';
  return 'web';
}
