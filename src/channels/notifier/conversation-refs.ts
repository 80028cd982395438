import type { ConversationReference } from 'botbuilder';
import type { Store } from '../../db/index.js';

export interface RecordedConversation {
  key: string;
  reference: Partial<ConversationReference>;
  conversationType: string;
  userId: number | null;
  teamChannelId: string | null;
}

/**
 * Remembers where the bot can speak: every conversation it has received an activity from (a user's
 * personal chat, a team channel). Proactive posts (SLA countdowns, status changes) start from these.
 */
export class ConversationRefs {
  constructor(private readonly store: Store, private readonly now: () => Date = () => new Date()) {}

  async record(reference: Partial<ConversationReference>, details: { userId?: number | null; conversationType?: string; teamChannelId?: string | null }): Promise<void> {
    const conversationId = reference.conversation?.id;
    const channelId = reference.channelId;
    if (!conversationId || !channelId) return;
    const row = {
      key: `${channelId}:${conversationId}`,
      channel_id: channelId,
      conversation_id: conversationId,
      conversation_type: details.conversationType ?? reference.conversation?.conversationType ?? 'personal',
      user_aad_id: reference.user?.aadObjectId ?? null,
      user_id: details.userId ?? null,
      team_channel_id: details.teamChannelId ?? null,
      reference: JSON.stringify(reference),
      updated_at: this.now().toISOString(),
    };
    await this.store.db
      .insertInto('conversation_refs')
      .values(row)
      .onConflict((oc) => oc.column('key').doUpdateSet({
        reference: row.reference,
        updated_at: row.updated_at,
        user_id: row.user_id,
        user_aad_id: row.user_aad_id,
        team_channel_id: row.team_channel_id,
      }))
      .execute();
  }

  async byKey(key: string): Promise<RecordedConversation | undefined> {
    const row = await this.store.db.selectFrom('conversation_refs').selectAll().where('key', '=', key).executeTakeFirst();
    return row ? toRecorded(row) : undefined;
  }

  /** The user's personal chat with the bot, most recently used first. */
  async personalChatOf(userId: number): Promise<RecordedConversation | undefined> {
    const row = await this.store.db
      .selectFrom('conversation_refs')
      .selectAll()
      .where('user_id', '=', userId)
      .where('conversation_type', '=', 'personal')
      .orderBy('updated_at', 'desc')
      .executeTakeFirst();
    return row ? toRecorded(row) : undefined;
  }

  /** A Teams channel the bot has seen, by channel id (19:…@thread.tacv2). */
  async teamChannel(teamChannelId: string): Promise<RecordedConversation | undefined> {
    const row = await this.store.db
      .selectFrom('conversation_refs')
      .selectAll()
      .where('team_channel_id', '=', teamChannelId)
      .orderBy('updated_at', 'desc')
      .executeTakeFirst();
    return row ? toRecorded(row) : undefined;
  }
}

function toRecorded(row: { key: string; reference: string; conversation_type: string; user_id: number | null; team_channel_id: string | null }): RecordedConversation {
  return {
    key: row.key,
    reference: JSON.parse(row.reference) as Partial<ConversationReference>,
    conversationType: row.conversation_type,
    userId: row.user_id,
    teamChannelId: row.team_channel_id,
  };
}
