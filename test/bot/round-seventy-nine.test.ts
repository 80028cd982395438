import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { answerUntil, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';

// Tuesday 1 December 2026, 04:00 in Paris.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-12-01T03:00:00Z')) });

describe('round seventy-nine, the words as the person wrote them', () => {
  it('"le scope de télémétrie de la chambre 4 (B334)…": the summary and the title keep "chambre 4", the scope of B334 is the one', async () => {
    const chat = chatAs(runtime(), 'julien.maillard@chv.fr');
    const first = await chat.say(
      "Bonjour, le scope de télémétrie de la chambre 4 (B334) n'envoie plus l'ECG sur la centrale depuis 7h ce matin, ecran noir coté centrale mais le scope lui affiche bien. Patient sous surveillance rythmique, on l'a branché sur un scope portable en attendant donc pas de risque immédiat. Les autres chambres sont ok. A voir dans la matinée svp",
    );
    const summary = await answerUntil(chat, first, /Résumé de votre/, (q) => (/De quel appareil/.test(q) ? "la chambre 4 je vous l'ai dit, B334" : 'oui'));
    expect(summary).toContain('de la chambre 4 (B334)');
    expect(summary).not.toContain('chambre 334');
    expect(summary).toContain('Appareil: BIO-CARD-0004');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket!.title).not.toContain('chambre 334');
    expect(ticket!.title).toContain('chambre 4');
  });

  it('"sur le pc du bureau medical B320 (PC-CARD-0330)… je viens d\'essayer au poste de soins B310": the words keep B320', async () => {
    const chat = chatAs(runtime(), 'pauline.leroy@chv.fr');
    const first = await chat.say(
      "slt, cristal net plante (fenetre blanche puis ferme tout) des que j'ouvre l'onglet prescriptions, sur le pc du bureau medical B320 (PC-CARD-0330 c'est celui d'eric gaillard mais je l'utilise aussi). que moi apparemment, eric a pas le pb sur son poste. je passe par le poste de soins en attendant donc pas urgent",
    );
    await answerUntil(chat, first, /Résumé de votre/, () => 'oui');
    const summary = await chat.say("attendez je viens d'essayer au poste de soins B310 et ca plante pareil en fait. donc je peux plus prescrire du tout, j'ai 3 entrees cet aprem et c'est moi qui prescris");
    expect(summary).toContain('sur le pc du bureau medical B320 (PC-CARD-0330');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket!.title).not.toContain('B310');
  });
});

describe('round seventy-nine, after the ticket', () => {
  const first =
    'the computer cart in OR 3 has no network, says no internet access. we cant open the patient file in DPI to do the safety checklist and the patient is already on the table. anesthetist is waiting';

  it('"other rooms are ok i think", to who is affected, tells who is affected, not a way round: care stays held up', async () => {
    const chat = chatAs(runtime(), 'guillaume.leroy@chv.fr', 'en-GB');
    const summary = await answerUntil(chat, await chat.say(first), /Summary of your/, (q) => (/Who is affected/.test(q) ? 'the OR 3 team, other rooms are ok i think' : 'yes'));
    expect(summary).toContain('Patient care affected: yes');
    expect(summary).toContain('Priority: P1');
  });

  it('"we found the other cart, it works… but the cart still needs fixing" keeps the ticket open; "dont close it" reopens one closed', async () => {
    const chat = chatAs(runtime(), 'guillaume.leroy@chv.fr', 'en-GB');
    await answerUntil(chat, await chat.say(first), /Summary of your/, (q) => (/Who is affected/.test(q) ? 'the OR 3 team' : 'yes'));
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    const told = await chat.say('ok we found the other cart in the corridor, it works, we are doing the checklist on it. so no longer urgent, but the cart still needs fixing');
    expect(told).not.toMatch(/resolved/);
    expect((await runtime().services.tickets.get(ticket!.number))!.status).not.toBe('resolved');

    await runtime().services.tickets.move(ticket!.number, 'resolved', { by: 'test', kind: 'system' }, 'resolved too soon');
    const kept = await chat.say('no! dont close it, the cart in OR 3 is still broken, we are using another one');
    expect(kept).toContain(`${ticket!.number}`);
    expect(kept).not.toContain('Here is the guide');
    expect((await runtime().services.tickets.get(ticket!.number))!.status).toBe('in_progress');
  });

  it('"reopen INC-…" while a guide waits for its answer reopens the ticket', async () => {
    const chat = chatAs(runtime(), 'guillaume.leroy@chv.fr', 'en-GB');
    await answerUntil(chat, await chat.say(first), /Summary of your/, (q) => (/Who is affected/.test(q) ? 'the OR 3 team' : 'yes'));
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    await runtime().services.tickets.move(ticket!.number, 'resolved', { by: 'test', kind: 'system' }, 'resolved');
    const guide = await chat.say('how do I change my password?');
    expect(guide).toContain('Here is the guide');
    const reopened = await chat.say(`reopen ${ticket!.number}`);
    expect(reopened).toMatch(/Reopened/);
    expect((await runtime().services.tickets.get(ticket!.number))!.status).toBe('in_progress');
  });
});
