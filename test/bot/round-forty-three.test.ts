import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { answerUntilSummary, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced, withdrawOpenTickets } from './chat-harness.js';
import { tellsNoCareImpact, understandText } from '../../src/triage/index.js';
import { isWithdrawal } from '../../src/bot/intake/answers.js';
import { asksToReopen } from '../../src/bot/add-to-ticket.js';

// Monday 30 November 2026, 10:00 in Paris.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-30T09:00:00Z')) });

describe('the same problem grows after the ticket is opened', () => {
  it('"c\'est pareil sur tous les pc du bloc maintenant … la salle 2 attend" widens the DPI ticket held and makes it P1, no new incident', async () => {
    const chat = chatAs(runtime(), 'mathilde.renaud@chv.fr');
    let text = await chat.say('Bonjour, cristalnet ne s\'ouvre plus sur le pc du poste de soins du bloc (le 0208), ça tourne dans le vide puis message serveur injoignable');
    text = await answerUntilSummary(chat, text);
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.priority).not.toBe('P1');
    const before = (await runtime().services.tickets.list()).length;
    text = await chat.say("re, en fait c'est pareil sur tous les pc du bloc maintenant, plus personne a le dpi, on peut pas valider la checklist, la salle 2 attend pour démarrer l'intervention");
    expect(text).toContain(ticket.number);
    expect(text).not.toMatch(/numéro de l'appareil|ouvrir un incident/);
    expect((await runtime().services.tickets.list()).length).toBe(before);
    const revised = await runtime().services.tickets.get(ticket.number);
    expect(revised.scope).toBe('service');
    expect(revised.patientCareImpact).toBe(true);
    expect(revised.priority).toBe('P1');
    const events = await runtime().services.tickets.events(revised.id);
    expect(events.some((e) => JSON.stringify(e.data).includes('la salle 2 attend'))).toBe(true);
  });

  it('"mise à jour : … plus de surveillance de la sat du bébé, là c bloquant pour les soins" makes the monitor ticket P1 and a technician is asked', async () => {
    const chat = chatAs(runtime(), 'julie.francois@chv.fr');
    let text = await chat.say('Bonjour le scope de la chambre 2 affiche plus la sat, juste des tirets, on a changé le capteur 2 fois pareil. Le bébé est sous O2');
    text = await chat.say("oui c lui. on a mis l'oxymètre portable en attendant donc il est surveillé");
    text = await answerUntilSummary(chat, text);
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.priority).not.toBe('P1');
    text = await chat.say("mise à jour : l'oxymètre portable est reparti avec un transfert, on a plus de surveillance de la sat du bébé, une collègue doit rester dans la chambre. là c bloquant pour les soins, on peut pas prendre les autres patients");
    expect(text).toContain(ticket.number);
    expect(text).toContain('technicien');
    const revised = await runtime().services.tickets.get(ticket.number);
    expect(revised.patientCareImpact).toBe(true);
    expect(revised.priority).toBe('P1');
  });

  it('"INC-… : maintenant les soins sont bloqués, c urgent" names the ticket with news of it: reassessed, not a status display', async () => {
    // A fresh report: the same device's ticket from an earlier test of this file is closed.
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'julie.francois@chv.fr');
    let text = await chat.say('le scope de la chambre 2 affiche plus la sat, juste des tirets, on a changé le capteur. Le bébé est sous O2');
    text = await chat.say("oui c lui. on a mis l'oxymètre portable en attendant donc il est surveillé");
    text = await answerUntilSummary(chat, text);
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    text = await chat.say(`${ticket.number} : maintenant les soins sont bloqués, c urgent`);
    expect(text).not.toContain('État : nouveau');
    expect((await runtime().services.tickets.get(ticket.number)).priority).toBe('P1');
  });

  it('"c\'est pour le ticket INC-… : …" and "mettez à jour le INC-…" put the words on that ticket', async () => {
    const chat = chatAs(runtime(), 'sabrina.nguyen@chv.fr');
    let text = await chat.say("le lecteur de code-barres du poste de soins ne bipe plus, on tape les numéros à la main");
    text = await answerUntilSummary(chat, text);
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    const other = chatAs(runtime(), 'sabrina.nguyen@chv.fr');
    text = await other.say(`c'est pour le ticket ${ticket.number} : le modèle est un Honeywell 1950`);
    expect(text).toContain(`ajouté au ticket ${ticket.number}`);
    text = await other.say(`mettez à jour le ${ticket.number} svp : le câble a été changé, pareil`);
    expect(text).toContain(`ajouté au ticket ${ticket.number}`);
  });

  it('another matter after the ticket ("autre chose, mon pc ne démarre plus") is not put on it', async () => {
    const chat = chatAs(runtime(), 'sabrina.nguyen@chv.fr');
    let text = await chat.say("l'imprimante du poste de soins fait des bourrages à chaque feuille, on imprime sur celle du couloir");
    text = await answerUntilSummary(chat, text);
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    text = await chat.say('autre chose, mon pc ne démarre plus du tout maintenant, écran noir');
    expect(text).not.toContain(`ticket ${ticket.number}`);
    expect((await runtime().services.tickets.get(ticket.number)).priority).toBe(ticket.priority);
  });
});

describe('thanks after a repair, naming what was repaired', () => {
  it.each([
    'Merci pour votre réactivité cette nuit, le DPI remarche à l\'UHCD',
    'Thanks a lot, all the monitors in the overflow unit are working now',
    'Great, got my access back. Thanks for the quick fix and have a good weekend!',
    'Merci Kevin, super réactif, bon week-end !',
  ])('"%s" is thanks, not a new incident', (message) => {
    expect(understandText(message).intent.value).toBe('thanks');
  });
});

describe('"statut" names a ticket\'s status only with the ticket', () => {
  it('"le logiciel ne passe pas les patients en statut \'sorti de salle\'" is an incident', () => {
    const u = understandText("SSPI : le nouveau logiciel de planning ne passe pas les patients en statut 'sorti de salle', du coup le brancardier n'est pas appelé et les patients restent en salle d'op");
    expect(u.intent.value).toBe('incident_report');
    expect(understandText('statut de mon ticket sur le scope de SSPI svp').intent.value).toBe('ticket_status');
  });
});

describe('a nuisance the writer says blocks nothing', () => {
  it.each([
    "les DECT de tout l'hôpital n'affichent plus le nom de l'appelant, juste le numéro. ça empêche rien mais c'est chiant",
    'DPI prints every prescription twice on the ward printer in cardio since this morning. Wasting paper, nothing more',
  ])('"%s" can wait', (message) => {
    expect(understandText(message).fields?.urgency.value).toBe('low');
  });

  it('"finalement c plus urgent … vous pouvez passer dans la semaine" lowers the printer ticket held', async () => {
    const chat = chatAs(runtime(), 'chloe.durand@chv.fr');
    let text = await chat.say("bonjour, l'imprimante du secrétariat n'imprime plus rien, mes courriers de sortie restent bloqués dans la file d'attente. j'ai des CR à envoyer avant midi");
    text = await answerUntilSummary(chat, text);
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    text = await chat.say("ah et finalement c plus urgent, l'infirmière m'a montré comment imprimer sur la brother du poste de soins, j'ai sorti mes CR. vous pouvez passer dans la semaine");
    expect(text).toContain(ticket.number);
    expect(text).not.toContain('Voulez-vous que j\'ouvre un ticket');
    expect((await runtime().services.tickets.get(ticket.number)).urgency).toBe('low');
  });
});

describe('a breakdown told as a request', () => {
  it('a vendor\'s outage report that says "I have no account at your hospital" and "we need your infra team" is an incident', () => {
    const u = understandText("Hi, Marek from Radiologix (PACS vendor) here, typing on Michel Hubert's teams since I have no account at your hospital. since the viewer update at 7am the PACS viewer crashes when opening CT series on the 3 reading consoles, radiologists cant read the morning CTs. we need your infra team to check the image storage share");
    expect(u.intent.value).toBe('incident_report');
    expect(u.fields?.category.value).toBe('software');
  });

  it('"none of these really - it\'s a breakdown not a request", to "what do you need?", starts the incident intake', async () => {
    const chat = chatAs(runtime(), 'michel.hubert@chv.fr', 'en-GB');
    const text = await chat.say('Hi, I need your infra team to check the image storage share, I have no account at your hospital');
    expect(text).toContain('What do you need?');
    expect(await chat.say("none of these really - it's a breakdown not a request. viewer crashes, CT reading is stopped")).toContain('it is an incident, not a request');
  });
});

describe('a secretary\'s printer, from the 43rd round', () => {
  it('"g annulé la file et éteint/rallumé" tells what was tried, it withdraws nothing', () => {
    expect(isWithdrawal("g annulé la file et éteint/rallumé, elle dit Prête mais toujours rien qui sort")).toBe(false);
    expect(isWithdrawal("j'ai annulé les impressions et relancé")).toBe(false);
    expect(isWithdrawal('bon annule tout')).toBe(true);
  });

  it('"euh non c pas les soins, c\'est du courrier" clears the care impact on the summary', async () => {
    expect(tellsNoCareImpact("euh non c pas les soins, c'est du courrier")).toBe(true);
    expect(tellsNoCareImpact("c'est pour les soins, les patients attendent")).toBe(false);
    const chat = chatAs(runtime(), 'chloe.durand@chv.fr');
    let text = await chat.say("l'imprimante du secrétariat n'imprime plus rien, mes courriers restent bloqués dans la file d'attente");
    text = await answerUntilSummary(chat, text);
    text = await chat.say("c'est pour les soins, les patients attendent leur ordonnance de sortie");
    expect(text).toContain('Soins impactés: oui');
    text = await chat.say("euh non c pas les soins, c'est du courrier. mais c'est pénible quand même");
    expect(text).toContain('Soins impactés: non');
  });
});

describe('another unit or person hit as well, from the 43rd round', () => {
  it('"oui. les collègues de cardio à côté ont l\'air d\'avoir le même souci" to "is it in Médecine interne?": several departments, the place stays', async () => {
    const chat = chatAs(runtime(), 'sabrina.nguyen@chv.fr');
    await chat.say("bjr cristal net ne s'ouvre plus sur aucun poste du service depuis 7h, ça tourne dans le vide puis erreur serveur. on peut pas valider les administrations ni voir les prescriptions du matin");
    const text = await chat.say("oui. les collègues de cardio à côté ont l'air d'avoir le meme souci d'ailleurs");
    expect(text).toContain('Lieu: Médecine interne');
    expect(text).toContain('Personnes touchées: plusieurs services ou tout le site');
  });

  it('"la réa aussi" after a unit-wide ticket widens it to several departments', async () => {
    const chat = chatAs(runtime(), 'sabrina.nguyen@chv.fr');
    let text = await chat.say('le wifi ne marche plus dans tout le service depuis 8h, les chariots ne se connectent plus, on note sur papier');
    text = await answerUntilSummary(chat, text);
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.scope).toBe('service');
    text = await chat.say('la réa aussi maintenant');
    expect(text).toContain(ticket.number);
    expect((await runtime().services.tickets.get(ticket.number)).scope).toBe('site');
  });

  it('"Laurent a le même pb avec le sien" is a team; "faut que ça soit réglé dans la journée" is medium', async () => {
    expect(understandText("mon dect coupe tout le temps côté box 6-7-8, ça dit 'recherche réseau'. Laurent a le meme pb avec le sien").fields?.scope.value).toBe('team');
    const chat = chatAs(runtime(), 'fanny.colin@chv.fr');
    await chat.say("slt, mon dect coupe tout le temps côté box 6-7-8, ça dit 'recherche réseau'. Laurent a le meme pb avec le sien. on rate des appels");
    await chat.say('le mien c DECT-REA-0103. les alarmes des scopes on les entend quand même en centrale hein');
    const text = await chat.say('bof pas vraiment, on se débrouille, mais faut que ça soit réglé dans la journée');
    expect(text).toContain('Urgence: moyenne');
    expect(text).toContain('Personnes touchées: une équipe');
  });
});

describe('the problem stops on its own, or comes back, from the 43rd round', () => {
  it('"c\'est revenu depuis 10 min, ça tient. vous pouvez fermer" resolves the outage (it counts), not cancels it; "rouvrir INC-…" reopens it', async () => {
    const chat = chatAs(runtime(), 'sabrina.nguyen@chv.fr');
    let text = await chat.say('le wifi saute dans tout le service depuis 7h30, les chariots perdent la connexion au dpi. on trace sur papier en attendant');
    text = await answerUntilSummary(chat, text);
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    text = await chat.say("c'est revenu depuis 10 min, ça tient. vous pouvez fermer merci");
    expect(text).toContain(`le ticket ${ticket.number} est résolu`);
    const resolved = await runtime().services.tickets.get(ticket.number);
    expect(resolved.status).toBe('resolved');
    expect(resolved.resolvedAt).not.toBeNull();
    const events = await runtime().services.tickets.events(resolved.id);
    expect(events.some((e) => e.kind === 'status_changed' && JSON.stringify(e.data).includes('working again, as the requester told'))).toBe(true);

    text = await chat.say(`rouvrir ${ticket.number}, ça recommence`);
    expect(text).toContain('rouvert');
    expect((await runtime().services.tickets.get(ticket.number)).status).toBe('assigned');
    expect(await chat.say(`rouvrir ${ticket.number}`)).toContain('toujours ouvert');
  });

  it('a ticket withdrawn without saying it works again is cancelled; a cancelled one cannot be reopened; "je rouvre le document" is no reopening', async () => {
    const chat = chatAs(runtime(), 'sabrina.nguyen@chv.fr');
    let text = await chat.say("l'écran du bureau infirmier clignote de temps en temps");
    text = await answerUntilSummary(chat, text);
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(asksToReopen('il clignote quand je rouvre le document')).toBe(false);
    await chat.say('plus besoin, vous pouvez annuler le ticket');
    expect((await runtime().services.tickets.get(ticket.number)).status).toBe('cancelled');
    expect(await chat.say(`rouvrir ${ticket.number}`)).toContain('ne peut plus être rouvert');
  });
});

describe('places and choices corrected on the way, from the 43rd round', () => {
  it('a newcomer\'s account: "it\'s for the nurses station A110 not my office" moves the place, not who is affected; "no it\'s only her account, one person" is understood', async () => {
    const chat = chatAs(runtime(), 'brigitte.roy@chv.fr', 'en-GB');
    let text = await chat.say("Hi, we have a new nurse starting in ICU today (Julie Martin), she has no AD account and no Cristal-Net access. she's shadowing a colleague this morning so it's ok for now but she needs it by this afternoon");
    text = await chat.say('no, the form was sent 2 weeks ago apparently but nothing was created. can you open a ticket');
    expect(text).toContain('Summary of your request');
    text = await chat.say("it's for the nurses station A110 not my office. otherwise ok");
    expect(text).toContain('A110 Poste de soins');
    expect(text).not.toContain('Affected: a team');
    expect(text).toContain('Priority: P3');
    text = await chat.say("no it's only her account, one person");
    expect(text).not.toContain('What should be corrected?');
  });

  it('"its PC-URG-0019 and its at the nurses station not box 3" after the fiche: the station, not box 3; "its not box 3, its the nursing station" on the summary too', async () => {
    const chat = chatAs(runtime(), 'priya.sharma@chv.fr', 'en-GB');
    await chat.say('hello the computer in box 3 is frozen, black screen w/ mouse cursor only. tag PC-URG-0012 i think');
    let text = await chat.say('no, hard reboot did nothing. also sorry wrong sticker, its PC-URG-0019 and its at the nurses station not box 3 (confused with the other one)');
    expect(text).toContain('A010 Poste de soins');

    const other = chatAs(runtime(), 'priya.sharma@chv.fr', 'en-GB');
    await other.say('hello the computer in box 3 is frozen, black screen w/ mouse cursor only');
    text = await answerUntilSummary(other, await other.say('no, hard reboot did nothing'));
    expect(text).toContain('Box 3');
    text = await other.say("location is wrong - its not box 3, its the nursing station. and its not that urgent we have the other PCs there");
    expect(text).toContain('A010 Poste de soins');
    expect(text).not.toContain('(box 3)');
  });

  it('"la 2 je crois" to "which device?" is the second one shown', async () => {
    const chat = chatAs(runtime(), 'celine.gauthier@chv.fr');
    const text = await chat.say("bonjour l'imprimante a bracelets de la mat sort des bracelets blancs, rien d'imprimé dessus. on a changé le rouleau ça change rien");
    expect(text).toContain('[LBL-MAT-0002');
    const after = await chat.say("la 2 je crois, celle près de la salle de naissance. l'autre marche on va imprimer dessus en attendant mais c'est à l'autre bout du couloir");
    expect(after).not.toContain('De quel appareil');
    expect(await answerUntilSummary(chat, after)).toContain('Appareil: LBL-MAT-0002');
  });
});

describe('patients kept waiting while people carry on, from a fresh week', () => {
  it.each([
    'Urgences pédiatriques : le module de calcul des doses pédiatriques du DPI renvoie une erreur sur tous les postes. On calcule à la main avec double vérif, chaque prescription prend 10 min, 15 enfants en attente',
    'Le logiciel de prescription des chimios affiche serveur indisponible, on prescrit à la main mais 15 patients attendent leur chimio',
  ])('"%s" holds up care', (message) => {
    expect(understandText(message).fields?.patient_care_impact.value).toBe(true);
  });

  it('patients queuing at the front desk while people register them is no care held up', () => {
    expect(understandText("Le PC de l'accueil des admissions rame énormément, les patients font la queue mais on arrive à les enregistrer, juste lentement").fields?.patient_care_impact.value).toBe(false);
  });
});

describe('an incident told in full that asks for a call back', () => {
  it('"DPI planté… 25 patients en attente… Rappelez moi au 4455" is recorded as the P1 it is, then a technician is asked', async () => {
    const chat = chatAs(runtime(), 'sabrina.nguyen@chv.fr');
    let text = await chat.say("URGENCES : DPI planté, écran blanc sur tous les postes du circuit court et de l'UHCD. 25 patients en attente, on repasse en mode dégradé papier mais on n'a plus les antécédents ni les traitements. Rappelez moi au 4455");
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Priorité: P1');
    text = await chat.say(clickIntake('create'));
    const ticket = await ticketAnnounced(runtime(), text);
    expect(ticket.priority).toBe('P1');
    expect(text).toContain('technicien');
    // Asking for a person in a few words still hands over at once.
    expect(understandText('je veux parler à un technicien svp').intent.value).toBe('talk_to_human');
    expect(understandText("mon imprimante marche plus, rappelez moi au 4410").intent.value).toBe('talk_to_human');
  });
});

describe('the bloc\'s DPI, from the 44th round', () => {
  it('"jsuis passée sur le fixe du poste de soins" beside a PC cart is the desktop computer, not a phone', () => {
    const u = understandText("Bonjour, sur le chariot PC du bloc le DPI s'ouvre plus, 'impossible de joindre le serveur'. jsuis passée sur le fixe du poste de soins en attendant");
    expect(u.fields?.category.value).not.toBe('phone');
    expect(understandText('le téléphone fixe du secrétariat ne sonne plus').fields?.category.value).toBe('phone');
  });

  it('"le fixe aussi et tous les pc du bloc… le chir veut pas commencer, 3 salles en retard" on a bloc ticket: the whole unit, care held up, P1 (not several departments)', async () => {
    const chat = chatAs(runtime(), 'mathilde.renaud@chv.fr');
    let text = await chat.say("Bonjour, le DPI s'ouvre plus sur le pc du poste de soins du bloc, 'impossible de joindre le serveur'. jsuis passée sur l'autre pc en attendant");
    text = await answerUntilSummary(chat, text);
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.priority).not.toBe('P1');
    text = await chat.say('re, c pire : maintenant le fixe aussi et tous les pc du bloc, plus personne a le DPI. le chir de la salle 2 veut pas commencer sans le dossier, on a 3 salles en retard');
    const revised = await runtime().services.tickets.get(ticket.number);
    expect(revised.scope).toBe('service');
    expect(revised.patientCareImpact).toBe(true);
    expect(revised.priority).toBe('P1');
  });
});

describe('a unit word in passing is no place, from the 44th round', () => {
  it('"quand on est en accouchement, ce matin le pédiatre a dû venir nous chercher" keeps the delivery room', async () => {
    const chat = chatAs(runtime(), 'chloe.michel@chv.fr');
    await chat.say("Bonjour, mon dect affiche 'hors zone' dès que je rentre en salle de naissance 2, je rate les appels. au poste de soins ça capte");
    await chat.say("c'est un d83 avec le bouton rouge, derrière y a marqué DECT-MAT-0103. d'ailleurs Sabrina a le même souci avec le sien dans la salle 2");
    const text = await chat.say("oui, on rate les appels quand on est en accouchement, ce matin le pédiatre a dû venir nous chercher");
    expect(text).toContain('Lieu: Maternité');
    expect(text).not.toContain('Pédiatrie');
  });

  it('"sinon pour les urgences on sort sur ordonnance papier" speaks of urgent cases; an application that freezes, named with no credential, is software', async () => {
    const chat = chatAs(runtime(), 'cedric.muller@chv.fr');
    let text = await chat.say('pharmatrace freeze sur les 3 postes de la prépa depuis 8h, on peut plus valider les dispensations. redémarré 2 fois');
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Type: Logiciel ou application');
    text = await chat.say("c le logiciel qui gèle. sinon pour les urgences on sort sur ordonnance papier, mais les dotations des services vont partir en retard");
    expect(text).toContain('Lieu: Pharmacie');
  });
});

describe('the room of the way round, from the 44th round', () => {
  it('"on a basculé sur le PSE du box 8 qui était libre" keeps the pump of box 4 and its room', async () => {
    const chat = chatAs(runtime(), 'yasmine.sanchez@chv.fr');
    await chat.say("bjr, le pousse seringue du box 4 arrete pas de sonner occlusion alors qu'il y a rien, g changé la tubulure ca fait pareil");
    const text = await chat.say("oui c lui. le patient est sous nora, on a basculé sur le PSE du box 8 qui était libre donc c ok pr l'instant");
    expect(text).toContain('Appareil: BIO-REA-0020');
    expect(text).toContain('A134 Box 4');
    expect(text).not.toContain('Box 8');
  });
});

describe('a request\'s details, from the 44th round', () => {
  it('"Yes" typed too fast to "name, job, unit and arrival date?" is asked again, not kept as the details (it titled the ticket)', async () => {
    const chat = chatAs(runtime(), 'kenji.sato@chv.fr', 'en-GB');
    await chat.say("Hello, new intern arriving in maternity next monday (7 dec), Dr Sarah Lopez, she has no account yet. she'll need windows login + cristal-net + dictation pls");
    const asked = await chat.say('the account for the newcomer');
    expect(asked).toContain('arrival date');
    const text = await chat.say('Yes');
    expect(text).toContain('Could you give a few more words?');
    expect(text).not.toContain('Summary of your request');
    expect(await chat.say('Sarah Lopez, intern, maternity, starts mon 7 dec')).toContain('Summary of your request');
  });
});
