import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { answerUntil, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced, withdrawOpenTickets } from './chat-harness.js';

// A Thursday evening in December, as the night nurse's conversation was.
const clock = new ManualClock('2026-12-03T18:30:00Z');
const runtime = runtimeForThisFile({ clock });

const FIRST_PC_FR = 'le PC-REA-0107 du poste de soins reste bloqué sur un écran noir au démarrage, les 3 autres postes marchent, on est 2 IDE de nuit';
const FIRST_PC_EN = "the PC-REA-0107 at the nurses station is stuck on a black screen at boot, the 3 other PCs work, we're 2 nurses on nights";
const untilSummary = /Résumé de votre|Summary of your/;

/** Answers as the night nurse did for her first PC: the guide did not help, care goes on, the other PCs are the way round. */
function answerAsTheNurse(question: string): string {
  const english = /Here is the guide|Does it|Do you|Who is/.test(question);
  if (/Voici la fiche|Here is the guide/.test(question)) return english ? 'no' : 'non';
  if (/contournement|workaround/.test(question)) return english ? 'yes but it is a nuisance' : "oui, mais c'est gênant";
  if (/Qui est touché|Who is affected/.test(question)) return english ? 'my team / a shared station' : 'Mon équipe / un poste partagé';
  return english ? 'no' : 'non';
}

/** The night nurse's first ticket, on the PC-REA-0107: a shared station, care goes on, P3. */
async function firstTicketFiled(chat: ReturnType<typeof chatAs>, english = false) {
  await answerUntil(chat, await chat.say(english ? FIRST_PC_EN : FIRST_PC_FR), untilSummary, answerAsTheNurse);
  const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
  expect(ticket.priority).toBe('P3');
  return ticket;
}

describe('a question about the earlier ticket, by its device number, while a second PC is reported', () => {
  it('tells that ticket\'s state and keeps the form on the PC-REA-0106, which gets its own P1 ticket', async () => {
    clock.set('2026-12-03T18:30:00Z');
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'sandrine.dupont@chv.fr');
    const first = await firstTicketFiled(chat);
    await chat.say("en fait c plus urgent que ça, le 2e poste vient de se bloquer aussi (PC-REA-0106), on a plus qu'un PC pour 12 lits et une entrée qui arrive");
    await chat.say('Mon équipe / un poste partagé');
    const summary = await chat.say("oui ça retarde, on fait la queue pour saisir les prescriptions, je vous l'ai dit");
    expect(summary).toContain('Appareil: PC-REA-0106');
    expect(summary).toContain('Priorité: P1');

    const answer = await chat.say("et le ticket d'avant pour le 0107 il reste en P3 ?? c le même problème");
    expect(answer).toContain(first.number);
    expect(answer).toContain('priorité P3');
    expect(answer).toContain('propre ticket');
    expect(answer).not.toContain("C'est noté : PC-REA-0107");
    expect(answer).toContain('Appareil: PC-REA-0106');
    expect(answer).toContain('Priorité: P1');

    const created = await chat.say(clickIntake('create'));
    expect(created).not.toContain('déjà ouvert pour cet appareil');
    const second = await ticketAnnounced(runtime(), created);
    expect(second.number).not.toBe(first.number);
    expect(second.priority).toBe('P1');
    expect(second.patientCareImpact).toBe(true);
    const asset = await runtime().services.directory.findAssetById(second.assetId!);
    expect(asset?.tag).toBe('PC-REA-0106');
    expect((await runtime().services.tickets.get(first.number)).priority).toBe('P3');
  });

  it('does the same in English ("what about the ticket for 0107, is it still P3?")', async () => {
    clock.set('2026-12-03T18:30:00Z');
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'sandrine.dupont@chv.fr', 'en-US');
    const first = await firstTicketFiled(chat, true);
    const summary = await answerUntil(chat, await chat.say('now the second PC is frozen too (PC-REA-0106), we only have one PC left for 12 beds'), untilSummary, answerAsTheNurse);
    expect(summary).toContain('Device: PC-REA-0106');
    const answer = await chat.say('what about the ticket for 0107, is it still P3?');
    expect(answer).toContain(first.number);
    expect(answer).toContain('priority P3');
    expect(answer).toContain('own ticket');
    expect(answer).not.toContain('Noted: PC-REA-0107');
    expect(answer).toContain('Device: PC-REA-0106');
  });

  it('still takes "ah non c\'est le 0107 pas le 0106" as the device corrected', async () => {
    clock.set('2026-12-03T18:30:00Z');
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'sandrine.dupont@chv.fr');
    await answerUntil(chat, await chat.say('le PC-REA-0106 du poste de soins ne démarre plus, écran noir, on est 2 IDE de nuit'), untilSummary, answerAsTheNurse);
    const corrected = await chat.say("ah non pardon c'est le 0107 pas le 0106");
    expect(corrected).toContain('PC-REA-0107');
    expect(corrected).not.toContain('propre ticket');
  });
});
