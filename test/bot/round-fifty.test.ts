import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { answerUntil, answerUntilSummary, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';

// Monday 30 November 2026, 16:00 in Paris.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-30T15:00:00Z')) });

async function dectTicket(email: string) {
  const chat = chatAs(runtime(), email);
  const text = await answerUntilSummary(chat, await chat.say("mon dect s'éteint tout seul toutes les 10 minutes depuis ce matin, c'est le 0102"));
  expect(text).toContain('Résumé');
  return { chat, dect: await ticketAnnounced(runtime(), await chat.say(clickIntake('create'))) };
}

describe('news that the ticket held is over', () => {
  it('"ça remarche depuis qu\'on a changé la batterie, merci" resolves the ticket just opened instead of only saying "you\'re welcome"', async () => {
    const { chat, dect } = await dectTicket('maxime.duval@chv.fr');
    const text = await chat.say("ça remarche depuis qu'on a changé la batterie, merci");
    expect((await runtime().services.tickets.get(dect.number)).status).toBe('resolved');
    expect(text).toContain(dect.number);
  });

  it('"ça remarche… merci. par contre faudrait corriger mon numéro de portable dans l\'annuaire" resolves the ticket and starts the request', async () => {
    const { chat, dect } = await dectTicket('maxime.duval@chv.fr');
    let text = await chat.say("ça remarche depuis qu'on a changé la batterie, merci. par contre faudrait corriger mon numéro de portable dans l'annuaire, c'est plus le bon");
    expect((await runtime().services.tickets.get(dect.number)).status).toBe('resolved');
    expect(text).toContain('votre demande');
    text = await answerUntilSummary(chat, text);
    const request = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(request.number).toMatch(/^REQ-/);
    expect(request.title).toMatch(/numéro de portable/);
  });

  it('"c\'est bon ça remarche ! par contre faudrait corriger mon numéro…" (read as "c\'est bon") starts the request too', async () => {
    const { chat, dect } = await dectTicket('maxime.duval@chv.fr');
    const text = await chat.say("c'est bon ça remarche ! par contre faudrait corriger mon numéro de portable dans l'annuaire");
    expect((await runtime().services.tickets.get(dect.number)).status).toBe('resolved');
    expect(text).toContain('votre demande');
  });

  it('"it works again, thanks. but could you fix my mobile number in the directory" resolves and records a request, not an incident', async () => {
    const { chat, dect } = await dectTicket('maxime.duval@chv.fr');
    const text = await chat.say("it works again, thanks. but could you fix my mobile number in the directory, it's wrong");
    expect((await runtime().services.tickets.get(dect.number)).status).toBe('resolved');
    expect(text).toContain('your request');
  });

  it('"depuis ce matin ça remarche plus du tout" does not resolve the ticket', async () => {
    const { chat, dect } = await dectTicket('maxime.duval@chv.fr');
    const text = await chat.say('depuis ce matin ça remarche plus du tout, même en changeant la batterie');
    expect((await runtime().services.tickets.get(dect.number)).status).toBe('new');
    expect(text).not.toContain('résolu');
  });
});

describe('a way round told as already working', () => {
  it('"la cadre a recup une pompe a l\'HDJ, on a rebranché et la chimio a repris" on the summary clears the care impact of the pump ticket: no P1', async () => {
    const chat = chatAs(runtime(), 'christine.roussel@chv.fr');
    await chat.say("urgent pompe agilia chambre 3 qui sonne occlusion en boucle alors que la ligne est ok, on a changé la tubulure, idem. chimio en cours");
    let text = await chat.say("ah non pardon c'est la chambre 5 pas la 3");
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Priorité: P1');
    text = await chat.say("bon la cadre a recup une pompe a l'HDJ, on a rebranché et la chimio a repris. mais faut qd meme venir chercher la pompe en panne on l'a mise au poste de soins");
    expect(text).toContain('Soins impactés: non');
    expect(text).not.toContain('Priorité: P1');
  });

  it('"Were doing the 4pm meds round on paper from the printed plan" tells that care goes on', async () => {
    const chat = chatAs(runtime(), 'claire.moreau@chv.fr', 'en-GB');
    await chat.say('wifi is down');
    const text = await answerUntilSummary(chat, await chat.say('no, none of the med carts on the ward connect since about 2pm, the 3 laptops and the tablets. the nurses station PC (wired) is ok. Were doing the 4pm meds round on paper from the printed plan'));
    expect(text).toContain('Patient care affected: no');
    expect(text).not.toContain('switch to the downtime');
  });
});

describe('people named in an answer who are not the ones affected', () => {
  it('"the secretaries said you have them" on a request summary does not make it a team\'s', async () => {
    const chat = chatAs(runtime(), 'tom.whitaker@chv.fr', 'en-GB');
    let text = await chat.say("Hello, could you please install the VoxMed dictation software on my laptop? I'm starting to dictate my consult letters next week instead of typing them. No rush.");
    expect(text).toContain('Summary of your request');
    text = await chat.say("oh and I'll need one of those USB dictation mics as well, the secretaries said you have them");
    expect(text).not.toContain('a team or a shared station');
  });

  it('"no it\'s just for me, not the team" on the summary corrects to one person', async () => {
    const chat = chatAs(runtime(), 'tom.whitaker@chv.fr', 'en-GB');
    let text = await answerUntilSummary(chat, await chat.say('the printer in our office jams on every page, all of us in the office'));
    text = await chat.say("no it's just for me, not the team");
    expect(text).toContain('Noted: one person');
  });

  it('"les IDE me montrent les résultats sur leur session" to the care question is a way round, not a team affected, and the question is not asked again', async () => {
    const chat = chatAs(runtime(), 'elodie.duval@chv.fr');
    let text = await chat.say("Bonjour, je suis interne en gériatrie depuis lundi et j'ai pas accès au SIL, ça me met 'profil non autorisé'. je suis de garde ce soir c'est urgent svp");
    expect(text).toContain('prise en charge des patients');
    text = await chat.say("pas pour l'instant, les IDE me montrent les résultats sur leur session. mais cette nuit ce sera plus compliqué");
    expect(text).not.toContain('une équipe ou un poste partagé');
    expect(text).not.toContain('prise en charge des patients ?');
  });

  it('"all of us on the floor, the AS tablets too" to "who is affected?" is the whole unit', async () => {
    const chat = chatAs(runtime(), 'florence.petit@chv.fr', 'en-GB');
    let text = await chat.say("wifi is down on our floor since the shift change, both med carts say no network so we can't do the drug round at bedside");
    expect(text).toContain('floor 1?');
    text = await chat.say("yes F1. we're printing the admin sheets from the desk PCs and ticking on paper for now, it works but it's slow");
    expect(text).toContain('Who is affected?');
    text = await chat.say('all of us on the floor, the AS tablets too');
    expect(text).toContain('Affected: the whole unit');
    expect(text).toContain('Priority: P2');
  });
});

describe('an answer that tells what kind of problem it is', () => {
  it('"it says account locked, I changed my windows password yesterday. others are fine" makes the SIL problem an access one for one person', async () => {
    const chat = chatAs(runtime(), 'valerie.andre@chv.fr', 'en-GB');
    await chat.say('hi, cant get into SIL this morning');
    const text = await chat.say('yes plateau technique. it says account locked, I changed my windows password yesterday. others are fine');
    expect(text).not.toContain('Who is affected?');
    const summary = await answerUntilSummary(chat, text);
    expect(summary).toContain('Type: Password, account');
  });
});

describe('news of a unit-wide ticket told by a colleague put on it', () => {
  it('"par contre les urg m\'appellent, eux non plus voient plus aucune image dans le PACS… et la réa pareil" widens the known PACS ticket instead of opening a second P1', async () => {
    const first = chatAs(runtime(), 'pauline.dumas@chv.fr');
    let text = await first.say("les images du scan partent pas vers le pacs depuis 8h, c'est en file d'attente sur la console. et les radiologues voient rien non plus sur leurs postes. tout le service est bloqué");
    text = await answerUntilSummary(first, text);
    const known = await ticketAnnounced(runtime(), await first.say(clickIntake('create')));
    expect(known.scope).toBe('service');
    const colleague = chatAs(runtime(), 'hugo.vidal@chv.fr');
    text = await colleague.say("les images du scanner arrivent plus dans le PACS depuis 20 min, les radiologues voient rien sur les consoles d'interp. j'ai un AVC qui vient des urg");
    expect(text).toContain(known.number);
    text = await colleague.say("ok. par contre les urg m'appellent, eux non plus voient plus aucune image dans le PACS, même les anciennes. et la réa pareil");
    expect(text).not.toContain('Résumé');
    expect(text).toContain(known.number);
    expect((await runtime().services.tickets.get(known.number)).scope).toBe('site');
  });
});

describe('news told with a status question', () => {
  it('"any news on my ticket? … and now the 2nd floor says their wifi is dead too" goes on the ticket; "the whole geriatric building now" widens it without making care held up', async () => {
    const chat = chatAs(runtime(), 'florence.petit@chv.fr', 'en-GB');
    let text = await chat.say("wifi is down on our floor since the shift change, both med carts say no network so we can't do the drug round at bedside");
    text = await chat.say("yes F1. we're printing the admin sheets from the desk PCs and ticking on paper for now, it works but it's slow");
    text = await answerUntilSummary(chat, text);
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.patientCareImpact).toBe(false);
    text = await chat.say("any news on my ticket? it's been an hour. and now the 2nd floor says their wifi is dead too");
    expect(text).toContain(ticket.number);
    const events = await runtime().services.tickets.events(ticket.id);
    expect(JSON.stringify(events)).toContain('2nd floor says their wifi is dead too');
    text = await chat.say("ok but did you get that F2 is down too? it's the whole geriatric building now");
    const after = await runtime().services.tickets.get(ticket.number);
    expect(after.patientCareImpact).toBe(false);
    expect(after.priority).not.toBe('P1');
  });
});

describe('round fifty-one', () => {
  it('"cristal net plante sur le chariot WVAL-ONCO-0611… sur les postes fixes du poste de soins ça marche" is no unit-wide P1', async () => {
    const chat = chatAs(runtime(), 'pierre.nguyen@chv.fr');
    const text = await answerUntilSummary(chat, await chat.say("slt le chariot WVAL-ONCO-0611 cristal net plante à chaque fois qu'on ouvre le plan de soins, écran blanc puis fermeture. sur les postes fixes du poste de soins ça marche"));
    expect(text).not.toContain('tout le service');
    expect(text).not.toContain('procédure dégradée');
    expect(text).toContain('Soins impactés: non');
    // A way round on the fixed PCs: medium or low urgency, read either way by the labelled sets.
    expect(text).toMatch(/Priorité: P[34]/);
  });

  it('"je peux rien faire du tout… je suis sur le poste de ma collègue en attendant" is no high urgency', async () => {
    const chat = chatAs(runtime(), 'bruno.charpentier@chv.fr');
    let text = await chat.say('je peux plus me connecter');
    if (text.includes('Cela a-t-il résolu')) text = await chat.say("non c pas cristal c'est windows, au démarrage du pc ça dit compte verrouillé. j'ai du me tromper de mdp 3 fois ce matin");
    expect(text).toContain('prise en charge des patients');
    text = await answerUntilSummary(chat, await chat.say('pas les soins non, mais je peux rien faire du tout, rdv, courriers... je suis sur le poste de ma collègue en attendant'));
    expect(text).not.toContain('Urgence: haute');
    expect(text).toContain('Priorité: P4');
  });

  it('"midwives said their carts drop too in there" widens the Wi-Fi problem to a team', async () => {
    const chat = chatAs(runtime(), 'tom.whitaker@chv.fr', 'en-GB');
    let text = await chat.say('wifi keeps dropping on my laptop');
    if (text.includes('Did this solve it?')) text = await chat.say("No. it's on CHV-PRO already. drops every few min in the delivery rooms, esp room 2 and 3, so Cristal-Net logs me out mid-note. at the nurses station it's ok so I finish my notes there");
    text = await answerUntilSummary(chat, await chat.say('not really, annoying tho. midwives said their carts drop too in there btw'));
    expect(text).toContain('Affected: a team or a shared station');
    expect(text).toContain('Priority: P3');
  });

  it('"ah pardon c\'est mardi pas lundi, la DRH vient de me dire" moves the date to the Tuesday after that Monday and keeps the place', async () => {
    const chat = chatAs(runtime(), 'corinne.dupont@chv.fr');
    let text = await chat.say("Bonjour, une nouvelle IDE arrive lundi en pédiatrie (Mme Sarah Lopez, CDI, de nuit). Il lui faut un compte windows, l'accès Cristal-Net profil IDE pédiatrie et un DECT. Merci");
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Urgence: moyenne');
    text = await chat.say("ah pardon c'est mardi pas lundi, la DRH vient de me dire");
    expect(text).toContain('Pour quand: mardi');
    expect(text).not.toContain('ressources humaines');
    expect(text).toContain('Urgence: moyenne');
    const created = await chat.say(clickIntake('create'));
    expect((await ticketAnnounced(runtime(), created)).urgency).toBe('medium');
    expect(created).not.toContain('mardi 1 décembre');
  });
});

describe('round fifty-two', () => {
  it('"the PC is in OR 3 right now" keeps the device named by its hostname (WVAL-BLOC-0209) and moves the place', async () => {
    const chat = chatAs(runtime(), 'guillaume.leroy@chv.fr', 'en-GB');
    let text = await answerUntilSummary(chat, await chat.say("PACS won't load images on WVAL-BLOC-0209, just spinning wheel. emergency lap going on, surgeon wants the CT"));
    expect(text).toContain('Device: PC-BLOC-0209');
    text = await chat.say("it's not at the nurses station, the PC is in OR 3 right now (theatre 3)");
    expect(text).toContain('Device: PC-BLOC-0209');
    expect(text).toMatch(/Location: .*Salle d'opération 3/);
  });

  it('"the SMS code goes to no phone…" after the account-locked fiche keeps the first words and reads as its failure', async () => {
    const chat = chatAs(runtime(), 'michael.brennan@chv.fr', 'en-GB');
    let text = await chat.say('hi my account is locked, cant log in');
    expect(text).toContain('Did this solve it?');
    text = await chat.say("the SMS code goes to no phone, I only started last week and never registered a mobile. I'm on call in recovery tonight and need to prescribe post-op analgesia in Cristal-Net");
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('my account is locked');
    expect(text).toContain('the SMS code goes to no phone');
  });

  it('"comment on fait pr mettre l\'imprimante du poste de soins par defaut sur le PC ? la nouvelle interne…" is a how-to question, answered by the printer fiche', async () => {
    const chat = chatAs(runtime(), 'pierre.nguyen@chv.fr');
    const text = await chat.say("bonjour, comment on fait pr mettre l'imprimante du poste de soins par defaut sur le PC ? la nouvelle interne imprime tt au secrétariat");
    expect(text).toContain('par défaut');
    expect(text).not.toContain('date d\'arrivée');
  });
});

describe('round fifty-three', () => {
  it('"is there something I can try myself?" during the form gets the fiche; "before you create anything, what should I check?" creates nothing', async () => {
    const chat = chatAs(runtime(), 'lea.lefevre@chv.fr', 'en-GB');
    let text = await chat.say("hi the wristband printer in the delivery ward is blinking red and won't print the baby's bracelet");
    text = await chat.say("0002 I think, the one by the window. is there something I can try myself? it's sunday nobody around");
    expect(text).toContain('Here is the guide');
    expect(text).toContain('I keep your incident open');
    text = await answerUntilSummary(chat, text);
    text = await chat.say('before you create anything, what should I check? red light blinking');
    expect(text).not.toMatch(/Ticket (INC|REQ)-\d{4}-\d{6} created/);
  });

  it('"bon laisse tomber l\'impression on verra. plus urgent : le scope de la chambre 5…" drops the form and starts the monitor incident', async () => {
    const chat = chatAs(runtime(), 'hugo.guerin@chv.fr');
    let text = await chat.say("l'imprimante du poste de soins imprime plus rien depuis ce matin");
    if (text.includes('Cela a-t-il résolu')) text = await chat.say('non');
    text = await chat.say("bon laisse tomber l'impression on verra. plus urgent : le scope de la chambre 5 s'éteint tout seul et redémarre en boucle, patient post-op de la nuit, on le surveille à la main en attendant");
    text = await answerUntilSummary(chat, text);
    expect(text).toMatch(/Problème: .*scope de la chambre 5/);
    expect(text).toContain('Type: Équipement médical');
  });
});

describe('round fifty-four', () => {
  it('"ah laisse tomber, c\'était l\'écran qui était éteint… qqn a dû appuyer. ça marche, pas besoin de ticket merci" cancels and starts nothing', async () => {
    const chat = chatAs(runtime(), 'hugo.guerin@chv.fr');
    let text = await chat.say("l'écran du poste est tout noir, j'ai un scanner urgent à relire");
    if (text.includes('Cela a-t-il résolu')) text = await chat.say('non');
    text = await chat.say("ah laisse tomber, c'était l'écran qui était éteint (le bouton en bas à droite), qqn a dû appuyer. ça marche, pas besoin de ticket merci");
    expect(text).toContain('annulé');
    expect(text).not.toContain('Je vais ouvrir un incident');
    expect(text).not.toContain('?');
  });
});

describe('news of a P1 waiting for its technician', () => {
  it('"maintenant c\'est tout le service, la salle 2 (IRM) et les échos envoient plus non plus" widens the PACS ticket instead of opening an MRI one', async () => {
    const chat = chatAs(runtime(), 'julie.denis@chv.fr');
    let text = await answerUntilSummary(chat, await chat.say("les images du scanner salle 1 arrivent plus sur le PACS depuis 20 min, les radiologues peuvent pas interpréter. 2 patients des urg en attente (suspicion AVC)"));
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.priority).toBe('P1');
    text = await chat.say("maintenant c'est tout le service, la salle 2 (IRM) et les échos envoient plus non plus, et les radiologues voient plus rien sur les consoles");
    expect(text).not.toContain('autre problème');
    expect((await runtime().services.tickets.get(ticket.number)).scope).toBe('service');
  });
});

describe('the room of a way round after a fiche', () => {
  it('"on imprime … sur l\'imprimante du 2e (F210) en attendant" leaves the broken printer at F110', async () => {
    const chat = chatAs(runtime(), 'remi.girard@chv.fr');
    let text = await chat.say('imprimante du poste de soins HS, bourrage papier + voyant orange qui clignote');
    if (text.includes('Cela a-t-il résolu')) text = await chat.say("non, on a enlevé la feuille coincée et éteint/rallumé, tjs le voyant orange. c'est PRN-GER-0011. on imprime les plans de soins et les étiquettes sur l'imprimante du 2e (F210) en attendant, mais faut monter à chaque fois");
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Appareil: PRN-GER-0011');
    expect(text).not.toMatch(/Lieu: .*F210/);
    expect(text).toMatch(/Lieu: .*F110/);
  });
});

describe('round fifty-four, urgency', () => {
  it('"yes, nurse calls are lost when it reboots" makes the night DECT ticket urgent', async () => {
    const chat = chatAs(runtime(), 'sabrina.masson@chv.fr', 'en-GB');
    let text = await chat.say('hi, night shift in neuro. my dect keeps rebooting every few min, lost 2 calls already');
    text = await answerUntil(chat, text, /patient care\?|Summary/, (question) => (question.includes('Which device') || question.includes('number') ? "no idea the label is worn off.. its the one i took from the charger at 9pm. we're only 2 tonight, bells from rooms go to it" : 'yes'));
    if (text.includes('patient care?')) text = await chat.say('yes, nurse calls are lost when it reboots');
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Urgency: high');
    expect(text).toContain('Priority: P1');
  });

  it('"le tour de 22h prend un retard de fou. on note sur papier" is care delayed despite the paper', async () => {
    const chat = chatAs(runtime(), 'karim.gaillard@chv.fr');
    let text = await chat.say('le dpi rame à mort');
    if (text.includes('Cela a-t-il résolu')) text = await chat.say("non. c pareil sur les 4 postes du 2e et ma collègue du 1er aussi. 1 min pour valider une admin, le tour de 22h prend un retard de fou. on note sur papier et on saisira après");
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Soins impactés: oui');
    expect(text).not.toContain('Urgence: basse');
  });
});

describe('round fifty-five', () => {
  it('"ok turned it off and on, cancelled the stuck ones and resent, it\'s printing now. thx" to "Did this solve it?" is a yes', async () => {
    const chat = chatAs(runtime(), 'sabrina.masson@chv.fr', 'en-GB');
    let text = await chat.say("the drug round sheets won't print, the printer in the nurses office shows nothing in the queue");
    expect(text).toContain('Did this solve it?');
    text = await chat.say("ok turned it off and on, cancelled the stuck ones and resent, it's printing now. thx");
    expect(text).not.toContain('did not help');
    expect(text).not.toContain('incident');
  });

  it('"on est 3 de nuit pour tout le service" counts the staff, it does not widen a DECT to the unit', async () => {
    const chat = chatAs(runtime(), 'karim.gaillard@chv.fr');
    let text = await chat.say("mon dect s'éteint tout seul depuis le début de la nuit, on est 3 de nuit pour tout le service");
    text = await answerUntilSummary(chat, text);
    expect(text).not.toContain('Personnes touchées: tout le service');
  });
});

describe('round fifty-five, a locked account', () => {
  it('"j\'ai pas de tel pro pour le sms…" after the locked-account fiche keeps "compte bloqué"; "c mon compte windows qui est verrouillé" makes it access', async () => {
    const chat = chatAs(runtime(), 'laurent.hubert@chv.fr');
    let text = await chat.say('compte bloqué');
    expect(text).toContain('Cela a-t-il résolu');
    text = await chat.say("j'ai pas de tel pro pour le sms. c la relève de 21h je dois faire mes transmissions ds le DPI");
    text = await answerUntilSummary(chat, text);
    expect(text).toMatch(/Problème: compte bloqué/);
    if (!text.includes('Type: Mot de passe')) text = await chat.say("c pas le DPI qui bug c mon compte windows qui est verrouillé, j'arrive meme pas a ouvrir la session");
    expect(text).toContain('Type: Mot de passe');
  });
});

describe('round fifty-five, a second device hit', () => {
  it('"the other cart 0159 does it too" keeps PC-NEURO-0160 and makes it a team\'s problem', async () => {
    const chat = chatAs(runtime(), 'sabrina.masson@chv.fr', 'en-GB');
    let text = await answerUntilSummary(chat, await chat.say("hi, the medication cart laptop keeps dropping wifi during the med round, WVAL-NEURO-0160. we're doing the round with the fixed PCs at the nurses station for now but it's slow"));
    expect(text).toContain('Device: PC-NEURO-0160');
    text = await chat.say("the other cart 0159 does it too, and it's only at the end of the corridor near rooms 5 and 6");
    expect(text).toContain('Device: PC-NEURO-0160');
    expect(text).toContain('Affected: a team or a shared station');
  });

  it('"I think my rights were never set up for this unit" is a request', async () => {
    const chat = chatAs(runtime(), 'lea.carre@chv.fr', 'en-GB');
    const text = await chat.say("Hello, I started my rotation in maternity on monday and PACS says 'user not authorized' when I try to open images. I think my rights were never set up for this unit");
    expect(text).toContain('request');
    expect(text).not.toContain('incident');
  });
});
