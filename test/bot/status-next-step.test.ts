import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { openEarlierTicket } from '../support/earlier-ticket.js';
import { chatAs, runtimeForThisFile } from './chat-harness.js';

// Monday 30 November 2026, 9:00 in Paris: business hours.
const clock = new ManualClock('2026-11-30T08:00:00Z');
const runtime = runtimeForThisFile({ clock });

const openTicket = (requester: string, title: string) => openEarlierTicket(runtime(), { requester, title });

describe('a status reply tells what the requester waits for next', () => {
  it('the first response while it is awaited, then that it is late, then the resolution once someone answered', async () => {
    clock.set('2026-11-30T08:00:00Z');
    const ticket = await openTicket('nadia.brun@chv.fr', "l'imprimante du secrétariat n'imprime plus");
    const chat = chatAs(runtime(), 'nadia.brun@chv.fr');
    expect(await chat.say(`où en est le ${ticket.number} ?`)).toMatch(/Prise en charge prévue : aujourd'hui à \d+ h \d\d ; résolution visée : /);

    clock.set('2026-12-03T08:00:00Z'); // days later, nobody has answered
    const late = await chat.say(`où en est le ${ticket.number} ?`);
    expect(late).toContain('La prise en charge a pris du retard (prévue lundi 30 novembre');
    expect(late).toContain('appelez le 5000');

    await runtime().services.tickets.record(ticket.number, 'responded', { text: 'je passe dans la matinée' }, { by: 'agent@chv.fr', kind: 'agent' });
    const answered = await chat.say(`où en est le ${ticket.number} ?`);
    expect(answered).toMatch(/Résolution visée : /);
    expect(answered).not.toContain('Prise en charge');
  });
});
