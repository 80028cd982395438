import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textsOf, type RunningBot } from '../support/runtime.js';
import { withKey } from '../redaction/nir-fixtures.js';
import { ChannelMember, HELPDESK_CHANNEL, cardsIn, currentCard, startDesk, takenOver, watch } from './agents-channel.js';

describe('agents drive the ticket from the card thread', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startDesk();
  });
  afterAll(async () => {
    await bot?.dispose();
  });

  const eventsOf = async (number: string) => {
    const ticket = await bot.runtime.services.tickets.get(number);
    return { ticket, events: await bot.runtime.services.tickets.events(ticket.id) };
  };

  it('/note adds an internal note that the user never sees', async () => {
    const { agent, card, number, userChat } = await takenOver(bot, 'laetitia.fournier@chv.fr', 'stephanie.david@chv.fr');
    const noted = await agent.say(card, '/note utilisatrice rappelée, profil DPI à vérifier');
    expect(textsOf(noted.replies)).toContain(`Note interne ajoutée au ticket ${number}`);
    expect(userChat.texts()).toBe('');
    const { events } = await eventsOf(number);
    expect(events.at(-1)).toMatchObject({ kind: 'note', actorKind: 'agent', actor: 'stephanie.david@chv.fr', data: { text: 'utilisatrice rappelée, profil DPI à vérifier' } });
  });

  it('/priority changes the priority with its reason, audited and shown on the card; a malformed one gets its usage', async () => {
    const { agent, card, number } = await takenOver(bot, 'yasmine.perrin@chv.fr', 'stephanie.david@chv.fr');
    const bad = await agent.say(card, '/priority P9 parce que');
    expect(textsOf(bad.replies)).toBe('Usage : /priority P1-P4 <raison>, par exemple /priority P2 contournement trouvé.');
    const done = await agent.say(card, '/priority P2 tout le poste de soins est bloqué');
    expect(textsOf(done.replies)).toMatch(new RegExp(`Priorité du ticket ${number} : P\\d → P2 \\(tout le poste de soins est bloqué\\)`));
    const { ticket, events } = await eventsOf(number);
    expect(ticket.priority).toBe('P2');
    expect(events.at(-1)).toMatchObject({ kind: 'priority_changed', actorKind: 'agent', data: { to: 'P2', reason: 'tout le poste de soins est bloqué' } });
    expect(textsOf([currentCard(bot, card)])).toContain('Priorité: P2');
  });

  it('/wait pauses the ticket for the user, and the user\'s answer resumes it', async () => {
    const { user, agent, card, number, thread } = await takenOver(bot, 'marie.legrand@chv.fr', 'bruno.boyer@chv.fr');
    await agent.say(card, 'Pouvez-vous me donner le numéro inscrit sous le lecteur ?');
    const waiting = await agent.say(card, '/wait');
    expect(textsOf(waiting.replies)).toContain('le délai SLA est suspendu');
    expect((await eventsOf(number)).ticket.status).toBe('waiting_user');

    await user.send('c\'est le LEC-0042');
    expect(thread.texts()).toContain('Marie Legrand : c\'est le LEC-0042');
    const { ticket, events } = await eventsOf(number);
    expect(ticket.status).toBe('in_progress');
    expect(events.at(-1)).toMatchObject({ kind: 'status_changed', actorKind: 'user', data: { from: 'waiting_user', to: 'in_progress' } });
  });

  it('/assign hands the ticket and the conversation to the @mentioned agent; the previous one can no longer write to the user', async () => {
    const { agent: stephanie, card, number, userChat } = await takenOver(bot, 'jerome.fontaine@chv.fr', 'stephanie.david@chv.fr');
    const nurse = await ChannelMember.of(bot, 'celine.joly@chv.fr');
    const refused = await stephanie.say(card, '/assign pierre.nobody@chv.fr');
    expect(textsOf(refused.replies)).toContain('Usage : /assign');
    const notAgent = await stephanie.say(card, '/assign celine.joly@chv.fr');
    expect(textsOf(notAgent.replies)).toBe('Céline Joly n\'est pas un technicien déclaré.');
    expect(nurse.user.name).toBe('Céline Joly');

    // Teams mentions carry the member's channel id; the bot asks the team's member list who it is.
    const gaelle = await ChannelMember.of(bot, 'gaelle.menard@chv.fr');
    bot.connector.setMembers('19:it-support-team@thread.tacv2', [
      { id: gaelle.user.id, name: gaelle.user.name, aadObjectId: gaelle.user.aadObjectId, email: 'gaelle.menard@chv.fr' },
    ]);
    const assigned = await stephanie.say(card, '/assign @', { mention: { id: gaelle.user.id, name: gaelle.user.name } });
    expect(textsOf(assigned.replies)).toBe(`Ticket ${number} attribué à Gaëlle Ménard.`);
    expect(userChat.texts()).toContain(`Gaëlle Ménard reprend votre demande ${number}.`);
    expect(textsOf([currentCard(bot, card)])).toContain('Pris en charge par Gaëlle Ménard');
    const { ticket, events } = await eventsOf(number);
    expect(ticket.assignee).toBe('gaelle.menard@chv.fr');
    expect(events.filter((e) => e.kind === 'assigned').at(-1)).toMatchObject({ actor: 'stephanie.david@chv.fr', actorKind: 'agent', data: { to: 'gaelle.menard@chv.fr' } });

    const notOwner = await stephanie.say(card, 'je reprends la main');
    expect(textsOf(notOwner.replies)).toContain('Seul(e) Gaëlle Ménard, qui a pris la conversation');
    await gaelle.say(card, 'Bonjour, je prends le relais.');
    expect(userChat.texts()).toContain('Gaëlle : Bonjour, je prends le relais.');
    expect(userChat.texts()).not.toContain('je reprends la main');
  });

  it('/team passes the ticket to an outside vendor, whose channel gets the card with patient data masked', async () => {
    const ipp = 'IPP 80123456';
    const { user, agent, card, number, userChat } = await takenOver(bot, 'oceane.charpentier@chv.fr', 'christine.rolland@chv.fr', [
      `le dossier du patient ${ipp} ne s'ouvre pas dans le DPI`,
    ]);
    expect(textsOf([card.activity])).toContain(ipp); // the hospital's own channel sees what the user wrote

    const unknown = await agent.say(card, '/team plomberie');
    expect(textsOf(unknown.replies)).toMatch(/Équipe inconnue « plomberie »\. Codes : .*dpi-vendor-l2/);
    const moved = await agent.say(card, '/team dpi-vendor-l2');
    expect(textsOf(moved.replies)).toBe(`Ticket ${number} transféré à Support éditeur DPI Cristal-Net (N2).`);
    expect(userChat.texts()).toContain(`Votre ticket ${number} est transféré à l'équipe « Support éditeur DPI Cristal-Net (N2) »`);
    expect(textsOf([currentCard(bot, card)])).toContain('transféré à Support éditeur DPI Cristal-Net (N2)');
    expect((await eventsOf(number)).ticket.team).toBe('dpi-vendor-l2');

    const [vendorCard] = cardsIn(bot, '19:dpi-vendor-l2@thread.tacv2');
    const vendorView = textsOf([vendorCard!.activity]);
    expect(vendorView).toContain(number);
    expect(vendorView).toContain('[IPP masqué]');
    expect(vendorView).not.toContain('80123456');
    expect(vendorCard!.take).toMatchObject({ handoff: 'take' });

    // Until a vendor agent takes the new card, the user talks to the bot again.
    expect(textsOf((await user.send('merci')).replies)).toContain('Avec plaisir');
  });

  it('/team to an outside vendor masks a patient\'s name and date of birth in its card', async () => {
    const { agent, card, number } = await takenOver(bot, 'oceane.charpentier@chv.fr', 'christine.rolland@chv.fr', [
      "le logiciel de soins plante quand j'ouvre le dossier de Mme DURAND Josiane (née 12/03/1948) chambre 5",
    ]);
    expect(textsOf([card.activity])).toContain('DURAND'); // the hospital's own channel sees what the user wrote
    const moved = await agent.say(card, '/team dpi-vendor-l2');
    expect(textsOf(moved.replies)).toContain('transféré');
    const vendorCard = cardsIn(bot, '19:dpi-vendor-l2@thread.tacv2').at(-1);
    const vendorView = textsOf([vendorCard!.activity]);
    expect(vendorView).toContain(number);
    expect(vendorView).toContain('[nom masqué]');
    expect(vendorView).not.toMatch(/DURAND|Josiane|1948/);
  });

  it('a refused change is told in the agent\'s language: the ticket already with that team', async () => {
    const { agent, card, number } = await takenOver(bot, 'oceane.charpentier@chv.fr', 'christine.rolland@chv.fr');
    await agent.say(card, '/team dpi-vendor-l2');
    const again = textsOf((await agent.say(card, '/team dpi-vendor-l2')).replies);
    expect(again).toContain(`Impossible : le ticket ${number} est déjà chez`);
    expect(again).not.toContain('is already with');
  });

  it('/bot hands the user back to the bot', async () => {
    const { user, agent, card, number, userChat } = await takenOver(bot, 'michel.carre@chv.fr', 'lucas.gautier@chv.fr');
    const back = await agent.say(card, '/bot');
    expect(textsOf(back.replies)).toContain('Relais terminé');
    expect(userChat.texts()).toContain(`vous parlez de nouveau à l'assistant Triage. Ticket ${number}.`);
    expect(textsOf([currentCard(bot, card)])).toContain('rendu au bot par Lucas Gautier');
    expect(textsOf((await user.send('merci')).replies)).toContain('Avec plaisir');
    const late = await agent.say(card, 'encore là ?');
    expect(textsOf(late.replies)).toContain('Le relais est terminé');
    expect(textsOf((await agent.say(card, '/note rappel prévu demain')).replies)).toContain('Note interne ajoutée');
  });

  it('answers an unknown command, or one without its argument, with a one-line usage', async () => {
    const { agent, card } = await takenOver(bot, 'yann.dupont@chv.fr', 'lucas.gautier@chv.fr');
    expect(textsOf((await agent.say(card, '/close')).replies)).toBe(
      'Commandes : /assign @technicien | /team <code équipe> | /priority P1-P4 <raison> | /wait | /resolve <résolution> | /note <texte> | /bot',
    );
    expect(textsOf((await agent.say(card, '/resolve')).replies)).toBe('Usage : /resolve <résolution>, par exemple /resolve pilote réinstallé.');
    expect(textsOf((await agent.say(card, '/note')).replies)).toContain('Usage : /note <texte>');
    expect(textsOf((await agent.say(card, '/wait maintenant')).replies)).toContain('Usage : /wait');
  });

  it('/resolve asks the user; "non" reopens the ticket and tells the agent', async () => {
    const { user, agent, card, number, thread } = await takenOver(bot, 'yasmine.carre@chv.fr', 'thomas.breton@chv.fr');
    const resolved = await agent.say(card, '/resolve cache du navigateur vidé');
    expect(textsOf(resolved.replies)).toContain(`Ticket ${number} resolved; the user must confirm`); // Thomas reads English
    const answer = await user.send('non, toujours pareil');
    expect(textsOf(answer.replies)).toContain(`je préviens le technicien : le ticket ${number} est rouvert`);
    expect(thread.texts()).toContain('Yasmine Carré : non, toujours pareil');
    expect(thread.texts()).toContain(`Yasmine Carré indique que le problème n'est pas résolu : ticket ${number} rouvert.`);
    const { ticket, events } = await eventsOf(number);
    expect(ticket.status).toBe('in_progress');
    expect(events.at(-1)).toMatchObject({ kind: 'status_changed', actorKind: 'user', data: { from: 'resolved', to: 'in_progress' } });
    // Still taken: the relay goes on.
    await user.send('je vous envoie une capture');
    expect(thread.texts()).toContain('Yasmine Carré : je vous envoie une capture');
  });

  it('relays attachments both ways and keeps their names, not their content, on the ticket', async () => {
    const { user, agent, card, number, userChat, thread } = await takenOver(bot, 'yasmine.sanchez@chv.fr', 'bruno.boyer@chv.fr');
    const screenshot = { contentType: 'image/png', contentUrl: 'https://files.example/capture.png', name: 'capture.png' };
    await user.send(user.message("voici l'erreur", { attachments: [screenshot] }));
    const relayed = thread.activities().at(-1)!;
    expect(relayed.text).toBe("Yasmine Sanchez : voici l'erreur");
    expect(relayed.attachments).toEqual([screenshot]);

    const guide = { contentType: 'application/pdf', contentUrl: 'https://files.example/procedure.pdf', name: 'procedure.pdf' };
    await agent.say(card, 'Voici la procédure', { attachments: [guide, { contentType: 'text/html', content: '<p>Voici la procédure</p>' }] });
    const toUser = userChat.activities().at(-1)!;
    expect(toUser.text).toBe('Bruno : Voici la procédure');
    expect(toUser.attachments).toEqual([guide]);

    const { events } = await eventsOf(number);
    expect(events.filter((e) => e.kind === 'message').map((e) => e.data.attachments)).toEqual([['capture.png'], ['procedure.pdf']]);
  });

  it('masks a social security number in the audit trail but relays the message as written to the hospital\'s own agents', async () => {
    const nir = withKey('2850578006084');
    const { user, number, thread } = await takenOver(bot, 'fanny.colin@chv.fr', 'christine.rolland@chv.fr');
    await user.send(`la patiente NIR ${nir} n'apparaît pas`);
    expect(thread.texts()).toContain(nir);
    const { events } = await eventsOf(number);
    expect(events.at(-1)!.data.text).toBe("la patiente NIR [NIR masqué] n'apparaît pas");
  });

  it('lets the user end the relay with "stop"; the agent is told in the thread', async () => {
    const { user, card, number, thread } = await takenOver(bot, 'gaelle.fontaine@chv.fr', 'gaelle.menard@chv.fr');
    const stopped = await user.send('stop');
    expect(textsOf(stopped.replies)).toContain(`la conversation avec le technicien est terminée. Votre ticket ${number} reste ouvert`);
    expect(thread.texts()).toContain(`Gaëlle Fontaine a mis fin à la conversation ; le ticket ${number} reste ouvert.`);
    expect(textsOf([currentCard(bot, card)])).toContain("l'utilisateur a mis fin à la conversation");
    expect((await eventsOf(number)).ticket.status).toBe('in_progress');
  });

  it('refuses thread commands from someone who is not an agent', async () => {
    const { card } = await takenOver(bot, 'celine.joly@chv.fr', 'stephanie.david@chv.fr');
    const nurse = await ChannelMember.of(bot, 'laetitia.fournier@chv.fr');
    const refused = await nurse.say(card, '/resolve fait');
    expect(textsOf(refused.replies)).toContain('seuls les techniciens du support déclarés');
    expect(cardsIn(bot, HELPDESK_CHANNEL).length).toBeGreaterThan(0);
    expect(watch(bot, 'unused').texts()).toBe('');
  });
});
