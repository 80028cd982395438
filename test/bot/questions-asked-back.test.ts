import { describe, expect, it } from 'vitest';
import { answerUntil, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';

const runtime = runtimeForThisFile();

// From conversations with staff: questions asked back in the middle of the form were only "added to the ticket",
// and what the first message said was asked again.
describe('a question asked back during a request is answered, and kept on the ticket', () => {
  it('"est ce que l\'install d\'un logiciel doit etre validée par le chef de service ?" on the summary', async () => {
    const chat = chatAs(runtime(), 'caroline.girard@chv.fr');
    let text = await chat.say("Bjr, faudrait installer Adobe Acrobat Pro sur mon poste. Faut l'accord de qqn ? mon chef de service est en congé jusqu'a lundi");
    // The question of the first message is answered at once.
    expect(text).toContain('validée par votre responsable direct');
    // The head of department away until Monday is not when the software is needed.
    expect(text).toContain('Pour quand en avez-vous besoin ?');
    text = await chat.say('pas pressé');
    expect(text).not.toMatch(/Pour quand ?: lundi/);
    text = await chat.say("svp repondez: est ce que l'install d'un logiciel doit etre validée par le chef de service ?");
    expect(text).toContain('validée par votre responsable direct');
    expect(text).not.toContain('le technicien vous répondra');
    expect(text).toContain('Je crée le ticket ?');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.description).toContain('validée par le chef de service ?');
  });

  it('"does my cadre have to approve?" in English', async () => {
    const chat = chatAs(runtime(), 'kenji.sato@chv.fr', 'en-US');
    await answerUntil(chat, await chat.say('please install Adobe Acrobat Pro on my PC, I need it by friday'), /Shall I create|Which software|Access to which/, () => 'no');
    const text = await chat.say('ok. does my cadre have to approve?');
    expect(text).toContain('approved by your direct manager');
    expect(text).not.toContain('the technician will answer it');
  });

  it('"profil ?" to the access question is explained, and the question asked again', async () => {
    const chat = chatAs(runtime(), 'caroline.girard@chv.fr');
    await chat.say("Bonjour, il faudrait un accès au PACS pour ma nouvelle collègue");
    const text = await chat.say('profil ?');
    expect(text).toContain('le rôle dans l\'application');
    expect(text).not.toContain('Résumé de votre demande');
  });

  it('"access or account, whats the difference" to "what do you need?" is explained, and the question asked again', async () => {
    const chat = chatAs(runtime(), 'kenji.sato@chv.fr', 'en-US');
    expect(await chat.say('hi I need to make a request for a colleague')).toContain('What do you need?');
    const text = await chat.say('access or account, whats the difference');
    expect(text).toContain('An account is');
    expect(text).toContain('What do you need?');
  });
});

describe('what the first message of a request said is not asked again', () => {
  it('"accès DPI et PACS pour Dr Thomas Petit" asks only for the profile', async () => {
    const chat = chatAs(runtime(), 'caroline.girard@chv.fr');
    const text = await chat.say('Bonjour, il faudrait un accès DPI et PACS pour Dr Thomas Petit qui arrive lundi');
    expect(text).not.toContain('À quelle application faut-il un accès');
    expect(text).toContain('Avec quel profil');
  });

  it('"accès DPI pour Mme Julie Bernard, interne" asks nothing more about the access', async () => {
    const chat = chatAs(runtime(), 'caroline.girard@chv.fr');
    const text = await chat.say("Bonjour, il faudrait l'accès DPI pour Mme Julie Bernard, interne, qui commence lundi");
    expect(text).not.toContain('À quelle application faut-il un accès');
    expect(text).not.toContain('Avec quel profil');
  });

  it('"install the Natus NeuroWorks reader" does not ask which software', async () => {
    const chat = chatAs(runtime(), 'kenji.sato@chv.fr', 'en-US');
    const text = await answerUntil(chat, await chat.say('can you install the Natus NeuroWorks reader on my PC please, needed next week'), /Shall I create|Which software|on which PC/, () => 'no');
    expect(text).not.toContain('Which software should be installed');
  });
});

describe('a question asked back during an incident', () => {
  it('"where do we get new rolls??" at the label printer question is answered, and the device asked again', async () => {
    const chat = chatAs(runtime(), 'kenji.sato@chv.fr', 'en-US');
    let text = await chat.say('the label printer at the nurses station is out of labels');
    expect(text).toContain('Which device is it?');
    text = await chat.say('where do we get new rolls??');
    expect(text).toContain('service portal');
    expect(text).not.toContain("can't find the device");
    expect(text).toContain('Which device is it?');
  });

  it('"how do i find which pc is mine??" at the device question: the number is on the label', async () => {
    const chat = chatAs(runtime(), 'claire.moreau@chv.fr', 'en-GB');
    await chat.say('hello, my dect phone wont charge, the screen stays black even on the charger');
    let text = await chat.say('No');
    expect(text).toContain('What is the device number?');
    text = await chat.say('how do i find which one is mine??');
    expect(text).toContain('The number is on the white label');
    expect(text).toContain('What is the device number?');
  });

  it('"y a un respi de secours?" about a ventilator is answered', async () => {
    const chat = chatAs(runtime(), 'ines.prevost@chv.fr');
    await chat.say('le respi du box 4 affiche une panne technique');
    const text = await chat.say('y a un respi de secours?');
    expect(text).toContain('appareil de secours du service');
  });

  it('"ça veut dire quoi contournement ?" at the way-round question is explained', async () => {
    const chat = chatAs(runtime(), 'ines.prevost@chv.fr');
    await chat.say('le PC du chariot de soins ne démarre plus');
    await chat.say('non toujours rien');
    await chat.say('le 0409');
    let text = await chat.say('oui');
    expect(text).toContain('contournement');
    text = await chat.say('ça veut dire quoi contournement ?');
    expect(text).toContain('un moyen de continuer à travailler');
  });

  it('a question the bot has no answer for is said so plainly, and kept on the ticket', async () => {
    const chat = chatAs(runtime(), 'caroline.girard@chv.fr');
    await chat.say("Bjr, faudrait installer Adobe Acrobat Pro sur mon poste pour lundi");
    const text = await chat.say('et la licence elle est payée par quel budget ?');
    expect(text).toContain('je n\'ai pas la réponse');
    expect(text).toContain('votre question est ajoutée au ticket');
  });

  it('details without a question are still only added to the ticket (unchanged)', async () => {
    const chat = chatAs(runtime(), 'caroline.girard@chv.fr');
    await chat.say("Bjr, faudrait installer Adobe Acrobat Pro sur mon poste pour lundi");
    const text = await chat.say("c'est pour relire les protocoles envoyés par le labo, en PDF signés");
    expect(text).not.toContain('je n\'ai pas la réponse');
    expect(text).toContain('Résumé de votre demande');
  });
});
