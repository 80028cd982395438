import { Writable } from 'node:stream';
import { ActivityHandler, type InvokeResponse, type Middleware, type TurnContext } from 'botbuilder';
import { pino } from 'pino';
import type restify from 'restify';
import type { Store } from '../../src/db/index.js';
import { createTeamsAdapter, registerBotEndpoint, type BotFrameworkSettings } from '../../src/channels/teams/index.js';
import type { Logger } from '../../src/log.js';
import { createWebServer, listen } from '../../src/web/server.js';

/**
 * The tiny bot of these tests: echoes messages ("echo: <text>"), answers invokes with their value, fails
 * on a text containing "panne", and counts how many times its logic ran per activity id.
 */
export class EchoBot extends ActivityHandler {
  readonly runs = new Map<string, number>();
  /** Awaited before replying: lets a test hold a turn open. */
  hold: (context: TurnContext) => Promise<void> = async () => {};

  constructor() {
    super();
    this.onMessage(async (context, next) => {
      this.#count(context);
      await this.hold(context);
      if (context.activity.text?.includes('panne')) throw new Error('the knowledge base is unreachable');
      await context.sendActivity(`echo: ${context.activity.text}`);
      await next();
    });
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    this.#count(context);
    await this.hold(context);
    return { status: 200, body: { echoed: context.activity.value, name: context.activity.name } };
  }

  ranFor(activityId: string | undefined): number {
    return this.runs.get(activityId ?? '') ?? 0;
  }

  #count(context: TurnContext): void {
    const id = context.activity.id ?? '';
    this.runs.set(id, (this.runs.get(id) ?? 0) + 1);
  }
}

/** A logger whose JSON lines are kept, so a test can read what was logged. */
export function capturingLogger(): { logger: Logger; lines: () => string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      callback();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), lines: () => [...lines] };
}

export interface RunningBot {
  /** The messaging endpoint: http://127.0.0.1:<port>/api/messages */
  url: string;
  server: restify.Server;
  close(): Promise<void>;
}

/** The product's web server with the Teams endpoint, on a free loopback port. */
export async function startBotServer({
  store,
  bot,
  logger,
  settings = {},
  middleware = [],
}: {
  store: Store;
  bot: ActivityHandler;
  logger: Logger;
  settings?: BotFrameworkSettings;
  middleware?: Middleware[];
}): Promise<RunningBot> {
  const adapter = createTeamsAdapter(settings, logger);
  for (const m of middleware) adapter.use(m);
  const server = createWebServer({ store, logger, routes: [(s) => registerBotEndpoint(s, { adapter, bot, logger })] });
  const port = await listen(server, 0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}/api/messages`,
    server,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.server.closeAllConnections();
      }),
  };
}

/** Polls `condition` every 10 ms; fails after `timeoutMs` naming what was awaited. */
export async function until(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
