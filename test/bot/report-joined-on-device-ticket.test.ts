import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { answerUntil, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced, withdrawOpenTickets } from './chat-harness.js';

// A Thursday evening in December, as the night nurse's conversation was.
const clock = new ManualClock('2026-12-03T18:30:00Z');
const runtime = runtimeForThisFile({ clock });

const untilSummary = /Résumé de votre|Summary of your/;

/** The night nurse's first answers: the guide did not help, care goes on, the other PCs are the way round. */
function careGoesOn(question: string): string {
  if (/contournement/.test(question)) return "oui, mais c'est gênant";
  if (/Qui est touché/.test(question)) return 'Mon équipe / un poste partagé';
  return 'non';
}

/** The second report's answers: the PC-REA-0107 at the station, care is held up now. */
function careHeldUpNow(question: string): string {
  if (/De quel appareil/.test(question)) return 'c le 0107';
  if (/Qui est touché/.test(question)) return 'Mon équipe / un poste partagé';
  if (/Voici la fiche/.test(question)) return 'non';
  return 'oui ça retarde, on fait la queue pour saisir les prescriptions';
}

/** The first ticket on the PC-REA-0107: a shared station, care goes on, P3. */
async function firstTicketFiled() {
  const chat = chatAs(runtime(), 'sandrine.dupont@chv.fr');
  await answerUntil(chat, await chat.say('le PC-REA-0107 du poste de soins reste bloqué sur un écran noir au démarrage, les 3 autres postes marchent, on est 2 IDE de nuit'), untilSummary, careGoesOn);
  const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
  expect(ticket.priority).toBe('P3');
  expect(ticket.patientCareImpact).toBe(false);
  return ticket;
}

describe('a new report on a device whose ticket is open, care now held up', () => {
  it('goes on that ticket with the care impact and urgency confirmed on its summary: P3 → P1, with the new deadlines', async () => {
    await withdrawOpenTickets(runtime());
    const first = await firstTicketFiled();
    const chat = chatAs(runtime(), 'sandrine.dupont@chv.fr');
    const summary = await answerUntil(chat, await chat.say('le pc du poste de soins replante au démarrage, on peut plus saisir les prescriptions'), untilSummary, careHeldUpNow);
    expect(summary).toContain('PC-REA-0107');
    expect(summary).toContain('Soins impactés: oui');
    const joined = await chat.say(clickIntake('create'));
    expect(joined).toContain(first.number);
    expect(joined).toContain('P3 → P1');
    expect(joined).toContain('Prise en charge prévue');
    const ticket = await runtime().services.tickets.get(first.number);
    expect(ticket.patientCareImpact).toBe(true);
    expect(ticket.urgency).toBe('high');
    expect(ticket.priority).toBe('P1');
    const open = await runtime().services.tickets.list({ status: ['new', 'assigned', 'in_progress', 'waiting_user'] });
    expect(open).toHaveLength(1);
  });

  it('weighs the words of a report that names the device at once ("le PC-REA-0107 … là ça retarde les soins")', async () => {
    await withdrawOpenTickets(runtime());
    const first = await firstTicketFiled();
    const chat = chatAs(runtime(), 'sandrine.dupont@chv.fr');
    const joined = await chat.say('le PC-REA-0107 ne démarre toujours pas et là ça retarde les soins, on fait la queue pour saisir les prescriptions');
    expect(joined).toContain(first.number);
    expect(joined).toContain('soins impactés : oui');
    const ticket = await runtime().services.tickets.get(first.number);
    expect(ticket.patientCareImpact).toBe(true);
    expect(ticket.priority).toBe('P1');
  });

  it('then a raise keeps the care impact: "faut passer ça en urgent" leaves it P1, not P2', async () => {
    await withdrawOpenTickets(runtime());
    const first = await firstTicketFiled();
    const chat = chatAs(runtime(), 'sandrine.dupont@chv.fr');
    await answerUntil(chat, await chat.say('le pc du poste de soins replante au démarrage, on peut plus saisir les prescriptions'), untilSummary, careHeldUpNow);
    await chat.say(clickIntake('create'));
    await chat.say("non mais là c pas possible demain midi, on a 2 postes sur 4 HS en réa la nuit, faut passer ça en urgent !!");
    const ticket = await runtime().services.tickets.get(first.number);
    expect(ticket.patientCareImpact).toBe(true);
    expect(ticket.priority).toBe('P1');
  });
});
