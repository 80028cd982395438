import type { Kysely } from 'kysely';

/**
 * SLA notices: when the post of a claimed notice actually started (so a crash before it is retried and
 * one during it is not), the conversation reference each countdown card was posted through (to update
 * it in place from any instance), and an index for finding claims left behind by a dead worker.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sla_notices').addColumn('send_started_at', 'text').execute();
  await db.schema.alterTable('ticket_cards').addColumn('reference', 'text').execute();
  await db.schema.createIndex('sla_notices_claimed').on('sla_notices').columns(['state', 'claimed_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('sla_notices_claimed').execute();
  await db.schema.alterTable('ticket_cards').dropColumn('reference').execute();
  await db.schema.alterTable('sla_notices').dropColumn('send_started_at').execute();
}
