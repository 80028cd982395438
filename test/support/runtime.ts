import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRuntime, type Runtime } from '../../src/app/runtime.js';
import type { Clock } from '../../src/clock.js';
import { loadConfig } from '../../src/config/index.js';
import { silentLogger, type Logger } from '../../src/log.js';
import { listen } from '../../src/web/server.js';
import { BotClient, teamsUser } from './bot-client.js';
import { MockConnector } from './mock-connector.js';

export interface RunningBot {
  runtime: Runtime;
  botUrl: string;
  connector: MockConnector;
  /** A Teams client speaking as a directory user (by e-mail), with their Entra object id. */
  clientFor(email: string, options?: { locale?: string; conversationId?: string }): Promise<BotClient>;
  /** Stops the process part (server, store) but keeps the database file and the connector. */
  stop(): Promise<void>;
  /** Stops everything and deletes the database. */
  dispose(): Promise<void>;
}

/**
 * The whole product on loopback, as `npm start` runs it: a SQLite file with the sample hospital, the
 * shipped knowledge base, the bot endpoint; replies go to a mock Bot Framework connector.
 */
export async function startBot(
  options: { dir?: string; connector?: MockConnector; clock?: Clock; env?: Record<string, string>; logger?: Logger } = {},
): Promise<RunningBot> {
  const dir = options.dir ?? mkdtempSync(path.join(os.tmpdir(), 'triage-bot-'));
  const connector = options.connector ?? (await MockConnector.start());
  // Channels the bot posts to without having heard from them go to the mock connector too: no test calls out.
  const config = loadConfig({
    DATABASE_URL: `sqlite:${path.join(dir, 'triage.db')}`,
    PORT: '0',
    HOST: '127.0.0.1',
    TEAMS_SERVICE_URL: connector.url,
    ...options.env,
  });
  const runtime = await createRuntime(config, { logger: options.logger ?? silentLogger, clock: options.clock });
  const port = await listen(runtime.server, 0, '127.0.0.1');
  const botUrl = `http://127.0.0.1:${port}/api/messages`;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await runtime.close();
  };
  return {
    runtime,
    botUrl,
    connector,
    async clientFor(email, clientOptions = {}) {
      const user = await runtime.services.directory.findUserByEmail(email);
      if (!user?.aadObjectId) throw new Error(`no directory user ${email} with an Entra id`);
      return new BotClient({
        botUrl,
        connector,
        user: { ...teamsUser(), name: user.displayName, aadObjectId: user.aadObjectId },
        locale: clientOptions.locale,
        conversationId: clientOptions.conversationId,
      });
    },
    stop,
    async dispose() {
      await stop();
      if (!options.connector) await connector.close();
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The texts of a turn's replies, cards flattened to their text blocks, for readable assertions. */
export function textsOf(
  replies: Array<{ text?: string; attachments?: Array<{ content?: unknown }>; suggestedActions?: { actions?: Array<{ title?: string }> } }>,
): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record.type === 'TextBlock' && typeof record.text === 'string') parts.push(record.text);
    if (record.type === 'FactSet' && Array.isArray(record.facts)) for (const f of record.facts as Array<{ title: string; value: string }>) parts.push(`${f.title}: ${f.value}`);
    for (const key of ['body', 'items', 'columns']) walk(record[key]);
  };
  for (const reply of replies) {
    for (const attachment of reply.attachments ?? []) walk(attachment.content);
    if (reply.text) parts.push(reply.text);
    // The buttons offered under a message, one line each: "[BIO-BLOC-0008 — Moniteur …]".
    for (const action of reply.suggestedActions?.actions ?? []) if (action.title) parts.push(`[${action.title}]`);
  }
  return parts.join('\n');
}
