import { loadConfig, type Config } from '../config/index.js';
import { createStore, migrateToLatest, type Store } from '../db/index.js';
import { CodedError } from '../errors.js';
import type { CliContext } from './command.js';

/**
 * Opens the configured store (DATABASE_URL from the command's environment), brings it to the latest
 * schema, runs `work`, and always closes it.
 */
export async function withStore<T>(ctx: CliContext, work: (store: Store, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig(ctx.env);
  const store = createStore(config.databaseUrl);
  try {
    const report = await migrateToLatest(store);
    if (report.error) throw new CodedError('conflict', `database ${store.location}: ${report.error}`);
    return await work(store, config);
  } finally {
    await store.close();
  }
}
