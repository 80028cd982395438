import { describe, expect, it } from 'vitest';
import { answerUntil, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced, withdrawOpenTickets } from './chat-harness.js';

const runtime = runtimeForThisFile();

// Joined by a bare "et": not split on its own (the two things are not announced), only when the user asks for two tickets.
const LABEL_PRINTER_AND_COBAS =
  "bjr, l'imprimante d'étiquettes tubes du plateau tech imprime plus rien (voyant orange qui clignote) et le Cobas 2 affiche une erreur de communication avec le SIL depuis ce matin, les résultats remontent pas";

/** Answers as the lab technician did: no device number, the whole unit, care held up. */
function answerAsTheLab(question: string): string {
  if (/De quel appareil|Which device|numéro de l'appareil|device number/.test(question)) return /Which|device number/.test(question) ? "I don't know" : 'je sais pas';
  if (/Qui est touché|Who is affected/.test(question)) return /Who/.test(question) ? 'the whole unit' : 'tout le service';
  if (/Voici la fiche|Here is the guide/.test(question)) return /Here/.test(question) ? 'no' : 'non';
  return /Is |Does |Do you/.test(question) ? 'yes' : 'oui';
}

const untilSummary = /Résumé de votre|Summary of your/;

describe('"faut 2 tickets" said while the form is under way for a message that told two problems', () => {
  it('says it sees two problems and takes the label printer first, proposing the lab\'s Zebra label printers', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'oceane.menard@chv.fr');
    await chat.say(LABEL_PRINTER_AND_COBAS);
    await chat.say('oui');
    const split = await chat.say("non faut 2 tickets, l'imprimante c pas le SIL");
    expect(split).toContain('deux problèmes');
    expect(split).toContain('Cobas 2');
    expect(split).toContain('LBL-LAB-0001');
    expect(split).not.toContain('PRN-LAB-0010');
  });

  it('files a printer ticket titled by the fault, then a ticket of its own for the Cobas and the lab system', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'oceane.menard@chv.fr');
    await chat.say(LABEL_PRINTER_AND_COBAS);
    await chat.say('oui');
    const summary = await answerUntil(chat, await chat.say("non faut 2 tickets, l'imprimante c pas le SIL"), untilSummary, answerAsTheLab);
    expect(summary).toContain('Type: Imprimante');
    const created = await chat.say(clickIntake('create'));
    const printer = await ticketAnnounced(runtime(), created);
    expect(printer.category).toBe('printer');
    expect(printer.title).toContain("imprimante d'étiquettes tubes");
    expect(printer.title).not.toContain('faut 2 tickets');
    expect(printer.description).not.toContain('Cobas');
    // The second problem is taken up at once, in its own words.
    expect(created).toContain('deuxième problème');
    const secondSummary = await answerUntil(chat, created.slice(created.indexOf('deuxième problème')), untilSummary, answerAsTheLab);
    expect(secondSummary).toContain('Cobas 2');
    const cobas = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(cobas.number).not.toBe(printer.number);
    expect(cobas.title).toContain('Cobas 2');
    expect(cobas.title).not.toContain('faut 2 tickets');
    expect(cobas.category).not.toBe('printer');
    expect(['lab-vendor-l2', 'biomedical']).toContain(cobas.team);
  });

  it('does the same for "ce sont deux problèmes différents"', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'oceane.menard@chv.fr');
    await chat.say(LABEL_PRINTER_AND_COBAS);
    await chat.say('oui');
    const split = await chat.say('ce sont deux problèmes différents');
    expect(split).toContain('deux problèmes');
    expect(split).toContain('LBL-LAB-0001');
  });

  it('does the same in English: "no, it\'s two separate problems, the printer is not the LIS"', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'oceane.menard@chv.fr', 'en-US');
    await chat.say("hi, the tube label printer in the lab prints nothing (orange light blinking) and the Cobas 2 shows a communication error with the LIS since this morning, results aren't coming through");
    await chat.say('yes');
    const split = await chat.say("no, it's two separate problems, the printer is not the LIS");
    expect(split).toContain('two problems');
    expect(split).toContain('Cobas 2');
    const also = chatAs(runtime(), 'oceane.menard@chv.fr', 'en-US');
    await also.say("hi, the tube label printer in the lab prints nothing (orange light blinking) and the Cobas 2 shows a communication error with the LIS since this morning, results aren't coming through");
    await also.say('yes');
    expect(await also.say('we need 2 tickets please')).toContain('two problems');
  });

  it('leaves one problem whole when the words only count devices ("c\'est sur 2 imprimantes")', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'oceane.menard@chv.fr');
    await chat.say("l'imprimante d'étiquettes tubes du plateau tech imprime plus rien, voyant orange qui clignote");
    const reply = await chat.say("c'est sur 2 imprimantes");
    expect(reply).not.toContain('deux problèmes');
  });
});
