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
 * Adds the Bot Framework messaging endpoint. The body is checked first: a malformed activity gets
 * 400 `{"error": "<reason>"}` and never reaches the bot; a valid one goes to `adapter.process`, which
 * authenticates it (401 without a valid token when credentials are configured) and runs the turn.
 *
 * ```ts
 * createWebServer({ store, logger, routes: [(server) => registerBotEndpoint(server, { adapter, bot, logger })] });
 * ```
 */
export function registerBotEndpoint(server: restify.Server, { adapter, bot, logger, path = '/api/messages' }: BotEndpointDeps): void {
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
