import { beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { t } from '../../src/bot/messages/index.js';
import { answerUntilSummary, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced, withdrawOpenTickets } from './chat-harness.js';

// Monday 30 November 2026, 10:00 in Paris: a working day, so the proximity team's working-hours deadlines are fixed.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-30T09:00:00Z')) });

/** A flickering screen one person can work with: a P4 ticket for the proximity team, just created. */
async function flickeringScreenTicket(email: string, locale: 'fr-FR' | 'en-US') {
  const chat = chatAs(runtime(), email, locale);
  const first = locale === 'fr-FR' ? "mon écran clignote de temps en temps, c'est gênant mais je peux travailler" : 'my screen flickers now and then, annoying but I can work';
  const summary = await answerUntilSummary(chat, await chat.say(first));
  expect(summary).toMatch(/Priorité: P4|Priority: P4/);
  const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
  return { chat, ticket };
}

// From conversations with staff: asked after the ticket was created, the priority's meaning went onto the ticket and a
// technician was called, with no answer.
describe('what the priority of the ticket just created means, and why', () => {
  beforeEach(() => withdrawOpenTickets(runtime()));

  it('"P4 ça veut dire quoi ?" tells what P4 means, why this ticket is P4, its contract times and deadlines, and how to change it', async () => {
    const { chat, ticket } = await flickeringScreenTicket('pascal.robert@chv.fr', 'fr-FR');
    const before = await runtime().services.tickets.count();
    const text = await chat.say('P4 ça veut dire quoi ?');
    expect(text).toContain(t('fr', 'priority.meaning.P4'));
    expect(text).toContain(`Le ticket ${ticket.number} est en P4`);
    expect(text).toContain('personnes touchées : une personne, soins impactés : non, urgence : basse');
    expect(text).toContain('Sous le contrat de Support de proximité, en P4 : prise en charge en 8 h, résolution en 50 h (heures ouvrées)');
    expect(text).toContain('lundi 7 décembre à 10 h 00');
    expect(text).toContain(t('fr', 'priority.change_how'));
    expect(text).not.toContain('Je vous mets en relation');
    expect(await runtime().services.tickets.count()).toBe(before);
    const events = await runtime().services.tickets.events(ticket.id);
    expect(JSON.stringify(events.map((event) => event.data))).not.toContain('veut dire quoi');
  });

  it('"pourquoi P4 ?" and "pourquoi mon ticket est en P4 ?" get the same answer, not a hand-over', async () => {
    const { chat, ticket } = await flickeringScreenTicket('pascal.robert@chv.fr', 'fr-FR');
    for (const asked of ['pourquoi P4 ?', 'ok merci. pourquoi mon ticket est en P4 ?']) {
      const text = await chat.say(asked);
      expect(text).toContain(`Le ticket ${ticket.number} est en P4`);
      expect(text).toContain(t('fr', 'priority.change_how'));
      expect(text).not.toContain('Je vous mets en relation');
    }
  });

  it('the change it says how to ask is taken: "c\'est urgent en fait" raises it, and the answer follows the new priority', async () => {
    const { chat, ticket } = await flickeringScreenTicket('pascal.robert@chv.fr', 'fr-FR');
    await chat.say('pourquoi P4 ?');
    expect(await chat.say("en fait c'est urgent, j'ai la paie à sortir ce soir")).toContain('P4 → P3');
    const text = await chat.say('et P3 ça veut dire quoi ?');
    expect(text).toContain(t('fr', 'priority.meaning.P3'));
    expect(text).toContain(`Le ticket ${ticket.number} est en P3`);
    expect(text).toContain('urgence : haute');
  });

  it('in English, "what does P3 mean?" on a P4 ticket tells P3, then why this one is P4 and when it is due', async () => {
    const { chat, ticket } = await flickeringScreenTicket('emily.carter@chv.fr', 'en-US');
    const text = await chat.say('what does P3 mean?');
    expect(text).toContain(t('en', 'priority.meaning.P3'));
    expect(text).toContain(`Ticket ${ticket.number} is P4`);
    expect(text).toContain('affected: one person, patient care affected: no, urgency: low');
    expect(text).toContain('first response within 8 h, resolution within 50 h (working hours)');
    expect(text).toContain('Monday 7 December');
    expect(text).toContain(t('en', 'priority.change_how'));
    const why = await chat.say('why is it P4?');
    expect(why).toContain(`Ticket ${ticket.number} is P4`);
  });

  it('news told with the question ("pourquoi P4 alors que tout le service est bloqué ?") still goes on the ticket', async () => {
    const { chat, ticket } = await flickeringScreenTicket('pascal.robert@chv.fr', 'fr-FR');
    const text = await chat.say('pourquoi P4 alors que tout le service est bloqué ?');
    expect(text).not.toContain('je corrige le ticket');
    const events = await runtime().services.tickets.events(ticket.id);
    expect(JSON.stringify(events.map((event) => event.data))).toContain('tout le service est bloqué');
  });
});

describe('why the priority, asked on the summary', () => {
  beforeEach(() => withdrawOpenTickets(runtime()));

  it('"pourquoi P4 ?" before the ticket is created is told what P4 means, then the summary again', async () => {
    const chat = chatAs(runtime(), 'pascal.robert@chv.fr');
    await answerUntilSummary(chat, await chat.say("mon écran clignote de temps en temps, c'est gênant mais je peux travailler"));
    const text = await chat.say('pourquoi P4 ?');
    expect(text).toContain(t('fr', 'priority.meaning.P4'));
    expect(text).toContain('Résumé de votre incident');
    expect(text).not.toContain("Je n'ai pas compris");
  });
});
