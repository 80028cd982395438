import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeadlineTeller } from '../../src/bot/index.js';
import { textsOf, type RunningBot } from '../support/runtime.js';
import { ChannelMember, cardsIn, startDesk } from './agents-channel.js';

describe('when the bot hands a conversation over to the agents', () => {
  let bot: RunningBot;
  let wired: DeadlineTeller | undefined;
  beforeAll(async () => {
    bot = await startDesk();
    wired = bot.runtime.services.deadlines;
  });
  afterAll(async () => {
    await bot?.dispose();
  });

  /** A ticket already in progress in the user's conversation (as intake would have left it). */
  async function ticketInConversation(email: string, conversationId: string): Promise<string> {
    const { ticket } = await bot.runtime.services.tickets.create({
      requester: email, category: 'software', scope: 'single_user', urgency: 'medium', patient_care_impact: false,
      title: 'Outlook se ferme tout seul', source: { channel: 'teams', conversation_id: conversationId },
    });
    return ticket.number;
  }

  it('opens a ticket from the user\'s last words when they ask for a technician, and says how long it should take', async () => {
    bot.runtime.services.deadlines = { describe: async () => ({ respond: 'avant 10 h 30', resolve: 'demain avant 18 h' }) };
    try {
      const before = cardsIn(bot).length;
      const jerome = await bot.clientFor('jerome.fontaine@chv.fr');
      await jerome.send("l'application de prescription affiche une erreur 500 à la validation");
      const reply = textsOf((await jerome.send('je veux parler à un technicien')).replies);
      const number = /INC-\d{4}-\d{6}/.exec(reply)![0];
      expect(reply).toContain(`Je vous mets en relation avec un technicien du support (ticket ${number})`);
      expect(reply).toContain('Prise en charge prévue : avant 10 h 30 ; résolution visée : demain avant 18 h.');

      const ticket = await bot.runtime.services.tickets.get(number);
      expect(ticket).toMatchObject({ requester: 'jerome.fontaine@chv.fr', title: "l'application de prescription affiche une erreur 500 à la validation" });
      expect(ticket.conversationId).toBe(jerome.conversationId);

      const card = cardsIn(bot)[before]!;
      const shown = textsOf([card.activity]);
      expect(shown).toContain(`Demande de prise en charge — ${number}`);
      expect(shown).toContain("Motif: l'utilisateur demande un technicien");
      expect(shown).toContain('Demandeur: Jérôme Fontaine');
      expect(shown).toContain('Service: ');
      expect(shown).toContain('SLA: prise en charge avant 10 h 30 ; résolution demain avant 18 h');
      expect(shown).toContain('je veux parler à un technicien');
      expect(card.take).toMatchObject({ handoff: 'take' });

      // Asking again does not post a second card.
      const again = textsOf((await jerome.send('un humain svp')).replies);
      expect(again).toContain(`Votre demande est déjà transmise aux techniciens (ticket ${number})`);
      expect(cardsIn(bot)).toHaveLength(before + 1);
    } finally {
      bot.runtime.services.deadlines = wired;
    }
  });

  it('says in general terms how long it takes when no SLA deadline is known', async () => {
    bot.runtime.services.deadlines = undefined;
    try {
      const user = await bot.clientFor('oceane.charpentier@chv.fr');
      const number = await ticketInConversation('oceane.charpentier@chv.fr', user.conversationId);
      const reply = textsOf((await user.send('agent please')).replies);
      expect(reply).toContain(number); // the ticket in progress is handed over, no new one
      expect(reply).toContain('A technician usually answers within minutes');
    } finally {
      bot.runtime.services.deadlines = wired;
    }
  });

  it('hands every P1 over as soon as intake creates it, flagged clinical', async () => {
    const before = cardsIn(bot).length;
    const user = await bot.clientFor('yann.dupont@chv.fr');
    let text = textsOf((await user.send("le scope du box 4 en cardio n'affiche plus rien")).replies);
    for (let turn = 0; turn < 6 && !text.includes('Résumé de votre incident'); turn++) {
      text = textsOf((await user.send(text.includes('Qui est touché') ? 'moi seul' : text.includes('contournement') ? 'non, tout est bloqué' : text.includes('numéro') ? 'je ne sais pas' : 'oui')).replies);
    }
    const created = textsOf((await user.send(user.message('', { value: { intake: 'create' } }))).replies);
    const number = /INC-\d{4}-\d{6}/.exec(created)![0];
    expect((await bot.runtime.services.tickets.get(number)).priority).toBe('P1');
    expect(created).toContain('Je vous mets en relation avec un technicien du support');
    const card = textsOf([cardsIn(bot)[before]!.activity]);
    expect(card).toContain(number);
    expect(card).toContain('Motif: ticket P1');
    expect(card).toContain('Clinique: oui');
  });

  it('hands over after two messages it cannot understand when a ticket is in progress, and offers one otherwise', async () => {
    const user = await bot.clientFor('michel.carre@chv.fr');
    await user.send('bonjour');
    await user.send('zorglub flimflam');
    expect(textsOf((await user.send('plouf plouf flarp')).replies)).toContain("Voulez-vous que j'ouvre un ticket");

    const other = await bot.clientFor('yasmine.carre@chv.fr');
    const number = await ticketInConversation('yasmine.carre@chv.fr', other.conversationId);
    await other.send('bonjour');
    await other.send('zorglub flimflam');
    const reply = textsOf((await other.send('plouf plouf flarp')).replies);
    expect(reply).toContain(`Je vous mets en relation avec un technicien du support (ticket ${number})`);
    expect(textsOf([cardsIn(bot).at(-1)!.activity])).toContain('Motif: le bot ne comprend pas la demande');
  });

  it('tells the user to call when the agents\' channel cannot be reached, and keeps the ticket', async () => {
    const user = await bot.clientFor('laetitia.fournier@chv.fr');
    await user.send('bonjour');
    const before = cardsIn(bot).length;
    bot.connector.failNext(1, 403);
    const reply = textsOf((await user.send('je veux parler à un technicien')).replies);
    const number = /INC-\d{4}-\d{6}/.exec(reply)![0];
    expect(reply).toContain(`Je n'ai pas pu prévenir les techniciens, mais votre ticket ${number} est bien enregistré`);
    expect(cardsIn(bot)).toHaveLength(before);
    // Nothing is left waiting: asking again tries again.
    const again = textsOf((await user.send('je veux parler à un technicien')).replies);
    expect(again).toContain(`Je vous mets en relation avec un technicien du support (ticket ${number})`);
  });

  it('hands over in the middle of intake, with what the user already said', async () => {
    const user = await bot.clientFor('gaelle.fontaine@chv.fr');
    expect(textsOf((await user.send('le logiciel de soins plante à chaque ouverture du dossier')).replies)).toContain('Je vais ouvrir un incident');
    const reply = textsOf((await user.send('je veux parler à quelqu\'un')).replies);
    const number = /INC-\d{4}-\d{6}/.exec(reply)![0];
    expect(reply).toContain('Je vous mets en relation avec un technicien du support');
    expect((await bot.runtime.services.tickets.get(number)).title).toBe('le logiciel de soins plante à chaque ouverture du dossier');
    // Intake was dropped: the next answer is not taken for the device question.
    expect(textsOf((await user.send('merci')).replies)).toContain('Avec plaisir');
  });

  it('hands over when a second knowledge answer did not help', async () => {
    const user = await bot.clientFor('yasmine.sanchez@chv.fr');
    const number = await ticketInConversation('yasmine.sanchez@chv.fr', user.conversationId);
    expect(textsOf((await user.send('mon mdp a expiré, comment je le change ?')).replies)).toContain('Voici la fiche');
    expect(textsOf((await user.send('non')).replies)).toContain('Je vais ouvrir un incident');
    await user.send('annule');
    expect(textsOf((await user.send('comment ajouter une imprimante réseau ?')).replies)).toContain('Voici la fiche');
    const reply = textsOf((await user.send('non')).replies);
    expect(reply).toContain(`Je vous mets en relation avec un technicien du support (ticket ${number})`);
    expect(reply).not.toContain('Je vais ouvrir un incident');
    expect(textsOf([cardsIn(bot).at(-1)!.activity])).toContain("Motif: deux fiches n'ont pas aidé");
  });
});

describe('with AGENT_CHANNEL_ID and AGENTS configured', () => {
  let bot: RunningBot;
  const channel = '19:it-agents@thread.tacv2';
  beforeAll(async () => {
    bot = await startDesk({ env: { AGENT_CHANNEL_ID: channel, AGENTS: 'bruno.boyer@chv.fr' } });
  });
  afterAll(async () => {
    await bot?.dispose();
  });

  it('posts cards in that channel and lets only the listed agents take over', async () => {
    const user = await bot.clientFor('celine.joly@chv.fr');
    await user.send('je veux parler à un technicien');
    const [card] = cardsIn(bot, channel);
    expect(card).toBeDefined();
    const stephanie = await ChannelMember.of(bot, 'stephanie.david@chv.fr', channel);
    expect(textsOf((await stephanie.click(card!)).replies)).toContain('seuls les techniciens du support déclarés');
    const bruno = await ChannelMember.of(bot, 'bruno.boyer@chv.fr', channel);
    expect(textsOf((await bruno.click(card!)).replies)).toContain('Bruno Boyer prend la conversation');
  });
});
