import type { Activity } from 'botbuilder';
import { BotClient, TEST_TENANT_ID, teamsUser, type TurnResult } from '../support/bot-client.js';
import type { Clock } from '../../src/clock.js';
import { MockConnector } from '../support/mock-connector.js';
import { startBot, textsOf, type RunningBot } from '../support/runtime.js';

export const HELPDESK_CHANNEL = '19:helpdesk-l1@thread.tacv2';
export const TEAM_ID = '19:it-support-team@thread.tacv2';

/** A handoff card as the agents' channel received it. */
export interface PostedCard {
  /** Activity id the connector gave the card: the root of its thread. */
  id: string;
  activity: Partial<Activity>;
  /** The `Take over` button's data, when the card still has one. */
  take?: { handoff: string; id: number };
}

/** The cards the bot posted as new messages in a channel, oldest first (other posts left out). */
export function cardsIn(bot: RunningBot, channelId: string = HELPDESK_CHANNEL): PostedCard[] {
  return bot.connector.operations
    .filter((op) => (op.operation === 'send' || op.operation === 'reply') && op.conversationId === channelId)
    .filter((op) => op.activity?.attachments?.some((a) => a.contentType === 'application/vnd.microsoft.card.adaptive'))
    .map((op) => ({ id: op.activityId, activity: op.activity!, take: takeData(op.activity!) }));
}

/** The last version of a card: its latest in-place update, or the card as posted. */
export function currentCard(bot: RunningBot, card: PostedCard): Partial<Activity> {
  const updates = bot.connector.operations.filter((op) => op.operation === 'update' && op.activityId === card.id);
  return updates.at(-1)?.activity ?? card.activity;
}

function takeData(activity: Partial<Activity>): PostedCard['take'] {
  const content = activity.attachments?.[0]?.content as { actions?: Array<{ data?: { handoff: string; id: number } }> } | undefined;
  return content?.actions?.find((a) => a.data?.handoff === 'take')?.data;
}

/**
 * A help-desk agent in the agents' Teams channel: clicks "Take over" on a card and writes in the card's
 * thread (conversation "<channel>;messageid=<card id>"), @mentioning the bot as Teams requires.
 */
export class ChannelMember {
  readonly client: BotClient;

  constructor(
    private readonly bot: RunningBot,
    readonly user: { name: string; aadObjectId: string; id: string },
    private readonly channelId: string = HELPDESK_CHANNEL,
  ) {
    this.client = new BotClient({ botUrl: bot.botUrl, connector: bot.connector, user, conversationId: channelId });
  }

  /** A directory user (by e-mail) in the channel. */
  static async of(bot: RunningBot, email: string, channelId?: string): Promise<ChannelMember> {
    const user = await bot.runtime.services.directory.findUserByEmail(email);
    if (!user?.aadObjectId) throw new Error(`no directory user ${email} with an Entra id`);
    return new ChannelMember(bot, { ...teamsUser(), name: user.displayName, aadObjectId: user.aadObjectId }, channelId);
  }

  /** The activity of a click on the card's "Take over" button, as Teams posts it. */
  clickActivity(card: PostedCard): Partial<Activity> {
    if (!card.take) throw new Error('this card has no Take over button');
    return this.#inThread(card.id, { text: '', value: card.take, replyToId: card.id });
  }

  /** Clicks, and waits for the bot's answer (a delivery that arrives while another turn runs is answered later). */
  click(card: PostedCard): Promise<TurnResult> {
    return this.client.send(this.clickActivity(card), { expectReplies: 1 });
  }

  /** A message in the card's thread; `mention` adds a Teams @mention of another member. */
  say(card: PostedCard, text: string, extra: { mention?: { id: string; name: string; aadObjectId?: string }; attachments?: Activity['attachments'] } = {}): Promise<TurnResult> {
    const base = this.client.message('');
    const botMention = { type: 'mention', mentioned: base.recipient, text: '<at>Triage</at>' };
    const entities: Array<Record<string, unknown>> = [botMention];
    let body = text;
    if (extra.mention) {
      entities.push({ type: 'mention', mentioned: extra.mention, text: `<at>${extra.mention.name}</at>` });
      body = text.replace('@', `<at>${extra.mention.name}</at>`);
    }
    return this.client.send(
      this.#inThread(card.id, { text: `<at>Triage</at> ${body}`, entities: entities as Activity['entities'], ...(extra.attachments ? { attachments: extra.attachments } : {}) }),
    );
  }

  #inThread(cardId: string, fields: Partial<Activity>): Partial<Activity> {
    return this.client.message('', {
      conversation: { id: `${this.channelId};messageid=${cardId}`, conversationType: 'channel', isGroup: true, tenantId: TEST_TENANT_ID, name: '' },
      channelData: { channel: { id: this.channelId }, team: { id: TEAM_ID }, tenant: { id: TEST_TENANT_ID } },
      ...fields,
    });
  }
}

/**
 * The whole product on loopback with the agents' channel reachable: channels the bot has not heard from
 * yet are addressed through the mock connector (TEAMS_SERVICE_URL), as Teams' service URL in production.
 */
export async function startDesk(options: { env?: Record<string, string>; clock?: Clock } = {}): Promise<RunningBot> {
  const connector = await MockConnector.start();
  const bot = await startBot({ connector, clock: options.clock, env: { TEAMS_SERVICE_URL: connector.url, ...options.env } });
  return {
    ...bot,
    async dispose() {
      await bot.dispose();
      await connector.close();
    },
  };
}

/** What the bot posted in a conversation from now on (replies and proactive messages alike). */
export function watch(bot: RunningBot, conversationId: string): { texts(): string; activities(): Array<Partial<Activity>> } {
  const from = bot.connector.activities(conversationId).length;
  const activities = () => bot.connector.activities(conversationId).slice(from);
  return { activities, texts: () => textsOf(activities() as never) };
}

/** The conversation of a card's thread, where the bot relays the user's messages. */
export function threadOf(card: PostedCard, channelId: string = HELPDESK_CHANNEL): string {
  return `${channelId};messageid=${card.id}`;
}

/** A user's conversation handed over and taken by an agent: the state every thread command starts from. */
export async function takenOver(bot: RunningBot, userEmail: string, agentEmail: string, words: string[] = ['le logiciel de soins plante à chaque ouverture du dossier']) {
  const before = cardsIn(bot).length;
  const user = await bot.clientFor(userEmail);
  for (const text of words) await user.send(text);
  await user.send('je veux parler à un technicien');
  const card = cardsIn(bot)[before];
  if (!card) throw new Error(`no card posted for ${userEmail}`);
  const number = /INC-\d{4}-\d{6}/.exec(textsOf([card.activity]))![0];
  const agent = await ChannelMember.of(bot, agentEmail);
  await agent.click(card);
  return { user, agent, card, number, userChat: watch(bot, user.conversationId), thread: watch(bot, threadOf(card)) };
}
