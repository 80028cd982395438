import { describe, expect, it } from 'vitest';
import { t } from '../../src/bot/messages/index.js';
import { chatAs, runtimeForThisFile } from './chat-harness.js';

const runtime = runtimeForThisFile();

// From conversations with staff: a question with one answer, asked while a fiche is tried, brought up another fiche
// and then titled the technician's ticket.
describe('"ma collègue peut me laisser sa session c\'est ok ?" while the locked-account fiche is tried', () => {
  it('is answered no, the fiche stays open, and the technician\'s ticket keeps the first problem', async () => {
    const chat = chatAs(runtime(), 'gaelle.giraud@chv.fr');
    expect(await chat.say("compte bloqué !! trop d'essais mdp, je peux plus ouvrir ma session")).toContain('Voici la fiche');
    const text = await chat.say("ma collègue peut me laisser sa session c'est ok ?");
    expect(text).toContain(t('fr', 'intake.side_no_sharing'));
    expect(text).not.toContain('Voici la fiche');
    const handed = await chat.say('je peux parler à qqn ?');
    const number = /INC-\d{4}-\d{6}/.exec(handed)![0];
    const ticket = await runtime().services.tickets.get(number);
    expect(ticket.title).toContain('compte bloqué');
    expect(ticket.category).toBe('access');
  });
});

describe('a locked account with an anaesthesia about to start', () => {
  it('"compte bloqué !! … on induit dans 15 min" goes straight to a ticket that holds up care', async () => {
    const chat = chatAs(runtime(), 'gaelle.giraud@chv.fr');
    const text = await chat.say("compte bloqué !! trop d'essais mdp, on induit dans 15 min");
    expect(text).not.toContain('Voici la fiche');
    expect(text).toContain('Je vais ouvrir un incident');
  });
});
