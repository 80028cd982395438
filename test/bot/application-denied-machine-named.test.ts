import { describe, expect, it } from 'vitest';
import { answerUntilSummary, chatAs, clickIntake, runtimeForThisFile } from './chat-harness.js';

const runtime = runtimeForThisFile();

// From conversations with staff: the application denied and the computer named, on the correction, were only filed.
describe('"c pas le DPI le pb, c\'est le pc qui fait écran bleu en boucle, et c box 4" on the correction', () => {
  it('makes it the computer\'s problem, no longer the DPI\'s, in box 4', async () => {
    const chat = chatAs(runtime(), 'delphine.rolland@chv.fr');
    const summary = await answerUntilSummary(chat, await chat.say("impossible d'ouvrir le DPI au box 3"));
    expect(summary).toContain('Type: Logiciel ou application');
    await chat.say(clickIntake('change'));
    const text = await chat.say("c pas le DPI le pb, c'est le pc qui fait écran bleu en boucle, et c box 4");
    expect(text).toContain('Poste ou matériel');
    expect(text).toContain('Box 4');
    expect(text).not.toContain('APP-DPI');
  });
});
