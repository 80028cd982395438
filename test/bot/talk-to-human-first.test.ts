import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/bot/messages/index.js';
import { textsOf, type RunningBot } from '../support/runtime.js';
import { cardsIn, currentCard, startDesk, threadOf } from '../handoff/agents-channel.js';

describe('asking for a technician before saying what the problem is', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startDesk();
  });
  afterAll(async () => {
    await bot?.dispose();
  });

  const numberIn = (text: string) => /INC-\d{4}-\d{6}/.exec(text)![0];

  it('hands over at once under a neutral title, asks what it is about, and adds the answer to the ticket and the card', async () => {
    const before = cardsIn(bot).length;
    const user = await bot.clientFor('stephane.michel@chv.fr');
    const reply = textsOf((await user.send('je veux parler à un technicien')).replies);
    expect(reply).toContain('Je vous mets en relation avec un technicien du support');
    expect(reply).toContain(t('fr', 'handoff.ask_problem'));
    const number = numberIn(reply);
    expect((await bot.runtime.services.tickets.get(number)).title).toBe(t('fr', 'handoff.default_title'));
    const card = cardsIn(bot)[before]!;
    expect(card).toBeDefined();

    const problem = 'le lecteur de carte CPS du bureau médical ne lit plus ma carte';
    const noted = textsOf((await user.send(problem)).replies);
    expect(noted).toContain(t('fr', 'handoff.problem_noted', { number }));
    expect(noted).not.toContain('Voici la fiche');
    expect(noted).not.toContain('Je vais ouvrir un incident');

    const ticket = await bot.runtime.services.tickets.get(number);
    expect(ticket).toMatchObject({ title: problem, category: 'hardware' });
    const events = await bot.runtime.services.tickets.events(ticket.id);
    expect(events.some((e) => JSON.stringify(e.data).includes(problem))).toBe(true);
    expect(textsOf([currentCard(bot, card)])).toContain(problem);
    const thread = bot.connector.activities(threadOf(card));
    expect(textsOf(thread as never)).toContain(problem);
    // Only the first description is taken: the next message is the bot's again.
    expect(textsOf((await user.send('merci')).replies)).toContain('Avec plaisir');
  });

  it('does not title the ticket with a greeting said before asking', async () => {
    const user = await bot.clientFor('manon.roy@chv.fr');
    await user.send('bonjour');
    const reply = textsOf((await user.send('je veux parler à un technicien')).replies);
    expect((await bot.runtime.services.tickets.get(numberIn(reply))).title).toBe(t('fr', 'handoff.default_title'));
  });

  it('asks in English an English speaker, and raises the priority when the description says care is at stake', async () => {
    const before = cardsIn(bot).length;
    const user = await bot.clientFor('tom.whitaker@chv.fr');
    const reply = textsOf((await user.send('I want to talk to a human')).replies);
    expect(reply).toContain(t('en', 'handoff.ask_problem'));
    const number = numberIn(reply);
    expect(await bot.runtime.services.tickets.get(number)).toMatchObject({ title: t('en', 'handoff.default_title'), priority: 'P4' });
    await user.send('the CTG monitor in delivery room 2 keeps losing the fetal heart trace');
    // The description gives the ticket its title, its category and, through routing, its team.
    expect(await bot.runtime.services.tickets.get(number)).toMatchObject({
      priority: 'P1',
      title: 'the CTG monitor in delivery room 2 keeps losing the fetal heart trace',
      category: 'biomedical',
      team: 'biomedical',
    });
    expect(textsOf([currentCard(bot, cardsIn(bot)[before]!)])).toContain('Priorité: P1');
  });

  it('forgets a problem the user cancelled', async () => {
    const user = await bot.clientFor('chloe.carre@chv.fr');
    await user.send('le logiciel de soins plante à chaque ouverture du dossier');
    expect(textsOf((await user.send('annule')).replies)).toContain("C'est annulé");
    const reply = textsOf((await user.send('je veux parler à un technicien')).replies);
    expect(reply).toContain(t('fr', 'handoff.ask_problem'));
    expect((await bot.runtime.services.tickets.get(numberIn(reply))).title).toBe(t('fr', 'handoff.default_title'));
  });

  it('titles the ticket with the problem described in intake, not with the last answer given', async () => {
    const user = await bot.clientFor('yasmine.perrin@chv.fr');
    const problem = 'le logiciel de soins plante à chaque ouverture du dossier';
    expect(textsOf((await user.send(problem)).replies)).toContain('Je vais ouvrir un incident');
    await user.send('moi seul');
    const reply = textsOf((await user.send("je veux parler à quelqu'un")).replies);
    expect(reply).not.toContain(t('fr', 'handoff.ask_problem'));
    expect((await bot.runtime.services.tickets.get(numberIn(reply))).title).toBe(problem);
  });

  it('tells the new priority and deadlines when the description raises the ticket, and answers "qqn arrive quand ?" with them', async () => {
    const user = await bot.clientFor('cedric.muller@chv.fr');
    const number = numberIn(textsOf((await user.send("je voudrais parler a qqn de l'info svp, pas un robot")).replies));
    expect(await bot.runtime.services.tickets.get(number)).toMatchObject({ priority: 'P4' });
    const noted = textsOf((await user.send(
      "le logiciel de gestion pharmacie s'ouvre plus sur les 3 postes de delivrance de la PUI depuis 20 min, message erreur base de donnees. on peut plus delivrer les traitements urgents aux services",
    )).replies);
    expect(noted).toContain(t('fr', 'handoff.problem_raised', { number, from: 'P4', to: 'P1' }));
    expect(noted).toContain('Prise en charge prévue');
    expect(noted).toContain(t('fr', 'handoff.raised_p1'));
    // The fields behind the priority change with it, so what is said next is weighed against them.
    const raised = await bot.runtime.services.tickets.get(number);
    expect(raised).toMatchObject({ priority: 'P1', urgency: 'high', patientCareImpact: true });
    expect(raised.scope).not.toBe('single_user');
    expect(textsOf((await user.send("demain 16h?? c'est beaucoup trop tard, les services attendent les antibio")).replies)).not.toContain('P1 → P1');
    const when = textsOf((await user.send('donc qqn arrive quand ??')).replies);
    expect(when).toContain(`Le ticket ${number} est en priorité P1 : prise en charge prévue`);
    expect(when).toContain(t('fr', 'handoff.forwarded', { number }));
  });
});
