import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ActivityHandler, AutoSaveStateMiddleware, CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, UserState } from 'botbuilder';
import { DialogSet, DialogTurnStatus, TextPrompt, WaterfallDialog, type DialogState } from 'botbuilder-dialogs';
import { sql } from 'kysely';
import restify from 'restify';
import { ExactlyOnceMiddleware } from '../src/bot/idempotency/index.js';
import { KyselyStorage } from '../src/bot/storage/index.js';
import { createTeamsAdapter, registerBotEndpoint } from '../src/channels/teams/index.js';
import { createStore, migrateToLatest } from '../src/db/index.js';
import { silentLogger } from '../src/log.js';
import { createWebServer, listen } from '../src/web/server.js';

/** Listens on `host:port` (0: any free port); resolves with the port bound. */
async function listenOn(server: restify.Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return (server.address() as { port: number }).port;
}

/** Stops listening and drops the kept-alive connections of the benchmark's clients. */
function closeServer(server: restify.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.server.closeAllConnections();
  });
}

export interface RunningEchoBot {
  /** The messaging endpoint, http://127.0.0.1:<port>/api/messages */
  url: string;
  close(): Promise<void>;
}

/**
 * The baseline of the turn benchmark: a bare botbuilder echo bot (CloudAdapter on restify, no
 * authentication, no state, no middleware), so the product's figures can be read against what the
 * framework alone costs on this machine.
 *
 * ```ts
 * const echo = await startEchoBot();
 * // ... runTurnBenchmark({ botUrl: echo.url, ... }) ...
 * await echo.close();
 * ```
 */
export async function startEchoBot({ port = 0, host = '127.0.0.1' }: { port?: number; host?: string } = {}): Promise<RunningEchoBot> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  adapter.onTurnError = async (context) => {
    await context.sendActivity('echo bot error');
  };
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
    await next();
  });

  const server = restify.createServer({ name: 'echo-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  const bound = await listenOn(server, port, host);
  return {
    url: `http://${host}:${bound}/api/messages`,
    close: () =>
      closeServer(server),
  };
}

/**
 * The same echo, through the product's plumbing: the Teams endpoint (activity check), exactly-once turns
 * and conversation state in the store (one counter read and written per turn). Against the bare echo bot,
 * it shows what the plumbing costs per turn. On a fresh SQLite file in a temp folder, or with `postgresUrl`
 * in a schema of its own, dropped at close.
 */
export async function startPlumbedEchoBot({ postgresUrl }: { postgresUrl?: string } = {}): Promise<RunningEchoBot> {
  const dir = postgresUrl ? undefined : mkdtempSync(path.join(os.tmpdir(), 'triage-bench-'));
  const schema = postgresUrl ? `bench_${randomBytes(6).toString('hex')}` : undefined;
  const store = postgresUrl ? createStore(postgresUrl, { schema }) : createStore(`sqlite:${path.join(dir!, 'bench.db')}`);
  const migration = await migrateToLatest(store);
  if (migration.error) throw new Error(migration.error);

  const conversationState = new ConversationState(new KyselyStorage(store));
  const turns = conversationState.createProperty<number>('turns');
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    const count = (await turns.get(context, 0)) + 1;
    await turns.set(context, count);
    await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
    await next();
  });
  const adapter = createTeamsAdapter({}, silentLogger);
  adapter.use(new ExactlyOnceMiddleware({ store, logger: silentLogger }));
  adapter.use(new AutoSaveStateMiddleware(conversationState));

  const server = createWebServer({ store, logger: silentLogger, routes: [(s) => registerBotEndpoint(s, { adapter, bot, logger: silentLogger })] });
  const port = await listen(server, 0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}/api/messages`,
    close: async () => {
      await closeServer(server);
      if (schema) await sql.raw(`drop schema if exists ${schema} cascade`).execute(store.db);
      await store.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The reference the issue names: a plain botbuilder-dialogs bot with its state on SQLite (CloudAdapter on
 * restify, conversation and user state in the store, a waterfall that prompts and echoes in a loop) and
 * nothing else: no inbox, no exactly-once, no understanding.
 */
export async function startDialogsBot(): Promise<RunningEchoBot> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'triage-bench-dialogs-'));
  const store = createStore(`sqlite:${path.join(dir, 'bench.db')}`);
  const migration = await migrateToLatest(store);
  if (migration.error) throw new Error(migration.error);
  const storage = new KyselyStorage(store);
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
  const turns = userState.createProperty<number>('turns');
  dialogs.add(new TextPrompt('text'));
  dialogs.add(
    new WaterfallDialog('echo', [
      async (step) => step.prompt('text', 'Say something'),
      async (step) => {
        await turns.set(step.context, (await turns.get(step.context, 0)) + 1);
        await step.context.sendActivity(`echo: ${String(step.result)}`);
        return step.replaceDialog('echo');
      },
    ]),
  );
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    const dc = await dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog('echo');
    await next();
  });
  const server = restify.createServer({ name: 'dialogs-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    await adapter.process(req, res, async (context) => {
      await bot.run(context);
      await conversationState.saveChanges(context, false);
      await userState.saveChanges(context, false);
    });
  });
  const bound = await listenOn(server, 0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${bound}/api/messages`,
    close: async () => {
      await closeServer(server);
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// `npx tsx bench/echo-bot.ts [port]`: serve the echo bot on its own, for load from another process.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const echo = await startEchoBot({ port: Number(process.argv[2] ?? 3979) });
  process.stdout.write(`echo bot listening on ${echo.url}\n`);
}
