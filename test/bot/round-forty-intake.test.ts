import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { answerUntil, answerUntilSummary, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';
import { understandText } from '../../src/triage/index.js';

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

describe('an intern locked out of the patient record, after the password fiche', () => {
  it('"tried the forgot pwd thing but no sms comes" is the fiche tried in vain: the first message stays the problem', async () => {
    const chat = chatAs(runtime(), 'kenji.sato@chv.fr', 'en-GB');
    let text = await chat.say('hi, cant log in to cristal net since this morning, says password expired or smth');
    expect(text).toContain('Here is the guide');
    text = await chat.say('tried the forgot pwd thing but no sms comes, i think they never put my mobile number, im here only since 3 weeks');
    text = await answerUntil(chat, text, /Summary of your incident/, (q) => (/patient care/.test(q) ? 'kind of, I cant write notes or prescriptions, my senior is doing them on her session for now but its slowing the round' : 'yes'));
    expect(text).toMatch(/Problem: hi, cant log in to cristal net/);
    expect(text).toContain('no sms comes');
  });

  it('"kind of… my senior is doing them for now but its slowing the round" is care delayed, not a plain way round', async () => {
    const chat = chatAs(runtime(), 'kenji.sato@chv.fr', 'en-GB');
    let text = await chat.say("hi, can't log in to cristal net since this morning, account locked. need it for the ward");
    text = await answerUntil(chat, text, /Summary of your incident/, (q) =>
      /Here is the guide/.test(q) ? 'no' : /patient care/.test(q) ? 'kind of, I cant write notes or prescriptions, my senior is doing them on her session for now but its slowing the round' : 'yes');
    expect(text).toContain('Patient care affected: yes');
    // A way round that keeps care on time is still a no.
    const other = chatAs(runtime(), 'kenji.sato@chv.fr', 'en-GB');
    text = await other.say("hi, can't log in to cristal net since this morning, account locked. need it for the ward");
    text = await answerUntil(other, text, /Summary of your incident/, (q) =>
      /Here is the guide/.test(q) ? 'no' : /patient care/.test(q) ? 'my senior is doing them on her session for now' : 'yes');
    expect(text).toContain('Patient care affected: no');
  });
});

describe("a newcomer's account, with the rights she will need", () => {
  it('"sinon elle peut rien faire" says what the rights are for, not that it is urgent: the request stays P4', async () => {
    const chat = chatAs(runtime(), 'corinne.traore@chv.fr');
    let text = await chat.say('bonjour, on a une nouvelle secrétaire qui arrive lundi en neuro, il lui faut un compte svp');
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Priorité: P4');
    text = await chat.say('ah et il lui faudra aussi le DPI et la dictée numérique hein, sinon elle peut rien faire');
    expect(text).not.toContain('urgence haute');
    expect(text).toContain('Priorité: P4');
    // Said of what is, it still is urgent.
    expect(understandText("mon PC est planté je peux rien faire").fields!.urgency.value).toBe('high');
  });
});
