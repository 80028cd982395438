export { createStore, type Store, type StoreOptions, type DialectName } from './database.js';
export { migrateToLatest, type MigrationReport } from './migrate.js';
export { writeTransaction } from './write-transaction.js';
export type * from './schema.js';
export { isUniqueViolation } from './errors.js';
export { preparedQuery, type PreparedQuery } from './prepared-query.js';
