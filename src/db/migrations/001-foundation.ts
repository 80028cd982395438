import type { Kysely } from 'kysely';
import { idColumn } from './column-types.js';

/** Directory, support teams, tickets with their audit trail, knowledge feedback and bot state. */
export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable('locations'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('site', 'text', (c) => c.notNull())
    .addColumn('building', 'text', (c) => c.notNull())
    .addColumn('floor', 'text', (c) => c.notNull())
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addColumn('unit_name', 'text', (c) => c.notNull())
    .addColumn('room', 'text')
    .addColumn('phone', 'text')
    .execute();
  await db.schema.createIndex('locations_unit_code').on('locations').column('unit_code').execute();

  await idColumn(db, db.schema.createTable('users'))
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('aad_object_id', 'text', (c) => c.unique())
    .addColumn('slack_user_id', 'text', (c) => c.unique())
    .addColumn('job_role', 'text', (c) => c.notNull())
    .addColumn('manager_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('location_id', 'integer', (c) => c.references('locations.id').onDelete('set null'))
    .addColumn('preferred_language', 'text', (c) => c.notNull().defaultTo('fr'))
    .addColumn('phone', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('users_manager_id').on('users').column('manager_id').execute();
  await db.schema.createIndex('users_location_id').on('users').column('location_id').execute();

  await idColumn(db, db.schema.createTable('applications'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('vendor', 'text', (c) => c.notNull())
    .addColumn('support_team_code', 'text', (c) => c.notNull())
    .execute();

  await idColumn(db, db.schema.createTable('assets'))
    .addColumn('tag', 'text', (c) => c.notNull().unique())
    .addColumn('tag_key', 'text', (c) => c.notNull().unique())
    .addColumn('hostname', 'text')
    .addColumn('hostname_key', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('location_id', 'integer', (c) => c.references('locations.id').onDelete('set null'))
    .addColumn('assigned_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('application_code', 'text')
    .addColumn('clinical', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('assets_hostname_key').on('assets').column('hostname_key').execute();
  await db.schema.createIndex('assets_location_id').on('assets').column('location_id').execute();
  await db.schema.createIndex('assets_assigned_user_id').on('assets').column('assigned_user_id').execute();

  await idColumn(db, db.schema.createTable('support_teams'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('contract_id', 'text', (c) => c.notNull())
    .addColumn('teams_channel_id', 'text')
    .addColumn('slack_channel_id', 'text')
    .execute();

  await db.schema
    .createTable('ticket_counters')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('ticket_counters_pk', ['kind', 'year'])
    .execute();

  await idColumn(db, db.schema.createTable('tickets'))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('requester_id', 'integer', (c) => c.references('users.id'))
    .addColumn('requester_ref', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('urgency', 'text', (c) => c.notNull())
    .addColumn('patient_care_impact', 'integer', (c) => c.notNull())
    .addColumn('impact', 'text', (c) => c.notNull())
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('asset_id', 'integer', (c) => c.references('assets.id'))
    .addColumn('location_id', 'integer', (c) => c.references('locations.id'))
    .addColumn('team_code', 'text', (c) => c.notNull())
    .addColumn('assignee', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('source_channel', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text')
    .addColumn('source_activity_id', 'text', (c) => c.unique())
    .execute();
  await db.schema.createIndex('tickets_status').on('tickets').columns(['status', 'priority']).execute();
  await db.schema.createIndex('tickets_team_code').on('tickets').column('team_code').execute();
  await db.schema.createIndex('tickets_requester_id').on('tickets').column('requester_id').execute();

  await idColumn(db, db.schema.createTable('ticket_events'))
    .addColumn('ticket_id', 'integer', (c) => c.notNull().references('tickets.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('actor_kind', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ticket_events_ticket_id').on('ticket_events').columns(['ticket_id', 'id']).execute();

  await idColumn(db, db.schema.createTable('kb_answers'))
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('user_ref', 'text')
    .addColumn('conversation_id', 'text')
    .addColumn('answered_at', 'text', (c) => c.notNull())
    .addColumn('helpful', 'integer')
    .addColumn('feedback_at', 'text')
    .execute();
  await db.schema.createIndex('kb_answers_slug').on('kb_answers').column('slug').execute();

  await db.schema
    .createTable('bot_state')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('etag', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'bot_state', 'kb_answers', 'ticket_events', 'tickets', 'ticket_counters', 'support_teams', 'assets',
    'applications', 'users', 'locations',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
