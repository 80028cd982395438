import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { t } from '../../src/bot/messages/index.js';
import { answerUntil, answerUntilSummary, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced, withdrawOpenTickets } from './chat-harness.js';

// Monday 30 November 2026, 10:00 in Paris: a working day, so working-hours targets end this week or the next.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-30T09:00:00Z')) });

/** A printer that only one person needs, and can wait: the summary shows P4, for the proximity team. */
async function printerSummary(email: string, locale: 'fr-FR' | 'en-US') {
  const chat = chatAs(runtime(), email, locale);
  const first = locale === 'fr-FR' ? "l'imprimante du couloir ne marche plus" : 'the corridor printer is not working';
  const english = locale === 'en-US';
  // No device number, in the user's unit, care not held up, and it can wait.
  const summary = await answerUntil(chat, await chat.say(first), /Résumé de votre|Summary of your/, (question) => {
    if (/contournement|workaround/.test(question)) return english ? 'Yes, it can wait' : 'Oui, ça peut attendre';
    if (/appareil|device/i.test(question)) return english ? "I don't know" : 'je ne sais pas';
    if (/patients|patient care|Voici la fiche|Here is the guide/.test(question)) return english ? 'no' : 'non';
    return english ? 'yes' : 'oui';
  });
  expect(summary).toMatch(/Priorité: P4|Priority: P4/);
  return chat;
}

// From conversations with staff: questions about what the bot had just said went into the ticket with no answer.
describe('what a priority means, asked on the summary', () => {
  it('"P4 ça veut dire quoi ?" is told what P4 means, the proximity team\'s P4 times and when, then the summary again', async () => {
    await withdrawOpenTickets(runtime());
    const chat = await printerSummary('marc.brunet@chv.fr', 'fr-FR');
    const text = await chat.say('P4 ça veut dire quoi ?');
    expect(text).toContain(t('fr', 'priority.meaning.P4'));
    expect(text).toContain('Support de proximité');
    expect(text).toContain('prise en charge en 8 h, résolution en 50 h (heures ouvrées)');
    expect(text).toContain('lundi 7 décembre à 10 h 00');
    expect(text).toContain('Résumé de votre incident');
    expect(text).not.toContain('Précisions');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.description).not.toContain('P4 ça veut dire quoi');
  });

  it('"c\'est quoi P2 ?" gets P2\'s meaning and times for the same team, and the priority of this ticket', async () => {
    await withdrawOpenTickets(runtime());
    const chat = await printerSummary('marc.brunet@chv.fr', 'fr-FR');
    const text = await chat.say("c'est quoi P2 ?");
    expect(text).toContain(t('fr', 'priority.meaning.P2'));
    expect(text).toContain('prise en charge en 1 h, résolution en 8 h (heures ouvrées)');
    expect(text).toContain('P4');
    expect(text).toContain('Résumé de votre incident');
  });

  it('in English: "P4 means what, next week?"', async () => {
    await withdrawOpenTickets(runtime());
    const chat = await printerSummary('tom.whitaker@chv.fr', 'en-US');
    const text = await chat.say('P4 means what, next week?');
    expect(text).toContain(t('en', 'priority.meaning.P4'));
    expect(text).toContain('first response within 8 h, resolution within 50 h (working hours)');
    expect(text).toContain('Monday 7 December');
    expect(text).toContain('Summary of your incident');
  });

  it('"what does P1 mean?" mid-form is answered and the question asked again', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'tom.whitaker@chv.fr', 'en-US');
    await chat.say('my outlook keeps crashing');
    expect(await chat.say('no')).toContain('Is the problem in');
    const text = await chat.say('what does P1 mean?');
    expect(text).toContain(t('en', 'priority.meaning.P1'));
    expect(text).toContain('Is the problem in');
  });
});

describe('how long it will take, asked before the ticket is created', () => {
  it('"ça va prendre combien de temps ?" on the summary gets the P4 times if created now, then the summary again', async () => {
    await withdrawOpenTickets(runtime());
    const chat = await printerSummary('marc.brunet@chv.fr', 'fr-FR');
    const text = await chat.say('ça va prendre combien de temps ?');
    expect(text).toContain('Si le ticket est créé maintenant');
    expect(text).toContain("prise en charge avant aujourd'hui à 18 h 00");
    expect(text).toContain('lundi 7 décembre à 10 h 00');
    expect(text).not.toContain(t('fr', 'intake.side_when'));
    expect(text).toContain('Voici le résumé. Je crée le ticket ?');
  });

  it('in English: "How long will it take?"', async () => {
    await withdrawOpenTickets(runtime());
    const chat = await printerSummary('tom.whitaker@chv.fr', 'en-US');
    const text = await chat.say('How long will it take?');
    expect(text).toContain('If the ticket is created now');
    expect(text).toContain('first response by today at 6:00 pm');
    expect(text).toContain('Summary of your incident');
  });

  it('before the priority is known, the answer stays that the times come with the ticket', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'marc.brunet@chv.fr');
    await chat.say("l'imprimante du couloir ne marche plus");
    await chat.say('non');
    const text = await chat.say('ça va prendre combien de temps ?');
    expect(text).toContain(t('fr', 'intake.side_when'));
    expect(text).not.toContain('Si le ticket est créé maintenant');
  });
});

describe('the technician a P1 is handed to, asked about', () => {
  async function p1Created(email: string, locale: 'fr-FR' | 'en-US') {
    const chat = chatAs(runtime(), email, locale);
    const first = locale === 'fr-FR'
      ? 'le DPI ne marche plus dans tout le service, on ne peut plus prescrire, les patients attendent'
      : 'the patient record is down for the whole unit, we cannot prescribe, patients are waiting';
    const summary = await answerUntilSummary(chat, await chat.say(first));
    expect(summary).toMatch(/Priorité: P1|Priority: P1/);
    const created = await chat.say(clickIntake('create'));
    return { chat, ticket: await ticketAnnounced(runtime(), created) };
  }

  it('"vous m\'avez passé à un technicien ?" is explained: a P1 goes to a technician at once, who writes here', async () => {
    await withdrawOpenTickets(runtime());
    const { chat, ticket } = await p1Created('marc.brunet@chv.fr', 'fr-FR');
    const text = await chat.say("vous m'avez passé à un technicien ?");
    expect(text).toContain(t('fr', 'handoff.p1_explained', { number: ticket.number }));
    // The conversation goes on: what follows still reaches the technician.
    expect(await chat.say('on est passés sur papier')).toContain(t('fr', 'handoff.forwarded', { number: ticket.number }));
  });

  it('in English: "did you just send me to a tech?"', async () => {
    await withdrawOpenTickets(runtime());
    const { chat, ticket } = await p1Created('tom.whitaker@chv.fr', 'en-US');
    const text = await chat.say('did you just send me to a tech?');
    expect(text).toContain(t('en', 'handoff.p1_explained', { number: ticket.number }));
  });
});

describe('whether others report the same problem, asked mid-form', () => {
  it('"vous avez d\'autres signalements ?" finds the unit\'s open ticket, without its requester', async () => {
    await withdrawOpenTickets(runtime());
    const colleague = chatAs(runtime(), 'marc.prevost@chv.fr');
    await answerUntilSummary(colleague, await colleague.say('Cristal-Net ne répond plus pour tout le service, on ne peut plus prescrire'));
    const ticket = await ticketAnnounced(runtime(), await colleague.say(clickIntake('create')));
    const chat = chatAs(runtime(), 'marc.brunet@chv.fr');
    await chat.say('le DPI ne marche plus chez nous');
    const text = await chat.say("vous avez d'autres signalements ?");
    expect(text).toContain(ticket.number);
    expect(text).not.toContain('Prévost');
  });

  it('"is anyone else reporting this?" with nothing open: told so, and the form goes on', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'tom.whitaker@chv.fr', 'en-US');
    await chat.say('the patient record is very slow for the whole unit');
    const text = await chat.say('is anyone else reporting this?');
    expect(text).toContain(t('en', 'intake.not_known'));
  });

  it('"y a d\'autres gens qui ont signalé ça ?" is the same question', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'marc.brunet@chv.fr');
    await chat.say('le DPI rame dans tout le service');
    const text = await chat.say("y a d'autres gens qui ont signalé ça ?");
    expect(text).toContain(t('fr', 'intake.not_known'));
  });
});
