import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { understandText } from '../../src/triage/index.js';
import { isDontKnow, parseYesNo } from '../../src/bot/intake/answers.js';
import { answerUntil, answerUntilSummary, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';

// Monday 30 November 2026, 10:00 in Paris. A runtime of its own: no outage ticket is open yet.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-30T09:00:00Z')) });

describe('round fifty-nine, understanding', () => {
  it('"cristal net wont let me in" is a login problem', () => {
    expect(understandText('hi, cristal net wont let me in').fields?.category.value).toBe('access');
  });

  it('"mon PTI ne marche plus" is the lone worker\'s DECT, a phone, and the staff\'s own safety is no care held up', () => {
    expect(understandText('bonsoir c\'est la sécurité, je fais ma ronde de nuit et mon PTI ne marche plus').fields?.category.value).toBe('phone');
    const pti = understandText("le PTI du poste de nuit à l'UMD ne déclenche plus l'alarme, testé 3 fois avec le cadre de garde. On est deux de nuit, on ne peut pas rester comme ça");
    expect(pti.fields?.patient_care_impact.value).toBe(false);
  });

  it('"She needs a windows login, email and access to Cristal-Net. How do I request that?" is a request', () => {
    const text = 'Morning! We have a new nurse joining ICU next monday (Camille Lefort, IDE, fixed-term contract 6 months). She needs a windows login, email and access to Cristal-Net as a nurse. How do I request that?';
    expect(understandText(text).intent.value).toBe('service_request');
  });

  it('"il me faudrait la dictée numérique VoxMed installée sur mon poste" is a request', () => {
    expect(understandText("il me faudrait la dictée numérique VoxMed installée sur mon poste, le Dr O'Neill dicte ses courriers maintenant et je peux pas les récupérer").intent.value).toBe('service_request');
  });

  it('"les collègues se débrouillent en saisissant sur les postes fixes" is a way round: no care held up, no P1', () => {
    const u = understandText("Bonjour, plus de wifi dans tout le service depuis 8h, les chariots de soins décrochent sans arrêt dans les chambres et en salle de naissance. Les collègues se débrouillent en saisissant sur les postes fixes du poste de soins après le tour mais c'est pas l'idéal");
    expect(u.fields?.patient_care_impact.value).toBe(false);
    expect(u.fields?.priority).not.toBe('P1');
  });
});

describe('round fifty-nine, conversations', () => {
  it('"non!! le scope de la salle d\'op 2, le philips" to "is it PC-BLOC-0202?" takes the monitor of that room, a medical device', async () => {
    const chat = chatAs(runtime(), 'julien.chevalier@chv.fr');
    let text = await chat.say('urgent salle 2 le moniteur déconne');
    text = await chat.say("non!! le scope de la salle d'op 2, le philips. les courbes se figent toutes les 2-3 min puis reviennent, SpO2 et PNI plus fiables. 1er patient dans 20 min et on a pas de moniteur de rechange");
    expect(text).toContain("S'agit-il de BIO-BLOC-0006");
    text = await answerUntil(chat, text, /Résumé de votre/, (question) => (/Qui est touché/.test(question) ? 'moi seul' : 'oui'));
    expect(text).toContain('Appareil: BIO-BLOC-0006');
    expect(text).toContain('Type: Équipement médical');
    expect(text).toContain('Priorité: P1');
  });

  it('the lone worker\'s alarm said "hors réseau" stays a phone, and the answer that tells it stays in the ticket', async () => {
    const chat = chatAs(runtime(), 'david.durand@chv.fr');
    let text = await chat.say("bonsoir c'est la sécurité, je fais ma ronde de nuit et mon PTI ne marche plus");
    text = await chat.say("le boitier d'alarme travailleur isolé, quand je fais le test d'arrachement y a rien qui part au PC sécu, et l'écran affiche 'hors réseau' par moments");
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Type: Téléphone, DECT, bip');
    expect(text).toContain("test d'arrachement");
  });

  it('"je suis en ronde au bâtiment C là mais on est basés au E0 oui" is a yes; "j\'en sais rien" is a don\'t know', () => {
    expect(parseYesNo('je suis en ronde au bâtiment C là mais on est basés au E0 oui')?.value).toBe(true);
    expect(parseYesNo("c'est pas au E0 oui")).toBeUndefined();
    expect(isDontKnow("j'en sais rien")).toBe(true);
  });

  it('"ah ok je demanderai a Jérôme. sinon autre chose : il me faudrait la dictée numérique VoxMed installée…" is an install request titled by it', async () => {
    const chat = chatAs(runtime(), 'chloe.carre@chv.fr');
    let text = await chat.say("ah ok je demanderai a Jérôme. sinon autre chose : il me faudrait la dictée numérique VoxMed installée sur mon poste, le Dr O'Neill dicte ses courriers maintenant et je peux pas les récupérer");
    expect(text).not.toContain('Voici la fiche');
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Demande: Installer un logiciel');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create') as never));
    expect(ticket?.title).not.toContain('Jérôme');
    expect(ticket?.title).toContain('VoxMed');
  });
});
