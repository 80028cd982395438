import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textsOf, type RunningBot } from '../support/runtime.js';
import type { Scope, Urgency } from '../../src/triage/index.js';
import { cardsIn, currentCard, startDesk, threadOf } from '../handoff/agents-channel.js';
import { openEarlierTicket } from '../support/earlier-ticket.js';

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

  const openTicket = (requester: string, title: string, fields: { scope: Scope; urgency: Urgency; care: boolean }) =>
    openEarlierTicket(bot.runtime, { requester, title, category: 'network', language: 'en', ...fields });

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

/**
 * A lab technician's P1 is handed over ("a technician will answer you here"); she goes on writing before any
 * agent has taken it. Her words must reach the technician, not start a fiche and a second incident.
 */
describe('writing while the handoff waits for an agent', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startDesk();
  });
  afterAll(async () => {
    await bot?.dispose();
  });

  it('goes to the card\'s thread and onto the ticket, and opens nothing else', async () => {
    const user = await bot.clientFor('corinne.besson@chv.fr');
    const cards = cardsIn(bot).length;
    let text = textsOf((await user.send("le SIL est planté au labo, plus personne peut se connecter, message erreur serveur sur tous les postes du plateau technique. les automates tournent mais on peut plus valider ni envoyer les résultats, les urgences nous appellent sans arret pour les bilans")).replies);
    expect(text).toContain('Priorité: P1');
    text = textsOf((await user.send({ ...user.message(''), text: '', value: { intake: 'create' } })).replies);
    const number = /INC-\d{4}-\d{6}/.exec(text)![0];
    expect(text).toContain('Il vous répondra ici même');
    const card = cardsIn(bot)[cards]!;
    const before = (await bot.runtime.services.tickets.list({ limit: 500 })).length;

    const asked = 'ok merci. et en attendant on fait comment pour les résultats des urgences, on les faxe ??';
    text = textsOf((await user.send(asked)).replies);
    expect(text).toContain(`ticket ${number}`);
    expect(text).not.toContain('Voici la fiche');
    expect(text).not.toContain('Je vais ouvrir un incident');
    expect(textsOf(bot.connector.activities(threadOf(card)) as never)).toContain(asked);
    const events = await bot.runtime.services.tickets.events((await bot.runtime.services.tickets.get(number)).id);
    expect(events.some((e) => e.kind === 'message' && JSON.stringify(e.data).includes('faxe'))).toBe(true);
    expect((await bot.runtime.services.tickets.list({ limit: 500 })).length).toBe(before);
    // Thanks and status questions are still the bot's to answer.
    expect(textsOf((await user.send('merci')).replies)).not.toContain('transmis');
  });
});
