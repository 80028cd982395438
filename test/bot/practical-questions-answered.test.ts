import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { t } from '../../src/bot/messages/index.js';
import { answerUntil, answerUntilSummary, chatAs, runtimeForThisFile } from './chat-harness.js';

// Thursday 3 December 2026, 19:30 in Paris: night shifts in care units.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-12-03T18:30:00Z')) });

// From night and weekend conversations: practical questions the product knows the answer to were only "added to the ticket".
describe('practical questions asked on the way are answered from what the product knows', () => {
  it('"y a qqun de l\'informatique la nuit ou faut attendre demain matin ?" on the summary: the desk\'s hours, the team\'s, and the times', async () => {
    const chat = chatAs(runtime(), 'sandrine.dupont@chv.fr');
    const summary = await answerUntilSummary(chat, await chat.say("le PC-REA-0107 du poste de soins reste sur un écran noir avec un curseur au démarrage, on utilise les 3 autres postes en attendant"));
    expect(summary).toContain('Résumé de votre incident');
    const text = await chat.say("y a qqun de l'informatique la nuit ou faut attendre demain matin ?");
    expect(text).toContain(t('fr', 'intake.side_it_at_night'));
    // The team that would take the ticket, and which priorities its contract covers at night.
    expect(text).toContain("L'équipe Support de proximité intervient la nuit et le week-end pour les tickets P1");
    expect(text).toContain('Si le ticket est créé maintenant');
    expect(text).not.toContain(t('fr', 'intake.noted_question'));
  });

  it('"is anyone from IT around at night?" in English', async () => {
    const chat = chatAs(runtime(), 'daniel.becker@chv.fr', 'en-US');
    await answerUntil(chat, await chat.say('my office PC PC-SSPI-0254 shows a black screen with a cursor after the login'), /Summary of your|Who is affected|patient care|workaround/, () => 'no');
    const text = await chat.say('is anyone from IT around at night or do I have to wait until tomorrow?');
    expect(text).toContain(t('en', 'intake.side_it_at_night'));
    expect(text).not.toContain(t('en', 'intake.noted_question'));
  });

  it('"ya un dect de rechange qq part ?" about a dead DECT is answered in the first reply and when asked again', async () => {
    const chat = chatAs(runtime(), 'xavier.barre@chv.fr');
    const first = await chat.say("slt le dect de l'AS de nuit en pédia s'allume plus, chargé toute la journée sur la base pourtant. du coup les sonnettes patients arrivent plus sur mon tel, je dois faire des rondes. ya un dect de rechange qq part ?");
    expect(first).toContain(t('fr', 'intake.side_spare_phone'));
    const again = await chat.say('attendez je regarde derriere... DECT-PED-0103. et pr le rechange vous savez pas ?');
    expect(again).toContain(t('fr', 'intake.side_spare_phone'));
    expect(again).not.toContain(t('fr', 'intake.noted_question'));
  });

  it('"il est où le numéro dessus ?" to "which device is it?" says where the label is', async () => {
    const chat = chatAs(runtime(), 'maxime.prevost@chv.fr');
    await answerUntil(chat, await chat.say("l'imprimante à bracelets de la salle de naissance imprime plus rien, voyant orange qui clignote"), /De quel appareil|S'agit-il de/, () => 'non');
    const text = await chat.say("je sais pas c celle qui est en salle de naissance, il est où le numéro dessus ?");
    expect(text).toContain(t('fr', 'intake.side_device_number'));
  });

  it('"vous pouvez pas me le débloquer directement vous ?" about a locked account says who can, and how', async () => {
    const chat = chatAs(runtime(), 'jean-pierre.carpentier@chv.fr');
    await answerUntil(chat, await chat.say("Mon compte Cristal-Net est bloqué, trop d'essais de mot de passe. Pas d'accès au DPI pour valider les médicaments de 8h."), /Résumé de votre incident/, (question) => (/Voici la fiche/.test(question) ? 'non' : 'oui'));
    const text = await chat.say("Correction : c'est le mot de passe Cristal-Net, pas Windows. Vous pouvez pas me le débloquer directement vous ?");
    expect(text).toContain(t('fr', 'intake.side_desk_unlocks'));
    expect(text).not.toContain(t('fr', 'intake.noted_question'));
  });

  it('"can\'t you unlock it yourselves?" in English', async () => {
    const chat = chatAs(runtime(), 'daniel.becker@chv.fr', 'en-US');
    await answerUntil(chat, await chat.say('my DPI account is locked, too many password attempts, I cannot sign the post-op prescriptions'), /Summary of your incident/, (question) => (/Here is the guide/.test(question) ? 'no' : 'yes'));
    const text = await chat.say("can't you unlock it yourselves?");
    expect(text).toContain(t('en', 'intake.side_desk_unlocks'));
  });
});
