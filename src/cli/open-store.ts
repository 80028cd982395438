import { loadConfig, type Config } from '../config/index.js';
import { createStore, migrateToLatest, type Store } from '../db/index.js';
import { isDirectoryEmpty, loadSampleHospital } from '../directory/index.js';
import { CodedError } from '../errors.js';
import type { CliContext } from './command.js';

/**
 * Opens the configured store (DATABASE_URL from the command's environment), brings it to the latest
 * schema, loads the sample hospital into an empty one (unless SEED_SAMPLE_DIRECTORY=false), runs
 * `work`, and always closes it.
 */
export async function withStore<T>(ctx: CliContext, work: (store: Store, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig(ctx.env);
  const store = createStore(config.databaseUrl);
  try {
    const report = await migrateToLatest(store);
    if (report.error) throw new CodedError('conflict', `database ${store.location}: ${report.error}`);
    // Like `npm start`, a command run on an empty database loads the sample hospital first, so the
    // product can be tried straight after `npm ci`.
    if (config.seedSampleDirectory && (await isDirectoryEmpty(store))) {
      await loadSampleHospital(store);
      ctx.stderr.write(`(empty database ${store.location}: sample hospital directory loaded; SEED_SAMPLE_DIRECTORY=false to skip)\n`);
    }
    return await work(store, config);
  } finally {
    await store.close();
  }
}
