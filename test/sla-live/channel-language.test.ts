import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { MockConnector } from '../support/mock-connector.js';
import { startBot, textsOf, type RunningBot } from '../support/runtime.js';
import { cardOf, cardProblems } from './adaptive-card-schema.js';
import { reportWristbandPrinter } from './open-ticket.js';

const MANAGERS = '19:sla-managers@thread.tacv2';

describe('channel posts in English (CHANNEL_LANGUAGE=en)', () => {
  const clock = new ManualClock('2026-11-30T08:00:00.000Z');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'triage-sla-en-'));
  let bot: RunningBot;
  let number: string;
  let channel: string;

  beforeAll(async () => {
    const connector = await MockConnector.start();
    bot = await startBot({ dir, clock, connector, env: { TEAMS_SERVICE_URL: connector.url, CHANNEL_LANGUAGE: 'en' } });
    ({ number } = await reportWristbandPrinter(bot));
    const ticket = await bot.runtime.services.tickets.get(number);
    channel = (await bot.runtime.services.directory.findSupportTeam(ticket.team))!.teamsChannelId!;
  });
  afterAll(async () => {
    await bot?.dispose();
    await bot?.connector.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const posts = (conversationId: string) => bot.connector.operations.filter((op) => op.conversationId === conversationId && op.operation !== 'update');

  it('posts the countdown card, the warning and the breach notice in English', async () => {
    await bot.runtime.sla.worker.tick();
    const [cardPost] = posts(channel);
    expect(cardProblems(cardOf(cardPost!.activity))).toEqual([]);
    const cardText = textsOf([cardPost!.activity!]);
    expect(cardText).toMatch(/Response: .* left \(due /);
    expect(cardText).not.toMatch(/Prise en charge/);

    const { clocks } = await bot.runtime.sla.clocks.clocksOf(bot.runtime.store.db, number, clock.now());
    clock.set(clocks.response.thresholds.find((t) => t.percent === 100)!.at!);
    clock.advance(60_000);
    await bot.runtime.sla.worker.tick();
    const notices = posts(MANAGERS).map((op) => textsOf([op.activity!]));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(`SLA breached — ${number}`);
    expect(notices[0]).toMatch(/Penalty: /);
    expect(notices[0]).toMatch(/Contract: /);
    expect(notices[0]).not.toMatch(/Pénalité|dépassé|ouvrées/);
  });
});
