import { describe, expect, it } from 'vitest';
import { chatAs, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';

const runtime = runtimeForThisFile();

// From conversations with staff: "ok." and a question on the summary created the ticket and dropped the question.
describe('"ok. et le pse en panne on en fait quoi, on vous l\'envoie ?" on the summary', () => {
  it('creates the ticket with the question in it, and says the technician will answer', async () => {
    const chat = chatAs(runtime(), 'yasmine.dasilva@chv.fr');
    await chat.say("pousse seringue lit 4 en sspi en erreur, on l'a remplacé par un autre en attendant");
    expect(await chat.say('oui')).toContain('Résumé de votre incident');
    const text = await chat.say("ok. et le pse en panne on en fait quoi, on vous l'envoie ?");
    expect(text).toContain('votre question est ajoutée au ticket');
    const ticket = await ticketAnnounced(runtime(), text);
    expect(ticket?.description).toContain('on en fait quoi');
  });
});
