import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createBotUnderstander, NOTHING_STATED } from '../../src/app/understanding.js';
import { UnderstandingThread } from '../../src/app/understanding-thread.js';
import { correctFields, understandByRules } from '../../src/triage/index.js';
import { startBot, textsOf, type RunningBot } from '../support/runtime.js';

const threads: UnderstandingThread[] = [];
afterEach(async () => {
  for (const thread of threads.splice(0)) await thread.stop();
});

async function readyThread(): Promise<UnderstandingThread> {
  const failures: string[] = [];
  const thread = new UnderstandingThread({ onFailure: (reason) => failures.push(reason) });
  threads.push(thread);
  for (const end = Date.now() + 20_000; !thread.ready && failures.length === 0 && Date.now() < end; ) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  expect(failures).toEqual([]);
  expect(thread.ready).toBe(true);
  return thread;
}

const messages = readFileSync(new URL('../fixtures/incident-reports-blind-10.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(0, 60)
  .map((line) => (JSON.parse(line) as { text: string }).text);

describe('the understanding thread', () => {
  it('reads messages and answers exactly as the event loop does', async () => {
    const thread = await readyThread();
    for (const text of [...messages, 'INC-2026-000123 ?', 'annule', 'bonjour']) {
      expect(await thread.understand(text)).toEqual(understandByRules(text));
    }
    for (const answer of ["non c'est en réa, box 4", 'tout le service', 'PC-CARD-0342', 'oui ça bloque les soins']) {
      expect(await thread.readAnswer(answer)).toEqual(correctFields(NOTHING_STATED, answer));
    }
  });

  it('hands reading back to the event loop once stopped: the bot still understands', async () => {
    const thread = await readyThread();
    await thread.stop();
    expect(thread.ready).toBe(false);
    expect(await thread.understand('le scope du box 3 ne s’allume plus')).toBeUndefined();
    const understander = createBotUnderstander({ thread });
    expect(await understander.analyse('le scope du box 3 ne s’allume plus')).toMatchObject({ intent: 'incident_report', category: 'biomedical' });
    expect(await understander.analyseAnswer("non c'est en réa")).toMatchObject({ locationHint: { unit: 'icu' } });
  });
});

describe('the bot with its understanding thread (the default)', () => {
  let bot: RunningBot | undefined;
  afterEach(async () => {
    await bot?.dispose();
    bot = undefined;
  });

  it('opens the intake of a report read in the thread', async () => {
    bot = await startBot();
    expect(bot.runtime.config.understandingThread).toBe(true);
    const client = await bot.clientFor('alice.martin@chv.fr');
    for (const end = Date.now() + 20_000; !bot.runtime.understandingThread?.ready && Date.now() < end; ) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await (await fetch(bot.botUrl.replace('/api/messages', '/healthz'))).json()).toMatchObject({ understanding: 'thread' });
    const { replies } = await client.send("plus aucun PC ne démarre dans tout le service de cardiologie", { expectReplies: 2 });
    expect(textsOf(replies)).toMatch(/incident/i);
  });
});
