import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { chatAs, runtimeForThisFile } from './chat-harness.js';

// Monday 30 November 2026, 22:30 in Paris.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-30T21:30:00Z')) });

describe('round sixty-five, questions that are not breakdowns', () => {
  it('"mon mdp expire dans 3 jours, comment on le change ? j\'ai pas envie d\'être bloquée" gets the password guide, not an incident', async () => {
    const chat = chatAs(runtime(), 'celine.joly@chv.fr');
    const text = await chat.say("coucou, j'ai un message qui dit que mon mdp expire dans 3 jours, comment on le change ? j'ai pas envie d'être bloquée en pleine garde");
    expect(text).toContain('Mot de passe Windows oublié ou expiré');
    expect(text).not.toContain('Je vais ouvrir un incident');
  });

  it('"non mais c\'est pas une panne, je veux juste savoir comment…" in the middle of the form answers the question and opens nothing', async () => {
    const chat = chatAs(runtime(), 'jerome.fontaine@chv.fr');
    await chat.say("mon outlook m'affiche un message sur ma boite aux lettres");
    let text = await chat.say('non');
    expect(text).toContain('Je vais ouvrir un incident');
    text = await chat.say("non mais c'est pas une panne, je veux juste savoir comment on met un message d'absence");
    expect(text).toContain("Message d'absence dans Outlook");
    expect(text).toContain("ce n'est pas une panne");
    expect(await runtime().services.tickets.count()).toBe(0);
  });

  it('"annule. je veux juste la procédure pour changer mon mot de passe windows" cancels and gives the guide, not a request form', async () => {
    const chat = chatAs(runtime(), 'paul.legrand@chv.fr');
    await chat.say("l'imprimante du poste de soins fait des traces");
    await chat.say('non');
    const text = await chat.say('annule. je veux juste la procédure pour changer mon mot de passe windows');
    expect(text).toContain("C'est annulé");
    expect(text).toContain('Mot de passe Windows oublié ou expiré');
    expect(text).not.toContain('Quelle est votre demande');
  });

  it('"Hi! quick question - how can I check my hospital email from home? … nobody told me lol" gets the webmail guide', async () => {
    const chat = chatAs(runtime(), 'priya.sharma@chv.fr', 'en-GB');
    const text = await chat.say("Hi! quick question - how can I check my hospital email from home? I'm the new intern in the ED and nobody told me lol");
    expect(text).toContain('Reading your e-mail and calendar from home');
    expect(text).toContain('https://webmail.chv.fr');
  });

  it('"ok no worries. what about … can I set up Outlook on my own mobile?" to "Shall I open a ticket?" declines and answers the new question', async () => {
    const chat = chatAs(runtime(), 'laura.jensen@chv.fr', 'en-GB');
    let text = await chat.say('where can I find the IT charter?');
    expect(text).toContain('Shall I open a ticket?');
    text = await chat.say('ok no worries. what about my email then, can I set up Outlook on my own mobile?');
    expect(text).not.toContain("I'll open an incident");
    expect(text).toContain('personal phone');
  });
});
