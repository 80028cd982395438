import type { Migration, MigrationProvider } from 'kysely/migration';
import * as foundation from './001-foundation.js';

/** Every migration, in order. Names sort in application order; never rename one that has shipped. */
const migrations: Record<string, Migration> = {
  '001-foundation': foundation,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
