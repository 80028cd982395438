import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { answerUntil, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced, withdrawOpenTickets } from './chat-harness.js';

// Tuesday 1 December 2026, 04:00 in Paris.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-12-01T03:00:00Z')) });

describe('round seventy-nine, the words as the person wrote them', () => {
  it('"le scope de télémétrie de la chambre 4 (B334)…": the summary and the title keep "chambre 4", the scope of B334 is the one', async () => {
    const chat = chatAs(runtime(), 'julien.maillard@chv.fr');
    const first = await chat.say(
      "Bonjour, le scope de télémétrie de la chambre 4 (B334) n'envoie plus l'ECG sur la centrale depuis 7h ce matin, ecran noir coté centrale mais le scope lui affiche bien. Patient sous surveillance rythmique, on l'a branché sur un scope portable en attendant donc pas de risque immédiat. Les autres chambres sont ok. A voir dans la matinée svp",
    );
    const summary = await answerUntil(chat, first, /Résumé de votre/, (q) => (/De quel appareil/.test(q) ? "la chambre 4 je vous l'ai dit, B334" : 'oui'));
    expect(summary).toContain('de la chambre 4 (B334)');
    expect(summary).not.toContain('chambre 334');
    expect(summary).toContain('Appareil: BIO-CARD-0004');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket!.title).not.toContain('chambre 334');
    expect(ticket!.title).toContain('chambre 4');
  });

  it('"sur le pc du bureau medical B320 (PC-CARD-0330)… je viens d\'essayer au poste de soins B310": the words keep B320', async () => {
    const chat = chatAs(runtime(), 'pauline.leroy@chv.fr');
    const first = await chat.say(
      "slt, cristal net plante (fenetre blanche puis ferme tout) des que j'ouvre l'onglet prescriptions, sur le pc du bureau medical B320 (PC-CARD-0330 c'est celui d'eric gaillard mais je l'utilise aussi). que moi apparemment, eric a pas le pb sur son poste. je passe par le poste de soins en attendant donc pas urgent",
    );
    await answerUntil(chat, first, /Résumé de votre/, () => 'oui');
    const summary = await chat.say("attendez je viens d'essayer au poste de soins B310 et ca plante pareil en fait. donc je peux plus prescrire du tout, j'ai 3 entrees cet aprem et c'est moi qui prescris");
    expect(summary).toContain('sur le pc du bureau medical B320 (PC-CARD-0330');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket!.title).not.toContain('B310');
  });
});

describe('round seventy-nine, after the ticket', () => {
  const first =
    'the computer cart in OR 3 has no network, says no internet access. we cant open the patient file in DPI to do the safety checklist and the patient is already on the table. anesthetist is waiting';

  it('"other rooms are ok i think", to who is affected, tells who is affected, not a way round: care stays held up', async () => {
    const chat = chatAs(runtime(), 'guillaume.leroy@chv.fr', 'en-GB');
    const summary = await answerUntil(chat, await chat.say(first), /Summary of your/, (q) => (/Who is affected/.test(q) ? 'the OR 3 team, other rooms are ok i think' : 'yes'));
    expect(summary).toContain('Patient care affected: yes');
    expect(summary).toContain('Priority: P1');
  });

  it('"we found the other cart, it works… but the cart still needs fixing" keeps the ticket open; "dont close it" reopens one closed', async () => {
    const chat = chatAs(runtime(), 'guillaume.leroy@chv.fr', 'en-GB');
    await answerUntil(chat, await chat.say(first), /Summary of your/, (q) => (/Who is affected/.test(q) ? 'the OR 3 team' : 'yes'));
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    const told = await chat.say('ok we found the other cart in the corridor, it works, we are doing the checklist on it. so no longer urgent, but the cart still needs fixing');
    expect(told).not.toMatch(/resolved/);
    expect((await runtime().services.tickets.get(ticket!.number))!.status).not.toBe('resolved');

    await runtime().services.tickets.move(ticket!.number, 'resolved', { by: 'test', kind: 'system' }, 'resolved too soon');
    const kept = await chat.say('no! dont close it, the cart in OR 3 is still broken, we are using another one');
    expect(kept).toContain(`${ticket!.number}`);
    expect(kept).not.toContain('Here is the guide');
    expect((await runtime().services.tickets.get(ticket!.number))!.status).toBe('assigned');
  });

  it('"reopen INC-…" while a guide waits for its answer reopens the ticket', async () => {
    const chat = chatAs(runtime(), 'guillaume.leroy@chv.fr', 'en-GB');
    await answerUntil(chat, await chat.say(first), /Summary of your/, (q) => (/Who is affected/.test(q) ? 'the OR 3 team' : 'yes'));
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    await runtime().services.tickets.move(ticket!.number, 'resolved', { by: 'test', kind: 'system' }, 'resolved');
    const guide = await chat.say('how do I change my password?');
    expect(guide).toContain('Here is the guide');
    const reopened = await chat.say(`reopen ${ticket!.number}`);
    expect(reopened).toMatch(/Reopened/);
    expect((await runtime().services.tickets.get(ticket!.number))!.status).toBe('assigned');
  });
});

describe('round seventy-nine, a device singled out by the room its door code names', () => {
  it('"the CTG in delivery room 2 (C132)", "le scope de télémétrie de la chambre 4 (B334)", "the HP LaserJet at the surgery nurses\' station (B410)": that device is the one', async () => {
    const ctg = chatAs(runtime(), 'tom.whitaker@chv.fr', 'en-GB');
    const asked = await ctg.say("the CTG in delivery room 2 (C132) stopped printing and the screen is frozen, woman in labour on it, we're using the doppler");
    expect(asked).toContain('BIO-MAT-0002');
    expect(asked).not.toMatch(/BIO-MAT-0001|BIO-MAT-0003/);
    const scope = chatAs(runtime(), 'julien.maillard@chv.fr');
    const text = await scope.say("Bonjour, le scope de télémétrie de la chambre 4 (B334) n'envoie plus l'ECG sur la centrale depuis 7h ce matin");
    expect(text).toContain('BIO-CARD-0004');
    expect(text).not.toContain('BIO-CARD-0003');
    const printer = chatAs(runtime(), 'laura.jensen@chv.fr', 'en-GB');
    const summary = await answerUntil(
      printer,
      await printer.say(
        "Hi, the HP LaserJet at the surgery nurses' station (B410) jams on every single page since this morning - paper stuck at the back, we opened it, removed everything, still jams. The whole nursing team up here can't print discharge letters or care plans, we're walking down to the secretariat printer in B401 for now, so it works but it's a pain. Not critical but would be nice today.",
      ),
      /Summary of your/,
      (q) => (/Here is the guide/.test(q) ? 'no' : 'yes'),
    );
    expect(summary).toContain('Type: Printer');
    expect(summary).toContain('Device: PRN-CHIR-0011');
  });
});

describe('round seventy-nine, requests told in full', () => {
  it('"installer VoxMed sur le poste du Dr Boyer (PC-ONCO-0602)… elle revient jeudi donc pas d\'urgence": no question asked again, urgency low', async () => {
    const chat = chatAs(runtime(), 'julien.charpentier@chv.fr');
    const text = await chat.say(
      "Bonjour, pourriez vous installer la dictée numérique VoxMed sur le poste du Dr Boyer (bureau médical C221, PC-ONCO-0602) ? elle me l'a demandé avant de partir en congés, elle revient jeudi donc pas d'urgence, idéalement pour son retour. Elle a deja le micro. Merci, J. Charpentier cadre onco",
    );
    expect(text).not.toContain('Quel logiciel');
    expect(text).toContain('Résumé de votre demande');
    expect(text).toContain('Appareil: PC-ONCO-0602');
    expect(text).toContain('Urgence: basse');
  });

  it('"c\'est pas urgent du tout, pourquoi haute ?" on the summary lowers the urgency', async () => {
    const chat = chatAs(runtime(), 'julien.charpentier@chv.fr');
    await answerUntil(chat, await chat.say("pourriez vous installer la dictée numérique VoxMed sur mon poste, il me la faut pour demain"), /Résumé de votre/, () => 'oui');
    await chat.say(clickIntake('change'));
    const summary = await chat.say("c'est pas urgent du tout, pourquoi haute ?");
    expect(summary).toContain('Urgence: basse');
  });

  it('"I need my SIL account upgraded from read-only to technical validation rights": the profile is not asked; "like I said" does not title it', async () => {
    const chat = chatAs(runtime(), 'valerie.andre@chv.fr', 'en-GB');
    const text = await chat.say(
      "Hello, I need my SIL account upgraded from read-only to technical validation rights. I finished the training last week (certificate signed by Dr Martin) and my manager Isabelle Guérin approved it by email. I'm on the night rota from the 14th so I'd need it before then.",
    );
    expect(text).not.toContain('With which profile');
    expect(text).toContain('Summary of your request');
  });
});

describe('round seventy-nine, how it weighs, told after the ticket', () => {
  it('"en fait c est assez urgent… vous pouvez passer ce soir?" raises the urgency of the ticket just opened', async () => {
    const chat = chatAs(runtime(), 'celine.joly@chv.fr');
    const first = await chat.say("bsr, un des dect du poste de soin ne tient plus la charge, il s eteint au bout de 20 min meme apres une nuit sur le chargeur. c est un d83 avec le bouton d alarme");
    await answerUntil(chat, first, /Résumé de votre/, (q) => (/appareil/.test(q) ? 'y a marqué 104 au dos' : /contournement|autre moyen/.test(q) ? "non on a pris un d63 a la place mais du coup la collegue qui fait les box du fond a plus l alarme travailleur isolé cette nuit" : 'oui'));
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    const told = await chat.say("en fait c est assez urgent, la cadre dit qu on peut pas laisser quelqu un sans PTI la nuit aux urgences. vous pouvez passer ce soir?");
    expect(told).toMatch(/urgence haute|urgence : haute/);
    expect((await runtime().services.tickets.get(ticket!.number))!.urgency).toBe('high');
  });

  it('"les soins sont impactés" after the ticket sets care held up', async () => {
    const chat = chatAs(runtime(), 'yasmine.carre@chv.fr');
    const first = await chat.say("le scope du box 4 ecran noir d un coup, plus de courbes, et il remonte plus a la centrale. patient intubé ventilé, on l a mis sur le scope de transport en attendant");
    await answerUntil(chat, first, /Résumé de votre/, () => 'oui');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    if (ticket!.patientCareImpact) await runtime().services.tickets.reassess(ticket!.number, { patientCareImpact: false }, { by: 'test', kind: 'system' }, 'test start');
    await chat.say('les soins sont impactés');
    expect((await runtime().services.tickets.get(ticket!.number))!.patientCareImpact).toBe(true);
  });

  it('"it is urgent, we need them tonight" after a restore request raises its urgency', async () => {
    const chat = chatAs(runtime(), 'daniel.becker@chv.fr', 'en-GB');
    const first = await chat.say("Hi, I accidentally deleted the folder 'Protocoles SSPI 2026' on the unit shared drive (S:) yesterday around 5pm. Can it be restored from backup? It has all our updated pain protocols");
    await answerUntil(chat, first, /Summary of your/, () => 'yes');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket!.urgency).not.toBe('high');
    await chat.say('10 december is way too late. it is urgent, we need them tonight');
    expect((await runtime().services.tickets.get(ticket!.number))!.urgency).toBe('high');
  });
});

describe('round seventy-nine, why a guide cannot be followed', () => {
  it('"jai pas enregistré de portable pour le sms. et 15 min c long…" to the guide opens the ticket for the locked account, not "je n\'ai pas compris"', async () => {
    const chat = chatAs(runtime(), 'zoe.david@chv.fr');
    const guide = await chat.say("jarrive plus a me connecter au dpi, il me dit compte verouillé apres 3 essais. jai du me tromper de mdp");
    expect(guide).toContain('Voici la fiche');
    const next = await chat.say('jai pas enregistré de portable pour le sms. et 15 min c long jai un patient qui arrive du bloc dans 5 min');
    expect(next).not.toContain("Je n'ai pas bien compris");
    expect(next).toContain('Je vais ouvrir un incident');
    const summary = await answerUntil(chat, next, /Résumé de votre/, () => 'oui');
    expect(summary).toContain('Problème: jarrive plus a me connecter au dpi');
  });
});

describe('round seventy-nine, a question on the summary', () => {
  it('"so do I fill the form on the portal or is this ticket enough? I\'d rather not do it twice" does not create the ticket', async () => {
    const chat = chatAs(runtime(), 'brigitte.roy@chv.fr', 'en-GB');
    const first = await chat.say('Hello, a new nurse (Lucie Martin) starts in ICU on 14 december, night shifts. she will need an AD account, DPI access with the nurse profile and a DECT. how do i request that?');
    await answerUntil(chat, first, /Summary of your/, () => 'yes');
    const before = await runtime().services.tickets.count();
    const reply = await chat.say("so do I fill the form on the portal or is this ticket enough? I'd rather not do it twice");
    expect(reply).not.toMatch(/REQ-\d{4}-\d{6} created/);
    expect(await runtime().services.tickets.count()).toBe(before);
  });
});

describe('round seventy-nine, a number to call back', () => {
  it('"merci. vous pouvez m\'appeler sur le dect 0103 si besoin" after the ticket goes on it, not a goodbye', async () => {
    const chat = chatAs(runtime(), 'pauline.leroy@chv.fr');
    const first = await chat.say("cristal net plante (fenetre blanche puis ferme tout) des que j'ouvre l'onglet prescriptions, sur le pc du bureau medical B320 (PC-CARD-0330). je peux plus prescrire du tout, j'ai 3 entrees cet aprem");
    await answerUntil(chat, first, /Résumé de votre/, () => 'oui');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    const reply = await chat.say("merci. vous pouvez m'appeler sur le dect 0103 si besoin");
    expect(reply).not.toContain('Avec plaisir');
    const events = await runtime().services.tickets.events(ticket!.id);
    expect(JSON.stringify(events)).toContain('dect 0103');
  });
});

describe('round seventy-nine, how long', () => {
  it('"et du coup le temps ?" after a colleague\'s ticket status gives its times, not a new problem; the status says the resolution target', async () => {
    await withdrawOpenTickets(runtime());
    const reporter = chatAs(runtime(), 'fabien.nicolas@chv.fr');
    const first = await reporter.say("cristal net plante sur tous les postes du service de cardio, message 'serveur indisponible', on est passés au papier");
    await answerUntil(reporter, first, /Résumé de votre/, () => 'oui');
    const ticket = await ticketAnnounced(runtime(), await reporter.say(clickIntake('create')));
    const chat = chatAs(runtime(), 'sylvain.adam@chv.fr');
    const status = await chat.say(`bonjour, ou en est le ticket ${ticket!.number} pour cristal net en cardio ? c'est fabien du poste de soins qui l'a ouvert`);
    expect(status).toMatch(/[Rr]ésolution visée/);
    const time = await chat.say('et du coup le temps ? je previens les medecins que les courriers seront en retard ou pas');
    expect(time).not.toContain('De quel type de problème');
    expect(time).toMatch(/[Rr]ésolution visée/);
  });
});

describe('round eighty-two, a question after the ticket is not news', () => {
  it('"et en attendant on peut pas renvoyer le 13 26 sur le dect du service ? comment on fait un renvoi ?" leaves the priority as it was', async () => {
    const chat = chatAs(runtime(), 'alice.meunier@chv.fr');
    const first = await chat.say(
      "bjr le telephone fixe du secretariat imagerie ne sonne plus depuis 9h, les patients qui appellent pour les rdv d'IRM et scanner tombent sur rien. On a que ce numero pour les rdv, le 13 26. Lucie a essayé de le debrancher rebrancher ça change rien",
    );
    const summary = await answerUntil(chat, first, /Résumé de votre/, (q) =>
      /De quel appareil/.test(q) ? "non c'est pas un dect, c'est le poste fixe sur le bureau de l'accueil du secretariat C001, le 04 65 71 13 26" : /Qui est touché/.test(q) ? 'tout le secretariat' : /contournement/.test(q) ? "on peut rappeler les patients avec le tel de Lucie mais eux peuvent pas nous joindre, et le matin c'est 80 appels" : 'oui',
    );
    expect(summary).not.toContain("Je n'ai pas compris");
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    const reply = await chat.say('ok. et en attendant on peut pas renvoyer le 13 26 sur le dect du service ? comment on fait un renvoi ?');
    expect(reply).not.toMatch(/→ P4|urgence : basse/);
    const after = await runtime().services.tickets.get(ticket!.number);
    expect(after!.priority).toBe(ticket!.priority);
  });
});

describe('round eighty-one, the ticket the words mean', () => {
  it('"l\'imprimante c bon… vous pouvez fermer ce ticket la" after a printer ticket then a cart ticket closes the printer\'s', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'laura.giraud@chv.fr');
    const first = await chat.say("l imprimante du poste de soins a un bourrage qu on arrive pas a enlever (on a tout ouvert), y a un bout de papier dechiré tout au fond");
    await answerUntil(chat, first, /Résumé de votre/, (q) => (/Voici la fiche/.test(q) ? 'non' : /bloque ou retarde/.test(q) ? "non on imprime au secretariat, c'est juste chiant la nuit" : 'oui'));
    const printer = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    const second = await chat.say("autre chose : le chariot informatique n°2 a plus de batterie du tout meme branché, on fait le tour des chambres avec l'autre chariot");
    await answerUntil(chat, second, /Résumé de votre/, (q) => (/appareil/.test(q) ? 'le 2 donc la 0112' : 'oui'));
    const cart = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(cart!.number).not.toBe(printer!.number);
    await chat.say("ah au fait l'imprimante c bon, mon collegue a reussi a enlever le bout de papier avec une pince. vous pouvez fermer ce ticket la");
    expect((await runtime().services.tickets.get(cart!.number))!.status).not.toBe('cancelled');
    expect((await runtime().services.tickets.get(printer!.number))!.status).toMatch(/cancelled|resolved/);
  });
});

describe('round eighty-one, a manager chases her team\'s ticket', () => {
  it('"can you chase them" after the team\'s ticket is no new request; "can I talk to a human please? about ticket INC-…" asks a person', async () => {
    await withdrawOpenTickets(runtime());
    const nurse = chatAs(runtime(), 'remi.kaya@chv.fr');
    const first = await nurse.say("le scope du box 5 s'est eteint tout seul et redemarre pas, patient intubé dedans, on l a mis sur le moniteur de transport");
    await answerUntil(nurse, first, /Résumé de votre/, () => 'oui');
    const ticket = await ticketAnnounced(runtime(), await nurse.say(clickIntake('create')));
    const chat = chatAs(runtime(), 'brigitte.roy@chv.fr', 'en-GB');
    const status = await chat.say('Morning. My night nurse Rémi opened a ticket for the monitor in box 5 last night. Any news? Has biomed come?');
    expect(status).toContain(ticket!.number);
    const chase = await chat.say("so nobody has picked it up yet? can you chase them, it's a P1");
    expect(chase).not.toContain('What do you need?');
    const human = await chatAs(runtime(), 'brigitte.roy@chv.fr', 'en-GB').say(`can I talk to a human please? about ticket ${ticket!.number}`);
    expect(human).not.toMatch(/^.*Status: new/m);
    expect(human).toMatch(/technician/);
  });
});

describe('round eighty-one, a request corrected on its summary', () => {
  it('"elle est au bloc, pas en rea, et elle commence mardi pas lundi" moves the request to the theatre and its date to Tuesday', async () => {
    const chat = chatAs(runtime(), 'zoe.robert@chv.fr');
    const first = await chat.say("Bonjour, nouvelle IDE en rea qui commence lundi 7h : Mme Sarah Lemaire, il lui faut un compte windows, acces cristal-net et un dect. Je suis pas là lundi matin donc je fais la demande maintenant");
    const summary = await answerUntil(chat, first, /Résumé de votre/, () => 'oui');
    expect(summary).toContain('Réanimation');
    await chat.say(clickIntake('change'));
    const corrected = await chat.say("ah non pardon je confonds avec un autre dossier : elle est au bloc, pas en rea, et elle commence mardi pas lundi");
    expect(corrected).toMatch(/Lieu: Bloc opératoire/);
    expect(corrected).toMatch(/Pour quand: mardi/);
  });
});

describe('round eighty-two, more urgent after the ticket', () => {
  it('"vous pouvez pas le mettre plus urgent ?" raises the urgency of the ticket just opened', async () => {
    const chat = chatAs(runtime(), 'severine.bernard@chv.fr');
    const first = await chat.say("l'imprimante du secretariat (la kyocera en B101) sort des feuilles avec des traits noirs, pas urgent");
    await answerUntil(chat, first, /Résumé de votre/, (q) => (/Voici la fiche/.test(q) ? 'non' : 'oui'));
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket!.urgency).not.toBe('high');
    await chat.say('finalement vous pouvez pas le mettre plus urgent ? on a 40 courriers de sortie à envoyer ce soir');
    expect((await runtime().services.tickets.get(ticket!.number))!.urgency).toBe('high');
  });
});

describe('round eighty-two, another device as an afterthought', () => {
  it('"merci. ah j\'oubliais, le telephone fixe de mon bureau a plus de tonalité…" after a PC ticket opens a ticket of its own', async () => {
    const chat = chatAs(runtime(), 'nathalie.jacquet@chv.fr');
    const first = await chat.say("bonjour mon pc met 20 min a demarrer depuis la mise a jour de vendredi et outlook se fige toutes les 5 min, je peux pas bosser comme ça");
    await answerUntil(chat, first, /Résumé de votre/, (q) => (/Voici la fiche/.test(q) ? 'non' : 'oui'));
    const pc = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    const reply = await chat.say("merci. ah j'oubliais, le telephone fixe de mon bureau a plus de tonalité non plus depuis ce matin, je le signale ici ou il faut refaire une demande ?");
    expect(reply).not.toContain(`ajouté votre question au ticket ${pc!.number}`);
    expect(reply).toMatch(/autre problème|nouveau ticket/);
  });
});

describe('round eighty-three, nothing cut short', () => {
  it('a long first message, then "je veux parler à quelqu\'un": the ticket keeps its last words (the callback number)', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'stephanie.marchand@chv.fr');
    const long =
      "Bonjour, à l'hôpital de jour d'oncologie les prescriptions de chimio validées dans le DPI n'apparaissent pas dans PharmaTrace depuis 8h30, la pharmacie ne voit rien arriver et ne peut rien préparer. On a 9 patients installés avec leur voie posée qui attendent leur traitement, certains depuis plus d'une heure. La pharmacie dit que c'est le DPI, l'éditeur du DPI dit que c'est PharmaTrace, personne ne bouge. On a refait une prescription test ce matin, pareil elle n'arrive pas. " +
      "La pharmacie refuse le papier et le fax pour la chimio, donc on est complètement bloqués, et la cadre est en réunion jusqu'à midi. Vous pouvez m appeler au 2132 ?";
    expect(long.length).toBeGreaterThan(600);
    await chat.say(long);
    await chat.say("je veux parler à quelqu'un tout de suite");
    const open = await runtime().services.tickets.list({ status: ['new', 'assigned', 'in_progress'] });
    const ticket = open.find((candidate) => (candidate.description ?? '').includes('PharmaTrace'));
    expect(ticket?.description).toContain('2132');
  });
});

describe('round eighty-three, the end of a conversation', () => {
  it('"It\'s fixed, you can close it" resolves the ticket (the outage happened); "bon ok. bonne journee" says goodbye, not hello', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'laura.jensen@chv.fr', 'en-GB');
    const first = await chat.say("the HP LaserJet at the surgery nurses' station (B410) jams on every single page, we print at the secretariat meanwhile");
    await answerUntil(chat, first, /Summary of your/, (q) => (/Here is the guide/.test(q) ? 'no' : 'yes'));
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    await chat.say("It's fixed, you can close it");
    expect((await runtime().services.tickets.get(ticket!.number))!.status).toBe('resolved');
    const bye = await chat.say('bon ok. bonne journee');
    expect(bye).not.toMatch(/Quel est votre problème|Décrivez votre problème/);
  });
});

describe('round eighty-three, paper mode is no cure', () => {
  it('"on est passés au papier mais on a 30 patients en salle d attente et on voit plus les bilans" keeps care held up: a P1', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'jerome.fontaine@chv.fr');
    const first = await chat.say('DPI HS aux urgences!!!');
    expect(first).toContain('Priorité: P1');
    const summary = await chat.say("tous les postes, message serveur indisponible quand on se connecte. on est passés au papier mais on a 30 patients en salle d attente et on voit plus les bilans ni les ordonnances");
    expect(summary).toContain('Soins impactés: oui');
    expect(summary).toContain('Priorité: P1');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    const ack = await chat.say('ok');
    expect(ack).not.toContain('ajouté au ticket');
    expect(ticket!.priority).toBe('P1');
  });
});

describe('round eighty-four, short words after the ticket', () => {
  it('"ok" is acknowledged, not put on the ticket; "QUOI P3 ?? remettez P1" asks a technician, it starts no new problem', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'severine.bernard@chv.fr');
    const first = await chat.say("l'imprimante du secretariat (la kyocera en B101) sort des feuilles avec des traits noirs");
    await answerUntil(chat, first, /Résumé de votre/, (q) => (/Voici la fiche/.test(q) ? 'non' : 'oui'));
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    const ack = await chat.say('ok');
    expect(ack).not.toContain('ajouté');
    expect(ack).not.toContain('Je vais ouvrir');
    const plea = await chat.say(`QUOI ${ticket!.priority} ?? remettez P1`);
    expect(plea).not.toContain('Je vais ouvrir un incident');
    expect(plea).toContain(ticket!.number);
  });
});

describe('round eighty-three, a priority asked back', () => {
  it('"remettez-le en P1", "repassez en P1" ask for a higher priority', async () => {
    const { asksForHigherPriority } = await import('../../src/bot/add-to-ticket.js');
    expect(asksForHigherPriority('non mais remettez-le en P1, les AVC attendent')).toBe(true);
    expect(asksForHigherPriority('repassez en P1 svp')).toBe(true);
  });
});

describe('round eighty-three, downtime mode told after the ticket', () => {
  it('"on est passés au papier" on a unit\'s outage with care held up changes nothing', async () => {
    const { reassessmentTold } = await import('../../src/bot/reassess-ticket.js');
    const ticket = { kind: 'incident', category: 'software', scope: 'service', urgency: 'high', patientCareImpact: true } as Parameters<typeof reassessmentTold>[0];
    const change = reassessmentTold(ticket, 'on est passés au papier en attendant');
    expect(change?.patientCareImpact).not.toBe(false);
    expect(change?.urgency).not.toBe('medium');
  });
});

describe('round eighty-four, who is affected in two words', () => {
  it('"les 2 postes" is a team, "1 appareil" one device, to "who is affected?"', async () => {
    for (const [answer, scope] of [['les 2 postes', 'une équipe ou un poste partagé'], ['1 appareil', 'une personne']] as const) {
      await withdrawOpenTickets(runtime());
      const chat = chatAs(runtime(), 'alice.meunier@chv.fr');
      let asked = false;
      const first = await chat.say('bjr le telephone fixe du secretariat imagerie ne sonne plus depuis 9h, les patients qui appellent pour les rdv tombent sur rien. On a que ce numero pour les rdv, le 13 26');
      const summary = await answerUntil(chat, first, /Résumé de votre/, (q) => {
        if (/Qui est touché/.test(q)) {
          asked = true;
          return answer;
        }
        return /De quel appareil/.test(q) ? 'aucun des deux' : /contournement/.test(q) ? "Oui, mais c'est gênant" : 'oui';
      });
      expect(asked).toBe(true);
      expect(summary).toContain(`Personnes touchées: ${scope}`);
    }
  });
});

describe('round eighty-one, who to call', () => {
  it('"le biomed est joignable la nuit ou je dois appeler l\'astreinte ?" after a monitor ticket gives the biomedical number', async () => {
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'remi.kaya@chv.fr');
    const first = await chat.say("le scope du box 4 s'est eteint tout seul et redemarre pas, patient intubé dedans, on l a mis sur le moniteur de transport en attendant");
    await answerUntil(chat, first, /Résumé de votre/, () => 'oui');
    await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    const reply = await chat.say("le biomed est joignable la nuit ou je dois appeler l'astreinte ?");
    expect(reply).toContain('5100');
  });
});
