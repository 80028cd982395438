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
