import { describe, expect, it } from 'vitest';
import { t } from '../../src/bot/messages/index.js';
import { answerUntilSummary, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced, withdrawOpenTickets } from './chat-harness.js';

const runtime = runtimeForThisFile();

// From conversations with staff: the telephone exchange serves every unit; its outage told from two units is one ticket.
describe('a whole unit\'s phones down, told from a second unit', () => {
  async function recoveryRoomTicket() {
    const sspi = chatAs(runtime(), 'jeanne.martin@chv.fr');
    const summary = await answerUntilSummary(sspi, await sspi.say('plus aucun tél fixe en SSPI, les DECT non plus'));
    expect(summary).toContain('Personnes touchées: tout le service');
    return ticketAnnounced(runtime(), await sspi.say(clickIntake('create')));
  }

  it('joins the recovery room\'s ticket, which becomes the hospital\'s, instead of a second P1', async () => {
    await withdrawOpenTickets(runtime());
    const ticket = await recoveryRoomTicket();
    const emergency = chatAs(runtime(), 'delphine.rolland@chv.fr');
    const text = await emergency.say('Les téléphones sont HS aux urgences, fixes et dect');
    expect(text).toContain(ticket.number);
    expect((await runtime().services.tickets.get(ticket.number)).scope).toBe('site');
    expect((await runtime().services.tickets.list({ status: ['new'] })).filter((open) => open.category === 'phone')).toHaveLength(1);
  });

  it('asked "y a déjà un incident en cours sur la téléphonie ?" at the guide, finds it', async () => {
    await withdrawOpenTickets(runtime());
    const ticket = await recoveryRoomTicket();
    const emergency = chatAs(runtime(), 'delphine.rolland@chv.fr');
    await emergency.say('mon téléphone fixe ne sonne plus');
    const text = await emergency.say('y a déjà un incident en cours sur la téléphonie oui ou non ?');
    expect(text).toContain(ticket.number);
    expect(text).not.toContain("Aucun ticket n'est ouvert");
  });

  it('asked at the guide with nothing open: told so, and the incident is taken down', async () => {
    await withdrawOpenTickets(runtime());
    const emergency = chatAs(runtime(), 'delphine.rolland@chv.fr');
    expect(await emergency.say('mon téléphone fixe ne sonne plus')).toContain('Voici la fiche');
    const text = await emergency.say('y a déjà un incident en cours sur la téléphonie oui ou non ?');
    expect(text).toContain(t('fr', 'intake.not_known'));
    expect(text).toContain('Je vais ouvrir un incident');
  });

  it('another unit\'s phones down since yesterday are their own: a new ticket', async () => {
    await withdrawOpenTickets(runtime());
    const ticket = await recoveryRoomTicket();
    const yesterday = new Date(Date.now() - 26 * 3600 * 1000).toISOString();
    await runtime().store.db.updateTable('tickets').set({ created_at: yesterday }).where('number', '=', ticket.number).execute();
    const emergency = chatAs(runtime(), 'delphine.rolland@chv.fr');
    const text = await emergency.say('Les téléphones sont HS aux urgences, fixes et dect');
    expect(text).not.toContain(ticket.number);
  });
});
