import { describe, expect, it } from 'vitest';
import { openEarlierTicket } from '../support/earlier-ticket.js';
import { withKey } from '../redaction/nir-fixtures.js';
import { answerUntilSummary, chatAs, clickIntake, runtimeForThisFile, ticketNumberIn } from './chat-harness.js';

const runtime = runtimeForThisFile();

// A conversation from the eleventh round, played by someone who had not seen the code.
describe('intake in the eleventh round of conversations', () => {
  it('a care answer that says there is no other printer is not followed by "do you have a workaround?"', async () => {
    const chat = chatAs(runtime(), 'nicolas.robin@chv.fr');
    await chat.say("bonjour l'imprimante du poste de soins dit bourrage papier, comment on fait?");
    let text = await chat.say("non. j'ai ouvert toutes les trappes y a aucune feuille coincée, j'ai refermé, éteint rallumé, toujours 'bourrage papier' et elle imprime rien");
    if (text.includes('PRN-MED-0011')) text = await chat.say("oui c'est la brother du poste de soins");
    expect(text).toContain('prise en charge des patients');
    text = await chat.say("non pas vraiment les soins, mais on peut plus imprimer les plans de soins ni les transmissions pour toute l'équipe, et le secrétariat est fermé le dimanche donc y a pas d'autre imprimante");
    expect(text).not.toContain('solution de contournement');
    expect(text).toContain('Résumé de votre incident');
    expect(text).toContain('Soins impactés: non');
  });
});

describe('a P1 resting on a guessed urgency', () => {
  it('"no network on the admission desks" asks for a way round before calling it a P1, and a paper fallback makes it a P2', async () => {
    const chat = chatAs(runtime(), 'anne.morel@chv.fr', 'en-GB');
    let text = await chat.say('no network on the admission desks');
    expect(text).not.toContain('Summary of your incident');
    expect(text).toMatch(/workaround/i);
    text = await chat.say("yes, we're doing the admissions on paper for now");
    expect(text).toContain('Priority: P2');
  });

  it('a P1 whatever the urgency (care held up on a whole unit) is not asked', async () => {
    const chat = chatAs(runtime(), 'nicolas.robin@chv.fr');
    const text = await chat.say('plus aucun PC ne démarre dans tout le service, on ne peut plus valider les traitements des patients');
    expect(text).not.toContain('solution de contournement');
  });
});

describe('questions for staff away from patients', () => {
  it('a finance officer reporting a phishing e-mail is not asked whether it holds up patient care', async () => {
    const chat = chatAs(runtime(), 'ines.dubois@chv.fr');
    const text = await chat.say(
      "Bonjour, je viens de recevoir un mail bizarre soi-disant de notre fournisseur Medline qui nous demande de mettre à jour leur RIB pour les prochains virements, avec un fichier zip en pièce jointe. L'adresse de l'expéditeur ressemble pas du tout à leur adresse habituelle. Je l'ai pas ouvert. Je fais quoi ?",
    );
    expect(text).not.toContain('prise en charge des patients');
  });
});

describe('who is affected, corrected on the summary', () => {
  it('"c\'est pas qu\'une personne, on est deux secrétaires à imprimer dessus" makes it a team\'s printer', async () => {
    const chat = chatAs(runtime(), 'alice.meunier@chv.fr');
    let text = await chat.say("mon imprimante Kyocera n'imprime plus rien, j'imprime sur celle de la salle d'interprétation en attendant");
    if (text.includes('Voici la fiche')) text = await chat.say('non');
    if (text.includes('PRN-RAD-0010')) text = await chat.say('oui');
    expect(text).toContain('Personnes touchées: une personne');
    await chat.say('@intake:change');
    text = await chat.say("c'est pas qu'une personne, on est deux secrétaires à imprimer dessus");
    expect(text).toContain('Personnes touchées: une équipe ou un poste partagé');
  });
});

describe('a room given by the code on its door', () => {
  it('"the nursing station A260" is that room, and "it\'s room A270, not A260" on the summary moves the ticket there', async () => {
    const chat = chatAs(runtime(), 'thomas.breton@chv.fr', 'en-GB');
    let text = await chat.say('the dictation software crashes on the PC of the nursing station A260, we type by hand meanwhile');
    if (text.includes('Did this solve it?')) text = await chat.say('no');
    expect(text).toContain('Location: Salle de surveillance post-interventionnelle, building A, floor 2, A260 Poste de soins');
    await chat.say('@intake:change');
    text = await chat.say("it's room A270, the medical office, not A260");
    expect(text).toContain('Noted: A270 Bureau médical.');
    expect(text).toContain('Location: Salle de surveillance post-interventionnelle, building A, floor 2, A270 Bureau médical');
    expect(text).not.toContain('(A270)');
  });
});

describe('the desktop, not the cart', () => {
  it('"c\'est pas le chariot… c\'est le PC fixe au fond du poste de soins" after a fiche proposes the desktops of that floor\'s station', async () => {
    const chat = chatAs(runtime(), 'karim.gaillard@chv.fr');
    let text = await chat.say("Bonjour, le chariot informatique du poste de soins du 2e s'allume plus ce matin, écran noir, rien. Merci");
    expect(text).toContain('Cela a-t-il résolu le problème ?');
    text = await chat.say(
      "non. et en fait je me suis trompé c'est pas le chariot, le chariot il marche (une collègue l'avait débranché). C'est le PC fixe au fond du poste de soins qui démarre pas, il fait 3 bips et l'écran reste noir.",
    );
    expect(text).toContain('[PC-GER-0113 — HP EliteDesk 800 G6 SFF]');
    expect(text).not.toContain('Chariot de soins');
    expect(text).not.toContain('PC-GER-0106'); // the first floor's station
  });

  it('"mais non c\'est pas un chariot" declines the carts proposed', async () => {
    const chat = chatAs(runtime(), 'karim.gaillard@chv.fr');
    let text = await chat.say("le chariot informatique du poste de soins du 2e s'allume plus, écran noir, les soins sont pas bloqués on a l'autre");
    if (text.includes('Cela a-t-il résolu le problème ?')) text = await chat.say('non');
    expect(text).toContain('Chariot de soins');
    text = await chat.say("mais non c'est pas un chariot, c'est le PC fixe");
    expect(text).not.toContain('Je ne trouve pas');
  });
});

describe('a radiologist whose card reader fails', () => {
  const FIRST =
    "Mon lecteur de carte CPS ne lit plus ma carte depuis ce matin, le voyant reste éteint quand je la mets. Du coup impossible de signer mes CR dans le PACS, j'en ai déjà 15 en attente dont des scanners des urgences.";

  it('"c\'est le lecteur USB branché sur mon portable HP" says where it is plugged, not a way round', async () => {
    const chat = chatAs(runtime(), 'chloe.aubry@chv.fr');
    await chat.say(FIRST);
    const text = await chat.say("aucune idée, c'est le lecteur USB branché sur mon portable HP dans mon bureau");
    expect(text).toContain('PC-RAD-0503');
    expect(text).not.toContain('Urgence: moyenne');
    expect(text).not.toContain('Soins impactés: non');
  });

  it('"urgence moyenne ?? je suis complètement bloquée…" on the summary protests the level: it becomes high, the category stays', async () => {
    const chat = chatAs(runtime(), 'chloe.aubry@chv.fr');
    let text = await chat.say('mon lecteur de carte CPS ne lit plus ma carte, pas urgent');
    if (text.includes('Cela a-t-il résolu le problème ?')) text = await chat.say('non');
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Urgence: basse');
    await chat.say('@intake:change');
    text = await chat.say('urgence basse ?? je suis complètement bloquée, les urgences attendent mes comptes rendus de scanner pour leurs patients');
    expect(text).toContain('Urgence: haute');
    expect(text).not.toContain('Équipement médical');
  });
});

describe('a stolen work phone', () => {
  it('is told to call 5000 to lock or wipe it, not the phishing advice', async () => {
    const chat = chatAs(runtime(), 'helene.aubert@chv.fr', 'en-GB');
    const text = await chat.say(
      "Hi, my work smartphone was stolen on the train this morning (bag snatched at the station). It has my Outlook and Teams on it, with patient names in some emails. What do I do? I've already filed a police report.",
    );
    expect(text).toContain('call 5000 (24/7) so the device can be locked or wiped remotely');
    expect(text).not.toContain('if you clicked a link');
  });
});

describe('MSSanté letters that will not go out', () => {
  it('is a fault to repair, and "No… It worked last week" to the fiche is a no', async () => {
    const chat = chatAs(runtime(), 'tom.whitaker@chv.fr', 'en-GB');
    let text = await chat.say(
      "Hello. Since yesterday afternoon my discharge letters sent through MSSanté don't go out, they just sit in the outbox with a red 'échec d'envoi' icon. Tried three different GPs, same thing. Not the end of the world, for now I print the letters and hand them to the mums when they leave, but I'd like it fixed this week.",
    );
    expect(text).not.toContain("I'll record your request");
    const other = chatAs(runtime(), 'tom.whitaker@chv.fr', 'en-GB');
    text = await other.say('MSSanté is not working: messages fail to send since yesterday');
    expect(text).toContain('Did this solve it?');
    text = await other.say("No. The addresses are the GPs' usual mssante.fr ones and the letters are small PDFs. It worked last week with the same GPs.");
    expect(text).not.toContain('the guide helped');
  });
});

describe('an urgency called too much on the summary', () => {
  it('"urgence haute c\'est exagéré, il faut que ce soit réparé pour demain" brings it one step down', async () => {
    const chat = chatAs(runtime(), 'ines.dubois@chv.fr');
    let text = await chat.say("Oracle Finances met une erreur de connexion au serveur pour toute la direction des finances, on ne peut plus mandater, c'est très urgent");
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Urgence: haute');
    await chat.say('@intake:change');
    text = await chat.say("urgence haute c'est exagéré, il faut que ce soit réparé pour demain, pas dans l'heure");
    expect(text).toContain('Urgence: moyenne');
  });
});

describe('adding to a ticket already opened', () => {
  it('"can you add that to the ticket?" puts the words on the ticket just created, or on the one named', async () => {
    const chat = chatAs(runtime(), 'valerie.andre@chv.fr', 'en-GB');
    let text = await chat.say("the lone-worker DECT of the lab won't charge on its cradle, it's needed for the night shift at 8 pm");
    if (text.includes('Did this solve it?')) text = await chat.say('no');
    text = await answerUntilSummary(chat, text);
    text = await chat.say(clickIntake('create'));
    const number = ticketNumberIn(text)!;
    expect(number).toBeDefined();
    text = await chat.say("I just tested: the other DECT doesn't charge on that cradle either, so it's probably the cradle, not the handset. Can you add that to the ticket?");
    expect(text).toContain(`Added to ticket ${number}`);
    expect(text).not.toContain("I'll open an incident");
    const other = chatAs(runtime(), 'valerie.andre@chv.fr', 'en-GB');
    text = await other.say(`Please add this to ${number}: we need it before 8 pm tonight.`);
    expect(text).toContain(`Added to ticket ${number}`);
    const events = await runtime().services.tickets.events((await runtime().services.tickets.get(number)).id);
    const added = events.filter((e) => e.kind === 'message').map((e) => JSON.stringify(e.data));
    expect(added.some((data) => data.includes('probably the cradle'))).toBe(true);
    expect(added.some((data) => data.includes('before 8 pm tonight'))).toBe(true);
  });

  it('is not done on someone else\'s ticket', async () => {
    const theirs = await runtime().services.tickets.list({ limit: 1 });
    const chat = chatAs(runtime(), 'anne.morel@chv.fr', 'en-GB');
    const text = await chat.say(`please add this to ${theirs[0]!.number}: it still fails`);
    expect(text).not.toContain('Added to ticket');
  });
});

describe('adding to a ticket that waits for the user', () => {
  it('sets its clock running again: the words are the answer the technician waited for', async () => {
    const ticket = await openEarlierTicket(runtime(), { requester: 'nicolas.robin@chv.fr', title: "l'imprimante du poste de soins fait bourrage" });
    const agent = { by: 'agent@chv.fr', kind: 'agent' } as const;
    await runtime().services.tickets.move(ticket.number, 'assigned', agent);
    await runtime().services.tickets.move(ticket.number, 'in_progress', agent);
    await runtime().services.tickets.move(ticket.number, 'waiting_user', agent, 'model of the printer?');
    const chat = chatAs(runtime(), 'nicolas.robin@chv.fr');
    const text = await chat.say(`pour info ${ticket.number} : c'est la Brother HL-L6300DW, le voyant orange clignote`);
    expect(text).toContain(`C'est ajouté au ticket ${ticket.number}`);
    expect((await runtime().services.tickets.get(ticket.number)).status).toBe('in_progress');
  });

  it('masks a NIR in the words added, as the audit trail of relayed messages does', async () => {
    const ticket = await openEarlierTicket(runtime(), { requester: 'nicolas.robin@chv.fr', title: "l'étiqueteuse du poste de soins n'imprime plus" });
    const chat = chatAs(runtime(), 'nicolas.robin@chv.fr');
    await chat.say(`pour info ${ticket.number} : les étiquettes de la patiente ${withKey('2840375112004')} sont sorties vides`);
    const events = await runtime().services.tickets.events(ticket.id);
    const added = events.filter((e) => e.kind === 'message').map((e) => String(e.data.text));
    expect(added).toHaveLength(1);
    expect(added[0]).toContain('[NIR masqué]');
    expect(added[0]).not.toContain('2840375112004');
  });
});

describe('the summary names the requester', () => {
  it('so that someone reporting for a colleague sees whose name the ticket will carry', async () => {
    const chat = chatAs(runtime(), 'thomas.breton@chv.fr', 'en-GB');
    let text = await chat.say('Logging this for Dr Sofia Rossi: the dictation software crashes on the PC of the nursing station A260, she types by hand meanwhile');
    if (text.includes('Did this solve it?')) text = await chat.say('no');
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Requester: Thomas Breton');
  });
});
