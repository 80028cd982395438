import type { Selectable } from 'kysely';
import { preparedQuery, type HandoffTable, type Store } from '../../db/index.js';

export type HandoffRow = Selectable<HandoffTable>;
export type HandoffState = HandoffRow['state'];

const openHandoffOfConversation = preparedQuery((db, p: { userConversationKey: string }) =>
  db
    .selectFrom('handoffs')
    .selectAll()
    .where('user_conversation_key', '=', p.userConversationKey)
    .where('state', 'in', ['waiting', 'active'])
    .orderBy('id', 'desc'),
);

/** Why the bot handed a conversation over to an agent. */
export const HANDOFF_REASONS = ['user_asked', 'knowledge_refused', 'not_understood', 'p1', 'security_threat', 'team_changed'] as const;
export type HandoffReason = (typeof HANDOFF_REASONS)[number];

/**
 * The `handoffs` table: one row per hand-over of a user's conversation to the agents, from `waiting`
 * (card posted) to `active` (an agent took it) to `ended`. The take-over is one conditional UPDATE,
 * so of two agents clicking at once exactly one wins.
 */
export class HandoffStore {
  constructor(private readonly store: Store) {}

  private get db() {
    return this.store.db;
  }

  async open(input: { ticketId: number; userConversationKey: string; reason: HandoffReason; at: string }): Promise<HandoffRow> {
    return this.db
      .insertInto('handoffs')
      .values({
        ticket_id: input.ticketId,
        user_conversation_key: input.userConversationKey,
        agent_conversation_id: null,
        card_activity_id: null,
        state: 'waiting',
        agent_ref: null,
        agent_name: null,
        reason: input.reason,
        created_at: input.at,
        taken_at: null,
        ended_at: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async setCard(id: number, agentConversationId: string, cardActivityId: string): Promise<void> {
    await this.db
      .updateTable('handoffs')
      .set({ agent_conversation_id: agentConversationId, card_activity_id: cardActivityId })
      .where('id', '=', id)
      .execute();
  }

  async byId(id: number): Promise<HandoffRow | undefined> {
    return this.db.selectFrom('handoffs').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The handoff whose card is the root of a channel thread. */
  async byCard(agentConversationId: string, cardActivityId: string): Promise<HandoffRow | undefined> {
    return this.db
      .selectFrom('handoffs')
      .selectAll()
      .where('agent_conversation_id', '=', agentConversationId)
      .where('card_activity_id', '=', cardActivityId)
      .executeTakeFirst();
  }

  /** The waiting or active handoff of a user's conversation, newest first. */
  async openForConversation(userConversationKey: string): Promise<HandoffRow | undefined> {
    const [row] = await openHandoffOfConversation.rows(this.db, { userConversationKey });
    return row;
  }

  /** The waiting or active handoff of a ticket, newest first. */
  async openForTicket(ticketId: number): Promise<HandoffRow | undefined> {
    return this.db
      .selectFrom('handoffs')
      .selectAll()
      .where('ticket_id', '=', ticketId)
      .where('state', 'in', ['waiting', 'active'])
      .orderBy('id', 'desc')
      .executeTakeFirst();
  }

  /** The latest handoff of a ticket whatever its state (the thread agents still talk in). */
  async latestForTicket(ticketId: number): Promise<HandoffRow | undefined> {
    return this.db.selectFrom('handoffs').selectAll().where('ticket_id', '=', ticketId).orderBy('id', 'desc').executeTakeFirst();
  }

  /** Gives a waiting handoff to an agent; false when it was no longer waiting (someone else won). */
  async take(id: number, agent: { ref: string; name: string }, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('handoffs')
      .set({ state: 'active', agent_ref: agent.ref, agent_name: agent.name, taken_at: at })
      .where('id', '=', id)
      .where('state', '=', 'waiting')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Moves an active handoff to another agent (after /assign). */
  async reassign(id: number, agent: { ref: string; name: string }): Promise<boolean> {
    const result = await this.db
      .updateTable('handoffs')
      .set({ agent_ref: agent.ref, agent_name: agent.name })
      .where('id', '=', id)
      .where('state', '=', 'active')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Ends a waiting or active handoff; false when it had already ended. */
  async end(id: number, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('handoffs')
      .set({ state: 'ended', ended_at: at })
      .where('id', '=', id)
      .where('state', 'in', ['waiting', 'active'])
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}
