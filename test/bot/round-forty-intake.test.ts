import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { answerUntilSummary, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';

// Monday 30 November 2026, 10:00 in Paris.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-30T09:00:00Z')) });

describe('a doctor whose dictation crashes', () => {
  it('"j\'ai 20 CR de consult en retard" is letters late, not care held up: P4, not a P1 with a technician alerted', async () => {
    const chat = chatAs(runtime(), 'margaux.vincent@chv.fr');
    const text = await answerUntilSummary(chat, await chat.say("la dictée vocale plante des que j appuie sur le bouton du micro, ça ferme le logiciel. j ai 20 CR de consult en retard"));
    expect(text).toContain('Soins impactés: non');
    expect(text).toContain('Priorité: P4');
  });
});

describe('the requester says after the ticket how soon it is needed', () => {
  it('"c pas vital, demain matin ça ira" lowers the urgency of the ticket held, the priority follows, and the words reach the ticket', async () => {
    const chat = chatAs(runtime(), 'chloe.michel@chv.fr');
    const summary = await answerUntilSummary(chat, await chat.say("l'imprimante du poste de soins de la maternité n'imprime plus rien, on a un doc urgent à sortir"));
    expect(summary).toMatch(/Priorité: P[23]/);
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    const text = await chat.say("finalement c pas vital, demain matin ça ira, on imprime à l'accueil");
    expect(text).toContain(`le ticket ${ticket.number} peut attendre`);
    const revised = await runtime().services.tickets.get(ticket.number);
    expect(revised.urgency).toBe('low');
    expect(revised.priority).not.toBe(ticket.priority);
    const events = await runtime().services.tickets.events(revised.id);
    expect(events.some((e) => e.kind === 'priority_changed' && e.data.to === revised.priority)).toBe(true);
    expect(events.some((e) => JSON.stringify(e.data).includes('demain matin'))).toBe(true);
  });

  it('a P1 with care at stake stays P1: the technician already called in gets the words and judges', async () => {
    const chat = chatAs(runtime(), 'fanny.colin@chv.fr');
    let text = await chat.say("le PSE du box 7 se met en alarme occlusion toutes les 2 min alors que la voie est perméable, c la noradré dessus");
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Priorité: P1');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    text = await chat.say("c'est pas urgent en fait, on a mis un autre pse");
    expect(text).toContain('technicien');
    expect(text).toContain(ticket.number);
    expect((await runtime().services.tickets.get(ticket.number)).priority).toBe('P1');
  });

  it('"ah en fait c\'est urgent" about a request held asks a technician; the bot does not raise it on its own', async () => {
    const chat = chatAs(runtime(), 'amelie.riviere@chv.fr');
    let text = await chat.say("Bjr, j'aurais besoin d'un accès en consultation au SIL pour voir les bilans rénaux qd je valide les prescriptions. c possible?");
    text = await answerUntilSummary(chat, text);
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    const before = (await runtime().services.tickets.list()).length;
    text = await chat.say('ah en fait c\'est urgent, ma collègue qui me sortait les bilans part en congés demain');
    expect(text).toContain(`ajouté au ticket ${ticket.number}`);
    expect(text).toContain('Je vous mets en relation avec un technicien');
    expect((await runtime().services.tickets.list()).length).toBe(before);
    expect((await runtime().services.tickets.get(ticket.number)).priority).toBe(ticket.priority);
  });
});

describe('the requester says the device was repaired', () => {
  it('"ça remarche. vous pouvez fermer" withdraws the ticket just opened instead of "nothing to cancel"', async () => {
    const chat = chatAs(runtime(), 'fanny.colin@chv.fr');
    let text = await chat.say("le scope du box 3 s'éteint tout seul, on a mis le scope de transport");
    text = await answerUntilSummary(chat, text);
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    text = await chat.say('c bon le biomed est passé il a changé le câble, ça remarche. vous pouvez fermer');
    expect(text).not.toContain('rien en cours');
    expect((await runtime().services.tickets.get(ticket.number)).status).toBe('cancelled');
  });
});
