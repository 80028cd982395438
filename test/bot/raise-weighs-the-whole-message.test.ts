import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { answerUntil, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced, withdrawOpenTickets } from './chat-harness.js';

// A Thursday evening in December, as the night nurse's conversation was.
const clock = new ManualClock('2026-12-03T18:30:00Z');
const runtime = runtimeForThisFile({ clock });

/** The night nurse's answers: the guide did not help, care goes on, the other PCs are the way round. */
function careGoesOn(question: string): string {
  const english = /Here is the guide|Does it|Do you|Who is/.test(question);
  if (/contournement|workaround/.test(question)) return english ? 'yes but it is a nuisance' : "oui, mais c'est gênant";
  if (/Qui est touché|Who is affected/.test(question)) return english ? 'my team / a shared station' : 'Mon équipe / un poste partagé';
  return english ? 'no' : 'non';
}

/** Her ticket on the PC-REA-0107: a shared station, care goes on, P3. */
async function ticketFiled(chat: ReturnType<typeof chatAs>, english = false) {
  const first = english
    ? "the PC-REA-0107 at the nurses station is stuck on a black screen at boot, the 3 other PCs work, we're 2 nurses on nights"
    : 'le PC-REA-0107 du poste de soins reste bloqué sur un écran noir au démarrage, les 3 autres postes marchent, on est 2 IDE de nuit';
  await answerUntil(chat, await chat.say(first), /Résumé de votre|Summary of your/, careGoesOn);
  const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
  expect(ticket.priority).toBe('P3');
  return ticket;
}

describe('a ticket asked to be made urgent, with care held up told in the same words', () => {
  it('"vous pouvez passer le INC-… en urgent ? ça retarde les soins maintenant": care and urgency both, P3 → P1', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'sandrine.dupont@chv.fr');
    const ticket = await ticketFiled(chat);
    const reply = await chat.say(`vous pouvez passer le ${ticket.number} en urgent ? ça retarde les soins maintenant, on fait la queue pour les prescriptions`);
    expect(reply).toContain('P3 → P1');
    expect(reply).toContain('soins impactés : oui');
    const raised = await runtime().services.tickets.get(ticket.number);
    expect(raised.patientCareImpact).toBe(true);
    expect(raised.urgency).toBe('high');
    expect(raised.priority).toBe('P1');
  });

  it('does the same in English ("can you make INC-… urgent? it is delaying patient care now")', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'sandrine.dupont@chv.fr', 'en-US');
    const ticket = await ticketFiled(chat, true);
    const reply = await chat.say(`can you make ${ticket.number} urgent? it is delaying patient care now`);
    expect(reply).toContain('P3 → P1');
    const raised = await runtime().services.tickets.get(ticket.number);
    expect(raised.patientCareImpact).toBe(true);
    expect(raised.priority).toBe('P1');
  });

  it('leaves care as it was when the words only ask for urgency: P3 → P2', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'sandrine.dupont@chv.fr');
    const ticket = await ticketFiled(chat);
    const reply = await chat.say(`vous pouvez passer le ${ticket.number} en urgent ?`);
    expect(reply).toContain('P3 → P2');
    const raised = await runtime().services.tickets.get(ticket.number);
    expect(raised.patientCareImpact).toBe(false);
  });
});
