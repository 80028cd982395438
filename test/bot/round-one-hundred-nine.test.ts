import { describe, expect, it } from 'vitest';
import { t } from '../../src/bot/messages/index.js';
import { answerUntil, answerUntilSummary, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced, withdrawOpenTickets } from './chat-harness.js';

const runtime = runtimeForThisFile();

describe('round one hundred and nine: a "no" that takes the question back', () => {
  it('"hmm no wait, actually the real problem is…" to "shall I open a ticket?" takes up the problem, it does not drop it', async () => {
    const chat = chatAs(runtime(), 'kenji.sato@chv.fr', 'en-US');
    expect(await chat.say('hi quick q, how do i open the fetal monitoring central view on my office pc? new intern')).toContain('Shall I open a ticket?');
    const text = await chat.say(
      'hmm no wait, actually the real problem is at the midwives station, the central CTG screen shows no trace for room 4, the monitor in the room works fine tho',
    );
    expect(text).not.toContain("I'm here if you need me");
    expect(text).toContain("I'll open an incident");
    expect(text).toContain('5100');
  });

  it('"no thanks, I\'ll ask a colleague tomorrow" still declines', async () => {
    const chat = chatAs(runtime(), 'kenji.sato@chv.fr', 'en-US');
    expect(await chat.say('hi quick q, how do i open the fetal monitoring central view on my office pc? new intern')).toContain('Shall I open a ticket?');
    expect(await chat.say("no thanks, I'll ask a colleague tomorrow")).toContain("I'm here if you need me");
  });
});

describe('round one hundred and nine: a whole unit on its downtime procedure', () => {
  it('"ok on passe en papier" on the summary of a unit\'s DPI outage that holds up care keeps it urgent, a P1', async () => {
    const chat = chatAs(runtime(), 'caroline.chauvin@chv.fr');
    let text = await chat.say('bjr le dpi rame a mort depuis ce matin en neuro, impossible de valider les admin de traitements ca met 2 min a chaque clic');
    expect(text).toContain('Priorité: P1');
    text = await chat.say('ok on passe en papier. cree le');
    expect(text).toContain('Urgence: haute');
    expect(text).toContain('Priorité: P1');
  });
});

describe('round one hundred and nine: one application outage across two units', () => {
  async function neurologyTicket() {
    const neuro = chatAs(runtime(), 'caroline.chauvin@chv.fr');
    const summary = await neuro.say('bjr le dpi rame a mort depuis ce matin en neuro, impossible de valider les admin de traitements ca met 2 min a chaque clic');
    expect(summary).toContain('Personnes touchées: tout le service');
    return ticketAnnounced(runtime(), await neuro.say(clickIntake('create')));
  }

  it('cardiology reporting the same DPI slowness joins neurology\'s ticket, which becomes the hospital\'s', async () => {
    await withdrawOpenTickets(runtime());
    const ticket = await neurologyTicket();
    const cardio = chatAs(runtime(), 'fabien.nicolas@chv.fr');
    const text = await cardio.say('cristal net rame dans tout le service de cardio depuis 8h, on arrive pas a faire les prescriptions');
    expect(text).toContain(t('fr', 'outage.known_elsewhere', { number: ticket.number, title: ticket.title, status: 'nouveau', priority: 'P1', team: 'Support éditeur DPI Cristal-Net (N2)' }).slice(0, 60));
    const widened = await runtime().services.tickets.get(ticket.number);
    expect(widened.scope).toBe('site');
    expect(widened.priority).toBe('P1');
    const events = await runtime().services.tickets.events(widened.id);
    expect(events.some((e) => e.kind === 'priority_changed' && JSON.stringify(e.data).includes('cardiology'))).toBe(true);
    expect(events.some((e) => JSON.stringify(e.data).includes('on arrive pas a faire les prescriptions'))).toBe(true);
    expect((await runtime().services.tickets.list({ status: ['new'] })).filter((open) => open.assetId === ticket.assetId)).toHaveLength(1);
  });

  it('asked in the middle of the form, "il y a pas deja un ticket ouvert pour cristal net lent?" finds it too', async () => {
    await withdrawOpenTickets(runtime());
    const ticket = await neurologyTicket();
    const cardio = chatAs(runtime(), 'fabien.nicolas@chv.fr');
    await cardio.say("cristal net lent sur mon poste en cardio, je peux pas prescrire");
    const text = await cardio.say('attendez avant de creer, il y a pas deja un ticket ouvert pour cristal net lent?');
    expect(text).toContain(ticket.number);
    expect(text).not.toContain("Aucun ticket n'est ouvert");
  });

  it('a printer fault in two units is two faults: no joining without an application', async () => {
    await withdrawOpenTickets(runtime());
    const neuro = chatAs(runtime(), 'caroline.chauvin@chv.fr');
    const summary = await answerUntilSummary(neuro, await neuro.say('plus aucune imprimante ne marche dans tout le service de neuro'));
    expect(summary).toContain('Personnes touchées: tout le service');
    await ticketAnnounced(runtime(), await neuro.say(clickIntake('create')));
    const cardio = chatAs(runtime(), 'fabien.nicolas@chv.fr');
    const text = await cardio.say("plus aucune imprimante ne marche dans tout le service de cardio");
    expect(text).not.toContain('déjà signalé dans un autre service');
  });
});

describe('round one hundred and nine: the care question answered with its own verb', () => {
  it('"delays it yes, they go back to the nurses station PC to validate, its a pain" is care delayed', async () => {
    const chat = chatAs(runtime(), 'brigitte.roy@chv.fr', 'en-US');
    let text = await chat.say('morning. one of our medication carts laptop keeps dropping wifi in the unit, nurses lose the session in the middle of the drug round');
    text = await answerUntil(chat, text, /Does it block or delay patient care/, (question) => (/Is the problem in/.test(question) ? 'yes ICU. its all 3 carts not just one' : "I don't know"));
    text = await chat.say('delays it yes, they go back to the nurses station PC to validate, its a pain');
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Patient care affected: yes');
  });
});

describe('round one hundred and nine: told that a colleague reported it', () => {
  it('"ma collegue caroline a deja appelé pour ca je crois" in the form finds the unit\'s open ticket', async () => {
    await withdrawOpenTickets(runtime());
    const neuro = chatAs(runtime(), 'caroline.chauvin@chv.fr');
    await neuro.say('bjr le dpi rame a mort depuis ce matin en neuro, impossible de valider les admin de traitements ca met 2 min a chaque clic');
    const ticket = await ticketAnnounced(runtime(), await neuro.say(clickIntake('create')));
    const colleague = chatAs(runtime(), 'alice.rolland@chv.fr');
    let text = await colleague.say("cristal net rame depuis ce matin sur mon poste, chaque ecran met 1 min a s'ouvrir");
    if (/Voici la fiche/.test(text)) text = await colleague.say('non toujours pareil');
    text = await colleague.say('oui au poste de soins B210. ma collegue caroline a deja appelé pour ca je crois');
    expect(text).toContain(ticket.number);
    expect(text).not.toContain("Aucun ticket n'est ouvert");
  });

  it('told so with none open, the form goes on without a word about it', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'alice.rolland@chv.fr');
    let text = await chat.say("cristal net rame depuis ce matin sur mon poste, chaque ecran met 1 min a s'ouvrir");
    if (/Voici la fiche/.test(text)) text = await chat.say('non toujours pareil');
    text = await chat.say('oui au poste de soins B210. ma collegue a deja appelé pour ca je crois');
    expect(text).not.toContain("Aucun ticket n'est ouvert");
    expect(text).not.toContain('déjà ouvert');
  });
});
