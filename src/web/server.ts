import restify from 'restify';
import { sql } from 'kysely';
import type { Store } from '../db/index.js';
import type { Logger } from '../log.js';

export interface WebServerDeps {
  store: Store;
  logger: Logger;
  /** Extra routes (bot endpoint, tab pages) registered by the features that own them. */
  routes?: Array<(server: restify.Server) => void>;
  /** More facts for /healthz (the inbox backlog, say), from the features that own them. */
  health?: () => Promise<Record<string, unknown>>;
}

/**
 * The HTTP front of the process. GET /healthz answers 200 when the store answers, 503 otherwise,
 * so a load balancer takes a broken instance out of rotation.
 */
export function createWebServer({ store, logger, routes = [], health }: WebServerDeps): restify.Server {
  const server = restify.createServer({ name: 'triage', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser());
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 1024 * 1024 }));

  server.get('/healthz', async (_req, res) => {
    const started = Date.now();
    try {
      await sql`select 1`.execute(store.db);
      const users = await store.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const more = health ? await health() : {};
      res.send(200, { status: 'ok', database: store.dialect, directory_users: Number(users.n), ...more, latency_ms: Date.now() - started });
    } catch (error) {
      logger.error({ err: error }, 'health check failed');
      res.send(503, { status: 'unavailable', database: store.dialect });
    }
  });

  for (const register of routes) register(server);

  server.on('restifyError', (req, res, error, callback) => {
    logger.warn({ path: req.path(), status: (error as { statusCode?: number }).statusCode, code: (error as { code?: string }).code }, 'request error');
    return callback();
  });
  return server;
}

/** Starts listening; resolves with the bound port (0 picks a free one, as tests do). */
export function listen(server: restify.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.removeListener('error', reject);
      resolve((server.address() as { port: number }).port);
    });
  });
}
