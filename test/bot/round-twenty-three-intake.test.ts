import { describe, expect, it } from 'vitest';
import { dateSaid, saysGoAhead } from '../../src/bot/intake/index.js';
import { answerUntil, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';

const runtime = runtimeForThisFile();

describe('the way round names no kind of problem', () => {
  it('"for now the lab phones us the critical values so we\'re managing" on the summary: software stays, the unit is named, urgency one step down', async () => {
    const chat = chatAs(runtime(), 'daniel.becker@chv.fr', 'en-GB');
    let text = await chat.say(
      "Hi, lab results aren't coming through in Cristal-Net for recovery since about 6am. Lab says the potassium and Hb for our post-op patients were validated ages ago but we see nothing",
    );
    expect(text).toContain('Summary of your incident');
    text = await chat.say("it's the whole recovery unit, all the PCs. for now the lab phones us the critical values so we're managing, just slow");
    expect(text).toContain('Type: Software or application');
    expect(text).toContain('Affected: the whole unit');
    expect(text).toContain('Urgency: medium');
    expect(text).not.toContain('Which device');
  });
});

describe('the devices listed are not at fault', () => {
  it('"no no, nothing wrong with the phones. the problem is the lab results…" answers "which device?" and corrects the kind', async () => {
    const chat = chatAs(runtime(), 'daniel.becker@chv.fr', 'en-GB');
    let text = await chat.say('the phone in recovery shows an error');
    text = await answerUntil(chat, text, /Which device/, () => 'no');
    expect(text).toContain('DECT-SSPI-0101');
    text = await chat.say('no no, nothing wrong with the phones. the problem is the lab results not showing in Cristal-Net');
    expect(text).not.toContain("I can't find the device");
    expect(text).not.toContain('Which device');
    expect(text).toContain('Software or application');
  });
});

describe('a request\'s dates and machine', () => {
  it('"his contract ends 13 Dec" is not when the account is needed; "13 Dec is the expiry date" neither', async () => {
    const chat = chatAs(runtime(), 'brigitte.roy@chv.fr', 'en-GB');
    let text = await chat.say(
      'Hello, we have a locum intensivist starting tomorrow 8am in ICU, Dr Karim Benali (agency doctor, 2 weeks). He needs a windows login + Cristal-Net prescriber access + PACS. Who do I ask?',
    );
    expect(text).toContain('Needed by: tomorrow');
    text = await chat.say('ok. his contract ends 13 Dec, please set the account to expire then. RPPS 10003456789 if you need it');
    expect(text).toContain('Needed by: tomorrow');
    expect(text).toContain('his contract ends 13 Dec');
  });

  it('"starts monday 7th december" is the 7th, and "the sticker says PC-REA-0105" is the machine to install on', async () => {
    const chat = chatAs(runtime(), 'brigitte.roy@chv.fr', 'en-GB');
    let text = await chat.say(
      "Hello, could you install the VoxMed dictation software on the ICU secretary's PC? New secretary starts monday 7th december and the doctors want to dictate letters to her from day one",
    );
    text = await answerUntil(chat, text, /Summary of your request/, () => 'VoxMed, as I said. the PC in the ICU secretariat A101, I think the sticker says PC-REA-0105');
    expect(text).toContain('Needed by: 7th december');
    expect(text).toContain('Device: PC-REA-0105');
  });
});

describe('who is affected, said after the fiche', () => {
  it('"mes collegues de la DRH ont la meme chose, toute la DRH est bloquée" makes it the whole department', async () => {
    const chat = chatAs(runtime(), 'sylvain.morin@chv.fr');
    let text = await chat.say('bjr oracle rh marche pas');
    expect(text).toContain('Voici la fiche');
    text = await chat.say(
      "non. c'est quand on lance le calcul de la paie de novembre, ça tourne 5 min et erreur 'APP-PAY-07092 traitement interrompu'. j'ai fermé réouvert pareil. mes collegues de la DRH ont la meme chose, toute la DRH est bloquée pour la paie",
    );
    text = await answerUntil(chat, text, /Résumé de votre incident/, () => 'non aucune');
    expect(text).toContain('Personnes touchées: tout le service');
  });
});

describe('words on the summary about another machine that works', () => {
  it('"l\'IRM en salle 2 envoie bien sur le pacs… le pacs marche": kept as details, no ticket created, the room and the care impact stay', async () => {
    const chat = chatAs(runtime(), 'hugo.vidal@chv.fr');
    let text = await chat.say(
      "le scanner de la salle 1 envoie plus les images sur le pacs depuis 10h, les examens sont faits mais les radiologues voient rien. on a 3 patients des urgences en attente d'interpretation",
    );
    expect(text).toContain('Soins impactés: oui');
    text = await chat.say("precision: l'IRM en salle 2 envoie bien sur le pacs, c'est que le scanner qui bloque. le pacs marche");
    expect(text).not.toContain('créé');
    expect(text).toContain('Résumé de votre incident');
    expect(text).toContain('le scanner de la salle 1');
    expect(text).toContain('Salle d\'examen 1');
    expect(text).toContain('Soins impactés: oui');
  });

  it('a go-ahead is a short sentence of its own, not a verb of the story', () => {
    expect(saysGoAhead("l'IRM en salle 2 envoie bien sur le pacs, c'est que le scanner qui bloque")).toBe(false);
    expect(saysGoAhead("le bilan a été validé ce matin mais il n'apparaît pas dans le dossier du patient")).toBe(false);
    expect(saysGoAhead("device is not just 0101, it's every phone. ok create it")).toBe(true);
    expect(saysGoAhead("c'est bon tu peux créer")).toBe(true);
  });
});

describe('the user\'s words are kept as written', () => {
  it('"le moniteur du box 3…" corrected to box 4: the ticket is in box 4, titled box 4, and its description keeps "box 3" as written, then the correction', async () => {
    const chat = chatAs(runtime(), 'audrey.ferreira@chv.fr');
    let text = await chat.say('le moniteur du box 3 en réa est figé, patient ventilé');
    text = await chat.say("non c'est le box 4 pas le 3");
    expect(text).toContain('Box 4');
    text = await answerUntil(chat, text, /Résumé de votre incident/, (q) => (/numéro de l'appareil|De quel appareil/.test(q) ? 'je sais pas' : 'oui'));
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.title).toContain('box 4');
    expect(ticket.description).toContain('le moniteur du box 3 en réa est figé');
    expect(ticket.description).toContain("c'est le box 4 pas le 3");
  });
});

describe('a way round that does not hold', () => {
  it('"on est passés en procédure dégradée papier mais… ça bloque quand meme" keeps a unit-wide P1', async () => {
    const chat = chatAs(runtime(), 'laetitia.fournier@chv.fr');
    let text = await chat.say(
      "cristal net tourne dans le vide sur TOUS les postes des urgences depuis 10 min, impossible d'ouvrir un dossier, on voit plus les prescriptions ni les antécédents. on a des patients qui attendent",
    );
    expect(text).toContain('Priorité: P1');
    text = await chat.say('oui. on est passés en procédure dégradée papier mais on a pas les prescriptions deja saisies donc ça bloque quand meme');
    expect(text).toContain('Soins impactés: oui');
    expect(text).toContain('Priorité: P1');
  });
});

describe('the day a file was deleted', () => {
  it('"it wasn\'t yesterday, it was friday afternoon… a backup from friday midday" gives no day it is needed by', () => {
    const today = new Date('2026-11-29T12:00:00Z');
    expect(dateSaid("sorry correction: it wasn't yesterday, it was friday afternoon around 4pm. so a backup from friday midday would be perfect", today)).toBeUndefined();
    expect(dateSaid('hier vendredi', today)).toBeUndefined();
    expect(dateSaid("supprimé hier, il me le faut pour mardi", today)?.words).toBe('mardi');
  });
});

describe('machines tried are not who is affected', () => {
  it('"oui. on a deja redemarré 2 postes (0753 et 0754)" on the summary keeps a pharmacy-wide outage unit-wide; "non pas tout le service, juste nous 2" narrows it', async () => {
    const first = "pharmatrace plante au login depuis 14h30 pour tout le monde a la pharmacie, sablier puis ça se ferme. on peut plus valider la dispensation nominative et les services appellent pour leurs traitements de l'aprem";
    const chat = chatAs(runtime(), 'paul.dubois@chv.fr');
    let text = await chat.say(first);
    expect(text).toContain('Personnes touchées: tout le service');
    text = await chat.say('oui. on a deja redemarré 2 postes (0753 et 0754) ça change rien, meme message');
    expect(text).toContain('Personnes touchées: tout le service');
    text = await chat.say('non pas tout le service, juste nous 2 au guichet');
    expect(text).not.toContain('Personnes touchées: tout le service');
  });
});
