import { describe, expect, it } from 'vitest';
import { chatAs, runtimeForThisFile } from './chat-harness.js';

const runtime = runtimeForThisFile();

describe('the language of the replies', () => {
  it('keeps an English speaker in English when a message mixes English and French', async () => {
    // James O'Neill's directory language is English.
    const chat = chatAs(runtime(), 'james.oneill@chv.fr', 'en-GB');
    const reply = await chat.say('my password ne marche plus');
    expect(reply).toMatch(/Here is the guide|I'll open an incident/);
    expect(reply).not.toMatch(/Voici la fiche|Je vais ouvrir/);
  });

  it('keeps an English speaker in English for a device named in French in an English sentence', async () => {
    const chat = chatAs(runtime(), 'brigitte.roy@chv.fr', 'en-GB');
    const reply = await chat.say('le pousse-seringue du box 2 is alarming all the time, on a changé la seringue');
    expect(reply).toContain("I'll open an incident");
  });

  it('keeps a French speaker in French when a message mixes both', async () => {
    const chat = chatAs(runtime(), 'alice.martin@chv.fr');
    expect(await chat.say("mon PC ne démarre plus, it's urgent please")).toMatch(/Voici la fiche|Je vais ouvrir/);
  });

  it('follows a message written wholly in the other language', async () => {
    expect(await chatAs(runtime(), 'james.oneill@chv.fr', 'en-GB').say("bonjour, l'imprimante du poste de soins n'imprime plus")).toContain('Voici la fiche');
    expect(await chatAs(runtime(), 'alice.martin@chv.fr').say('the printer in the nursing station prints nothing')).toContain('Here is the guide');
  });
});

describe('an English speaker who wrote a few French words', () => {
  it('"fyi it\'s a philips speechmike, on my laptop" after a French line is answered in English', async () => {
    const chat = chatAs(runtime(), 'james.oneill@chv.fr', 'en-GB');
    await chat.say("je tape à la main, c'est lent");
    expect(await chat.say("fyi it's a philips speechmike, on my laptop")).not.toMatch(/C'est ajouté|Voici la fiche|Je vais ouvrir/);
  });
});

describe('a message whose words belong to neither language', () => {
  it('"zebra printing blank labels" from an English speaker is answered in English', async () => {
    const reply = await chatAs(runtime(), 'valerie.andre@chv.fr', 'en-US').say('zebra printing blank labels');
    expect(reply).toMatch(/Hello Valérie|I'll open an incident|Which device/);
    expect(reply).not.toMatch(/Bonjour|Je vais ouvrir|De quel appareil/);
  });

  it('"tried. says account locked" after an English guide keeps the conversation in English', async () => {
    const chat = chatAs(runtime(), 'emily.carter@chv.fr', 'en-US');
    expect(await chat.say('how do i reset my pwd?')).toContain('Here is the guide');
    const reply = await chat.say('tried. says account locked');
    expect(reply).toMatch(/didn't solve it|I'll open an incident/);
    expect(reply).not.toMatch(/Dommage|Je vais ouvrir/);
  });
});

describe('a person who asks for the other language', () => {
  it('"sorry, english pls" switches a French conversation to English', async () => {
    const chat = chatAs(runtime(), 'alice.martin@chv.fr');
    expect(await chat.say("mon écran reste noir ce matin")).toMatch(/Voici la fiche|Je vais ouvrir/);
    const reply = await chat.say('sorry, english pls');
    // The guide again, in English, still waiting for its yes or no: the request is not an answer.
    expect(reply).toContain("Sure, I'll go on in English.");
    expect(reply).toContain('Here is the guide');
    expect(reply).toContain('Did this solve it?');
    expect(reply).not.toMatch(/Voici|Dommage|incident/);
  });

  it('an intake under way asks its open question again in the language asked', async () => {
    const chat = chatAs(runtime(), 'alice.martin@chv.fr');
    await chat.say("l'imprimante du poste de soins n'imprime plus rien, on imprime sur celle du couloir");
    const before = await chat.say('non');
    expect(before).toMatch(/Quel|Qui|Est-ce|Le problème|De quel/);
    const reply = await chat.say('english please');
    expect(reply).toContain("Sure, I'll go on in English.");
    expect(reply).toMatch(/Which|Who|Does|Is it|Is the problem/);
    expect(reply).not.toMatch(/Quel|Qui est|Est-ce|Le problème|De quel/);
  });

  it('"en français svp" switches an English conversation to French', async () => {
    const chat = chatAs(runtime(), 'james.oneill@chv.fr', 'en-GB');
    expect(await chat.say('my screen stays black this morning')).toMatch(/Here is the guide|I'll open an incident/);
    const reply = await chat.say('en français svp');
    expect(reply).toContain("D'accord, je continue en français.");
    expect(reply).toMatch(/Voici la fiche|Je vais ouvrir/);
    expect(reply).not.toMatch(/Here is|I'll|Which|Who is|Did this/);
  });
});
