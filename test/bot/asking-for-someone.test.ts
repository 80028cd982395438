import { describe, expect, it } from 'vitest';
import { t } from '../../src/bot/messages/index.js';
import { answerUntilSummary, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced, ticketNumberIn, withdrawOpenTickets } from './chat-harness.js';

const runtime = runtimeForThisFile();

// From conversations with staff: asking for a technician before, or while, telling a request.
describe('asking for a technician about a request', () => {
  it('"je veux parler a un technicien", then "il faut créer un compte pour une nouvelle assistante qui arrive demain": a REQ for a new account, P3, identity team, handed over', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'anais.fontaine@chv.fr');
    const placeholder = ticketNumberIn(await chat.say('je veux parler a un technicien'))!;
    const text = await chat.say('il faut créer un compte pour une nouvelle assistante qui arrive demain');
    expect(text).toContain(t('fr', 'handoff.request_instead', { number: placeholder }));
    const summary = await answerUntilSummary(chat, text);
    expect(summary).toContain('Priorité: P3');
    const created = await chat.say(clickIntake('create'));
    const ticket = await ticketAnnounced(runtime(), created);
    expect(ticket).toMatchObject({ kind: 'request', urgency: 'high', priority: 'P3', team: 'identity-access' });
    expect(created).toContain(t('fr', 'handoff.escalated', { number: ticket!.number }));
    expect((await runtime().services.tickets.get(placeholder)).status).toBe('cancelled');
  });

  it('"I want to talk to a technician", then "we need an account for a new nurse starting tomorrow": a request, not an incident', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'michael.brennan@chv.fr', 'en-US');
    const placeholder = ticketNumberIn(await chat.say('I want to talk to a technician'))!;
    const text = await chat.say('we need an account for a new nurse starting tomorrow');
    expect(text).toContain(t('en', 'handoff.request_instead', { number: placeholder }));
  });

  it('"I\'d rather speak to a real person", then a folder access and a projector in one message: the request first, then the projector on a form of its own', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'helene.aubert@chv.fr', 'en-US');
    const placeholder = ticketNumberIn(await chat.say("I'd rather speak to a real person please"))!;
    const text = await chat.say(
      "Our new quality manager, Thomas Leroy, starts on Monday and needs read/write access to the Direction > Qualité shared folder, same rights as me. Also the projector in meeting room E330 doesn't detect my laptop, I have the board meeting there Friday 9am.",
    );
    expect(text).toContain(t('en', 'handoff.request_instead', { number: placeholder }));
    expect(text).toContain('Your message: Our new quality manager, Thomas Leroy, starts on Monday and needs read/write access to the Direction > Qualité shared folder, same rights as me\n');
    const created = await chat.say(clickIntake('create'));
    const request = await ticketAnnounced(runtime(), created);
    expect(request).toMatchObject({ kind: 'request', team: 'identity-access' });
    expect(request!.description).not.toContain('projector');
    expect(created).toContain(t('en', 'intake.second_problem', { problem: "The projector in meeting room E330 doesn't detect my laptop, I have the board meeting there Friday 9am." }));
  });

  it('asked halfway through an access request, the technician gets the request with its need date, P3, identity team', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'anais.fontaine@chv.fr');
    await chat.say('il me faut un accès à Cristal-Net pour ma nouvelle collègue Julie Morel');
    await chat.say('demain matin 8h');
    const text = await chat.say('je veux parler a un technicien');
    const ticket = await runtime().services.tickets.get(ticketNumberIn(text)!);
    expect(ticket).toMatchObject({ kind: 'request', urgency: 'high', priority: 'P3', team: 'identity-access' });
    expect(ticket.description).toContain('demain');
  });

  it('"faites juste la demande normale" once handed over ends the hand-over, and the request follows its usual course', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'anais.fontaine@chv.fr');
    await chat.say('il me faut un accès à Cristal-Net pour ma nouvelle collègue Julie Morel');
    await chat.say('demain matin 8h');
    const number = ticketNumberIn(await chat.say('je veux parler a un technicien'))!;
    expect(await chat.say('faites juste la demande normale')).toContain(t('fr', 'handoff.usual_way', { number }));
    const { id } = await runtime().services.tickets.get(number);
    const handoffs = await runtime().store.db.selectFrom('handoffs').select('state').where('ticket_id', '=', id).execute();
    expect(handoffs.map((handoff) => handoff.state)).toEqual(['ended']);
    expect((await runtime().services.tickets.get(number)).status).not.toBe('cancelled');
  });
});

/** A P1 on the admissions software, told from maternity: a technician is alerted on it. */
async function admissionsDownInMaternity(): Promise<string> {
  await withdrawOpenTickets(runtime());
  const chat = chatAs(runtime(), 'laura.berger@chv.fr');
  await chat.say("le logiciel d'admission répond plus, erreur connexion base, plus aucune entrée possible en maternité, les patientes attendent");
  const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
  expect(ticket?.priority).toBe('P1');
  return ticket!.number;
}

// From conversations with staff: a director put on a P1 asks who is on call, then to talk to someone.
describe('asking who is on call, and for someone, about a P1', () => {
  const escalating = "les entrées en maternité sont bloquées, le logiciel d'admission répond plus (erreur connexion base). ça fait 1h !! qui est d'astreinte côté DSI, je veux escalader";

  it('"qui est d\'astreinte ? je veux un nom ou un numéro" is answered with how the P1 is handled and the desk\'s number, not a request form', async () => {
    const p1 = await admissionsDownInMaternity();
    const chat = chatAs(runtime(), 'gaelle.mendes@chv.fr');
    expect(await chat.say(escalating)).toContain(p1);
    const text = await chat.say("qui est d'astreinte ? je veux un nom ou un numéro");
    expect(text).toContain(t('fr', 'call.service_desk'));
    expect(text).toContain(`Le ticket ${p1} est en priorité P1`);
    expect(text).not.toContain('Quelle est votre demande');
  });

  it('"non ! je veux parler à quelqu\'un de la DSI maintenant" hands over on the P1, and opens no request', async () => {
    const p1 = await admissionsDownInMaternity();
    const chat = chatAs(runtime(), 'gaelle.mendes@chv.fr');
    await chat.say(escalating);
    await chat.say("qui est d'astreinte ? je veux un nom ou un numéro");
    const text = await chat.say("non ! je veux parler à quelqu'un de la DSI maintenant");
    expect(text).toContain(t('fr', 'handoff.escalated', { number: p1 }));
    const open = await runtime().services.tickets.list({ status: ['new', 'assigned', 'in_progress', 'waiting_user'] });
    expect(open.map((ticket) => ticket.number)).toEqual([p1]);
  });

  it('asked straight after being put on the P1, a person is on the P1 too', async () => {
    const p1 = await admissionsDownInMaternity();
    const chat = chatAs(runtime(), 'gaelle.mendes@chv.fr');
    await chat.say(escalating);
    expect(await chat.say('je veux parler à un technicien')).toContain(t('fr', 'handoff.escalated', { number: p1 }));
  });

  it('"et c\'est qui de garde à l\'informatique ce soir ?" is answered the same way', async () => {
    const p1 = await admissionsDownInMaternity();
    const chat = chatAs(runtime(), 'gaelle.mendes@chv.fr');
    await chat.say(escalating);
    const text = await chat.say("et c'est qui de garde à l'informatique ce soir ?");
    expect(text).toContain(`Le ticket ${p1} est en priorité P1`);
    expect(text).not.toContain('Quelle est votre demande');
  });
});

// From conversations with staff: once handed over after a P1, the user greets before asking again.
describe('a greeting before words, once handed over', () => {
  it('"bonjour ? quelqu\'un ? pour le labo ?" after a P1 in intensive care reaches the technician', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'stephane.chevalier@chv.fr');
    await chat.say("plus aucun pc n'a le réseau en réa, ni DPI ni résultats labo");
    const created = await chat.say('vas y crée');
    const ticket = await ticketAnnounced(runtime(), created);
    expect(ticket?.priority).toBe('P1');
    const text = await chat.say("bonjour ? quelqu'un ? pour le labo ?");
    expect(text).toContain(t('fr', 'handoff.forwarded', { number: ticket!.number }));
    expect(text).not.toContain('Quel est votre problème');
  });

  it('"hello? anyone? how do i reset it" after an English P1 reaches the technician', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'michael.brennan@chv.fr', 'en-US');
    await chat.say('no PC on the whole ward has network, no EHR and no lab results, care is blocked');
    await chat.say('yes');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket?.priority).toBe('P1');
    const text = await chat.say('hello? anyone? how do i reset it');
    expect(text).toContain(t('en', 'handoff.forwarded', { number: ticket!.number }));
    expect(text).not.toContain('What IT problem');
  });

  it('a bare "bonjour !" is still greeted back', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'stephane.chevalier@chv.fr');
    await chat.say("plus aucun pc n'a le réseau en réa, ni DPI ni résultats labo");
    await chat.say('vas y crée');
    expect(await chat.say('bonjour !')).toMatch(/Bon(jour|soir) Stéphane/);
  });
});
