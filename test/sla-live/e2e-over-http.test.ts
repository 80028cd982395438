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

describe('SLA countdown of a ticket opened through the bot, over HTTP, with an injected clock', () => {
  // Monday 30 November 2026, 09:00 in Paris: inside business hours.
  const clock = new ManualClock('2026-11-30T08:00:00.000Z');
  let bot: RunningBot;
  let number: string;
  let channel: string;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'triage-sla-e2e-'));

  beforeAll(async () => {
    // Team channels the bot has never heard from are reached through TEAMS_SERVICE_URL: the mock connector.
    const connector = await MockConnector.start();
    bot = await startBot({ dir, clock, connector, env: { TEAMS_SERVICE_URL: connector.url } });
    ({ number } = await reportWristbandPrinter(bot));
    const ticket = await bot.runtime.services.tickets.get(number);
    const team = await bot.runtime.services.directory.findSupportTeam(ticket.team);
    channel = team!.teamsChannelId!;
  });
  afterAll(async () => {
    await bot?.dispose();
    await bot?.connector.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const posts = (conversationId: string) => bot.connector.operations.filter((op) => op.conversationId === conversationId && op.operation !== 'update');
  const updates = (conversationId: string) => bot.connector.operations.filter((op) => op.conversationId === conversationId && op.operation === 'update');
  const clocksNow = async () => (await bot.runtime.sla.clocks.clocksOf(bot.runtime.store.db, number, clock.now())).clocks;

  it('tells the requester the deadlines in words when the ticket is created', async () => {
    const clocks = await clocksNow();
    const ticket = await bot.runtime.services.tickets.get(number);
    const told = await bot.runtime.sla.deadlines.describe(ticket, 'fr');
    expect(told!.respond).toMatch(/^(aujourd'hui|demain|lundi|mardi|mercredi|jeudi|vendredi) .*à \d{1,2} h \d{2}$/);
    expect(clocks.response.state).toBe('running');
  });

  it('posts one countdown card in the team channel at the first tick', async () => {
    const report = await bot.runtime.sla.worker.tick();
    const notices = await bot.runtime.store.db.selectFrom('sla_notices').selectAll().execute();
    expect(report.failed, JSON.stringify(notices.filter((n) => n.last_error))).toBe(0);
    const ticket = await bot.runtime.services.tickets.get(number);
    expect(report.claimed, JSON.stringify({ notices, ticket, events: await bot.runtime.services.tickets.events(ticket.id) })).toBeGreaterThan(0);
    expect(report.sent).toBeGreaterThanOrEqual(1);
    const [post, ...more] = posts(channel);
    expect(more).toHaveLength(0);
    const card = cardOf(post!.activity);
    expect(cardProblems(card)).toEqual([]);
    const text = textsOf([post!.activity!]);
    expect(text).toContain(number);
    expect(text).toMatch(/Prise en charge : reste/);
    expect(text).toContain('░');
    expect(text).toMatch(/Urgences/);
    // A second tick with nothing due posts nothing.
    expect((await bot.runtime.sla.worker.tick()).claimed).toBe(0);
    expect(posts(channel)).toHaveLength(1);
  });

  it('updates the same card in place at 50 % of the response target', async () => {
    const clocks = await clocksNow();
    const half = clocks.response.thresholds.find((t) => t.percent === 50)!.at!;
    clock.set(half);
    await bot.runtime.sla.worker.tick();
    const [posted] = posts(channel);
    const [update, ...more] = updates(channel);
    expect(more).toHaveLength(0);
    expect(update!.activityId).toBe(posted!.activityId);
    expect(cardProblems(cardOf(update!.activity))).toEqual([]);
    expect(textsOf([update!.activity!])).toContain('█████░░░░░ 50 %');
    expect(posts(channel)).toHaveLength(1);
  });

  it('warns the managers at 90 % and posts a breach notice naming the contract and the penalty at 100 %', async () => {
    const clocks = await clocksNow();
    clock.set(clocks.response.thresholds.find((t) => t.percent === 90)!.at!);
    await bot.runtime.sla.worker.tick();
    expect(posts(MANAGERS)).toHaveLength(1);
    expect(textsOf([posts(MANAGERS)[0]!.activity!])).toContain('SLA à 90 %');

    clock.set(new Date(Date.parse(clocks.response.deadline!) + 1000));
    await bot.runtime.sla.worker.tick();
    const notices = posts(MANAGERS);
    expect(notices).toHaveLength(2);
    const breach = textsOf([notices[1]!.activity!]);
    expect(cardProblems(cardOf(notices[1]!.activity))).toEqual([]);
    expect(breach).toContain('SLA dépassé');
    expect(breach).toContain(number);
    expect(breach).toContain(`Contrat: ${clocks.response.contract.name}`);
    expect(breach).toMatch(/Pénalité: /);
    // The card itself says so, still in place.
    expect(textsOf([updates(channel).at(-1)!.activity!])).toContain('DÉPASSÉ');
    expect(posts(channel)).toHaveLength(1);
  });

  it('updates the card and tells the requester when an agent changes the status', async () => {
    const before = updates(channel).length;
    await bot.runtime.services.tickets.move(number, 'in_progress', { by: 'tech@chv.fr', kind: 'agent' });
    await bot.runtime.sla.worker.tick();
    expect(updates(channel).length).toBe(before + 1);
    expect(textsOf([updates(channel).at(-1)!.activity!])).toContain('Statut: en cours');
    const toAlice = bot.connector.operations.filter((op) => (op.operation === 'send' || op.operation === 'reply') && /est maintenant en cours/.test(op.activity?.text ?? ''));
    const status = await bot.runtime.store.db.selectFrom('sla_notices').selectAll().where('clock', '=', 'status').execute();
    expect(toAlice, JSON.stringify(status)).toHaveLength(1);
    expect(toAlice[0]!.activity!.text).toContain(number);
  });

  it('catches up after a restart on what came due while it was down: the card in place, one breach notice', async () => {
    const clocks = await clocksNow();
    expect(clocks.resolution.state).toBe('running');
    await bot.stop();
    const managersBefore = posts(MANAGERS).length;
    const updatesBefore = updates(channel).length;
    clock.set(new Date(Date.parse(clocks.resolution.deadline!) + 20 * 60_000));

    bot = await startBot({ dir, clock, connector: bot.connector, env: { TEAMS_SERVICE_URL: bot.connector.url } });
    const report = await bot.runtime.sla.worker.tick();
    expect(report.failed).toBe(0);
    expect(posts(channel)).toHaveLength(1);
    expect(updates(channel).length).toBeGreaterThan(updatesBefore);
    expect(textsOf([updates(channel).at(-1)!.activity!])).toContain('Résolution : DÉPASSÉ de 20 min');
    const caughtUp = posts(MANAGERS).slice(managersBefore);
    expect(caughtUp).toHaveLength(1);
    expect(textsOf([caughtUp[0]!.activity!])).toMatch(/SLA dépassé .* délai de résolution/);
    // Nothing left to send, and nothing is sent twice on the next ticks.
    expect((await bot.runtime.sla.worker.tick()).claimed).toBe(0);
    const pending = await bot.runtime.store.db.selectFrom('sla_notices').select('id').where('state', 'in', ['pending', 'sending']).where('due_at', '<=', clock.now().toISOString()).execute();
    expect(pending).toEqual([]);
  });
});
