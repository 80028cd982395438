import type { Kysely } from 'kysely';
import { idColumn } from './column-types.js';

/**
 * The activity inbox: a delivered activity is written here before the channel gets its acknowledgement,
 * and a worker runs its turn from here. So a burst larger than the bot can turn at once is acknowledged
 * without loss, and a crash mid-turn leaves the activity to be run again. A row lives while its turn is
 * queued, running or failed for good; a finished turn deletes it (the processed_activities record keeps
 * the answer for retried deliveries).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable('inbox_activities'))
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('activity_id', 'text', (c) => c.notNull())
    .addColumn('activity', 'text', (c) => c.notNull())
    .addColumn('delivery', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('available_at', 'text', (c) => c.notNull())
    .addColumn('claim_token', 'text')
    .addColumn('claimed_at', 'text')
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addUniqueConstraint('inbox_activities_delivery_key', ['channel_id', 'conversation_id', 'activity_id'])
    .execute();
  await db.schema.createIndex('inbox_activities_queue').on('inbox_activities').columns(['state', 'id']).execute();
  await db.schema
    .createIndex('inbox_activities_conversation')
    .on('inbox_activities')
    .columns(['channel_id', 'conversation_id', 'id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('inbox_activities').execute();
}
