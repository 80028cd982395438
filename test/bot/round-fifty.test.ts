import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { answerUntilSummary, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';

// Monday 30 November 2026, 16:00 in Paris.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-30T15:00:00Z')) });

async function dectTicket(email: string) {
  const chat = chatAs(runtime(), email);
  const text = await answerUntilSummary(chat, await chat.say("mon dect s'éteint tout seul toutes les 10 minutes depuis ce matin, c'est le 0102"));
  expect(text).toContain('Résumé');
  return { chat, dect: await ticketAnnounced(runtime(), await chat.say(clickIntake('create'))) };
}

describe('news that the ticket held is over', () => {
  it('"ça remarche depuis qu\'on a changé la batterie, merci" resolves the ticket just opened instead of only saying "you\'re welcome"', async () => {
    const { chat, dect } = await dectTicket('maxime.duval@chv.fr');
    const text = await chat.say("ça remarche depuis qu'on a changé la batterie, merci");
    expect((await runtime().services.tickets.get(dect.number)).status).toBe('resolved');
    expect(text).toContain(dect.number);
  });

  it('"ça remarche… merci. par contre faudrait corriger mon numéro de portable dans l\'annuaire" resolves the ticket and starts the request', async () => {
    const { chat, dect } = await dectTicket('maxime.duval@chv.fr');
    let text = await chat.say("ça remarche depuis qu'on a changé la batterie, merci. par contre faudrait corriger mon numéro de portable dans l'annuaire, c'est plus le bon");
    expect((await runtime().services.tickets.get(dect.number)).status).toBe('resolved');
    expect(text).toContain('votre demande');
    text = await answerUntilSummary(chat, text);
    const request = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(request.number).toMatch(/^REQ-/);
    expect(request.title).toMatch(/numéro de portable/);
  });

  it('"c\'est bon ça remarche ! par contre faudrait corriger mon numéro…" (read as "c\'est bon") starts the request too', async () => {
    const { chat, dect } = await dectTicket('maxime.duval@chv.fr');
    const text = await chat.say("c'est bon ça remarche ! par contre faudrait corriger mon numéro de portable dans l'annuaire");
    expect((await runtime().services.tickets.get(dect.number)).status).toBe('resolved');
    expect(text).toContain('votre demande');
  });

  it('"it works again, thanks. but could you fix my mobile number in the directory" resolves and records a request, not an incident', async () => {
    const { chat, dect } = await dectTicket('maxime.duval@chv.fr');
    const text = await chat.say("it works again, thanks. but could you fix my mobile number in the directory, it's wrong");
    expect((await runtime().services.tickets.get(dect.number)).status).toBe('resolved');
    expect(text).toContain('your request');
  });

  it('"depuis ce matin ça remarche plus du tout" does not resolve the ticket', async () => {
    const { chat, dect } = await dectTicket('maxime.duval@chv.fr');
    const text = await chat.say('depuis ce matin ça remarche plus du tout, même en changeant la batterie');
    expect((await runtime().services.tickets.get(dect.number)).status).toBe('new');
    expect(text).not.toContain('résolu');
  });
});
