import type { Kysely } from 'kysely';

/** A support team's name for English-speaking staff (optional: the name is shown when there is none). */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('support_teams').addColumn('name_en', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('support_teams').dropColumn('name_en').execute();
}
