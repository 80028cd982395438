import { sql, type Kysely } from 'kysely';

/** Lets the directory find an application by its name, whatever its case, without scanning the table. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('applications_name_lower').on('applications').expression(sql`lower(name)`).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('applications_name_lower').execute();
}
