import { describe, expect, it } from 'vitest';
import { chatAs, clickIntake, runtimeForThisFile, ticketAnnounced, withdrawOpenTickets } from './chat-harness.js';

const runtime = runtimeForThisFile();

/** The id of the requester's own place in the directory (D110 for the pharmacy's preparer, E010 for the porter). */
async function ownPlaceOf(email: string): Promise<number | undefined> {
  const { directory } = runtime().services;
  const user = await directory.findUserByEmail(email);
  return (await directory.locationOfUser(user!.id))?.id;
}

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

describe('short answers as busy staff give them', () => {
  it('"y en a pas c la sonnette murale chambre 4" to the device question means no device; "la patiente de la 4" is one person', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'mathilde.dupont@chv.fr');
    await chat.say('sonnete ch4 sonne pas au poste');
    await chat.say('non c pas le dect, c la sonnette du patient');
    const next = await chat.say('y en a pas c la sonnette murale chambre 4');
    expect(next).not.toContain("Je ne trouve pas l'appareil");
    await chat.say('oui ch 4');
    const afterScope = await chat.say('la patiente de la 4');
    expect(afterScope).not.toContain("Je n'ai pas compris");
  });

  it('"dunno, the one on the left" to the device question is a don\'t know', async () => {
    const chat = chatAs(runtime(), 'valerie.andre@chv.fr', 'en-US');
    await chat.say('zebra printing blank labels');
    const next = await chat.say('dunno, the one on the left');
    expect(next).not.toContain("can't find the device");
    expect(next).toContain('Who is affected?');
  });
});

describe('a place named for another reason', () => {
  it('"on a 6 patients en HDJ onco qui attendent leur chimio" on the summary keeps the pharmacy as the place', async () => {
    const ticket = await ticketFrom('paul.dubois@chv.fr', [
      "bonjour l'imprimante de la prépa sort plus les fiches de fabrication des chimios",
      "non en fait c'est pas l'imprimante, c'est PharmaTrace qui plante quand on valide la préparation, ça fige et ça sort jamais. et c'est pareil sur les 3 postes de la prépa",
      'oui',
      'oui et faites vite, on a 6 patients en HDJ onco qui attendent leur chimio',
    ]);
    expect(ticket.locationId).toBe(await ownPlaceOf('paul.dubois@chv.fr'));
  });

  it('"perdu entre urgences et bloc cette nuit" keeps the requester\'s own place', async () => {
    const ticket = await ticketFrom('julien.andre@chv.fr', ['badge perdu', 'moi', "perdu entre urgences et bloc cette nuit, un collegue m'ouvre les portes en attendant"]);
    expect(ticket.locationId).toBe(await ownPlaceOf('julien.andre@chv.fr'));
  });
});

describe('a reported mail', () => {
  it('"non. jai pas cliqué" to the care question is kept for the security team and answers whether the lure was acted on', async () => {
    const ticket = await ticketFrom('chloe.carre@chv.fr', ['jai recu un mail bizarre boite pleine cliquer ici, c du phishing?', 'non. jai pas cliqué']);
    expect(ticket.description).toContain('jai pas cliqué');
    expect(ticket.urgency).toBe('low');
    expect(ticket.priority).toBe('P4');
  });
});

describe('the place of a radiologist\'s PACS outage', () => {
  it('"j\'ai des scanners des urgences en attente" names where the exams come from: the ticket stays in imaging', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'alexandre.dumont@chv.fr');
    const summary = await chat.say("Le PACS ne charge plus aucune image sur les 3 consoles de la salle d'interprétation depuis une demi-heure. J'ai des scanners des urgences en attente dont une suspicion d'AVC.");
    expect(summary).toMatch(/Lieu: Imagerie médicale/);
    expect(summary).toMatch(/Priorité: P1/);
  });

  it('"non pas aux urgences, c\'est chez nous en imagerie, salle d\'interprétation" on the summary moves the ticket to imaging', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'alexandre.dumont@chv.fr');
    expect(await chat.say('Le PACS ne marche plus aux urgences')).toMatch(/Lieu: Urgences/);
    const corrected = await chat.say("non pas aux urgences, c'est chez nous en imagerie, salle d'interprétation");
    expect(corrected).toMatch(/Lieu: Imagerie médicale, bâtiment C, étage 0, C010/);
  });
});

describe('a device named by its make, not among those proposed', () => {
  it('"c\'est pas celle des bracelets, c\'est la laser à côté, la Brother" proposes the two Brothers of the admissions desk', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'lucie.berger@chv.fr');
    expect(await chat.say("l'imprimante des bracelets au guichet 2 bourre à chaque feuille")).toContain('LBL-ADM-0001');
    const reply = await chat.say("ah non pardon c'est pas celle des bracelets, c'est la laser à côté, la Brother");
    expect(reply).not.toContain("Je ne trouve pas l'appareil");
    expect(reply).toContain('PRN-ADM-0012');
    expect(reply).toContain('PRN-ADM-0013');
    expect(reply).not.toContain('PRN-ADM-0011');
  });
});

describe('a how-to first, the problem next', () => {
  it('"how do I get my work email on my own phone?" then the sync refused: the refusal titles the ticket', async () => {
    const ticket = await ticketFrom('emily.carter@chv.fr', [
      'hi, how do I get my work email on my own phone?',
      "did all that but the Outlook app says my account isn't allowed to sync on this device",
      "yes, office A021. it's my personal phone though",
      'just me',
      "no, not at all. just convenient when I'm on call",
      'webmail works, it can wait',
    ], 'en-US');
    expect(ticket.title).toMatch(/^did all that but the Outlook app says my account isn't allowed to sync/);
  });
});

describe('answers from the last two rounds', () => {
  it('"ADM-0013 je viens de dire" is PRN-ADM-0013, the one device of the unit whose tag ends so', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'lucie.berger@chv.fr');
    await chat.say('imprimante HP bloquée au guichet');
    await chat.say("non c'est la brother à côté de mon guichet");
    await chat.say('non. étiquette ADM-0013');
    expect(await chat.say('ADM-0013 je viens de dire')).toContain('PRN-ADM-0013');
  });

  it('"the nurses open the drug room for me" is a way round: the nurses are not the people affected', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'priya.sharma@chv.fr', 'en-US');
    await chat.say('lost my badge somewhere in the ED tonight');
    const summary = await chat.say('not really. I log in with my password and the nurses open the drug room for me. annoying though');
    expect(summary).toContain('Affected: one person');
    expect(summary).not.toContain('Priority: P2');
  });
});
