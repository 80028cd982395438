import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HandoffStore } from '../../src/bot/handoff/index.js';
import { textsOf, type RunningBot } from '../support/runtime.js';
import { teamsUser } from '../support/bot-client.js';
import { ChannelMember, HELPDESK_CHANNEL, TEAM_ID, cardsIn, currentCard, startDesk, type PostedCard } from './agents-channel.js';

describe('an agent takes over a conversation from the escalation card', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startDesk();
  });
  afterAll(async () => {
    await bot?.dispose();
  });

  async function escalatedCard(email: string): Promise<{ card: PostedCard; number: string }> {
    const before = cardsIn(bot).length;
    const user = await bot.clientFor(email);
    await user.send('le lecteur de carte CPS ne lit plus ma carte depuis ce matin');
    await user.send('je veux parler à un technicien');
    const card = cardsIn(bot)[before]!;
    const number = /INC-\d{4}-\d{6}/.exec(textsOf([card.activity]))![0];
    return { card, number };
  }

  it('refuses a colleague who is not an agent, gives the card to the first agent and tells the second who has it', async () => {
    const { card, number } = await escalatedCard('celine.joly@chv.fr');
    const nurse = await ChannelMember.of(bot, 'laetitia.fournier@chv.fr');
    const refused = await nurse.click(card);
    expect(textsOf(refused.replies)).toContain('seuls les techniciens du support déclarés');

    const stephanie = await ChannelMember.of(bot, 'stephanie.david@chv.fr');
    const taken = await stephanie.click(card);
    expect(textsOf(taken.replies)).toContain('Stéphanie David prend la conversation');
    const shown = textsOf([currentCard(bot, card)]);
    expect(shown).toContain('Pris en charge par Stéphanie David');
    expect(currentCard(bot, card).attachments![0]!.content).not.toHaveProperty('actions');

    const bruno = await ChannelMember.of(bot, 'bruno.boyer@chv.fr');
    expect(textsOf((await bruno.click(card)).replies)).toContain('Déjà pris en charge par Stéphanie David');

    const ticket = await bot.runtime.services.tickets.get(number);
    expect(ticket).toMatchObject({ assignee: 'stephanie.david@chv.fr', status: 'in_progress' });
    const events = await bot.runtime.services.tickets.events(ticket.id);
    const assigned = events.find((e) => e.kind === 'assigned');
    expect(assigned).toMatchObject({ actor: 'stephanie.david@chv.fr', actorKind: 'agent', data: { to: 'stephanie.david@chv.fr' } });
  });

  it('recognises an agent whose Entra id the directory lacks, through their Teams member record', async () => {
    const { card } = await escalatedCard('noemie.nguyen@chv.fr');
    const agent = new ChannelMember(bot, { ...teamsUser(), name: 'Stéphanie David' });
    bot.connector.setMembers(TEAM_ID, [{ ...agent.user, email: 'stephanie.david@chv.fr' }]);
    const taken = await agent.click(card);
    expect(textsOf(taken.replies)).toContain('Stéphanie David prend la conversation');
  });

  it('gives each card to exactly one of two agents clicking at the same instant, 100 times out of 100', async () => {
    const { store, services } = bot.runtime;
    const handoffs = new HandoffStore(store);
    const christine = await ChannelMember.of(bot, 'christine.rolland@chv.fr');
    const lucas = await ChannelMember.of(bot, 'lucas.gautier@chv.fr');
    const wins = { christine: 0, lucas: 0 };
    const runs = 100;
    for (let run = 0; run < runs; run++) {
      const { ticket } = await services.tickets.create({
        requester: 'marie.legrand@chv.fr', category: 'software', scope: 'single_user', urgency: 'medium',
        patient_care_impact: false, title: `Course au clic ${run}`, source: { channel: 'teams' },
      });
      const handoff = await handoffs.open({ ticketId: ticket.id, userConversationKey: `msteams:a:race-${run}`, reason: 'user_asked', at: new Date().toISOString() });
      await handoffs.setCard(handoff.id, HELPDESK_CHANNEL, `1:race-card-${run}`);
      const card: PostedCard = { id: `1:race-card-${run}`, activity: {}, take: { handoff: 'take', id: handoff.id } };

      // Both posts leave together; which one the server reads first alternates from run to run.
      const [a, b] = run % 2 === 0
        ? await Promise.all([christine.click(card), lucas.click(card)])
        : await Promise.all([lucas.click(card), christine.click(card)]).then(([l, c]) => [c, l] as const);
      // The second click of a conversation waits for the first one's turn: acknowledged 202, answered after.
      expect([a.status, b.status].every((status) => status === 200 || status === 202)).toBe(true);
      const answers = [textsOf(a.replies), textsOf(b.replies)];
      const winners = answers.filter((text) => text.includes('prend la conversation'));
      const losers = answers.filter((text) => text.includes('Déjà pris en charge par'));
      expect(winners, `run ${run}: ${answers.join(' | ')}`).toHaveLength(1);
      expect(losers).toHaveLength(1);

      const row = (await handoffs.byId(handoff.id))!;
      const winner = answers[0]!.includes('prend la conversation') ? 'christine' : 'lucas';
      expect(row).toMatchObject({ state: 'active', agent_ref: `${winner === 'christine' ? 'christine.rolland' : 'lucas.gautier'}@chv.fr` });
      expect(losers[0]).toContain(row.agent_name!);
      const assigned = (await services.tickets.events(ticket.id)).filter((e) => e.kind === 'assigned');
      expect(assigned).toHaveLength(1);
      wins[winner] += 1;
    }
    expect(wins.christine + wins.lucas).toBe(runs);
    console.log(`take-over race: ${runs}/${runs} runs with exactly one owner (christine won ${wins.christine}, lucas won ${wins.lucas})`);
  });
});
