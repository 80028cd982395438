import { describe, expect, it } from 'vitest';
import { t } from '../../src/bot/messages/index.js';
import { answerUntilSummary, chatAs, runtimeForThisFile, ticketNumberIn } from './chat-harness.js';

const runtime = runtimeForThisFile();

async function createdTitle(chat: ReturnType<typeof chatAs>, summary: string): Promise<string> {
  expect(summary).toMatch(/Résumé de votre incident|Summary of your incident/);
  const created = await chat.say({ type: 'message', value: { intake: 'create' } });
  const number = ticketNumberIn(created);
  expect(number, created).toBeDefined();
  return (await runtime().services.tickets.get(number!)).title;
}

describe('a first message that says only that something is wrong', () => {
  it('asks what the problem is, and titles the ticket with the answer', async () => {
    const chat = chatAs(runtime(), 'stephane.martinez@chv.fr');
    const asked = await chat.say("bonjour j'ai un souci");
    expect(asked).toContain(t('fr', 'intake.ask.problem'));
    expect(asked).not.toContain(t('fr', 'intake.ask.category'));
    const described = 'le lecteur de code-barres ne bipe plus quand je scanne les bracelets';
    const summary = await answerUntilSummary(chat, await chat.say(described));
    expect(summary).toContain(`Problème: ${described}`);
    expect(await createdTitle(chat, summary)).toBe(described);
  });

  it('asks in English when the person writes English', async () => {
    const chat = chatAs(runtime(), 'hannah.schulz@chv.fr', 'en-GB');
    expect(await chat.say('I have a problem')).toContain(t('en', 'intake.ask.problem'));
  });

  it('asks only once: after a second vague message it asks the kind of problem, and titles the ticket with the first real description', async () => {
    const chat = chatAs(runtime(), 'alice.martin@chv.fr');
    expect(await chat.say('ça marche pas')).toContain(t('fr', 'intake.ask.problem'));
    expect(await chat.say('ben rien ne marche')).toContain(t('fr', 'intake.ask.category'));
    const described = "l'écran de mon PC reste noir";
    const summary = await answerUntilSummary(chat, await chat.say(described));
    expect(summary).toContain(`Problème: ${described}`);
    expect(await createdTitle(chat, summary)).toBe(described);
  });

  it('leaves the greeting out of a title ("hi, my computer is slow")', async () => {
    const chat = chatAs(runtime(), 'hannah.schulz@chv.fr', 'en-GB');
    const summary = await answerUntilSummary(chat, await chat.say('hi, my computer is extremely slow since this morning'));
    expect(await createdTitle(chat, summary)).toBe('my computer is extremely slow since this morning');
  });
});
