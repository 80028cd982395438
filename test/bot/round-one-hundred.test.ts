import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { t } from '../../src/bot/messages/index.js';
import { answerUntil, answerUntilSummary, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced, ticketNumberIn } from './chat-harness.js';

// Thursday 3 December 2026, 23:10 in Paris: a night shift.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-12-03T22:10:00Z')) });

describe('round one hundred: waiting for a technician', () => {
  it('the problem described after asking for a person goes into the ticket\'s description, not only its title', async () => {
    const chat = chatAs(runtime(), 'karine.hubert@chv.fr');
    const number = ticketNumberIn(await chat.say("je veux parler à quelqu'un"))!;
    const problem = "le pousse-seringue de la chambre 12 affiche erreur occlusion en boucle alors que la ligne est libre, on l'a remplacé par celui de la 14";
    await chat.say(problem);
    const ticket = await runtime().services.tickets.get(number);
    expect(ticket.description).toContain("je veux parler à quelqu'un");
    expect(ticket.description).toContain(problem);
    const events = await runtime().services.tickets.events(ticket.id);
    expect(events.some((e) => e.kind === 'described' && JSON.stringify(e.data).includes('erreur occlusion'))).toBe(true);
  });

  it('the problem told beside "je veux parler à quelqu\'un" weighs the technician\'s ticket, and is not asked again', async () => {
    const chat = chatAs(runtime(), 'julie.vidal@chv.fr');
    const reply = await chat.say("la tablette du chariot a planté cette nuit pendant que je saisissais les transmissions de 12 résidents, tout est perdu?? je veux parler à quelqu'un svp pas un robot");
    expect(reply).not.toContain(t('fr', 'handoff.ask_problem'));
    const ticket = await runtime().services.tickets.get(ticketNumberIn(reply)!);
    expect(ticket.title).not.toBe(t('fr', 'handoff.default_title'));
    expect(ticket.title).toContain('tablette du chariot');
    expect(ticket.priority).not.toBe('P4');
    // Only the ask, nothing of the problem: the problem is asked for.
    const other = chatAs(runtime(), 'florence.bertrand@chv.fr');
    expect(await other.say("bonjour, je voudrais parler à quelqu'un du support svp")).toContain(t('fr', 'handoff.ask_problem'));
  });

  it('questions with one answer are answered while the technician is awaited, and still passed on', async () => {
    const chat = chatAs(runtime(), 'nadia.olivier@chv.fr');
    const number = ticketNumberIn(await chat.say("je veux parler à un technicien svp"))!;
    await chat.say('la centrale de surveillance du service ne reçoit plus les scopes des chambres 3 à 6');
    const biomed = await chat.say("faut que j'appelle le 5100 aussi ?");
    expect(biomed).toContain(t('fr', 'intake.side_call_biomed'));
    expect(biomed).toContain(t('fr', 'handoff.forwarded', { number }));
    const sharing = await chat.say('et je peux prendre la carte CPS de ma collègue en attendant ?');
    expect(sharing).toContain(t('fr', 'intake.side_no_sharing'));
    expect(sharing).toContain(t('fr', 'handoff.forwarded', { number }));
    const when = await chat.say('ce sera réparé pour demain matin ?');
    expect(when).toContain(`Le ticket ${number} est en priorité`);
  });

  it('"will it be fixed by tomorrow?" while waiting gets the ticket\'s deadlines, in English', async () => {
    const chat = chatAs(runtime(), 'maxime.prevost@chv.fr', 'en-US');
    const number = ticketNumberIn(await chat.say('can I talk to a person please'))!;
    await chat.say('the label printer at the nurses station prints blank labels');
    const when = await chat.say('will it be fixed by tomorrow? we have admissions at 7');
    expect(when).toContain(`Ticket ${number} is priority`);
    expect(when).toContain(t('en', 'handoff.forwarded', { number }));
  });
});

describe('round one hundred: a ticket is over only when all of it works again', () => {
  async function ticketOf(chat: ReturnType<typeof chatAs>, report: string) {
    const summary = await answerUntilSummary(chat, await chat.say(report));
    expect(summary).toMatch(/Résumé de votre/);
    return ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
  }

  it('"en salle 5 ça refonctionne, c\'est juste la 3 maintenant" leaves the ticket open', async () => {
    const chat = chatAs(runtime(), 'julien.chevalier@chv.fr');
    const ticket = await ticketOf(chat, "le logiciel d'anesthésie rame depuis ce matin en salle 3 et en salle 5, 30 sec pour valider une constante");
    const reply = await chat.say("info en plus : en salle 5 ça refonctionne normalement, c'est juste la 3 maintenant");
    expect(reply).not.toContain(t('fr', 'withdraw.recovered', { number: ticket.number }));
    expect((await runtime().services.tickets.get(ticket.number)).status).not.toBe('resolved');
  });

  it('"non c\'est PAS résolu" right after the bot resolved the ticket reopens it', async () => {
    const chat = chatAs(runtime(), 'claire.dumont@chv.fr');
    const ticket = await ticketOf(chat, "l'imprimante du poste de soins n'imprime plus rien, voyant orange");
    expect(await chat.say('ah ça remarche, merci')).toContain(t('fr', 'withdraw.recovered', { number: ticket.number }));
    expect((await runtime().services.tickets.get(ticket.number)).status).toBe('resolved');
    const reply = await chat.say("quoi ?? non c'est PAS résolu, elle re-bloque au bout de 2 feuilles !!");
    expect(reply).toContain(t('fr', 'reopen.done', { number: ticket.number }));
    // No one held it: back in the team's queue.
    expect((await runtime().services.tickets.get(ticket.number)).status).toBe('assigned');
  });
});

describe('round one hundred: answers to the care question', () => {
  it('"le papier c\'est peut-être le code alors? mais là ce soir je fais comment pour valider mes soins ?" is care held up, not a paper fallback', async () => {
    const chat = chatAs(runtime(), 'nathalie.arnaud@chv.fr');
    await chat.say("Bonjour, je suis nouvelle (intérim) et on m'a mise en renfort en pédiatrie cette nuit. on m'a donné une carte CPS mais je sais pas comment m'en servir pour me connecter, le PC me demande un code ?");
    const asked = await chat.say("euh elle est pas bloquée, j'ai jamais eu de code. il y avait un papier aussi mais je l'ai laissé chez moi");
    expect(asked).toContain('Est-ce que cela bloque ou retarde la prise en charge des patients');
    const summary = await chat.say("le papier c'est peut-être le code alors? mais là ce soir je fais comment pour valider mes soins dans le DPI, je peux me connecter sans la carte ?");
    expect(summary).toContain('Soins impactés: oui');
  });
});

describe('round one hundred: a request for a resident at the end of life', () => {
  it('"on the 1st floor" is no date, and "whatever is quickest, she might not have many days left" is how soon', async () => {
    const chat = chatAs(runtime(), 'florence.bertrand@chv.fr', 'en-US');
    await chat.say("Good morning. Could you install WhatsApp on the unit tablet on the 1st floor of the nursing home? Mrs D's daughter lives in Canada and wants to video call her mum");
    const summary = await chat.say("whatsapp, on the tablet, it's not a PC. if WhatsApp isn't allowed then Teams is fine too, whatever is quickest, she might not have many days left");
    expect(summary).toContain('Summary of your request');
    expect(summary).not.toContain('Needed by');
    expect(summary).toContain('Urgency: high');
  });
});

describe('round one hundred: a password typed on a lure', () => {
  const lure = "bonjour, j'ai reçu un mail bizarre ce matin soit disant de la DSI qui demande de renouveller mon mot de passe, j'ai cliqué sur le lien avant de me rendre compte... c'est grave ?";

  it('"est-ce que je peux continuer à bosser sur le poste ?" before the ticket is created gets an answer now', async () => {
    const chat = chatAs(runtime(), 'marie.legrand@chv.fr');
    await chat.say(lure);
    await chat.say("non pas de pb pour les patients. par contre j'ai tapé mon identifiant et mdp sur la page qui s'est ouverte");
    const text = await chat.say("attendez avant de créer, est-ce que je peux continuer à bosser sur le poste ? j'ai des patients qui attendent");
    expect(text).toContain(t('fr', 'intake.side_keep_working'));
    expect(text).toContain('Résumé de votre incident');
  });

  it('"j\'ai appelé le 5200 et changé mon mdp, je peux continuer sur le poste ?" while the technician is awaited is about the same ticket', async () => {
    const chat = chatAs(runtime(), 'claire.dumont@chv.fr');
    await chat.say(lure);
    await chat.say("non pas de pb pour les patients. par contre j'ai tapé mon identifiant et mdp sur la page qui s'est ouverte");
    const number = ticketNumberIn(await chat.say(clickIntake('create')))!;
    expect(await chat.say("je veux parler à quelqu'un de la sécurité")).toContain(number);
    const text = await chat.say("ok j'ai appelé le 5200 et changé mon mdp. du coup je peux continuer sur le poste ou pas ??");
    expect(text).not.toContain(t('fr', 'handoff.another_matter', { number }));
    expect(text).toContain(t('fr', 'intake.side_keep_working'));
    expect(text).toContain(t('fr', 'handoff.forwarded', { number }));
  });
});

describe('round one hundred: "c\'est connu ?"', () => {
  async function hospitalWideTicket(requester: string, title: string) {
    const { ticket } = await runtime().services.tickets.create({
      requester, category: 'software', scope: 'site', urgency: 'high', patient_care_impact: true, asset: 'APP-DPI',
      title, description: title, language: 'fr', created_by_kind: 'user',
    });
    return ticket;
  }

  it('a hospital-wide ticket opened by another unit is told, and the words go on it instead of a second P1', async () => {
    const open = await hospitalWideTicket('aurelie.sanchez@chv.fr', 'DPI hyper lent dans tout l\'hôpital depuis ce matin');
    const chat = chatAs(runtime(), 'ines.duval@chv.fr');
    const reply = await chat.say("et le DPI qui rame depuis ce matin c'est connu ? ici aussi c'est lent");
    expect(reply).toContain(t('fr', 'outage.known_site', { number: open.number, title: open.title, status: 'nouveau', priority: open.priority, team: 'X' }).split(' — ')[0]);
    expect(reply).not.toContain('Voici la fiche');
    const events = await runtime().services.tickets.events(open.id);
    expect(events.some((e) => e.kind === 'message' && JSON.stringify(e.data).includes('ici aussi'))).toBe(true);
    const tickets = await runtime().services.tickets.list({ status: ['new', 'assigned', 'in_progress'], limit: 100 });
    expect(tickets.filter((ticket) => ticket.assetId === open.assetId)).toHaveLength(1);
  });

  it('with nothing open, "c\'est connu ?" goes on as before', async () => {
    const chat = chatAs(runtime(), 'pascal.robert@chv.fr');
    const reply = await chat.say("le logiciel de paie plante à l'ouverture, c'est connu ?");
    expect(reply).not.toContain('Un incident est déjà ouvert');
    expect(reply).not.toContain('Un ticket est déjà ouvert');
  });
});

describe('round one hundred: a milk-label printer with its label worn off', () => {
  it('a refused device does not come back by its make, and "mon mot de passe expire, je le change comment ?" is answered on the way', async () => {
    const chat = chatAs(runtime(), 'maxime.prevost@chv.fr');
    await chat.say("Bjr, en neonat l'imprimante à étiquettes du biberonnerie imprime des étiquettes blanches (rien dessus). on écrit à la main en attendant mais c pas top niveau identitovigilance");
    expect(await chat.say("non, j'ai fait le calibrage et éteint/rallumé, toujours blanc. le ruban a l'air ok")).toContain("S'agit-il de LBL-PED-0001");
    const asked = await chat.say("non c pas en pédiatrie, c la néonat au 1er étage, dans la biberonnerie. au fait, question vite fait : mon mot de passe expire dans 2 jours, je le change comment ?");
    expect(asked).toContain(t('fr', 'intake.side_password_change'));
    expect(asked).not.toContain('urgence haute');
    const summary = await chat.say("je sais pas l'étiquette est effacée. c une zebra grise");
    expect(summary).toContain('Appareil: non précisé');
    expect(summary).not.toContain("C'est noté : LBL-PED-0001");
  });
});

describe('round one hundred: an installation on another machine than the one the directory gives', () => {
  const first = 'Hello, I need Power BI Desktop installed on my computer for the monthly budget reporting, deadline is friday.';

  it('"put it on my laptop rather than the desktop" takes the desktop off the request', async () => {
    const chat = chatAs(runtime(), 'pascal.robert@chv.fr', 'en-US');
    expect(await chat.say(first)).toContain('Device: PC-FIN-0932');
    const text = await chat.say("actually put it on my laptop rather than the desktop, I'll be working from home friday");
    expect(text).not.toContain('Device: PC-FIN-0932');
    expect(text).toContain("actually put it on my laptop rather than the desktop");
  });

  it('"just remove PC-FIN-0932, device unknown" takes it off too', async () => {
    const chat = chatAs(runtime(), 'pascal.robert@chv.fr', 'en-US');
    await chat.say(first);
    await chat.say(clickIntake('change'));
    expect(await chat.say('just remove PC-FIN-0932, device unknown')).not.toContain('Device: PC-FIN-0932');
  });
});

describe('round one hundred: a locked account at night', () => {
  it('"how long does the lock last, can I just wait 30 min?" is answered with the lock\'s length, not the ticket\'s deadlines', async () => {
    const chat = chatAs(runtime(), 'karine.hubert@chv.fr', 'en-US');
    await chat.say('hi, im agency staff, 2nd night here in paediatrics. I typed my password wrong a few times and now windows says my account is locked out. I need to chart obs for a kid on the ward, what do I do?');
    const text = await chat.say('yes kind of, the nurse is letting me use her session for now. how long does the lock last, can I just wait 30 min?');
    expect(text).toContain(t('en', 'intake.side_lock_duration'));
    expect(text).not.toContain(t('en', 'intake.side_when'));
  });
});

describe('round one hundred: a lure not acted on, and the ward that got it too', () => {
  it('"I didnt click. how do I report it properly? delete it?" gets the reporting guide first, not the incident form', async () => {
    const chat = chatAs(runtime(), 'nathalie.arnaud@chv.fr', 'en-US');
    const text = await chat.say('hi, I got an email this morning saying my password expires and to click a link to keep it. looks fishy. I didnt click. how do I report it properly? delete it?');
    expect(text).toContain('Report a suspicious e-mail (phishing)');
    expect(text).not.toContain("I'll open an incident");
  });

  it('"yes thanks, found the button. btw half the ward got the same mail, should we do anything else?" is not dropped', async () => {
    const chat = chatAs(runtime(), 'maxime.prevost@chv.fr', 'en-US');
    expect(await chat.say('how do I report a phishing email?')).toContain('Did this solve it?');
    const text = await chat.say('yes thanks, found the button. btw half the ward got the same mail, should we do anything else?');
    expect(text).toContain(t('en', 'kb.helpful'));
    expect(text).toContain("I'll open an incident");
  });
});

describe('round one hundred: another room with the same fault', () => {
  it('"la salle 5 a le même souci d\'après l\'IADE" answers who is affected: a team', async () => {
    const chat = chatAs(runtime(), 'julien.chevalier@chv.fr');
    expect(await chat.say("le logiciel d'anesthésie rame depuis ce matin en salle 3, 30 sec pour valider une constante, c'est inadmissible on a un patient endormi là")).toContain('Qui est touché');
    const text = await chat.say("la salle 5 a le même souci d'après l'IADE. vous pouvez faire vite svp");
    expect(text).not.toContain("Je n'ai pas compris");
    expect(text).toContain('Personnes touchées: une équipe ou un poste partagé');
  });
});

describe('round one hundred: "est-ce que c\'est déjà signalé ?" asked in the middle of the form', () => {
  const report = "Bonjour, en cardio les ECG ne partent plus vers le serveur depuis ce matin, on a l'erreur 'transmission échouée' sur les 2 chariots ECG";
  const asked = "attendez, ma question c'est : est-ce que c'est déjà signalé ? si oui je ne veux pas faire un doublon";

  it('with nothing open, it is said, and the question is not read as a device', async () => {
    const chat = chatAs(runtime(), 'alice.martin@chv.fr');
    expect(await chat.say(report)).toContain("De quel appareil s'agit-il");
    const text = await chat.say(asked);
    expect(text).toContain(t('fr', 'intake.not_known'));
    expect(text).not.toContain('Je ne trouve pas l\'appareil');
    expect(text).toContain("De quel appareil s'agit-il");
  });

  it('with the unit\'s ticket open, the words go on it instead of a second one', async () => {
    const { ticket: open } = await runtime().services.tickets.create({
      requester: 'julien.maillard@chv.fr', category: 'biomedical', scope: 'service', urgency: 'high', patient_care_impact: true, location: 'VAL-B310',
      title: "Les ECG de cardio ne s'envoient plus au serveur", description: '', language: 'fr', created_by_kind: 'user',
    });
    const chat = chatAs(runtime(), 'margaux.vincent@chv.fr');
    await chat.say(report);
    const text = await chat.say(asked);
    expect(text).toContain(open.number);
    expect(text).toContain('Un ticket est déjà ouvert pour ce problème dans votre service');
    const events = await runtime().services.tickets.events(open.id);
    expect(events.some((e) => e.kind === 'message' && JSON.stringify(e.data).includes('transmission échouée'))).toBe(true);
  });
});

describe('round one hundred and four: what works is not where the fault is', () => {
  it('"non c\'est la centrale qui déconne pas le scope du lit 6, lui il marche" does not keep the bed-6 monitor', async () => {
    const chat = chatAs(runtime(), 'nathalie.arnaud@chv.fr');
    expect(await chat.say("bonsoir, en réa la centrale de surveillance n'affiche plus les alarmes du lit 6, le scope au lit sonne mais rien en salle de soins. on a un patient ventilé dans ce lit")).toContain("S'agit-il de BIO-REA-0006");
    const text = await chat.say("non c'est la centrale qui déconne pas le scope du lit 6, lui il marche");
    expect(text).not.toContain('Appareil: BIO-REA-0006');
    const summary = await answerUntil(chat, text, /Résumé de votre/, () => "je sais pas, y a pas d'étiquette");
    expect(summary).toContain('Appareil: non précisé');
  });

  it('"donc c\'est toutes sauf la 118" does not put the ticket in room 118', async () => {
    const chat = chatAs(runtime(), 'florence.bertrand@chv.fr');
    await chat.say("bsr les appels malades des chambres arrivent plus sur nos dect depuis 20h, on doit faire des rondes toutes les 15 min. c'est tout l'étage");
    const text = await chat.say("c'est tous les dect pas un seul!! ah attendez ma collègue me dit que la chambre 118 sonne bien elle. donc c'est toutes sauf la 118");
    const summary = await answerUntil(chat, text, /Résumé de votre/, () => 'oui');
    expect(summary).toContain('Personnes touchées: tout le service');
    expect(summary).not.toMatch(/Lieu: [^\n]*118/);
  });
});

describe('round one hundred and four: a person asked for, with the problem in the same breath', () => {
  it('"je veux parler à un technicien, c\'est des patients ventilés sans alarme" titles and weighs the ticket', async () => {
    const chat = chatAs(runtime(), 'maxime.prevost@chv.fr');
    await chat.say('bonsoir, je suis en renfort en réa cette nuit, où en est le ticket INC-2026-999999 ? la centrale marche toujours pas');
    const reply = await chat.say("je veux parler à un technicien, c'est des patients ventilés sans alarme");
    expect(reply).not.toContain(t('fr', 'handoff.ask_problem'));
    const ticket = await runtime().services.tickets.get(ticketNumberIn(reply)!);
    expect(ticket.title).toContain('patients ventilés sans alarme');
    expect(ticket.priority).toBe('P1');
  });
});

describe('round one hundred and four: a colleague\'s session told at the summary', () => {
  it('"I\'m using the day nurse\'s session. is that ok or who do I ask?" gets a no, and is no way round that lowers the ticket', async () => {
    const chat = chatAs(runtime(), 'maxime.prevost@chv.fr', 'en-US');
    await chat.say('hi, im the agency nurse on nights this week. the barcode scanner on the med cart doesnt beep anymore when I scan wristbands so I cant validate the 22h meds in the record');
    const summary = await answerUntil(chat, await chat.say('dunno'), /Summary of your/, () => 'yes');
    expect(summary).toContain('Priority: P1');
    const text = await chat.say("wait before that - I dont have my own login for the record yet, I'm using the day nurse's session. is that ok or who do I ask?");
    expect(text).toContain(t('en', 'intake.side_no_sharing'));
    expect(text).toContain('Priority: P1');
    expect(text).not.toContain('Patient care affected: no');
  });
});

describe('round one hundred and one: an account wanted by someone already at work', () => {
  it('"en attendant ma collègue me prête le sien" is answered, and the account is wanted now, not from "arrivée lundi"', async () => {
    const chat = chatAs(runtime(), 'julie.vidal@chv.fr');
    const first = await chat.say("Bonjour, il me faudrait un compte pour le logiciel de soins, je suis arrivée lundi à l'EHPAD, en attendant ma collègue me prête le sien");
    expect(first).toContain(t('fr', 'intake.sharing_told'));
    const summary = await chat.say('Julie Vidal, AS, EHPAD les Tilleuls, arrivée lundi 30 novembre');
    expect(summary).toContain('Urgence: haute');
    expect(summary).not.toContain('Pour quand: lundi');
  });
});

describe('round one hundred and three: one more theatre with the same fault', () => {
  it('"and OR 3 next door has the same issue" keeps the ticket in OR 2 and its reach a team', async () => {
    const chat = chatAs(runtime(), 'julien.chevalier@chv.fr', 'en-US');
    const first = await chat.say("Hi, anaesthesia charting software in OR 2 keeps saying 'server unreachable' since this morning. We have a patient on the table, charting on paper for now. Probably the network works from the weekend?");
    expect(first).toContain("A232 Salle d'opération 2");
    const text = await chat.say("wait, patient care IS affected, we're anaesthetising a patient and can't see the previous records or drug history. and OR 3 next door has the same issue");
    expect(text).toContain("Location: Bloc opératoire, building A, floor 2, A232 Salle d'opération 2");
    expect(text).toContain('Affected: a team or a shared station');
    expect(text).toContain('Patient care affected: yes');
  });
});

describe('round one hundred and three: "le bracelet sort bien centré"', () => {
  const works = "ok j'ai fait le calibrage avec FEED, le bracelet sort bien centré. super merci !";

  it('after the fiche, it says the fiche helped', async () => {
    const chat = chatAs(runtime(), 'claire.dumont@chv.fr');
    expect(await chat.say("comment on calibre l'imprimante à bracelets ?")).toContain('Cela a-t-il résolu');
    expect(await chat.say(works)).toContain(t('fr', 'kb.helpful'));
  });

  it('in the middle of the form, it withdraws the report', async () => {
    const chat = chatAs(runtime(), 'ines.duval@chv.fr');
    await chat.say("l'imprimante à bracelets de l'accueil des urgences sort des bracelets décalés, le texte est coupé");
    const text = await chat.say(works);
    expect(text).toContain(t('fr', 'cancel.done'));
    expect(text).not.toContain('Je ne trouve pas l\'appareil');
  });
});

describe('round one hundred and three: a number asked while a technician is awaited', () => {
  it('"10h ?? y a pas un numéro que je peux appeler ?" gets the service desk\'s number', async () => {
    const chat = chatAs(runtime(), 'karine.hubert@chv.fr');
    const number = ticketNumberIn(await chat.say("je préfère parler à quelqu'un, mon compte est désactivé depuis mon retour de congé"))!;
    const text = await chat.say("10h ?? ça fait 2h que je peux rien faire. y a pas un numéro que je peux appeler ?");
    expect(text).toContain(t('fr', 'call.service_desk'));
    expect(text).toContain(t('fr', 'handoff.forwarded', { number }));
  });
});

describe('round one hundred and five: the chemotherapy application', () => {
  const report = "bonjour, le logiciel de prescription de chimio plante depuis 13h30, quand on valide la cure ça tourne dans le vide puis message 'erreur serveur 500', la pharma a pas reçu les prescriptions et j'ai 6 patients en fauteuil qui attendent leur chimio";

  it('"ma collègue a essayé sur l\'autre poste et pareil, tout le service est bloqué" widens the ticket and lowers nothing', async () => {
    const chat = chatAs(runtime(), 'nadia.olivier@chv.fr');
    const summary = await answerUntil(chat, await chat.say(report), /Résumé de votre/, () => 'oui');
    expect(summary).toContain('Priorité: P1');
    const text = await chat.say("attendez c'est pas que moi, ma collègue a essayé sur l'autre poste et pareil, tout le service est bloqué. et c'est pas le DPI c'est le logiciel de chimio");
    expect(text).toContain('Soins impactés: oui');
    expect(text).toContain('Priorité: P1');
    expect(text).not.toContain('Personnes touchées: une personne');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    // "est ce que le bug … est deja connu ?" from a colleague of the unit: that ticket, even though it reaches a team.
    const colleague = chatAs(runtime(), 'karine.hubert@chv.fr');
    const known = await colleague.say('bjr, est ce que le bug du logiciel chimio est deja connu? on a toujours rien qui passe à la pharma, je sais pas si nadia a fait un ticket');
    expect(known).toContain(ticket.number);
    expect(known).toContain('Un ticket est déjà ouvert pour ce problème dans votre service');
  });

  it('"Sophie m\'a donné son identifiant et mot de passe" gets the warning at once', async () => {
    const chat = chatAs(runtime(), 'aurelie.sanchez@chv.fr');
    const text = await chat.say("bonjour, je remplace au secrétariat d'onco depuis lundi et j'ai toujours pas d'accès à Cristal-Net. En attendant Sophie (la secrétaire titulaire) m'a donné son identifiant et mot de passe pour que je puisse faire les courriers et les rdv. c'est possible d'avoir mon propre compte rapidement ?");
    expect(text).toContain(t('fr', 'intake.sharing_told'));
  });
});

describe('round one hundred and six: a ticket chased is never lowered', () => {
  it('"vous pouvez relancer? on a un autre accouchement dans 10 min et toujours pas de bracelets" keeps the P1', async () => {
    const chat = chatAs(runtime(), 'yasmine.perrin@chv.fr');
    const summary = await answerUntil(chat, await chat.say("en salle de naissance l'imprimante à bracelets sort des bracelets blancs, 2 nouveau-nés sans bracelet, on peut pas les identifier"), /Résumé de votre/, () => 'je sais pas');
    expect(summary).toContain('Priorité: P1');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    await chat.say("ça en est où mon ticket pour l'imprimante a bracelets? personne est venu");
    const text = await chat.say("vous pouvez relancer? on a un autre accouchement dans 10 min et toujours pas de bracelets. et l'autre imprimante de la salle 1 marche, je peux l'utiliser?");
    expect(text).not.toMatch(/P1 → P[234]/);
    expect((await runtime().services.tickets.get(ticket.number)).priority).toBe('P1');
  });
});
