import {
  ActivityTypes, type Activity, type Attachment, type ConversationReference, type TurnContext,
} from 'botbuilder';
import type { Logger } from '../../log.js';
import type { ConversationRefs } from './conversation-refs.js';

export interface OutgoingMessage {
  text?: string;
  attachments?: Attachment[];
}

/** A message the bot posted, enough to update it in place or to answer in its thread. */
export interface PostedMessage {
  conversationId: string;
  activityId: string;
  /** The conversation reference it was posted through (JSON-safe). */
  reference: Partial<ConversationReference>;
}

/** Proactive messages: posts in team channels, updates in place, messages to a user's chat. */
export interface Notifier {
  postToChannel(teamChannelId: string, message: OutgoingMessage): Promise<PostedMessage>;
  update(posted: PostedMessage, message: OutgoingMessage): Promise<void>;
  replyInThread(posted: PostedMessage, message: OutgoingMessage): Promise<PostedMessage>;
  sendToUser(userId: number, message: OutgoingMessage): Promise<boolean>;
}

/** The part of botbuilder's CloudAdapter the notifier uses. */
export interface ProactiveAdapter {
  continueConversationAsync(
    botAppId: string,
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
}

export interface BotFrameworkNotifierOptions {
  adapter: ProactiveAdapter;
  refs: ConversationRefs;
  logger: Logger;
  /** Bot app id ('' when running without credentials). */
  appId: string;
  /** Service URL for channels configured by id that the bot has not seen an activity from yet. */
  defaultServiceUrl: string;
}

/**
 * Sends proactive messages through the Bot Framework from stored conversation references: one code
 * path for Teams in production and the mock connector in tests.
 */
export class BotFrameworkNotifier implements Notifier {
  constructor(private readonly options: BotFrameworkNotifierOptions) {}

  async postToChannel(teamChannelId: string, message: OutgoingMessage): Promise<PostedMessage> {
    const recorded = await this.options.refs.teamChannel(teamChannelId);
    const reference: Partial<ConversationReference> = recorded?.reference
      ? { ...recorded.reference, conversation: { ...recorded.reference.conversation!, id: teamChannelId } }
      : {
          channelId: 'msteams',
          serviceUrl: this.options.defaultServiceUrl,
          bot: { id: this.options.appId ? `28:${this.options.appId}` : 'triage', name: 'Triage' },
          conversation: { id: teamChannelId, isGroup: true, conversationType: 'channel', name: teamChannelId },
        };
    return this.send(reference, message);
  }

  async replyInThread(posted: PostedMessage, message: OutgoingMessage): Promise<PostedMessage> {
    // A Teams channel thread is addressed as "<channel id>;messageid=<root message id>".
    const threadId = posted.conversationId.includes(';messageid=') ? posted.conversationId : `${posted.conversationId};messageid=${posted.activityId}`;
    return this.send({ ...posted.reference, conversation: { ...posted.reference.conversation!, id: threadId } }, message);
  }

  async update(posted: PostedMessage, message: OutgoingMessage): Promise<void> {
    await this.options.adapter.continueConversationAsync(this.options.appId, posted.reference, async (context) => {
      await context.updateActivity({
        type: ActivityTypes.Message,
        id: posted.activityId,
        conversation: { ...posted.reference.conversation!, id: posted.conversationId },
        ...message,
      } as Partial<Activity>);
    });
  }

  async sendToUser(userId: number, message: OutgoingMessage): Promise<boolean> {
    const chat = await this.options.refs.personalChatOf(userId);
    if (!chat) {
      this.options.logger.info({ userId }, 'no chat with this user yet; status message not sent');
      return false;
    }
    await this.send(chat.reference, message);
    return true;
  }

  private async send(reference: Partial<ConversationReference>, message: OutgoingMessage): Promise<PostedMessage> {
    let activityId = '';
    await this.options.adapter.continueConversationAsync(this.options.appId, reference, async (context) => {
      const response = await context.sendActivity({ type: ActivityTypes.Message, ...message });
      activityId = response?.id ?? '';
    });
    return { conversationId: reference.conversation!.id, activityId, reference };
  }
}
