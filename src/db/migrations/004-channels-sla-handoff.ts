import type { Kysely } from 'kysely';
import { idColumn } from './column-types.js';

/**
 * Where the bot can speak (conversation references), the SLA notice outbox, the ticket cards it posted
 * (to update them in place), and agent handoffs.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('conversation_refs')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('conversation_type', 'text', (c) => c.notNull())
    .addColumn('user_aad_id', 'text')
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('team_channel_id', 'text')
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('conversation_refs_user_id').on('conversation_refs').column('user_id').execute();
  await db.schema.createIndex('conversation_refs_team_channel').on('conversation_refs').column('team_channel_id').execute();

  await idColumn(db, db.schema.createTable('sla_notices'))
    .addColumn('ticket_id', 'integer', (c) => c.notNull().references('tickets.id'))
    .addColumn('clock', 'text', (c) => c.notNull())
    .addColumn('threshold', 'integer', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('generation', 'integer', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('claimed_by', 'text')
    .addColumn('claimed_at', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addUniqueConstraint('sla_notices_once', ['ticket_id', 'clock', 'threshold', 'audience', 'generation'])
    .execute();
  await db.schema.createIndex('sla_notices_due').on('sla_notices').columns(['state', 'due_at']).execute();
  await db.schema.createIndex('sla_notices_ticket').on('sla_notices').column('ticket_id').execute();

  await db.schema
    .createTable('ticket_cards')
    .addColumn('ticket_id', 'integer', (c) => c.notNull().references('tickets.id'))
    .addColumn('channel_key', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('activity_id', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ticket_cards_pk', ['ticket_id', 'channel_key'])
    .execute();

  await idColumn(db, db.schema.createTable('handoffs'))
    .addColumn('ticket_id', 'integer', (c) => c.notNull().references('tickets.id'))
    .addColumn('user_conversation_key', 'text', (c) => c.notNull())
    .addColumn('agent_conversation_id', 'text')
    .addColumn('card_activity_id', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('agent_ref', 'text')
    .addColumn('agent_name', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('taken_at', 'text')
    .addColumn('ended_at', 'text')
    .execute();
  await db.schema.createIndex('handoffs_user_conversation').on('handoffs').columns(['user_conversation_key', 'state']).execute();
  await db.schema.createIndex('handoffs_ticket').on('handoffs').column('ticket_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['handoffs', 'ticket_cards', 'sla_notices', 'conversation_refs']) await db.schema.dropTable(table).execute();
}
