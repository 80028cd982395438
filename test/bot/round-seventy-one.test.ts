import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { answerUntil, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';

// Tuesday 1 December 2026, 01:30 in Paris.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-12-01T00:30:00Z')) });

/** Answers until the summary, then creates the ticket; returns the creation text. */
async function createFrom(chat: ReturnType<typeof chatAs>, first: string, answer: (question: string) => string): Promise<string> {
  await answerUntil(chat, first, /Résumé de votre|Summary of your/, answer);
  return chat.say(clickIntake('create'));
}

describe('round seventy-one, words added right after the ticket', () => {
  it('"ah et j\'ai oublié, il faut le mettre aussi sur le pc de ma collègue (PC-CARD-0335)" goes on the request just opened', async () => {
    const chat = chatAs(runtime(), 'sylvain.adam@chv.fr');
    const first = await chat.say("Bjr, est ce que vous pouvez m'installer la dictée numérique (VoxMed) sur mon poste svp ? le Dr Carré va dicter ses comptes rendus de consult et c'est moi qui frappe. merci");
    const created = await createFrom(chat, first, (q) => (/Pour quand/.test(q) ? 'Cette semaine' : 'oui'));
    const request = await ticketAnnounced(runtime(), created);
    const before = await runtime().services.tickets.count();
    const text = await chat.say("ah et j'ai oublié, il faut le mettre aussi sur le pc de ma collègue Agnès Renaud (PC-CARD-0335), on se partage la frappe");
    expect(text).toContain(`C'est ajouté au ticket ${request!.number}`);
    expect(text).not.toContain('Voici la fiche');
    expect(await runtime().services.tickets.count()).toBe(before);
  });

  it('"ah j\'oubliais, il lui faudra aussi l\'accès au PACS et au DPI" goes on the new-account request, not a second request', async () => {
    const chat = chatAs(runtime(), 'mickael.riviere@chv.fr');
    const first = await chat.say("Bonjour, une nouvelle manipulatrice radio arrive lundi 7 en imagerie, Sarah Lefort, il lui faut un compte Windows et une adresse mail");
    const created = await createFrom(chat, first, (q) => (/Nom, fonction/.test(q) ? 'Sarah Lefort, manipulatrice radio, imagerie, elle arrive lundi 7' : /Pour quand/.test(q) ? 'lundi' : 'oui'));
    const request = await ticketAnnounced(runtime(), created);
    const before = await runtime().services.tickets.count();
    const text = await chat.say("ah j'oubliais, il lui faudra aussi l'accès au PACS et au DPI (profil manip), sinon elle pourra rien faire lundi");
    expect(text).toContain(`C'est ajouté au ticket ${request!.number}`);
    expect(text).not.toContain('À quelle application');
    expect(await runtime().services.tickets.count()).toBe(before);
  });

  it('"one more thing: the pump I took was BIO-MAT-0006 from room 3…" goes on the pump ticket, not a new P1 on a working pump', async () => {
    const chat = chatAs(runtime(), 'ana.costa@chv.fr', 'en-GB');
    const first = await chat.say('the infusion pump in delivery room 2 keeps alarming upstream occlusion every few minutes with oxytocin running, line is fine. we swapped it for the spare pump from room 3 so the patient is ok, but the pump needs checking before someone uses it again');
    const created = await createFrom(chat, first, (q) => (/Is it BIO-MAT-0005/.test(q) ? 'Yes' : /workaround/.test(q) ? 'Yes, it can wait' : 'no'));
    const ticket = await ticketAnnounced(runtime(), created);
    expect(ticket?.assetId).toBe((await runtime().services.directory.findAsset('BIO-MAT-0005'))!.id);
    const before = await runtime().services.tickets.count();
    const text = await chat.say('one more thing: the pump I took was BIO-MAT-0006 from room 3, so room 3 has no pump now. if the faulty one is taken away please bring a loan pump');
    expect(text).toContain(`Added to ticket ${ticket!.number}`);
    expect(text).not.toContain('A patient is at stake');
    expect(await runtime().services.tickets.count()).toBe(before);
  });

  it('"je me suis trompée : c\'est Oracle RH qu\'il me faut, pas Finances. vous pouvez modifier ma demande ?" goes on the request, not a list of tickets', async () => {
    const chat = chatAs(runtime(), 'isabelle.guerin@chv.fr');
    const first = await chat.say("Bonjour, je voudrais un accès en consultation à Oracle Finances pour suivre les commandes de réactifs du labo, la DAF est d'accord. Merci, Isabelle Guérin cadre labo");
    const created = await createFrom(chat, first, (q) => (/À quelle application/.test(q) ? 'Oracle Finances, pour moi, en consultation (lecture seule)' : /Pour quand/.test(q) ? 'Pas pressé' : 'oui'));
    const request = await ticketAnnounced(runtime(), created);
    const text = await chat.say("ah zut pardon, je me suis trompée : c'est Oracle RH qu'il me faut (pour valider les congés de l'équipe), pas Finances. vous pouvez modifier ma demande ?");
    expect(text).toContain(`C'est ajouté au ticket ${request!.number}`);
    expect(text).not.toContain('Vos tickets en cours');
  });
});

describe('round seventy-one, where and what', () => {
  it('"I\'m the cadre on call tonight. Paediatrics night team just called: wifi is down on the whole floor" is Paediatrics, the whole unit', async () => {
    const chat = chatAs(runtime(), 'helene.aubert@chv.fr', 'en-GB');
    const text = await chat.say("I'm the cadre on call tonight. Paediatrics night team just called: wifi is down on the whole floor, the med carts can't reach the DPI so they can't validate drug rounds. They've switched to paper for now.");
    expect(text).toContain('Location: Pédiatrie');
    expect(text).toContain('Affected: the whole unit');
    expect(text).not.toContain('Direction générale');
  });

  it('"la sage-femme m\'appelle : le monito (cardiotoco) de la salle de naissance 1 s\'éteint" is a medical device, offered among the room\'s', async () => {
    const chat = chatAs(runtime(), 'manon.dasilva@chv.fr');
    const text = await chat.say("cadre de garde cette nuit. la sage-femme de la maternité m'appelle : le monito (cardiotoco) de la salle de naissance 1 s'éteint tout seul toutes les 10 min. elles ont basculé la patiente sur l'autre monito de la salle, donc ça tient, mais faut que le biomed regarde");
    expect(text).toContain('[BIO-MAT-0001 — Cardiotocographe');
    expect(text).not.toContain('Téléphone, DECT');
  });

  it('a file restore in the requester\'s own unit stays in their room: "la cadre en a besoin" is who needs it, not where', async () => {
    const chat = chatAs(runtime(), 'nathan.nguyen@chv.fr');
    const text = await chat.say("bonjour, j'ai supprimé par erreur le dossier 'Plannings 2026' sur le partage S: de la sspi hier aprem, est ce qu'on peut le récupérer ? la cadre en a besoin pour vendredi");
    expect(text).toContain('A251');
    expect(text).not.toContain('Bureau du cadre');
  });

  it('"quick q - how do i get the staff wifi on my work smartphone? … keeps dropping to 4G" gets the Wi-Fi guide', async () => {
    const chat = chatAs(runtime(), 'sabrina.masson@chv.fr', 'en-GB');
    const text = await chat.say('quick q - how do i get the staff wifi on my work smartphone? night shift in neuro and the phone keeps dropping to 4G');
    expect(text).toContain('Connecting to Wi-Fi');
    expect(text).not.toContain("I'll open an incident");
  });

  it('"the trace printout from the CTG in birth room 1 is cut on the right side" is the CTG\'s incident, offered among the room\'s, not a request', async () => {
    const chat = chatAs(runtime(), 'lea.lefevre@chv.fr', 'en-GB');
    const text = await chat.say('ok can you log it now then, the trace printout from the CTG in birth room 1 is cut on the right side, we can still read it on the screen');
    expect(text).not.toContain('What do you need?');
    expect(text).toContain('[BIO-MAT-0001 — Cardiotocographe');
    expect(text).not.toContain('PRN-MAT-0010');
  });
});

describe('round seventy-one, corrections', () => {
  it('"les examens ne sont pas bloqués, les patients passent quand même avec la fiche papier" clears the care impact', async () => {
    const chat = chatAs(runtime(), 'alice.meunier@chv.fr');
    let text = await chat.say("bonjour, la GAM me met 'session expirée' a chaque fois que je valide l'enregistrement d'une venue, ma collègue Lucie pareil sur son pc. on a 6 patients qui attendent à l'accueil imagerie pour leurs examens, je les fais passer avec une fiche papier en attendant mais ça va vite déborder");
    text = await answerUntil(chat, text, /Résumé de votre/, () => 'oui');
    await chat.say(clickIntake('change'));
    text = await chat.say('les examens ne sont pas bloqués, les patients passent quand même avec la fiche papier');
    expect(text).toContain('Soins impactés: non');
  });
});

describe('round seventy-three, the device question and words for the ticket', () => {
  it('"c\'est celle à gauche de l\'ordi, je connais pas le numero" is no number at hand, not a device to look up', async () => {
    const chat = chatAs(runtime(), 'laetitia.fournier@chv.fr');
    let text = await chat.say("l'étiqueteuse bracelets du PDS aux urgences sort des etiquettes blanches depuis ce matin, on fait les bracelets a la main en attendant");
    text = await chat.say('Non');
    expect(text).toContain('[LBL-URG-0001');
    text = await chat.say("j'ai fait le calibrage et éteint/rallumé, toujours blanc. c'est celle à gauche de l'ordi, je connais pas le numero");
    expect(text).not.toContain("Je ne trouve pas l'appareil");
  });

  it('"non c\'est pas un nouveau probleme, c\'est pour rajouter au ticket INC-… que je viens de faire" puts the problem told on that ticket', async () => {
    const chat = chatAs(runtime(), 'laetitia.garcia@chv.fr');
    const first = await chat.say("l'étiqueteuse bracelets LBL-URG-0002 sort des etiquettes blanches depuis ce matin, on fait les bracelets a la main en attendant");
    const created = await createFrom(chat, first, (q) => (/Voici la fiche/.test(q) ? 'non' : /contournement/.test(q) ? "oui, mais c'est gênant" : /Qui est touché/.test(q) ? 'mon équipe' : 'non'));
    const ticket = await ticketAnnounced(runtime(), created);
    // A new form starts from words that do not say they are for the ticket…
    await chat.say('autre chose : les 2 autres étiqueteuses font pareil maintenant');
    const before = await runtime().services.tickets.count();
    const text = await chat.say(`non c'est pas un nouveau probleme, c'est pour rajouter au ticket ${ticket!.number} que je viens de faire`);
    expect(text).toContain(`ticket ${ticket!.number}`);
    expect(text).not.toContain('État : nouveau');
    expect(await runtime().services.tickets.count()).toBe(before);
    const notes = await runtime().services.tickets.events(ticket!.id);
    expect(JSON.stringify(notes)).toContain('les 2 autres étiqueteuses font pareil');
  });

  it('"il me faudrait adobe acrobat pro sur mon pc pour fusionner les courriers" asks only when it is needed', async () => {
    const chat = chatAs(runtime(), 'karine.martinez@chv.fr');
    const text = await chat.say("sinon autre chose : il me faudrait adobe acrobat pro sur mon pc pour fusionner les courriers en pdf, c'est possible ?");
    expect(text).not.toContain('Quelle est votre demande');
    expect(text).not.toContain('Quel logiciel faut-il installer');
  });

  it('"I still don\'t have PACS access - need it to view CTs of my pts" does not ask again which application and for whom', async () => {
    const chat = chatAs(runtime(), 'priya.sharma@chv.fr', 'en-GB');
    const text = await chat.say("hi, I'm the new intern in the ED since nov, I still don't have PACS access - need it to view CTs of my pts, can someone grant it? I keep borrowing my senior's session which isn't great");
    expect(text).not.toContain('Access to which application');
    expect(text).toContain('With which profile');
  });

  it('"je voudrais un accès en consultation à Oracle Finances" does not ask again which application and for whom', async () => {
    const chat = chatAs(runtime(), 'corinne.besson@chv.fr');
    const text = await chat.say("Bonjour, je voudrais un accès en consultation à Oracle Finances pour suivre les commandes de réactifs du labo, la DAF est d'accord.");
    expect(text).not.toContain('À quelle application');
  });
});

describe('round seventy-four, tickets about the unit\'s shared devices', () => {
  it('a nurse asking about her colleague\'s pump ticket by its number sees it; a new report on that pump goes on it', async () => {
    const first = chatAs(runtime(), 'yasmine.carre@chv.fr');
    const created = await createFrom(first, await first.say('le pousse seringue BIO-REA-0019 du box 3 en réa affiche une alarme occlusion en continu alors que la ligne est libre, patient sous noradré, on a pris un autre PSE'), (q) =>
      /contournement/.test(q) ? "oui, mais c'est gênant" : /Qui est touché/.test(q) ? 'moi seul' : /patients/.test(q) ? 'non' : 'oui');
    const ticket = await ticketAnnounced(runtime(), created);
    const colleague = chatAs(runtime(), 'fanny.colin@chv.fr');
    const status = await colleague.say(`slt, ma collègue a fait un ticket tout à l'heure pour le pousse seringue du box 3 en réa, ${ticket!.number}, vous savez où ça en est ?`);
    expect(status).toContain(ticket!.number);
    expect(status).not.toContain('Je ne trouve pas');
    const before = await runtime().services.tickets.count();
    const other = chatAs(runtime(), 'fanny.colin@chv.fr');
    const text = await answerUntil(other, await other.say("le PSE BIO-REA-0019 du box 3 refait l'alarme occlusion"), /Résumé de votre|déjà ouvert/, () => 'non');
    expect(text).toContain(`Un ticket est déjà ouvert pour cet appareil : ${ticket!.number}`);
    expect(await runtime().services.tickets.count()).toBe(before);
  });

  it('"l\'imprimante du F210 a été signalée par une collègue, vous savez où ça en est ?" lists the unit\'s printer ticket', async () => {
    const first = chatAs(runtime(), 'noemie.caron@chv.fr');
    const created = await createFrom(first, await first.say("l'imprimante du poste de soins F210 (PRN-GER-0012) fait des bourrages à chaque page, on imprime sur celle du 1er en attendant"), (q) =>
      /Voici la fiche/.test(q) ? 'non' : /contournement/.test(q) ? "oui, mais c'est gênant" : /Qui est touché/.test(q) ? 'mon équipe' : 'non');
    const ticket = await ticketAnnounced(runtime(), created);
    const colleague = chatAs(runtime(), 'karine.martinez@chv.fr');
    const status = await colleague.say("bonjour, l'imprimante du F210 a été signalée cette nuit par une collègue AS, vous savez où ça en est ?");
    expect(status).toContain(ticket!.number);
  });

  it('a device confirmed in the form that has an open ticket joins it instead of a second one', async () => {
    const first = chatAs(runtime(), 'thomas.deschamps@chv.fr');
    const created = await createFrom(first, await first.say('le respirateur BIO-REA-0012 du box 4 affiche une alarme batterie en continu, il est sur secteur'), (q) =>
      /contournement/.test(q) ? "oui, mais c'est gênant" : /Qui est touché/.test(q) ? 'moi seul' : /patients/.test(q) ? 'non' : 'oui');
    const ticket = await ticketAnnounced(runtime(), created);
    const colleague = chatAs(runtime(), 'emilie.roy@chv.fr');
    let text = await colleague.say("le respi du box 4 fait une alarme batterie en continu");
    text = await answerUntil(colleague, text, /Résumé de votre|déjà ouvert/, (q) => (/De quel appareil|numéro de l'appareil/.test(q) ? 'BIO-REA-0012' : /S'agit-il de/.test(q) ? 'oui' : 'non'));
    if (/Résumé de votre/.test(text)) text = await colleague.say(clickIntake('create'));
    expect(text).toContain(`Un ticket est déjà ouvert pour cet appareil : ${ticket!.number}`);
    // "autre problème": a ticket of its own after all.
    text = await answerUntil(colleague, await colleague.say('autre problème'), /Résumé de votre/, () => 'non');
    text = await colleague.say(clickIntake('create'));
    expect(text).toMatch(/Ticket INC-\d{4}-\d{6} créé/);
    expect(text).not.toContain(ticket!.number);
  });

  it('someone\'s own PC stays theirs: a colleague of the unit is told the number is not theirs', async () => {
    const owner = chatAs(runtime(), 'valerie.carre@chv.fr');
    const created = await createFrom(owner, await owner.say('mon PC PC-REA-0100 fait un écran bleu au démarrage, je travaille sur celui du bureau médical en attendant'), (q) =>
      /Voici la fiche/.test(q) ? 'non' : /contournement/.test(q) ? "oui, mais c'est gênant" : /Qui est touché/.test(q) ? 'moi seul' : 'non');
    const ticket = await ticketAnnounced(runtime(), created);
    const colleague = chatAs(runtime(), 'gaelle.andre@chv.fr');
    const text = await colleague.say(`où en est le ${ticket!.number} ?`);
    expect(text).toContain('Je ne trouve pas');
    expect(text).not.toContain(ticket!.title);
  });
});

describe('round seventy-five and seventy-six, short night messages', () => {
  it('"CTG in birth room 2 no trace at all, woman in labour, pls hurry" is a biomedical P1, not a request', async () => {
    const chat = chatAs(runtime(), 'sabrina.adam@chv.fr', 'en-GB');
    const text = await chat.say('CTG in birth room 2 no trace at all, woman in labour, pls hurry');
    expect(text).not.toContain('What do you need?');
    expect(text).toContain('A patient is at stake');
    expect(text).toContain('BIO-MAT-0002');
  });

  it('"wifi dead on the whole onco floor…" is answered in English, and "it\'s the whole C2 unit" is the unit, not the site', async () => {
    const chat = chatAs(runtime(), 'marine.blanchard@chv.fr', 'en-GB');
    let text = await chat.say('wifi dead on the whole onco floor, carts cant reach DPI, doing meds round on paper');
    expect(text).toContain('Summary of your incident');
    text = await chat.say("its not just my office btw, it's the whole C2 unit, nurses station C210 too");
    expect(text).toContain('Affected: the whole unit');
    expect(text).not.toContain('several units');
  });

  it('"ok the portal worked, thx" after the locked-account guide is a thank-you, not an incident', async () => {
    const chat = chatAs(runtime(), 'hugo.prevost@chv.fr', 'en-GB');
    let text = await chat.say('locked out of windows after too many tries, on call tonight, how do i reset my pwd?');
    expect(text).toContain('Here is the guide');
    const before = await runtime().services.tickets.count();
    text = await chat.say('ok the portal worked, thx');
    expect(text).not.toContain("I'll open an incident");
    expect(text).toContain('the guide helped');
    expect(await runtime().services.tickets.count()).toBe(before);
  });

  it('"non c pas en panne, je veux juste savoir comment faire un renvoi d\'appel…" after the DECT guide gives the call-forwarding guide', async () => {
    const chat = chatAs(runtime(), 'severine.simon@chv.fr');
    // Asked outright, the new guide answers.
    expect(await chat.say('cmt on renvoie les appels du fixe du poste de soins sur le dect la nuit ?')).toContain("Renvoyer les appels d'un poste fixe vers un DECT");
    // Answered first with the DECT breakdown guide, "c pas en panne, je veux juste savoir…" asks the question again.
    const other = chatAs(runtime(), 'severine.simon@chv.fr');
    let text = await other.say('mon dect sonne plus quand on m appelle');
    expect(text).toContain('Téléphone DECT, poste fixe ou bip en panne');
    text = await other.say("non c pas en panne, je veux juste savoir comment faire un renvoi d'appel du fixe vers mon dect");
    expect(text).toContain("Renvoyer les appels d'un poste fixe vers un DECT");
    expect(text).not.toContain('Je vais ouvrir un incident');
  });

  it('"pompe chb3 alarme occlusion…" is the pump of room 3; "celle de la 3" picks it among the offered pumps', async () => {
    const chat = chatAs(runtime(), 'hugo.guerin@chv.fr');
    let text = await chat.say("pompe chb3 alarme occlusion en boucle alors que la ligne est ok, j'ai mis une autre pompe en attendant");
    expect(text).toContain('BIO-CHIR-0003');
    const other = chatAs(runtime(), 'hugo.guerin@chv.fr');
    text = await other.say("la pompe alarme occlusion en boucle alors que la ligne est ok, j'ai mis une autre pompe en attendant");
    expect(text).toContain('[BIO-CHIR-0001');
    text = await other.say('celle de la 4');
    expect(text).not.toContain("Je ne trouve pas l'appareil");
  });

  it('a restore that the "whole team uses" is the team\'s', async () => {
    const chat = chatAs(runtime(), 'karine.guillaume@chv.fr', 'en-GB');
    const text = await chat.say('pls restore S:\\CHIR\\Protocoles\\Post-op folder, deleted by mistake tonight ~11pm, whole team uses it, need it back before morning staff 8am');
    expect(text).toContain('Summary of your request');
    const created = await chat.say(clickIntake('create'));
    const ticket = await ticketAnnounced(runtime(), created);
    expect(ticket?.scope).toBe('team');
  });

  it('a colleague asks when biomed comes for the monitor a colleague reported, then a manager asks for it sooner', async () => {
    const reporter = chatAs(runtime(), 'damien.meunier@chv.fr');
    const created = await createFrom(reporter, await reporter.say('le scope de la chambre 1 affiche plus la spo2, on a mis un saturomètre portable en attendant'), (q) =>
      /BIO-NEURO-0001/.test(q) ? 'oui' : /contournement/.test(q) ? "oui, mais c'est gênant" : /Qui est touché/.test(q) ? 'moi seul' : 'non');
    const ticket = await ticketAnnounced(runtime(), created);
    const colleague = chatAs(runtime(), 'alice.rolland@chv.fr');
    const status = await colleague.say('le biomed vient qd pr le scope de la 1 ? damien a fait un ticket y a 20 min');
    expect(status).toContain(ticket!.number);
    expect(status).not.toContain('Je vais ouvrir un incident');
  });

  it('a manager shown her nurse\'s pump ticket asks "possible avant 16h ?": the words go on it and a technician is asked', async () => {
    const nurse = chatAs(runtime(), 'mathilde.guerin@chv.fr');
    const created = await createFrom(nurse, await nurse.say("pompe chb 2 alarme occlusion en boucle alors que la ligne est ok, j'ai mis une autre pompe en attendant"), (q) =>
      /BIO-CHIR-0002/.test(q) ? 'oui' : /contournement/.test(q) ? "oui, mais c'est gênant" : /Qui est touché/.test(q) ? 'moi seul' : 'non');
    const ticket = await ticketAnnounced(runtime(), created);
    const manager = chatAs(runtime(), 'clemence.lebrun@chv.fr');
    let text = await manager.say('bjr, mathilde a fait un ticket cette nuit pr la pompe de la chb 2, ça en est où ?');
    expect(text).toContain(ticket!.number);
    const before = await runtime().services.tickets.count();
    text = await manager.say("ok merci. possible avant 16h ? il nous reste qu'une pompe de secours pr le service");
    expect(text).not.toContain('Je vais ouvrir un incident');
    expect(text).toContain(ticket!.number);
    expect(await runtime().services.tickets.count()).toBe(before);
  });
});

describe('round seventy-three and seventy-five, the device corrected after the ticket', () => {
  it('"ah correction, c\'est le box 6 pas le 5… c\'est l\'Evita du box 6" points the ticket at the box 6 ventilator', async () => {
    const chat = chatAs(runtime(), 'audrey.ferreira@chv.fr');
    const created = await createFrom(chat, await chat.say("L'Evita du box 5 s'est mise en panne technique (message 'Ventilation inop'), patient basculé sur l'oxylog, il est stable. Mais faut la réparer vite, c'est notre seul respi de réa qui restait dispo"), (q) =>
      /BIO-REA-0013/.test(q) ? 'Oui' : /Qui est touché/.test(q) ? 'moi seul' : /contournement/.test(q) ? "oui, mais c'est gênant" : 'non');
    const ticket = await ticketAnnounced(runtime(), created);
    expect(ticket!.assetId).toBe((await runtime().services.directory.findAsset('BIO-REA-0013'))!.id);
    const before = await runtime().services.tickets.count();
    const text = await chat.say("ah correction, l'IDE me dit que c'est le box 6 pas le 5, j'ai confondu. c'est l'Evita du box 6");
    expect(text).toContain(`C'est corrigé sur le ticket ${ticket!.number}`);
    expect(text).toContain('BIO-REA-0014');
    const after = await runtime().services.tickets.get(ticket!.number);
    expect(after.assetId).toBe((await runtime().services.directory.findAsset('BIO-REA-0014'))!.id);
    expect(after.locationId).toBe((await runtime().services.directory.findAsset('BIO-REA-0014'))!.locationId);
    expect(await runtime().services.tickets.count()).toBe(before);
  });

  it('"just checked the sticker underneath: it\'s LBL-ADM-0002. can you put that on the ticket" names the device of the ticket opened without one', async () => {
    const chat = chatAs(runtime(), 'anne.morel@chv.fr', 'en-GB');
    const created = await createFrom(chat, await chat.say("hi the wristband printer at my desk at admissions prints the bracelets blank, nothing on them. patients are queuing, I'm walking over to my colleague's desk to print on hers for now"), (q) =>
      /guide/.test(q) ? 'No' : /Which device|device number/.test(q) ? "no idea, it's the one at my desk, guichet 1" : /Who is affected/.test(q) ? 'just me' : /workaround/.test(q) ? 'Yes, but it is a nuisance' : 'no');
    const ticket = await ticketAnnounced(runtime(), created);
    const text = await chat.say("just checked the sticker underneath: it's LBL-ADM-0002. can you put that on the ticket");
    expect(text).toContain('LBL-ADM-0002');
    expect(text).not.toContain('What do you need?');
    expect((await runtime().services.tickets.get(ticket!.number)).assetId).toBe((await runtime().services.directory.findAsset('LBL-ADM-0002'))!.id);
  });
});

describe('round seventy-seven and seventy-eight, questions after a ticket or a guide', () => {
  it('"Merci beaucoup ! Il me faudra aussi la pédale…, je peux la demander ici ?" after a request goes on it, not a goodbye', async () => {
    const chat = chatAs(runtime(), 'sylvie.brunet@chv.fr');
    const first = await chat.say("Bonjour, est-ce que vous pouvez m'installer la dictée numérique VoxMed sur mon poste ? merci");
    const created = await createFrom(chat, first, (q) => (/Pour quand/.test(q) ? 'Cette semaine' : /Quel logiciel/.test(q) ? 'VoxMed, sur mon poste' : 'oui'));
    const request = await ticketAnnounced(runtime(), created);
    const text = await chat.say('Merci beaucoup ! Il me faudra aussi la pédale pour la transcription, je peux la demander ici ou c\'est le biomed ?');
    expect(text).toContain(`J'ai ajouté votre question au ticket ${request!.number}`);
    expect(text).not.toContain('Avec plaisir');
  });

  it('"je peux le débrancher pour le forcer à redémarrer ?" right after the ticket is a question for its technician, not a new incident', async () => {
    const chat = chatAs(runtime(), 'anne.morel@chv.fr');
    const first = await chat.say("l'écran du PC du guichet 2 reste noir, il fait 3 bips au démarrage, je suis passée sur le guichet 3");
    const created = await createFrom(chat, first, (q) => (/Voici la fiche/.test(q) ? 'non' : /De quel appareil|numéro de l'appareil/.test(q) ? 'je ne sais pas' : /Qui est touché/.test(q) ? 'moi seule' : /contournement/.test(q) ? "oui, mais c'est gênant" : 'non'));
    const ticket = await ticketAnnounced(runtime(), created);
    const before = await runtime().services.tickets.count();
    const text = await chat.say('je peux le débrancher pour le forcer à redémarrer en attendant le technicien ?');
    expect(text).toContain(`J'ai ajouté votre question au ticket ${ticket!.number}`);
    expect(await runtime().services.tickets.count()).toBe(before);
  });

  it('"ok so my own phone can never go on CHV-PRO? Teams works on CHV-INVITES then?" after the Wi-Fi guide is a question, not "no" and an incident', async () => {
    const chat = chatAs(runtime(), 'priya.sharma@chv.fr', 'en-GB');
    let text = await chat.say('how do I get the staff wifi on my work smartphone?');
    expect(text).toContain('Connecting to Wi-Fi');
    text = await chat.say('ok so my own phone can never go on CHV-PRO? Teams works on CHV-INVITES then?');
    expect(text).not.toContain("I'll open an incident");
    expect(text).not.toContain('Please answer');
    expect(text).toContain('technician');
  });

  it('"ok merci. et ma carte CPS, son code change aussi ou pas ?" after the password guide is answered, not taken as a yes', async () => {
    const chat = chatAs(runtime(), 'catherine.giraud@chv.fr');
    let text = await chat.say("coucou, windows me dit que mon mot de passe expire dans 3 jours, je fais comment pour le changer sans tout bloquer ? (j'ai peur que la CPS marche plus après)");
    expect(text).toContain('le code PIN de la carte CPS, lui, ne change pas');
    text = await chat.say('ok merci. et ma carte CPS, son code change aussi ou pas ?');
    expect(text).not.toContain('Tant mieux');
    expect(text).not.toContain('Je vais ouvrir un incident');
  });

  it('"I can\'t go up there right now, just log the ticket please" after a guide opens the ticket from the first message', async () => {
    const chat = chatAs(runtime(), 'thomas.breton@chv.fr', 'en-GB');
    let text = await chat.say("ICU nurses just called me: their Zebra label printer for blood tube labels (LBL-REA-0001) prints the labels shifted, barcode cut in half, lab scanner rejects them. they're handwriting tubes + lab is re-labelling on arrival for now. I'm stuck on another call, can you log it for proximity");
    if (text.includes('Did this solve it?')) text = await chat.say("I can't go up there right now, just log the ticket please");
    expect(text).not.toContain('What kind of problem');
    text = await answerUntil(chat, text, /Summary of your/, (q) => (/workaround/.test(q) ? 'Yes, but it is a nuisance' : /patient care/.test(q) ? 'no' : 'yes'));
    expect(text).toContain('Device: LBL-REA-0001');
    expect(text).toContain('Problem: ICU nurses just called me');
  });
});
