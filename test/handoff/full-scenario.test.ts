import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textsOf, type RunningBot } from '../support/runtime.js';
import { ChannelMember, cardsIn, currentCard, startDesk, threadOf, watch } from './agents-channel.js';

describe('a nurse stuck with her CPS card reaches a technician, who fixes it through the bot', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startDesk();
  });
  afterAll(async () => {
    await bot?.dispose();
  });

  it('escalates, hands over, relays three messages each way, resolves, and keeps the whole transcript on the ticket', async () => {
    const celine = await bot.clientFor('celine.joly@chv.fr');
    await celine.send('le lecteur de carte CPS ne lit plus ma carte depuis ce matin');
    const escalation = textsOf((await celine.send('je veux parler à un technicien')).replies);
    expect(escalation).toContain('Je vous mets en relation avec un technicien du support');
    expect(escalation).toMatch(/Prise en charge prévue|Un technicien répond en général/);

    // The agents' channel gets the card: who, which ticket, what she said, and the button.
    const [card] = cardsIn(bot);
    const shown = textsOf([card!.activity]);
    const number = /INC-\d{4}-\d{6}/.exec(shown)![0];
    expect(shown).toContain('Demandeur: Céline Joly');
    expect(shown).toContain('Téléphone: 04 65 71 60 05');
    expect(shown).toContain('le lecteur de carte CPS ne lit plus ma carte depuis ce matin');
    expect(card!.take).toMatchObject({ handoff: 'take' });

    const userChat = watch(bot, celine.conversationId);
    const thread = watch(bot, threadOf(card!));
    const stephanie = await ChannelMember.of(bot, 'stephanie.david@chv.fr');
    await stephanie.click(card!);
    expect(textsOf([currentCard(bot, card!)])).toContain('Pris en charge par Stéphanie David');
    expect(userChat.texts()).toContain('Stéphanie David, du support informatique, prend en charge votre demande');

    // Three messages each way; the bot itself stays silent in the user's chat.
    const exchange: Array<['agent' | 'user', string]> = [
      ['agent', 'Bonjour Céline, le voyant du lecteur est-il allumé ?'],
      ['user', 'non, il est éteint'],
      ['agent', 'Essayez une autre prise USB, directement sur le PC.'],
      ['user', "c'est fait, toujours rien"],
      ['agent', 'Je vous apporte un lecteur neuf dans 10 minutes.'],
      ['user', 'merci, je suis au poste de soins'],
    ];
    for (const [who, text] of exchange) {
      if (who === 'agent') {
        const sent = await stephanie.say(card!, text);
        expect(sent.replies).toEqual([]);
      } else {
        const sent = await celine.send(text);
        expect(sent.replies).toEqual([]);
      }
    }
    const toUser = userChat.texts();
    expect(toUser).toContain('Stéphanie : Bonjour Céline, le voyant du lecteur est-il allumé ?');
    expect(toUser).toContain('Stéphanie : Essayez une autre prise USB, directement sur le PC.');
    expect(toUser).toContain('Stéphanie : Je vous apporte un lecteur neuf dans 10 minutes.');
    const inThread = thread.texts();
    expect(inThread).toContain('Céline Joly : non, il est éteint');
    expect(inThread).toContain("Céline Joly : c'est fait, toujours rien");
    expect(inThread).toContain('Céline Joly : merci, je suis au poste de soins');

    // Resolution: the user is asked to confirm with buttons, and confirms.
    const resolved = await stephanie.say(card!, '/resolve lecteur CPS remplacé, carte lue');
    expect(textsOf(resolved.replies)).toContain(`Ticket ${number} résolu`);
    const ask = userChat.activities().at(-1)!;
    expect(textsOf([ask])).toContain('Stéphanie indique que votre problème est résolu : « lecteur CPS remplacé, carte lue »');
    const buttons = (ask.attachments![0]!.content as { actions: Array<{ data: Record<string, string> }> }).actions.map((a) => a.data);
    expect(buttons).toEqual([
      { handoff: 'confirm', ticket: number, answer: 'yes' },
      { handoff: 'confirm', ticket: number, answer: 'no' },
    ]);
    const confirmed = await celine.send(celine.message('', { value: buttons[0] }));
    expect(textsOf(confirmed.replies)).toContain(`Merci ! Le ticket ${number} est clos.`);
    expect(thread.texts()).toContain(`Céline Joly confirme la résolution : ticket ${number} clos.`);
    expect(textsOf([currentCard(bot, card!)])).toContain('ticket clos');

    // The audit trail tells the whole story, in order, with who did what.
    const { tickets } = bot.runtime.services;
    const ticket = await tickets.get(number);
    expect(ticket).toMatchObject({ status: 'closed', assignee: 'stephanie.david@chv.fr' });
    const events = (await tickets.events(ticket.id)).map((e) => ({ kind: e.kind, actorKind: e.actorKind, actor: e.actor, data: e.data }));
    expect(events.map((e) => e.kind)).toEqual([
      'created', 'note', 'assigned', 'status_changed',
      'message', 'message', 'message', 'message', 'message', 'message',
      'status_changed', 'status_changed',
    ]);
    expect(events[1]).toMatchObject({ actorKind: 'bot', data: { handoff: 'escalated', reason: 'user_asked' } });
    expect((events[1]!.data.recent as string[])).toContain('le lecteur de carte CPS ne lit plus ma carte depuis ce matin');
    expect(events[2]).toMatchObject({ actorKind: 'agent', actor: 'stephanie.david@chv.fr', data: { to: 'stephanie.david@chv.fr' } });
    expect(events[3]).toMatchObject({ actorKind: 'agent', data: { from: 'new', to: 'in_progress' } });
    expect(events.slice(4, 10).map((e) => [e.data.direction, e.data.text, e.actorKind])).toEqual(
      exchange.map(([who, text]) => [who === 'agent' ? 'agent_to_user' : 'user_to_agent', text, who === 'agent' ? 'agent' : 'user']),
    );
    expect(events[10]).toMatchObject({ actorKind: 'agent', data: { from: 'in_progress', to: 'resolved', reason: 'lecteur CPS remplacé, carte lue' } });
    expect(events[11]).toMatchObject({ actorKind: 'user', actor: 'celine.joly@chv.fr', data: { from: 'resolved', to: 'closed' } });

    // The relay is over: her next message goes to the bot again.
    const after = textsOf((await celine.send('merci beaucoup')).replies);
    expect(after).toContain('Avec plaisir');
  });
});
