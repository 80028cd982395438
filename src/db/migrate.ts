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
  const migrator = new Migrator({ db: store.db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  const applied = (results ?? []).filter((r: MigrationResult) => r.status === 'Success').map((r) => r.migrationName);
  if (error) {
    const failed = (results ?? []).find((r) => r.status === 'Error')?.migrationName;
    return { applied, error: `migration ${failed ?? '(unknown)'} failed: ${(error as Error).message ?? String(error)}` };
  }
  return { applied };
}
