import { afterAll, beforeAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TestAdapter, type Activity } from 'botbuilder';
import { createRuntime, type Runtime } from '../../src/app/runtime.js';
import type { Clock } from '../../src/clock.js';
import { loadConfig } from '../../src/config/index.js';
import { silentLogger } from '../../src/log.js';
import { MockConnector } from '../support/mock-connector.js';
import { textsOf } from '../support/runtime.js';

/**
 * The real runtime on a throwaway SQLite file (sample hospital, shipped fiches), for TestAdapter conversations.
 * What the bot posts to Teams channels (a P1's hand-over card, SLA cards) goes to a mock connector on loopback.
 */
export async function openRuntime(options: { clock?: Clock } = {}): Promise<{ runtime: Runtime; connector: MockConnector; close(): Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'triage-chat-'));
  const connector = await MockConnector.start();
  const config = loadConfig({ DATABASE_URL: `sqlite:${path.join(dir, 't.db')}`, TEAMS_SERVICE_URL: connector.url });
  const runtime = await createRuntime(config, { logger: silentLogger, clock: options.clock });
  return {
    runtime,
    connector,
    async close() {
      await runtime.close();
      await connector.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let conversations = 0;

/** A conversation with the bot as a directory user (found by e-mail, as in the Emulator). */
export function chatAs(runtime: Runtime, email: string, locale = 'fr-FR') {
  const adapter = new TestAdapter((context) => runtime.bot.run(context));
  adapter.conversation = TestAdapter.createConversation(`chat-${++conversations}`, email, 'triage');
  adapter.locale = locale;
  return {
    conversationId: adapter.conversation.conversation.id,
    /** Sends a message (or a card click) and returns all the texts the bot sent back for it. */
    async say(text: string | Partial<Activity>): Promise<string> {
      const collected: Array<Partial<Activity>> = [];
      await adapter.send(text);
      for (let next = adapter.activeQueue.shift(); next; next = adapter.activeQueue.shift()) collected.push(next);
      return textsOf(collected as never);
    },
  };
}

/** The ticket number a reply announces. */
export function ticketNumberIn(text: string): string | undefined {
  return /(INC|REQ)-\d{4}-\d{6}/.exec(text)?.[0];
}

/** A click on a summary card button; a new activity each time, as the adapter fills in its conversation. */
export const clickIntake = (value: 'create' | 'change' | 'cancel') => ({ type: 'message', text: '', value: { intake: value } });

/** The ticket a confirmation text announces. */
export async function ticketAnnounced(runtime: Runtime, text: string) {
  const number = ticketNumberIn(text);
  if (!number) throw new Error(`no ticket number in: ${text}`);
  return runtime.services.tickets.get(number);
}

/** Answers intake's questions plainly (a fiche did not help, no device number, only me, no care impact) until the summary shows. */
export async function answerUntilSummary(chat: { say(text: string): Promise<string> }, first: string): Promise<string> {
  let text = first;
  for (let turn = 0; turn < 10 && !/Résumé de votre|Summary of your/.test(text); turn++) {
    const english = /Here is the guide|Which|What|Who|Does|Do you|Is it|Is the problem/.test(text);
    let answer: string;
    if (/Voici la fiche|Here is the guide/.test(text)) answer = english ? 'no' : 'non';
    else if (/numéro de l'appareil|De quel appareil|device number|Which device/.test(text)) answer = english ? "I don't know" : 'je ne sais pas';
    else if (/Qui est touché|Who is affected/.test(text)) answer = english ? 'only me' : 'moi seul';
    else if (/Pour quand|When do you need/.test(text)) answer = english ? 'this week' : 'cette semaine';
    else if (/contournement|workaround/.test(text)) answer = english ? 'yes but it is a nuisance' : "oui, mais c'est gênant";
    else if (/type de problème|kind of problem/.test(text)) answer = '1';
    // A request's details: words, as a person gives them (a bare "oui" is asked again).
    else if (/Quel logiciel|À quelle application|Nom, fonction|Quel fichier|Décrivez votre demande/.test(text)) answer = 'comme dans mon premier message';
    else if (/Which software|Access to which|Name, job|Which file|Describe your request/.test(text)) answer = 'as in my first message';
    else if (/patients|patient care/.test(text)) answer = english ? 'no' : 'non';
    else answer = english ? 'yes' : 'oui';
    text = await chat.say(answer);
  }
  return text;
}

/** Answers each question with `answer(question)` until a reply matches `until` (at most `maxTurns` answers); returns the last reply. */
export async function answerUntil(
  chat: { say(text: string): Promise<string> },
  first: string,
  until: RegExp,
  answer: (question: string) => string,
  maxTurns = 8,
): Promise<string> {
  let text = first;
  for (let turn = 0; turn < maxTurns && !until.test(text); turn++) text = await chat.say(answer(text));
  return text;
}

/**
 * Withdraws every open ticket, as when the earlier reports of a file's tests were dealt with: a report on a device
 * that still had an open ticket would go on it instead of opening a new one.
 */
export async function withdrawOpenTickets(runtime: Runtime): Promise<void> {
  const open = await runtime.services.tickets.list({ status: ['new', 'assigned', 'in_progress', 'waiting_user'] });
  for (const ticket of open) await runtime.services.tickets.move(ticket.number, 'cancelled', { by: 'test', kind: 'system' }, 'earlier test report');
}

/** The real runtime for the tests of one file: opened before them, closed after. */
export function runtimeForThisFile(options: { clock?: Clock } = {}): () => Runtime {
  let opened: Awaited<ReturnType<typeof openRuntime>> | undefined;
  beforeAll(async () => {
    opened = await openRuntime(options);
  });
  afterAll(async () => {
    await opened?.close();
  });
  return () => {
    if (!opened) throw new Error('the runtime is opened in beforeAll: use it inside a test');
    return opened.runtime;
  };
}
