import { describe, expect, it } from 'vitest';
import { numbersGiven } from '../../src/bot/intake/device-match.js';
import { textWithNumbersCorrected } from '../../src/bot/intake/title.js';
import { t } from '../../src/bot/messages/index.js';
import { answerUntilSummary, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';

const runtime = runtimeForThisFile();

describe('round one hundred and eight: the first problem is kept through the guide', () => {
  it('"yes it\'s showing a number on the screen" is neither fixed nor a new matter: asked again, then the ticket is about the phone', async () => {
    const chat = chatAs(runtime(), 'anne.morel@chv.fr', 'en-US');
    expect(await chat.say('hi my desk phone has no dial tone since this morning')).toContain('Did this solve it?');
    let text = await chat.say("yes it's showing a number on the screen");
    expect(text).toContain(t('en', 'kb.feedback_unclear'));
    text = await chat.say('no, still no tone. i unplugged and replugged the cable');
    expect(text).toContain("I'll open an incident");
    const summary = await answerUntilSummary(chat, text);
    expect(summary).toContain('Problem: hi my desk phone has no dial tone since this morning');
    expect(summary).toContain("yes it's showing a number on the screen");
  });

  it('"déjà fait…, rien. … au fait ya moyen de récupérer les dictées … ?" is the guide failing; the pedal stays the problem', async () => {
    const chat = chatAs(runtime(), 'chloe.carre@chv.fr');
    await chat.say('bonjour, la pedale de dictée marche plus, je peux pas taper les CR du Dr Michel');
    const text = await chat.say(
      'deja fait debranché rebranché et relancé, rien. la pedale s allume meme pas. au fait ya moyen de recuperer les dictées du dr michel sur le poste de ma collegue en attendant?',
    );
    expect(text).toContain(t('fr', 'kb.not_helpful'));
    const summary = await answerUntilSummary(chat, text);
    expect(summary).toContain('Problème: bonjour, la pedale de dictée marche plus');
    expect(summary).toContain('ya moyen de recuperer les dictées');
  });
});

describe('round one hundred and eight: a count is not a device number', () => {
  it('"j\'ai 15 CR de sortie en retard", "30 patients", "depuis 20 min" give no device number; "le 0015" does', () => {
    expect(numbersGiven("et c urgent j ai 15 CR de sortie en retard")).toEqual([]);
    expect(numbersGiven('on a 30 patients en attente depuis 20 min')).toEqual([]);
    expect(numbersGiven("c'est le 0015, 3 fois ce matin")).toEqual(['0015']);
  });
});

describe('round one hundred and eight: a number corrected reaches the title', () => {
  it('"ah non pardon c est au guichet 3 pas 2" makes the title say desk 3', async () => {
    const chat = chatAs(runtime(), 'lucie.berger@chv.fr');
    await chat.say('bjr l imprimante des bracelets marche plus au guichet 2');
    await chat.say("je sais pas laquelle c est, celle du guichet 2 ya pas d etiquette dessus");
    let text = await chat.say("ah non pardon c est au guichet 3 pas 2. on est 3 agents a l utiliser");
    text = await answerUntilSummary(chat, text);
    // The summary keeps the person's words as written, the correction beside them; the title follows the correction.
    expect(text).toContain('Problème: bjr l imprimante des bracelets marche plus au guichet 2');
    expect(text).toContain('c est au guichet 3 pas 2');
    const created = await chat.say(clickIntake('create'));
    const ticket = await ticketAnnounced(runtime(), created);
    expect(ticket.title).toContain('guichet 3');
    // The person's own words stay as written in the description.
    expect(ticket.description).toContain('marche plus au guichet 2');
  });

  it('a count said with "pas" ("on a 3 pas 2 postes") corrects nothing', () => {
    expect(textWithNumbersCorrected('le pc de la salle 2 plante', ['on a 3 pas 2 postes'])).toBe('le pc de la salle 2 plante');
    expect(textWithNumbersCorrected('CTG central screen shows no trace for room 4', ['sorry its delivery room 3 not 4'])).toBe('CTG central screen shows no trace for room 3');
  });
});

describe('round one hundred and eight: how a new account\'s password comes', () => {
  it('"vous pouvez m envoyer son mdp a moi ?" is answered from the procedure, in the form and after the ticket', async () => {
    const chat = chatAs(runtime(), 'caroline.garnier@chv.fr');
    await chat.say('bonjour il me faudrait un compte pour un nouvel interne qui arrive lundi en medecine interne, Thomas Lefort');
    let text = await chat.say('ah non il arrive mardi pas lundi. il lui faut cristal-net avec droits de prescription + messagerie. vous pouvez m envoyer son mdp a moi pour que je lui donne?');
    expect(text).toContain(t('fr', 'intake.side_credentials_delivery'));
    await chat.say(clickIntake('create'));
    text = await chat.say('ok mais du coup pour le mot de passe je le recupere comment?');
    expect(text).toContain(t('fr', 'intake.side_credentials_delivery'));
    expect(text).not.toContain(t('fr', 'intake.side_password_change'));
  });
});
