import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDialogsBot, startEchoBot, type RunningEchoBot } from '../../bench/echo-bot.js';
import { runOutageStorm, runTurnBenchmark } from '../../bench/turns.js';
import { MockConnector } from '../support/mock-connector.js';

/** The benchmark harness counts what it claims to count (figures themselves are printed by bench/turns.ts). */
describe('turn benchmark harness', () => {
  let connector: MockConnector;
  let echo: RunningEchoBot;

  beforeAll(async () => {
    connector = await MockConnector.start();
    echo = await startEchoBot();
  });

  afterAll(async () => {
    await echo?.close();
    await connector?.close();
  });

  it('runs every turn of every user against the echo bot, each answered', async () => {
    const texts: string[] = [];
    const result = await runTurnBenchmark({
      botUrl: echo.url,
      connector,
      users: 3,
      turnsPerUser: 4,
      makeText: (user, turn) => {
        texts.push(`u${user}t${turn}`);
        return `u${user}t${turn}`;
      },
    });
    expect(result).toMatchObject({ turns: 12, errors: 0 });
    expect(result.p50).toBeLessThanOrEqual(result.p99);
    const echoed = connector.operations.filter((op) => op.operation === 'reply').map((op) => op.activity?.text);
    expect(echoed.sort()).toEqual(texts.map((t) => `echo: ${t}`).sort());
  });

  it('the reference dialogs bot prompts, then echoes every later turn, with its state kept between turns', async () => {
    connector.reset();
    const plain = await startDialogsBot();
    try {
      const result = await runTurnBenchmark({ botUrl: plain.url, connector, users: 2, turnsPerUser: 3, makeText: (user, turn) => `u${user}t${turn}` });
      expect(result).toMatchObject({ turns: 6, errors: 0 });
      const texts = connector.operations.filter((op) => op.operation === 'reply').map((op) => op.activity?.text);
      expect(texts.filter((text) => text === 'Say something')).toHaveLength(6);
      expect(texts.filter((text) => text?.startsWith('echo: ')).sort()).toEqual(['echo: u0t1', 'echo: u0t2', 'echo: u1t1', 'echo: u1t2']);
    } finally {
      await plain.close();
    }
  });

  it('sends one message per distinct user in a storm and finds every reply', async () => {
    connector.reset();
    const result = await runOutageStorm({ botUrl: echo.url, connector, users: 40, seconds: 0.4 });
    expect(result).toMatchObject({ users: 40, httpErrors: 0, missingReplies: 0, networkErrors: 0 });
    const conversations = new Set(connector.operations.map((op) => op.conversationId));
    expect(conversations.size).toBe(40);
  });

  it('counts refusals and unreachable bots as errors', async () => {
    const refused = await runOutageStorm({ botUrl: echo.url.replace('/api/messages', '/nowhere'), connector, users: 5, seconds: 0.05 });
    expect(refused.httpErrors).toBe(5);
    await echo.close();
    const down = await runTurnBenchmark({ botUrl: echo.url, connector, users: 2, turnsPerUser: 2 });
    expect(down.errors).toBe(4);
    echo = await startEchoBot();
  });
});
