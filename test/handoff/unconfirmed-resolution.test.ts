import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { textsOf, type RunningBot } from '../support/runtime.js';
import { currentCard, startDesk, takenOver } from './agents-channel.js';

const HOUR = 60 * 60 * 1000;

describe('a resolution the user never confirms', () => {
  const clock = new ManualClock('2026-03-02T08:00:00.000Z');
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startDesk({ clock });
  });
  afterAll(async () => {
    await bot?.dispose();
  });

  it('closes the ticket 48 hours after /resolve, not before, and tells the user', async () => {
    const silent = await takenOver(bot, 'laetitia.fournier@chv.fr', 'stephanie.david@chv.fr');
    await silent.agent.say(silent.card, '/resolve mot de passe réinitialisé');
    const answered = await takenOver(bot, 'marie.legrand@chv.fr', 'bruno.boyer@chv.fr');
    await answered.agent.say(answered.card, '/resolve imprimante par défaut corrigée');
    await answered.user.send('non');
    const resolvedAt = clock.now().getTime();

    const { handoff, services } = bot.runtime;
    expect(await handoff.closeUnconfirmedResolutions(new Date(resolvedAt + 47 * HOUR))).toEqual([]);
    expect((await services.tickets.get(silent.number)).status).toBe('resolved');

    clock.set(new Date(resolvedAt + 48 * HOUR + 1000));
    expect(await handoff.closeUnconfirmedResolutions(clock.now())).toEqual([silent.number]);
    const ticket = await services.tickets.get(silent.number);
    expect(ticket.status).toBe('closed');
    expect((await services.tickets.events(ticket.id)).at(-1)).toMatchObject({
      kind: 'status_changed', actor: 'triage', actorKind: 'system', data: { from: 'resolved', to: 'closed' },
    });
    expect(silent.userChat.texts()).toContain(`Sans réponse de votre part sous 48 h, le ticket ${silent.number} a été clos.`);
    expect(textsOf([currentCard(bot, silent.card)])).toContain('ticket clos');
    // The ticket its user reopened is left alone; a second pass finds nothing more.
    expect((await services.tickets.get(answered.number)).status).toBe('in_progress');
    expect(await handoff.closeUnconfirmedResolutions(clock.now())).toEqual([]);
  });
});
