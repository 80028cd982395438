import { describe, expect, it } from 'vitest';
import { chatAs, runtimeForThisFile } from './chat-harness.js';

const runtime = runtimeForThisFile();

// From conversations with testers who had not seen the code: a phone's number was asked with a workstation's label as example.
describe('the example of a device number is of the kind asked for', () => {
  it('a desk phone in an office with no handset in the directory: the example is a phone\'s label, not a PC\'s', async () => {
    const chat = chatAs(runtime(), 'audrey.mendes@chv.fr');
    await chat.say("mon téléphone fixe ne sonne plus quand on m'appelle");
    const text = await chat.say('non');
    expect(text).toContain("numéro de l'appareil");
    expect(text).toMatch(/par exemple DECT-/);
    expect(text).not.toContain('PC-CARD-0342');
  });

  it('a computer not the one proposed: the example is a computer of the unit', async () => {
    const chat = chatAs(runtime(), 'audrey.mendes@chv.fr');
    await chat.say("mon ordinateur ne s'allume plus, écran noir");
    expect(await chat.say('non')).toContain('PC-DIR-0967');
    expect(await chat.say('non')).toContain('par exemple PC-DIR-0967');
  });
});
