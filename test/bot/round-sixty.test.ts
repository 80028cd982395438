import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { tellsWorkaround, understandText } from '../../src/triage/index.js';
import { answerUntil, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';

// Monday 30 November 2026, 19:40 in Paris: the evening shift change.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-30T18:40:00Z')) });

describe('round sixty, understanding', () => {
  it('"c pareil sur les autres pc" says the fault is there too, no way round; "tried another probe same thing. We moved the mum to room 3" keeps its way round', () => {
    expect(tellsWorkaround("ma collègue me dit que c pareil sur les autres pc et sur les chariots, personne arrive a ouvrir un dossier")).toBe(false);
    expect(tellsWorkaround('The fetal monitor in delivery room 1 shows no signal from the toco probe, tried another probe same thing. We moved the mum to room 3.')).toBe(true);
  });

  it('"ça met un message erreur de connexion au serveur" in GAM is the application, not a login', () => {
    const text = "depuis 14h15 quand les filles aux guichets veulent créer une admission dans GAM ça met un message erreur de connexion au serveur";
    expect(understandText(text, { models: null }).fields?.category.value).toBe('software');
  });
});

describe('round sixty, the ward at shift change', () => {
  it('"attendez ma collègue me dit que c pareil sur les autres pc… la relève est bloquée" widens the DPI ticket without lowering it', async () => {
    const chat = chatAs(runtime(), 'ines.prevost@chv.fr');
    let text = await chat.say("bjr, le DPI rame a mort sur le pc du poste de soins, ça mouline quand j'ouvre un dossier patient, je peux pas valider mes transmissions de nuit");
    text = await answerUntil(chat, text, /Résumé de votre/, () => 'oui');
    text = await chat.say("attendez ma collègue me dit que c pareil sur les autres pc et sur les chariots, personne arrive a ouvrir un dossier dans tout le service, la relève est bloquée");
    expect(text).toContain('Personnes touchées: tout le service');
    expect(text).toContain('Soins impactés: oui');
    expect(text).toContain('Priorité: P1');
  });

  it('"cristalnet marche tjs pas en chir, ines a déjà fait un ticket tout a l\'heure… c\'est en cours ou pas ?" gets the unit\'s ticket, no new one', async () => {
    const ines = chatAs(runtime(), 'ines.prevost@chv.fr');
    let text = await ines.say("le DPI est planté dans tout le service de chir, personne n'arrive à ouvrir un dossier, la relève est bloquée");
    text = await answerUntil(ines, text, /Résumé de votre/, () => 'oui');
    const ticket = await ticketAnnounced(runtime(), await ines.say(clickIntake('create') as never));
    const florence = chatAs(runtime(), 'florence.girard@chv.fr');
    text = await florence.say("slt, cristalnet marche tjs pas en chir, ines a déjà fait un ticket tout a l'heure je crois. c'est en cours ou pas ? on attend pour la relève");
    expect(text).toContain(ticket!.number);
    expect(text).not.toContain('Je vais ouvrir un incident');
  });

  it('"Non non le scope marche très bien ! c\'est l\'écran de l\'ordi, celui du chariot" to "is it BIO-REA-0004?" is no medical device', async () => {
    const chat = chatAs(runtime(), 'audrey.ferreira@chv.fr');
    let text = await chat.say('Bonjour, en réa box 4 le moniteur est tout noir depuis ce matin, plus rien ne s\'affiche');
    expect(text).toContain('BIO-REA-0004');
    text = await chat.say("Non non le scope marche très bien ! c'est l'écran de l'ordi, celui du chariot informatique qui est dans le box 4 pour les prescriptions. je me rabats sur le PC du poste de soins en attendant");
    text = await answerUntil(chat, text, /Résumé de votre/, (q) => (/numéro de l'appareil|De quel appareil/.test(q) ? 'je ne sais pas' : 'oui'));
    expect(text).not.toContain('Type: Équipement médical');
    expect(text).not.toContain('BIO-REA-0004');
  });

  it('"c\'est pas un équipement médical, c\'est un PC" on the summary changes the kind of problem', async () => {
    const chat = chatAs(runtime(), 'audrey.ferreira@chv.fr');
    let text = await chat.say('en réa box 5 le moniteur est noir');
    text = await answerUntil(chat, text, /Résumé de votre/, (q) => (/numéro de l'appareil|De quel appareil/.test(q) ? 'je ne sais pas' : /bloque ou retarde/.test(q) ? 'non' : 'oui'));
    text = await chat.say("c'est pas un équipement médical, c'est un PC (le chariot ordi)");
    expect(text).not.toContain('Type: Équipement médical');
  });

  it('"sorry my bad, it\'s delivery room 3 not 2, just took over from the day team" keeps one bedside device', async () => {
    const chat = chatAs(runtime(), 'lea.lefevre@chv.fr', 'en-GB');
    let text = await chat.say('hi, the CTG in delivery room 2 froze, screen stuck and no trace coming out, we have a lady in active labour in there');
    text = await chat.say("sorry my bad, it's delivery room 3 not 2, just took over from the day team. the CTG one");
    expect(text).not.toContain('a team or a shared station');
  });

  it('"can you give her the ICU nurse profile in the DPI?" for an agency nurse is a request for rights on the DPI', async () => {
    const chat = chatAs(runtime(), 'brigitte.roy@chv.fr', 'en-GB');
    const text = await chat.say("Hello, night manager in ICU here. I have an agency nurse replacing one of mine tonight (Julie Marchal), she starts at 7.30pm. She got her windows login this afternoon but has no access to Cristal-Net at all. can you give her the ICU nurse profile in the DPI? for now she'll be paired with a colleague");
    expect(text).toContain('Summary of your request');
    expect(text).not.toContain('APP-ACTIVE-DIRECTORY');
  });
});

describe('round sixty, a person asked for', () => {
  it('"i don\'t have time to read all this, handover is in 5 min. can i just talk to a real person" hands over a ticket of high urgency', async () => {
    const chat = chatAs(runtime(), 'sabrina.masson@chv.fr', 'en-GB');
    let text = await chat.say('morning. windows says my password expired and when i try to change it it says doesnt meet requirements, tried 4 times now');
    expect(text).toContain('Did this solve it?');
    text = await chat.say("i don't have time to read all this, handover is in 5 min. can i just talk to a real person please");
    const number = /INC-\d{4}-\d{6}/.exec(text)?.[0];
    expect(number).toBeDefined();
    const ticket = await runtime().services.tickets.get(number!);
    expect(ticket?.urgency).toBe('high');
  });
});

describe('round sixty, outpatients and offices', () => {
  it('"oui. impression ok. scan non." keeps its words for the technician', async () => {
    const chat = chatAs(runtime(), 'alice.meunier@chv.fr');
    let text = await chat.say('scan marche pas. copieur secrétariat.');
    text = await chat.say('non. rien reçu. indésirables vides.');
    expect(text).toContain("S'agit-il de PRN-RAD-0010");
    text = await chat.say('oui. impression ok. scan non.');
    text = await answerUntil(chat, text, /Résumé de votre/, (q) => (/contournement/.test(q) ? "oui, mais c'est gênant" : 'non'));
    expect(text).toContain('impression ok. scan non.');
  });

  it('"non laissez tomber pharmatrace… juste windows + cristal-net" takes back one item, not the request', async () => {
    const chat = chatAs(runtime(), 'julien.charpentier@chv.fr');
    let text = await chat.say("Bonjour, j'ai une IDE intérimaire qui arrive demain 7h en HDJ onco (Mme Laure Petitjean), il lui faut un compte windows + cristal-net pour les admin de chimio. c'est possible pour demain matin ?");
    expect(text).toContain('Résumé de votre demande');
    text = await chat.say("ah et PharmaTrace aussi pour le contrôle des poches... non laissez tomber pharmatrace, c'est les titulaires qui font la double vérif. juste windows + cristal-net. elle sera au poste de soins C210");
    expect(text).not.toContain("C'est annulé");
    expect(text).toContain('Résumé de votre demande');
  });

  it('"thanks. roughly how long? should I start on paper meanwhile?" after the ticket is answered, not signed off', async () => {
    const chat = chatAs(runtime(), 'hannah.schulz@chv.fr', 'en-GB');
    let text = await chat.say("Hi, I'm the locum covering Dr Fontaine's outpatient clinic this afternoon. I can't get into Cristal-Net, it keeps saying 'identifiant ou mot de passe incorrect' although I typed it from the sheet I was given this morning. I have 3 patients waiting already");
    text = await answerUntil(chat, text, /Summary of your/, () => 'yes');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create') as never));
    text = await chat.say('thanks. roughly how long? should I start on paper meanwhile?');
    expect(text).not.toMatch(/^You're welcome/);
    expect(text).toContain(ticket!.number);
  });

  it('"ce n\'est pas le PC le problème, c\'est sur tous les postes des guichets" keeps the admissions software at fault', async () => {
    const chat = chatAs(runtime(), 'yasmine.roy@chv.fr');
    let text = await chat.say("Bonjour, alors je vous explique parce que c'est un peu compliqué, ce matin déjà on avait eu des lenteurs sur GAM vers 10h mais ça était revenu, et là depuis 14h15 à peu près quand les filles aux guichets veulent créer une admission ou même juste rechercher un patient ça met un message erreur de connexion au serveur, j'ai essayé moi aussi de mon bureau pareil, et on a une file d'attente jusqu'à la porte avec les patients des consultations de 14h30 qui attendent leurs étiquettes");
    text = await answerUntil(chat, text, /Résumé de votre/, (q) => (/numéro de l'appareil|De quel appareil/.test(q) ? "Ah l'étiquette, alors mon PC c'est celui qu'on m'a changé l'an dernier quand l'ancien avait grillé pendant l'orage, mais franchement ce n'est pas le PC le problème, c'est sur tous les postes des guichets, les 6" : 'oui'));
    expect(text).toContain('Type: Logiciel ou application');
  });
});
