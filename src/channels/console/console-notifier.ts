import type { Notifier, OutgoingMessage, PostedMessage } from '../notifier/index.js';
import { renderActivity } from './render-activity.js';

/**
 * Proactive messages in a terminal conversation (`npm run chat`): what the bot would post in Teams
 * channels (agents' cards, SLA countdowns, managers' notices) is printed, marked with its channel, so
 * the whole flow can be followed without Teams. Messages to the person chatting are shown as the bot's.
 */
export class ConsoleNotifier implements Notifier {
  #posts = 0;

  constructor(
    private readonly write: (text: string) => void,
    /** The directory id of the person chatting: messages to them are the bot talking in this terminal. */
    private readonly chattingUserId: () => number | undefined,
  ) {}

  async postToChannel(teamChannelId: string, message: OutgoingMessage): Promise<PostedMessage> {
    const posted = this.#posted(teamChannelId);
    this.#print(`[Teams · ${teamChannelId}]`, message);
    return posted;
  }

  async update(posted: PostedMessage, message: OutgoingMessage): Promise<void> {
    this.#print(`[Teams · ${posted.conversationId} · message ${posted.activityId} mis à jour]`, message);
  }

  async replyInThread(posted: PostedMessage, message: OutgoingMessage): Promise<PostedMessage> {
    this.#print(`[Teams · ${posted.conversationId} · fil du message ${posted.activityId}]`, message);
    return this.#posted(posted.conversationId);
  }

  async sendToUser(userId: number, message: OutgoingMessage): Promise<boolean> {
    this.#print(userId === this.chattingUserId() ? 'Triage ›' : `[Teams · message à l'utilisateur ${userId}]`, message);
    return true;
  }

  #posted(conversationId: string): PostedMessage {
    const activityId = `console-${++this.#posts}`;
    // A channel id lets the bot record the reference, so the card's thread and updates reach this terminal too.
    return { conversationId, activityId, reference: { channelId: 'console', conversation: { id: conversationId } as never, activityId } };
  }

  #print(label: string, message: OutgoingMessage): void {
    const { text } = renderActivity({ text: message.text, attachments: message.attachments });
    this.write(`\n${label} ${text.replace(/\n/g, '\n         ')}\n`);
  }
}
