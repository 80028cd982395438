import type { Kysely } from 'kysely';

/**
 * Exactly-once bot turns: one row per delivered message/invoke activity (Teams retries deliveries),
 * holding the replies of the first processing so a retry is answered without running the bot logic
 * again. Activity ids are unique only within a conversation (Teams channel messages use timestamps),
 * hence the conversation in the key. Also indexes bot_state by age, for the sweep of expired state.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('processed_activities')
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('activity_id', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('responses', 'text')
    .addColumn('claim_token', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('processed_activities_pk', ['channel_id', 'conversation_id', 'activity_id'])
    .execute();
  await db.schema.createIndex('processed_activities_created_at').on('processed_activities').column('created_at').execute();
  await db.schema.createIndex('bot_state_updated_at').on('bot_state').column('updated_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('bot_state_updated_at').execute();
  await db.schema.dropTable('processed_activities').execute();
}
