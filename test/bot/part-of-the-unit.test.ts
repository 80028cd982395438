import { describe, expect, it } from 'vitest';
import { t } from '../../src/bot/messages/index.js';
import { chatAs, clickIntake, answerUntilSummary, ticketAnnounced, runtimeForThisFile } from './chat-harness.js';

const runtime = runtimeForThisFile();

// From conversations with testers who had not seen the code: a unit-wide report narrowed in words at a yes/no question.
describe('a unit-wide problem narrowed to some of its machines', () => {
  it('"c que sur les 2 postes du fond en fait" to "is it in Cardiology?" is noted as a group, not asked again as yes or no', async () => {
    const chat = chatAs(runtime(), 'adrien.olivier@chv.fr');
    await chat.say('plus de réseau sur les PC du service');
    const text = await chat.say('c que sur les 2 postes du fond en fait');
    expect(text).toContain(t('fr', 'scope.team'));
    expect(text).not.toContain('Répondez « oui » ou « non »');
    const summary = await answerUntilSummary(chat, await chat.say('oui'));
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(summary).toContain('Résumé');
    expect(ticket?.scope).toBe('team');
  });

  it('"only on the two PCs at the back" narrows an English report the same way', async () => {
    const chat = chatAs(runtime(), 'brigitte.roy@chv.fr', 'en-US');
    await chat.say('no network on any of the PCs of the ward');
    const text = await chat.say("it's only on the two PCs at the back actually");
    expect(text).toContain(t('en', 'scope.team'));
  });
});
