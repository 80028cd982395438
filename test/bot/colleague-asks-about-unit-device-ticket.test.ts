import { beforeEach, describe, expect, it } from 'vitest';
import { t } from '../../src/bot/messages/index.js';
import type { Ticket } from '../../src/tickets/index.js';
import { answerUntil, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced, withdrawOpenTickets } from './chat-harness.js';

const runtime = runtimeForThisFile();

/** Gaël, a nurse of geriatrics F2, reports the syringe pump of room 12 (no tag known): a biomedical P1. */
async function pumpReportedByGael(): Promise<Ticket> {
  const gael = chatAs(runtime(), 'gael.olivier@chv.fr');
  const text = await answerUntil(gael, await gael.say("le pousse seringue de la chambre 12 sonne en continu, je n'arrive pas à l'arrêter"), /Résumé de votre/, (q) =>
    /De quel appareil/.test(q) ? 'je ne sais pas' : /Le problème est-il en/.test(q) ? 'oui' : /patients/.test(q) ? 'oui' : 'non');
  const ticket = await ticketAnnounced(runtime(), await gael.say(clickIntake('create')));
  expect(ticket.category).toBe('biomedical');
  expect(ticket.assetId).toBeNull();
  return ticket;
}

/** Everything said about a ticket in its events, as the technician reads it. */
async function wordsOnTicket(ticket: Ticket): Promise<string> {
  const events = await runtime().services.tickets.events(ticket.id);
  return JSON.stringify(events.map((event) => event.data));
}

describe("a colleague of the unit asks about the unit's medical device ticket", () => {
  beforeEach(() => withdrawOpenTickets(runtime()));

  it('"mon collègue gael a fait un ticket pour le pousse seringue ch12 (INC… je crois), ça en est ou ??" gets its status and 5100 first, and the hand-over goes to that ticket', async () => {
    const ticket = await pumpReportedByGael();
    const before = await runtime().services.tickets.count();
    const damien = chatAs(runtime(), 'damien.roger@chv.fr');
    const status = await damien.say(
      `mon collègue gael a fait un ticket pour le pousse seringue ch12 tout a l'heure (${ticket.number} je crois), ça en est ou ?? toujours personne de venu et il sonne encore`,
    );
    expect(status).not.toContain('Je ne trouve pas');
    expect(status).toContain(ticket.number);
    expect(status).toContain(t('fr', 'status.call_biomedical_first'));
    expect(status.indexOf(t('fr', 'status.call_biomedical_first'))).toBeLessThan(status.indexOf(ticket.number));

    const handedOver = await damien.say("mais c le meme service on est tous les 2 en geria F2 ! il sonne tjrs, patient sous morphine. je veux parler a quelqu'un la");
    expect(handedOver).toContain(t('fr', 'handoff.escalated', { number: ticket.number }));
    const later = await damien.say("c'est le biomed qu'il faut, pas l'informatique");
    expect(later).not.toContain('Je vais ouvrir un incident');
    expect(await runtime().services.tickets.count()).toBe(before);
    const words = await wordsOnTicket(ticket);
    expect(words).toContain('patient sous morphine');
    expect(words).toContain("c'est le biomed qu'il faut");
  });

  it('"le PSE de la 12 que ma collègue a signalé, ça en est où ? il sonne encore" without a number lists the unit\'s ticket', async () => {
    const ticket = await pumpReportedByGael();
    const colleague = chatAs(runtime(), 'julie.vidal@chv.fr');
    const status = await colleague.say('le PSE de la 12 que ma collègue a signalé ce matin, ça en est où ? il sonne encore');
    expect(status).toContain(ticket.number);
    expect(status).toContain(t('fr', 'status.call_biomedical_first'));
    expect(status).not.toContain('Je vais ouvrir un incident');
  });

  it('"my colleague Gael opened a ticket for the syringe pump in room 12, any news? it is still alarming" is answered in English with 5100 first', async () => {
    const ticket = await pumpReportedByGael();
    const colleague = chatAs(runtime(), 'florence.petit@chv.fr', 'en-US');
    const status = await colleague.say(`my colleague Gael opened a ticket for the syringe pump in room 12 earlier (${ticket.number}), any news? it is still alarming`);
    expect(status).toContain(ticket.number);
    expect(status).toContain(t('en', 'status.call_biomedical_first'));
    expect(status).not.toContain("I can't find");
  });

  it("someone from another unit is not shown the ticket; the ticket opened for the technician is a medical device's", async () => {
    const ticket = await pumpReportedByGael();
    const outsider = chatAs(runtime(), 'hugo.charpentier@chv.fr');
    const status = await outsider.say(`où en est le ${ticket.number} pour le pousse seringue ? il sonne encore`);
    expect(status).toContain(t('fr', 'status.not_found', { number: ticket.number }));
    expect(status).not.toContain(ticket.title);
    const handedOver = await outsider.say("je veux parler a quelqu'un");
    const opened = await ticketAnnounced(runtime(), handedOver);
    expect(opened.number).not.toBe(ticket.number);
    expect(opened.category).toBe('biomedical');
    expect(opened.team).toBe('biomedical');
  });

  it("a ticket on someone's own PC still stays theirs", async () => {
    const owner = chatAs(runtime(), 'pascal.francois@chv.fr');
    const created = await answerUntil(owner, await owner.say('mon PC PC-GER-0102 fait un écran bleu au démarrage, je travaille sur celui du bureau médical en attendant'), /Résumé de votre/, (q) =>
      /Voici la fiche/.test(q) ? 'non' : /contournement/.test(q) ? "oui, mais c'est gênant" : /Qui est touché/.test(q) ? 'moi seul' : 'non');
    const ticket = await ticketAnnounced(runtime(), await owner.say(clickIntake('create')));
    const colleague = chatAs(runtime(), 'damien.roger@chv.fr');
    const status = await colleague.say(`où en est le ${ticket.number} ?`);
    expect(status).toContain('Je ne trouve pas');
    expect(status).not.toContain(t('fr', 'status.call_biomedical_first'));
    expect(created).toContain('Résumé de votre');
  });
});
