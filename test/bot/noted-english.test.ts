import { describe, expect, it } from 'vitest';
import { chatAs, runtimeForThisFile } from './chat-harness.js';

const runtime = runtimeForThisFile();

describe('what the bot notes from an answer, in English', () => {
  it('writes "patient care affected: no" with English punctuation', async () => {
    const chat = chatAs(runtime(), 'tom.whitaker@chv.fr', 'en-GB');
    let text = await chat.say('my DECT phone keeps rebooting every few minutes, I miss calls from the delivery room');
    if (text.includes('Did this solve it?')) text = await chat.say('no, still rebooting even after charging');
    if (text.includes('Which device')) text = await chat.say("I don't know");
    if (text.includes('patient care')) text = await chat.say('yes, the midwives cannot reach me');
    const noted = await chat.say('I borrowed the spare DECT for now');
    expect(noted).toContain('patient care affected: no');
    expect(noted).not.toContain(' : ');
  });
});
