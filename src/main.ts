import { createRuntime } from './app/runtime.js';
import { loadConfig } from './config/index.js';
import { createLogger } from './log.js';
import { loadRedactionPolicy } from './redaction/index.js';
import { listen } from './web/server.js';

/** `npm start`: migrate, seed the sample hospital into an empty database, serve the bot and /healthz. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, await loadRedactionPolicy(config.redactionConfigPath));
  const runtime = await createRuntime(config, { logger });
  const port = await listen(runtime.server, config.port, config.host);
  logger.info({ port, database: runtime.store.location, auth: config.botFramework.appId ? 'bot-framework' : 'none' }, 'triage listening');
  runtime.sla.worker.start(config.sla.tickMs);
  const backlog = await runtime.inbox.counts();
  if (backlog.queued + backlog.processing + backlog.failed > 0) {
    // Left by the previous run: queued ones are answered now, running ones once their lease runs out.
    logger.warn({ inbox: backlog }, 'delivered activities waiting from before this start');
  }
  // Resolved tickets whose requester never confirmed close after 48 hours; checked every minute.
  const housekeeping = setInterval(() => {
    runtime.handoff
      .closeUnconfirmedResolutions(new Date())
      .then((closed) => closed.length && logger.info({ closed }, 'unconfirmed resolutions closed'))
      .catch((error: unknown) => logger.error({ err: error }, 'closing unconfirmed resolutions failed'));
  }, 60_000);
  housekeeping.unref();

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    clearInterval(housekeeping);
    await runtime.close();
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
