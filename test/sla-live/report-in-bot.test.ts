import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isManagerRole, matchesSlaReportRequest } from '../../src/bot/sla-report-request.js';
import { ManualClock } from '../../src/clock.js';
import { startBot, textsOf, type RunningBot } from '../support/runtime.js';
import { cardOf, cardProblems } from './adaptive-card-schema.js';
import { reportWristbandPrinter } from './open-ticket.js';

describe('recognising a request for an SLA report', () => {
  const now = new Date('2026-12-03T10:00:00Z');
  it('reads the month in French or English, the latest one not in the future without a year', () => {
    expect(matchesSlaReportRequest('rapport SLA novembre', now)).toEqual({ month: '2026-11' });
    expect(matchesSlaReportRequest('Rapport SLA de décembre', now)).toEqual({ month: '2026-12' });
    expect(matchesSlaReportRequest('rapport sla janvier', now)).toEqual({ month: '2026-01' });
    expect(matchesSlaReportRequest('rapport sla février', new Date('2026-01-10T10:00:00Z'))).toEqual({ month: '2025-02' });
    expect(matchesSlaReportRequest('SLA report November 2025', now)).toEqual({ month: '2025-11' });
    expect(matchesSlaReportRequest('rapport SLA 2026-10', now)).toEqual({ month: '2026-10' });
    expect(matchesSlaReportRequest('le rapport SLA du mois dernier', now)).toEqual({ month: '2026-11' });
  });
  it('leaves other messages alone', () => {
    expect(matchesSlaReportRequest("l'imprimante ne marche plus", now)).toBeUndefined();
    expect(matchesSlaReportRequest('mon rapport ne s’imprime pas', now)).toBeUndefined();
  });
  it('knows manager roles', () => {
    for (const role of ['Cadre de santé', 'Cadre supérieur de santé', 'Chef de service', 'Directeur des soins', 'Responsable du support informatique']) expect(isManagerRole(role)).toBe(true);
    for (const role of ['IDE', 'AS', 'Médecin', 'Interne', 'Secrétaire médicale']) expect(isManagerRole(role)).toBe(false);
  });
});

describe('a manager asks the bot for the SLA report of the month', () => {
  const clock = new ManualClock('2026-11-30T08:00:00.000Z');
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ clock });
    await reportWristbandPrinter(bot);
  });
  afterAll(async () => {
    await bot?.dispose();
  });

  it('answers a cadre with the report as a card', async () => {
    const cadre = await bot.runtime.store.db.selectFrom('users').select('email')
      .where('job_role', '=', 'Cadre de santé').where('aad_object_id', 'is not', null).orderBy('id').executeTakeFirstOrThrow();
    const client = await bot.clientFor(cadre.email);
    const { replies } = await client.send('rapport SLA novembre');
    const reportReply = replies.find((r) => textsOf([r]).includes('Rapport SLA'));
    expect(reportReply, textsOf(replies)).toBeDefined();
    expect(cardProblems(cardOf(reportReply))).toEqual([]);
    const text = textsOf([reportReply!]);
    expect(text).toContain('Rapport SLA — novembre 2026');
    expect(text).toMatch(/P1 : 1 tickets/);
  });

  it('does not give it to a nurse', async () => {
    const nurse = await bot.clientFor('alice.martin@chv.fr');
    const { replies } = await nurse.send('rapport SLA novembre');
    expect(textsOf(replies)).not.toContain('Rapport SLA');
  });
});
