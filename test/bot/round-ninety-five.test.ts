import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { answerUntilSummary, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';

// Wednesday 2 December 2026, 15:40 in Paris.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-12-02T14:40:00Z')) });

/** A colleague of the unit opens a ticket; another looks it up by its number. */
async function colleaguesTicket(requester: string, report: string) {
  const chat = chatAs(runtime(), requester);
  const text = await answerUntilSummary(chat, await chat.say(report));
  expect(text).toMatch(/Résumé de votre/);
  return ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
}

describe('round ninety-five: a colleague tells the unit\'s ticket got worse, and asks for a person', () => {
  it('"la ça marche plus du tout, plus personne peut se connecter au dpi en réa… je veux parler à quelqu\'un" raises the ticket before the technician comes', async () => {
    const ticket = await colleaguesTicket('fanny.colin@chv.fr', 'le dpi rame a mort depuis 10h en rea, ca tourne dans le vide. on arrive encore a valider mais c tres lent');
    expect(ticket.priority).not.toBe('P1');
    const chat = chatAs(runtime(), 'emilie.roy@chv.fr');
    expect(await chat.say(`bjr, ou en est le ticket ${ticket.number} pour le DPI? c'est ma collegue Fanny qui l'a ouvert, ca rame toujours`)).toContain(ticket.number);
    const text = await chat.say('la ca marche plus du tout, plus personne peut se connecter au dpi en rea, on a 8 patients dont 2 entrées. je veux parler a quelqu\'un svp');
    expect(text).toContain(ticket.number);
    const revised = await runtime().services.tickets.get(ticket.number);
    expect(revised.priority).toBe('P1');
    const events = await runtime().services.tickets.events(revised.id);
    expect(events.some((e) => e.kind === 'priority_changed' && JSON.stringify(e.data).includes('a colleague of the unit'))).toBe(true);
  });

  it('"sans bracelet on peut pas identifier les patients" while waiting for the technician about a colleague\'s ticket weighs on it', async () => {
    const ticket = await colleaguesTicket('yasmine.perrin@chv.fr', "limprimante a bracelet marche plus au poste de soins des urgences, ca sort des bracelets blancs. on fait des bracelets papier a la main en attendant");
    expect(ticket.priority).not.toBe('P1');
    const chat = chatAs(runtime(), 'marie.legrand@chv.fr');
    await chat.say(`bonjour ou en est le ticket pour l'imprimante a bracelets des urgences ? ma collegue Yasmine l'a ouvert tout a l'heure, ${ticket.number}`);
    await chat.say('je peux parler a quelqu\'un svp');
    const text = await chat.say('on a presque plus de bracelets papier et on a 3 entrées qui arrivent, sans bracelet on peut pas identifier les patients');
    expect(text).toContain(ticket.number);
    const revised = await runtime().services.tickets.get(ticket.number);
    expect(revised.patientCareImpact).toBe(true);
    expect(['P1', 'P2']).toContain(revised.priority);
  });
});

describe('round ninety-six: who else got the lure, told in passing', () => {
  it('"btw Mickael and Melanie in our office got the same email too" to the care question makes it a team\'s', async () => {
    const chat = chatAs(runtime(), 'sofia.rossi@chv.fr', 'en-GB');
    const first = await chat.say('Hi, I got an email saying my Office 365 password expires today and I clicked the link and typed my password... it looked weird after. What should I do?');
    expect(first).toContain('5200');
    const text = await answerUntilSummary(chat, await chat.say('no not really. btw Mickael and Melanie in our office got the same email too, not sure if they clicked'));
    expect(text).toContain('Affected: a team or a shared station');
  });
});

describe('round ninety-six: the hotline number asked in the middle of the form', () => {
  it('"je sais pas, c\'est quoi le numero de la hotline au cas ou ?" to who is affected gives the number, then asks again', async () => {
    const chat = chatAs(runtime(), 'stephane.traore@chv.fr');
    const first = await chat.say("Le DPI plante en salle 2, impossible d'ouvrir le dossier d'anesthésie du patient, on a une induction dans 10 min");
    expect(first).toContain('Qui est touché');
    const text = await chat.say("je sais pas, c'est quoi le numero de la hotline au cas ou ?");
    expect(text).toContain('5000');
    expect(text).toContain('Qui est touché');
  });
});
