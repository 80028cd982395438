import { describe, expect, it } from 'vitest';
import { answerUntil, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';

const runtime = runtimeForThisFile();

const ACROBAT = "Bjr, faudrait installer Adobe Acrobat Pro sur mon poste pour lundi. Faut l'accord de qqn ?";

/** An installation request shown on its summary with Monday as its needed-by date. */
async function acrobatForMonday() {
  const chat = chatAs(runtime(), 'caroline.girard@chv.fr');
  const summary = await chat.say(ACROBAT);
  expect(summary).toContain('Résumé de votre demande');
  return chat;
}

describe('a needed-by date taken back on a request\'s summary', () => {
  it('"non c\'est pas pour lundi, pas de date, c\'est pas pressé" removes Monday: no date on the ticket, no warning that the target falls after it', async () => {
    const chat = await acrobatForMonday();
    const text = await chat.say("non c'est pas pour lundi, pas de date, c'est pas pressé");
    expect(text).not.toContain('Pour quand: lundi');
    expect(text).toContain('Urgence: basse');
    expect(text).toContain("non c'est pas pour lundi, pas de date, c'est pas pressé");
    const created = await chat.say(clickIntake('create'));
    expect(created).not.toContain('tombe après la date');
    const ticket = await ticketAnnounced(runtime(), created);
    expect(ticket.description).not.toContain('Pour quand : lundi');
    expect(ticket.urgency).toBe('low');
  });

  it('"pas de date" after pressing change removes it too', async () => {
    const chat = await acrobatForMonday();
    await chat.say(clickIntake('change'));
    const text = await chat.say('pas de date');
    expect(text).not.toContain('Pour quand: lundi');
    expect(text).toContain('Résumé de votre demande');
  });

  it('"c\'est pas pour lundi" alone takes the day back', async () => {
    const chat = await acrobatForMonday();
    const text = await chat.say("c'est pas pour lundi");
    expect(text).not.toContain('Pour quand: lundi');
  });

  it('"actually there\'s no deadline, whenever you can" removes the date of an English request', async () => {
    const chat = chatAs(runtime(), 'brigitte.roy@chv.fr', 'en-GB');
    let text = await chat.say(
      "Hello, could you install the VoxMed dictation software on the ICU secretary's PC? New secretary starts monday 7th december and the doctors want to dictate letters to her from day one",
    );
    text = await answerUntil(chat, text, /Summary of your request/, () => 'VoxMed, as I said. the PC in the ICU secretariat A101, I think the sticker says PC-REA-0105');
    expect(text).toContain('Needed by: 7th december');
    text = await chat.say("actually there's no deadline, whenever you can");
    expect(text).not.toContain('Needed by: 7th december');
    expect(text).toContain('Summary of your request');
  });

  it('"c\'est pour mardi pas lundi" still puts Tuesday in its place', async () => {
    const chat = await acrobatForMonday();
    const text = await chat.say("c'est pour mardi pas lundi");
    expect(text).toContain('Pour quand: mardi');
  });
});
