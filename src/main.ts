import { loadConfig } from './config/index.js';
import { createStore, migrateToLatest } from './db/index.js';
import { createLogger } from './log.js';
import { createWebServer, listen } from './web/server.js';
import { isDirectoryEmpty, loadSampleHospital } from './directory/index.js';

/** `npm start`: migrate, seed the sample hospital into an empty database, serve. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const store = createStore(config.databaseUrl);
  const migration = await migrateToLatest(store);
  if (migration.error) throw new Error(migration.error);
  if (migration.applied.length) logger.info({ applied: migration.applied, database: store.location }, 'database migrated');

  if (config.seedSampleDirectory && (await isDirectoryEmpty(store))) {
    const report = await loadSampleHospital(store);
    logger.info({ report }, 'sample hospital directory loaded');
  }

  const server = createWebServer({ store, logger });
  const port = await listen(server, config.port, config.host);
  logger.info({ port, database: store.location }, 'triage listening');

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    server.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  // Configuration errors are written for the operator; print them without a stack trace.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`triage failed to start: ${message}\n`);
  process.exit(1);
});
