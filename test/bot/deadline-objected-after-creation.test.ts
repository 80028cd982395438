import { describe, expect, it } from 'vitest';
import { chatAs, clickIntake, runtimeForThisFile, ticketAnnounced, withdrawOpenTickets } from './chat-harness.js';

const runtime = runtimeForThisFile();

/** The words recorded on a ticket after its creation. */
async function wordsAdded(number: string): Promise<string> {
  const { tickets } = runtime().services;
  const events = await tickets.events((await tickets.get(number)).id);
  return events.filter((event) => event.kind === 'message').map((event) => JSON.stringify(event.data)).join('\n');
}

const PHARMACY_SOFTWARE =
  'le logiciel de la pharma plante dès que je valide les prescriptions, je peux valider sur le pc de ma collègue en attendant';

/** The pharmacist's ticket as she filed it: the guide did not help, her unit, P4. */
async function pharmacyTicketFiled(chat: ReturnType<typeof chatAs>, english = false) {
  await chat.say(english ? 'the pharmacy software crashes as soon as I validate prescriptions, I can validate on my colleague\'s pc meanwhile' : PHARMACY_SOFTWARE);
  await chat.say(english ? 'no' : 'non');
  await chat.say(english ? 'yes' : 'oui');
  const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
  expect(ticket.priority).toBe('P4');
  return ticket;
}

describe('the deadline of a ticket just created objected to ("jeudi 10?? je vous ai dit aujourd\'hui, à 15h…")', () => {
  it('raises the ticket held to urgent, tells the new priority and the time it is needed by, and opens no new ticket', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'caroline.girard@chv.fr');
    const ticket = await pharmacyTicketFiled(chat);
    const reply = await chat.say("jeudi 10?? je vous ai dit aujourd'hui, à 15h j'ai plus de poste pour valider");
    expect(reply).not.toContain('autre problème');
    expect(reply).not.toContain("S'agit-il de");
    expect(reply).toContain(ticket.number);
    expect(reply).toContain('15 h');
    expect(reply).toContain('P4 → P3');
    const raised = await runtime().services.tickets.get(ticket.number);
    expect(raised.urgency).toBe('high');
    expect(raised.priority).toBe('P3');
    expect(await wordsAdded(ticket.number)).toContain("à 15h j'ai plus de poste pour valider");
    // The contract resolves it later than 15:00: a technician is asked to see what can be done sooner.
    expect(reply).toContain('technicien');
    const open = await runtime().services.tickets.list({ status: ['new', 'assigned', 'in_progress', 'waiting_user'] });
    expect(open.filter((t) => t.requester === 'caroline.girard@chv.fr')).toHaveLength(1);
  });

  it('raises it as well when asked by its number ("vous pouvez passer le INC-… en urgent? à 15h je peux plus valider")', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'caroline.girard@chv.fr');
    const ticket = await pharmacyTicketFiled(chat);
    const reply = await chat.say(`vous pouvez passer le ${ticket.number} en urgent? à 15h je peux plus valider du tout`);
    expect(reply).toContain('P4 → P3');
    expect(reply).toContain('15 h');
    expect((await runtime().services.tickets.get(ticket.number)).urgency).toBe('high');
  });

  it('is the same in English ("Thursday?? I told you today, at 3pm I won\'t have a workstation to validate")', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'caroline.girard@chv.fr', 'en-US');
    const ticket = await pharmacyTicketFiled(chat, true);
    const reply = await chat.say("Thursday?? I told you today, at 3pm I won't have a workstation to validate on");
    expect(reply).not.toContain('another problem');
    expect(reply).toContain('P4 → P3');
    expect(reply).toContain('3:00 pm');
    expect((await runtime().services.tickets.get(ticket.number)).urgency).toBe('high');
    const other = chatAs(runtime(), 'caroline.girard@chv.fr', 'en-US');
    const second = await pharmacyTicketFiled(other, true);
    expect(await other.say(`can you make ${second.number} urgent? by 3pm I can't validate at all`)).toContain('P4 → P3');
  });

  it('still opens a new ticket for another problem told after it ("autre chose, l\'imprimante du bureau bourre")', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'caroline.girard@chv.fr');
    const ticket = await pharmacyTicketFiled(chat);
    const reply = await chat.say("autre chose, l'imprimante du bureau bourre à chaque page depuis ce matin");
    expect(reply).toContain('autre problème');
    expect((await runtime().services.tickets.get(ticket.number)).urgency).toBe('medium');
  });
});
