import { describe, expect, it } from 'vitest';
import { chatAs, clickIntake, runtimeForThisFile, ticketAnnounced, withdrawOpenTickets } from './chat-harness.js';

const runtime = runtimeForThisFile();

/** Says each line in turn, then creates the ticket from the summary; returns the ticket. */
async function ticketFrom(email: string, lines: string[], locale = 'fr-FR') {
  await withdrawOpenTickets(runtime());
  const chat = chatAs(runtime(), email, locale);
  for (const line of lines) await chat.say(line);
  return ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
}

describe('the title after the guide was refused', () => {
  it('"c\'est pas l\'imprimante, c\'est PharmaTrace qui plante": the title is what it is, not what it is not', async () => {
    const ticket = await ticketFrom('paul.dubois@chv.fr', [
      "bonjour l'imprimante de la prépa sort plus les fiches de fabrication des chimios",
      "non en fait c'est pas l'imprimante, c'est PharmaTrace qui plante quand on valide la préparation, ça fige et ça sort jamais. et c'est pareil sur les 3 postes de la prépa",
      'oui',
    ]);
    expect(ticket.title).toMatch(/^PharmaTrace qui plante/);
    expect(ticket.category).toBe('software');
    // What was taken back stays in the description for the technician.
    expect(ticket.description).toContain("l'imprimante de la prépa");
  });

  it('"c pas le dect, c la sonnette du patient" after a DECT guide: the first words still title the ticket', async () => {
    const ticket = await ticketFrom('mathilde.dupont@chv.fr', [
      'sonnete ch4 sonne pas au poste',
      'non c pas le dect, c la sonnette du patient',
      'je sais pas',
      'oui ch 4',
      'Moi seul(e) ou un seul appareil',
      'oui elle peut pas appeler, elle est grabataire',
    ]);
    expect(ticket.title).toMatch(/^sonnete ch4 sonne pas au poste/);
    expect(ticket.title).not.toMatch(/c pas le dect/);
  });

  it('"how do i reset my pwd?" then "tried. says account locked": the locked account titles the ticket', async () => {
    const ticket = await ticketFrom('emily.carter@chv.fr', [
      'how do i reset my pwd?',
      'tried. says account locked',
      'just me',
      "no im on james's session for now",
    ], 'en-US');
    expect(ticket.title).toBe('tried. says account locked');
    expect(ticket.language).toBe('en');
  });
});
