import { sql } from 'kysely';
import { Migrator, type MigrationResult } from 'kysely/migration';
import type { Store } from './database.js';
import { migrationProvider } from './migrations/index.js';

export interface MigrationReport {
  applied: string[];
  error?: string;
}

/**
 * Brings the schema to the latest migration. Each migration runs in a transaction (both dialects
 * support transactional DDL), so a failed one leaves nothing half-applied. Failure is a value.
 */
export async function migrateToLatest(store: Store): Promise<MigrationReport> {
  // The migration tables live in the store's own schema: without this, Kysely looks them up in any schema
  // on the search path's database and skips creating them when another schema already has them.
  const migrator = new Migrator({
    db: store.db,
    provider: migrationProvider,
    ...(store.dialect === 'postgres' ? { migrationTableSchema: store.schema ?? (await currentSchema(store)) } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const applied = (results ?? []).filter((r: MigrationResult) => r.status === 'Success').map((r) => r.migrationName);
  if (error) {
    const failed = (results ?? []).find((r) => r.status === 'Error')?.migrationName;
    return { applied, error: `migration ${failed ?? '(unknown)'} failed: ${(error as Error).message ?? String(error)}` };
  }
  return { applied };
}

async function currentSchema(store: Store): Promise<string> {
  const result = await sql<{ schema: string }>`select current_schema() as schema`.execute(store.db);
  return result.rows[0]?.schema ?? 'public';
}
