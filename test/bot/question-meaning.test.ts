import { describe, expect, it } from 'vitest';
import { asksWhatTheQuestionMeans } from '../../src/bot/intake/question-meaning.js';
import { chatAs, runtimeForThisFile } from './chat-harness.js';

const runtime = runtimeForThisFile();

describe('asking what a question means', () => {
  it('reads "c\'est-à-dire ?", "hein ?", "what do you mean?" as asking, and an answer that starts alike as an answer', () => {
    for (const asked of ["c'est-à-dire ?", 'ça veut dire quoi ?', 'comment ça ?', 'hein ?', 'je comprends pas la question', 'what do you mean?', "I don't understand"]) {
      expect(asksWhatTheQuestionMeans(asked), asked).toBe(true);
    }
    for (const answer of ["c'est-à-dire que tout le service est bloqué", 'oui', 'non', 'quoi de neuf sur mon ticket ?', 'only me']) {
      expect(asksWhatTheQuestionMeans(answer), answer).toBe(false);
    }
  });

  it('explains the care question in other words and asks it again, instead of "answer yes or no"', async () => {
    const chat = chatAs(runtime(), 'julien.maillard@chv.fr');
    await chat.say('le pc du poste de soins est super lent');
    await chat.say('non');
    let text = await chat.say('je ne sais pas');
    expect(text).toContain('prise en charge des patients');
    text = await chat.say("c'est à dire ?");
    expect(text).toContain('un soin, un examen, une prescription ou une admission');
    expect(text).not.toContain('Répondez « oui » ou « non »');
    expect(text).toContain('Est-ce que cela bloque ou retarde la prise en charge des patients ?');
    text = await chat.say('comment ça ?');
    expect(text).toContain('Est-ce que cela bloque');
    // Asking is not failing: two explanations do not end in "je n'y arrive pas".
    text = await chat.say('hein ?');
    expect(text).not.toContain("Je n'y arrive pas");
    text = await chat.say('non');
    expect(text).toContain('solution de contournement');
    text = await chat.say('comment ça ?');
    expect(text).toContain('un moyen de continuer à travailler en attendant la réparation');
  });

  it('explains the proposed place in English', async () => {
    const chat = chatAs(runtime(), 'hannah.schulz@chv.fr', 'en-US');
    await chat.say('the ward printer is jammed again');
    await chat.say('no');
    let text = await chat.say("I don't know");
    expect(text).toContain('Is the problem in Médecine interne');
    text = await chat.say('what do you mean?');
    expect(text).toContain("I am proposing your office's place from the directory");
    expect(text).toContain('Is the problem in Médecine interne');
  });
});
