import {
  ActivityTypes, BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse,
} from 'botbuilder';
import { randomUUID } from 'node:crypto';

/**
 * A channel for a terminal: each typed line becomes a message activity from the given user; what the
 * bot sends goes to `onReply`. The same bot, dialogs and store as in Teams.
 */
export class ConsoleAdapter extends BotAdapter {
  private readonly conversationId = `console-${randomUUID()}`;

  constructor(
    private readonly user: { id: string; name: string },
    private readonly onReply: (activity: Partial<Activity>) => void,
    private readonly locale = 'fr-FR',
  ) {
    super();
  }

  /** Delivers one user message (text, or a card button's data as `value`) and runs the bot on it. */
  async receive(input: { text?: string; value?: Record<string, unknown> }, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity: Partial<Activity> = {
      type: ActivityTypes.Message,
      id: randomUUID(),
      channelId: 'console',
      serviceUrl: 'console:',
      timestamp: new Date(),
      locale: this.locale,
      from: { id: this.user.id, name: this.user.name },
      recipient: { id: 'triage', name: 'Triage' },
      conversation: { id: this.conversationId, isGroup: false, conversationType: 'personal', name: 'console' },
      text: input.text ?? '',
      ...(input.value ? { value: input.value } : {}),
    };
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  /** The conversation update a channel sends when the bot is installed: triggers the welcome card. */
  async install(logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity: Partial<Activity> = {
      type: ActivityTypes.ConversationUpdate,
      id: randomUUID(),
      channelId: 'console',
      serviceUrl: 'console:',
      locale: this.locale,
      from: { id: this.user.id, name: this.user.name },
      recipient: { id: 'triage', name: 'Triage' },
      conversation: { id: this.conversationId, isGroup: false, conversationType: 'personal', name: 'console' },
      membersAdded: [{ id: this.user.id, name: this.user.name }],
    };
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (activity.type === ActivityTypes.Message) this.onReply(activity);
      responses.push({ id: randomUUID() });
    }
    return responses;
  }

  async updateActivity(_context: TurnContext, activity: Partial<Activity>): Promise<void> {
    this.onReply(activity);
  }

  async deleteActivity(): Promise<void> {}

  async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continue' }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }
}
