import { describe, expect, it } from 'vitest';
import { t } from '../../src/bot/messages/index.js';
import { answerUntilSummary, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';

const runtime = runtimeForThisFile();

// From conversations with staff: a fault told with a ticket number the user cannot follow was a dead end.
describe('a fault told with a ticket the user cannot follow', () => {
  const told =
    "re-bonjour, le wifi de l'étage direction (bât E 3e) recoupe toutes les 5 min, c'était réparé la semaine dernière (ticket INC-2026-000412 je crois) et ça recommence depuis ce matin";

  it('is taken down as a new incident, with the number and the words in it', async () => {
    const chat = chatAs(runtime(), 'manon.dasilva@chv.fr');
    const text = await chat.say(told);
    expect(text).toContain(t('fr', 'status.not_found_new_incident', { number: 'INC-2026-000412' }));
    expect(text).toContain('Je vais ouvrir un incident');
    await answerUntilSummary(chat, text);
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket?.category).toBe('network');
    expect(ticket?.description).toContain('INC-2026-000412');
    expect(ticket?.description).toContain('toutes les 5 min');
  });

  it('a plain status question about an unknown number is answered as before', async () => {
    const chat = chatAs(runtime(), 'manon.dasilva@chv.fr');
    const text = await chat.say('où en est le ticket INC-2026-000412 ?');
    expect(text).toContain(t('fr', 'status.not_found', { number: 'INC-2026-000412' }));
    expect(text).not.toContain('Je vais ouvrir un incident');
  });
});
