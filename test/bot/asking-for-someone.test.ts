import { describe, expect, it } from 'vitest';
import { t } from '../../src/bot/messages/index.js';
import { chatAs, clickIntake, runtimeForThisFile, ticketAnnounced, withdrawOpenTickets } from './chat-harness.js';

const runtime = runtimeForThisFile();

// From conversations with staff: once handed over after a P1, the user greets before asking again.
describe('a greeting before words, once handed over', () => {
  it('"bonjour ? quelqu\'un ? pour le labo ?" after a P1 in intensive care reaches the technician', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'stephane.chevalier@chv.fr');
    await chat.say("plus aucun pc n'a le réseau en réa, ni DPI ni résultats labo");
    const created = await chat.say('vas y crée');
    const ticket = await ticketAnnounced(runtime(), created);
    expect(ticket?.priority).toBe('P1');
    const text = await chat.say("bonjour ? quelqu'un ? pour le labo ?");
    expect(text).toContain(t('fr', 'handoff.forwarded', { number: ticket!.number }));
    expect(text).not.toContain('Quel est votre problème');
  });

  it('"hello? anyone? how do i reset it" after an English P1 reaches the technician', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'michael.brennan@chv.fr', 'en-US');
    await chat.say('no PC on the whole ward has network, no EHR and no lab results, care is blocked');
    await chat.say('yes');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket?.priority).toBe('P1');
    const text = await chat.say('hello? anyone? how do i reset it');
    expect(text).toContain(t('en', 'handoff.forwarded', { number: ticket!.number }));
    expect(text).not.toContain('What IT problem');
  });

  it('a bare "bonjour !" is still greeted back', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'stephane.chevalier@chv.fr');
    await chat.say("plus aucun pc n'a le réseau en réa, ni DPI ni résultats labo");
    await chat.say('vas y crée');
    expect(await chat.say('bonjour !')).toContain('Bonjour Stéphane');
  });
});
