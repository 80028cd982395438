import type { ActivityHandlerBase, CloudAdapter } from 'botbuilder';
import type restify from 'restify';
import type { Logger } from '../../log.js';
import { checkActivity } from './activity-schema.js';
import { describeError } from './turn-error.js';

export interface BotEndpointDeps {
  adapter: CloudAdapter;
  /** Any botbuilder ActivityHandler; its `run` is the turn logic. */
  bot: Pick<ActivityHandlerBase, 'run'>;
  logger: Logger;
  /** Default `/api/messages`, where Teams and the Emulator post activities. */
  path?: string;
}

/**
 * Adds the Bot Framework messaging endpoint. The body is checked first: a malformed activity (or a body
 * that is not JSON, or too large) gets 4xx `{"error": "<reason>"}` and never reaches the bot; a valid
 * one goes to `adapter.process`, which authenticates it (401 without a valid token when credentials are
 * configured) and runs the turn.
 *
 * ```ts
 * createWebServer({ store, logger, routes: [(server) => registerBotEndpoint(server, { adapter, bot, logger })] });
 * ```
 */
export function registerBotEndpoint(server: restify.Server, { adapter, bot, logger, path = '/api/messages' }: BotEndpointDeps): void {
  answerBodyErrorsAsReasons(server, path);
  server.post(path, async (req: restify.Request, res: restify.Response) => {
    const check = checkActivity(req.body);
    if (!check.ok) {
      logger.warn({ path, reason: check.reason }, 'malformed activity refused');
      res.send(400, { error: check.reason });
      return;
    }
    try {
      await adapter.process(req, res, (context) => bot.run(context));
    } catch (error) {
      logger.error({ path, err: describeError(error) }, 'bot endpoint failed');
      if (!res.headersSent) res.send(500, { error: 'the activity could not be processed' });
    }
  });
}

/** Errors raised by restify's body parser before the route runs, with the reason this endpoint gives. */
const BODY_ERRORS: Record<string, string> = {
  InvalidContent: 'the body is not valid JSON',
  PayloadTooLarge: 'the body is larger than the server accepts',
  UnsupportedMediaType: 'the body must be sent as application/json',
};

/** Paths of bot endpoints per server, so the body-error listeners are added once per server. */
const endpointPaths = new WeakMap<restify.Server, Set<string>>();

/**
 * The body parser answers `{code, message}` on its own; on a bot endpoint the answer takes the same shape
 * as the endpoint's other refusals. restify emits one event per error name and expects each listener to
 * call back, so one listener per name and server serves every bot endpoint of that server.
 */
function answerBodyErrorsAsReasons(server: restify.Server, path: string): void {
  const known = endpointPaths.get(server);
  if (known) {
    known.add(path);
    return;
  }
  const paths = new Set([path]);
  endpointPaths.set(server, paths);
  for (const [name, reason] of Object.entries(BODY_ERRORS)) {
    server.on(name, (req: restify.Request, _res: restify.Response, error: { toJSON?: () => unknown }, callback: () => void) => {
      if (paths.has(req.path())) error.toJSON = () => ({ error: reason });
      return callback();
    });
  }
}
