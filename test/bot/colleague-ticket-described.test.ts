import { beforeEach, describe, expect, it } from 'vitest';
import { t } from '../../src/bot/messages/index.js';
import type { Ticket } from '../../src/tickets/index.js';
import { chatAs, clickIntake, runtimeForThisFile, ticketAnnounced, withdrawOpenTickets } from './chat-harness.js';

const runtime = runtimeForThisFile();

/** Sandrine, a nurse of the ICU, reports the patient record down for the whole unit, naming the patient she was with. */
async function recordDownInTheIcu(): Promise<Ticket> {
  const sandrine = chatAs(runtime(), 'sandrine.dupont@chv.fr');
  await sandrine.say("le DPI ne répond plus dans tout le service, impossible d'ouvrir le dossier de Mme Lefebvre chambre 3");
  const ticket = await ticketAnnounced(runtime(), await sandrine.say(clickIntake('create')));
  expect(ticket.title).toContain('Lefebvre');
  return ticket;
}

/** Chloé, a secretary of the emergency unit, reports its shared printer, naming the patient whose prescription is stuck. */
async function printerJammedAtTheEmergencies(): Promise<Ticket> {
  const chloe = chatAs(runtime(), 'chloe.carre@chv.fr');
  await chloe.say("l'imprimante PRN-URG-0010 bourre à chaque fois, impossible d'imprimer l'ordonnance de M. Girard");
  const ticket = await ticketAnnounced(runtime(), await chloe.say(clickIntake('create')));
  expect(ticket.title).toContain('Girard');
  return ticket;
}

// Another requester's words may name a patient: a colleague is told what the ticket is about from its recorded
// fields (kind of problem, device, place, since when, number, priority), never its title.
describe("a colleague told of someone else's ticket reads what it is about, not the requester's words", () => {
  beforeEach(() => withdrawOpenTickets(runtime()));

  it('"le DPI plante chez nous, vous avez d\'autres signalements ?" names the unit\'s ticket neutrally', async () => {
    const ticket = await recordDownInTheIcu();
    const fanny = chatAs(runtime(), 'fanny.colin@chv.fr');
    const text = await fanny.say("le DPI plante chez nous, vous avez d'autres signalements ?");
    expect(text).toContain(ticket.number);
    expect(text).not.toContain('Lefebvre');
    expect(text).toContain(t('fr', 'ticket.about.software'));
    expect(text).toContain('Réanimation polyvalente');
    expect(text).toContain('priorité P1');
    expect(text).toContain('signalé le ');
  });

  it('a second report of the outage, without asking, joins it without the first words either', async () => {
    const ticket = await recordDownInTheIcu();
    const fanny = chatAs(runtime(), 'fanny.colin@chv.fr');
    const text = await fanny.say('cristal net est bloqué pour tout le service depuis 10 min');
    expect(text).toContain(ticket.number);
    expect(text).not.toContain('Lefebvre');
  });

  it('"is anyone else reporting this?" from another unit reads the hospital-wide ticket neutrally, in English', async () => {
    const ticket = await recordDownInTheIcu();
    const emily = chatAs(runtime(), 'emily.carter@chv.fr', 'en-US');
    const text = await emily.say('Cristal-Net is down here too, is anyone else reporting this?');
    expect(text).toContain(ticket.number);
    expect(text).not.toContain('Lefebvre');
    expect(text).toContain(t('en', 'ticket.about.software'));
    expect(text).toContain(t('en', 'ticket.place.site'));
  });

  it("the shared printer's ticket, found when a colleague reports the same printer, shows its tag and room, not the words", async () => {
    const ticket = await printerJammedAtTheEmergencies();
    const emily = chatAs(runtime(), 'emily.carter@chv.fr', 'en-US');
    await emily.say('the printer PRN-URG-0010 keeps jamming');
    const text = await emily.say('no');
    expect(text).toContain(ticket.number);
    expect(text).not.toContain('Girard');
    expect(text).toContain('a printer problem on PRN-URG-0010, Urgences, A001 Secrétariat');
  });

  it('the status of a colleague\'s ticket, by its number or in the unit\'s list, is told without its words', async () => {
    const ticket = await printerJammedAtTheEmergencies();
    const byNumber = await chatAs(runtime(), 'emily.carter@chv.fr', 'en-US').say(`where is ${ticket.number} at?`);
    expect(byNumber).toContain(ticket.number);
    expect(byNumber).not.toContain('Girard');
    const listed = await chatAs(runtime(), 'emily.carter@chv.fr', 'en-US').say("any news on my colleague's printer ticket?");
    expect(listed).toContain(ticket.number);
    expect(listed).not.toContain('Girard');
  });

  it("a line manager following her team's tickets reads them without their words", async () => {
    const ticket = await recordDownInTheIcu();
    const manager = chatAs(runtime(), 'brigitte.roy@chv.fr');
    const text = await manager.say('où en sont les tickets de mon équipe ?');
    expect(text).toContain(ticket.number);
    expect(text).not.toContain('Lefebvre');
  });

  it('the requester still reads her own ticket by her own words', async () => {
    const ticket = await recordDownInTheIcu();
    const text = await chatAs(runtime(), 'sandrine.dupont@chv.fr').say(`où en est le ${ticket.number} ?`);
    expect(text).toContain(ticket.title);
  });
});
