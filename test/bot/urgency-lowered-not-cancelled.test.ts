import { describe, expect, it } from 'vitest';
import { t } from '../../src/bot/messages/index.js';
import { answerUntilSummary, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced, withdrawOpenTickets } from './chat-harness.js';

const runtime = runtimeForThisFile();

const FOETAL_CENTRAL = 'la centrale de monitoring foetal en salle de naissance est noire, tout le secteur';

/** A midwife reports the delivery room's foetal monitoring central station; she does not know its number. */
async function foetalCentralSummary() {
  await withdrawOpenTickets(runtime());
  const chat = chatAs(runtime(), 'mathilde.fleury@chv.fr');
  await chat.say(FOETAL_CENTRAL);
  const summary = await chat.say('je sais pas');
  expect(summary).toContain('Résumé de votre incident');
  expect(summary).toContain('Urgence: haute');
  return chat;
}

/** A screen that flickers, told with how urgent it is: the summary shows that urgency. */
async function flickeringScreenSummary(email: string, locale: 'fr-FR' | 'en-US', first: string, urgency: RegExp) {
  await withdrawOpenTickets(runtime());
  const chat = chatAs(runtime(), email, locale);
  const summary = await answerUntilSummary(chat, await chat.say(first));
  expect(summary).toMatch(urgency);
  return chat;
}

describe('"non pas P1… ça remarche, c\'est pas urgent" on the summary lowers the urgency, it cancels nothing', () => {
  it('keeps the summary with urgency low and care not held up, and creates the ticket with every word', async () => {
    const chat = await foetalCentralSummary();
    const text = await chat.say("non pas P1 svp ça remarche, c'est pas urgent, juste que qqn passe demain");
    expect(text).not.toContain(t('fr', 'cancel.done'));
    expect(text).toContain('Résumé de votre incident');
    expect(text).toContain('Type: Équipement médical');
    expect(text).toContain('Urgence: basse');
    expect(text).toContain('Soins impactés: non');
    expect(text).not.toContain('Priorité: P1');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.category).toBe('biomedical');
    expect(ticket.urgency).toBe('low');
    expect(ticket.patientCareImpact).toBe(false);
    expect(ticket.title).toContain('centrale de monitoring foetal');
    expect(ticket.description).toContain(FOETAL_CENTRAL);
    expect(ticket.description).toContain('juste que qqn passe demain');
  });

  it('reads "ça remarche, ça peut attendre" the same way', async () => {
    const chat = await foetalCentralSummary();
    const text = await chat.say('ça remarche, ça peut attendre');
    expect(text).not.toContain(t('fr', 'cancel.done'));
    expect(text).toContain('Urgence: basse');
    expect(text).toContain('Soins impactés: non');
  });

  it('reads "it works again for now, not urgent anymore" in English the same way', async () => {
    const chat = await flickeringScreenSummary('helene.aubert@chv.fr', 'en-US', 'my screen keeps flickering since this morning, it is really urgent', /Urgency: high/);
    const text = await chat.say('it works again for now, not urgent anymore');
    expect(text).not.toContain(t('en', 'cancel.done'));
    expect(text).toContain('Urgency: low');
  });

  it('still cancels on "c\'est reparti, annulez" and on "annule"', async () => {
    let chat = await foetalCentralSummary();
    expect(await chat.say("ah attendez, c'est reparti, annulez")).toContain(t('fr', 'cancel.done'));
    chat = await foetalCentralSummary();
    expect(await chat.say('annule')).toContain(t('fr', 'cancel.done'));
  });
});

describe('urgency told in words on the summary changes it without the "change" button', () => {
  it('"c\'est plus urgent" lowers it', async () => {
    const chat = await foetalCentralSummary();
    expect(await chat.say("c'est plus urgent")).toContain('Urgence: basse');
  });

  it('"en fait c\'est urgent" and "actually it\'s urgent" raise a low one', async () => {
    let chat = await flickeringScreenSummary('delphine.rolland@chv.fr', 'fr-FR', "l'écran de mon poste clignote depuis ce matin, pas urgent", /Urgence: basse/);
    expect(await chat.say("en fait c'est urgent")).toContain('Urgence: haute');
    chat = await flickeringScreenSummary('helene.aubert@chv.fr', 'en-US', 'my screen keeps flickering since this morning, not urgent', /Urgency: low/);
    expect(await chat.say("actually it's urgent")).toContain('Urgency: high');
  });
});

describe('"ça remarche pour l\'instant, ça peut attendre demain" answering the workaround question', () => {
  it('is the answer (it can wait), not a withdrawal', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'delphine.rolland@chv.fr');
    let text = await chat.say("l'écran de mon poste clignote depuis ce matin");
    for (let turn = 0; turn < 6 && !text.includes(t('fr', 'intake.ask.urgency')); turn++) {
      text = await chat.say(/Qui est touché/.test(text) ? 'moi seul' : /patients/.test(text) ? 'non' : /Voici la fiche/.test(text) ? 'non' : 'oui');
    }
    expect(text).toContain(t('fr', 'intake.ask.urgency'));
    text = await chat.say("ça remarche pour l'instant, ça peut attendre demain");
    expect(text).not.toContain(t('fr', 'cancel.done'));
    expect(text).toContain('Résumé de votre incident');
  });
});

describe('a first message that works again for now but asks for a ticket', () => {
  it('"ça remarche pour l\'instant mais ça a planté 2 fois ce matin, je veux un ticket" opens an incident', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'mathilde.fleury@chv.fr');
    const text = await chat.say("ça remarche pour l'instant mais ça a planté 2 fois ce matin, je veux un ticket");
    expect(text).not.toContain(t('fr', 'cancel.nothing'));
    expect(text).toContain(t('fr', 'intake.start_incident'));
  });
});

describe('"mais non!!! je veux un ticket" right after a cancel', () => {
  it('takes the cancelled report up again at its summary, nothing asked twice', async () => {
    const chat = await foetalCentralSummary();
    expect(await chat.say('annule')).toContain(t('fr', 'cancel.done'));
    const text = await chat.say('mais non!!! je veux un ticket');
    expect(text).toContain(t('fr', 'cancel.undone', { problem: FOETAL_CENTRAL }));
    expect(text).toContain('Résumé de votre incident');
    expect(text).toContain('Type: Équipement médical');
  });
});
