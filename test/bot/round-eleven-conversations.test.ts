import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textsOf, type RunningBot } from '../support/runtime.js';
import { cardsIn, currentCard, startDesk } from '../handoff/agents-channel.js';

/**
 * A receptionist whose P1 ticket was opened earlier comes back: she asks where it stands, then asks for a
 * technician. She must learn when someone is due, and the technician must be put on the ticket she holds,
 * not on a second one opened for the same outage.
 */
describe('coming back to an open ticket', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startDesk();
  });
  afterAll(async () => {
    await bot?.dispose();
  });

  async function openTicket(email: string, title: string, priority: { scope: string; urgency: string; care: boolean }) {
    const { ticket } = await bot.runtime.services.tickets.create({
      requester: email,
      category: 'network',
      scope: priority.scope,
      urgency: priority.urgency,
      patient_care_impact: priority.care,
      title,
      description: title,
      language: 'en',
      source: { channel: 'teams', conversation_id: 'a:1earlier-conversation', activity_id: `earlier-${email}` },
      created_by_kind: 'user',
    });
    return ticket;
  }

  it('tells when the first response is due, for the one ticket asked about and for each ticket of the list', async () => {
    const ticket = await openTicket('anne.morel@chv.fr', 'no network on the admission desks', { scope: 'service', urgency: 'high', care: false });
    const user = await bot.clientFor('anne.morel@chv.fr', { locale: 'en-GB' });
    const list = textsOf((await user.send('Hi, any update on my ticket from earlier?')).replies);
    expect(list).toContain(ticket.number);
    expect(list).toMatch(/First response due: (today|tomorrow|\w+day)/);
    const one = textsOf((await user.send(`where is ${ticket.number}?`)).replies);
    expect(one).toMatch(/First response due: (today|tomorrow|\w+day)/);
  });

  it('puts the technician on the ticket just shown instead of opening another', async () => {
    const ticket = await openTicket('delphine.rolland@chv.fr', 'plus de réseau aux guichets des admissions', { scope: 'service', urgency: 'high', care: false });
    const before = (await bot.runtime.services.tickets.list({ requesterId: ticket.requesterId!, limit: 50 })).length;
    const cards = cardsIn(bot).length;
    const user = await bot.clientFor('delphine.rolland@chv.fr');
    const status = textsOf((await user.send('où en est mon ticket ?')).replies);
    expect(status).toContain('Prise en charge prévue');
    const reply = textsOf((await user.send('je veux parler à un technicien')).replies);
    expect(reply).toContain(ticket.number);
    expect(reply).not.toContain('en une phrase');
    expect((await bot.runtime.services.tickets.list({ requesterId: ticket.requesterId!, limit: 50 })).length).toBe(before);
    expect(textsOf([currentCard(bot, cardsIn(bot)[cards]!)])).toContain(ticket.number);
  });
});
