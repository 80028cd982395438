import { describe, expect, it } from 'vitest';
import { chatAs, runtimeForThisFile } from './chat-harness.js';

const runtime = runtimeForThisFile();

// From conversations with staff: a yes taken back in the same breath is no confirmation of the device proposed.
describe('"oui, ah non c\'est le lit 4 pas le 3" to the pump of bed 3', () => {
  it('proposes the pump of bed 4, not the one of bed 3 with bed 4 as the place', async () => {
    const chat = chatAs(runtime(), 'yasmine.dasilva@chv.fr');
    expect(await chat.say('pousse seringue lit 3 en sspi en erreur')).toContain('BIO-SSPI-0009');
    const text = await chat.say("oui, ah non c'est le lit 4 pas le 3");
    expect(text).toContain('Emplacement de réveil 4');
    expect(text).toContain('BIO-SSPI-0010');
    expect(text).not.toContain('BIO-SSPI-0009');
  });

  it('a plain yes with the place said keeps the device confirmed', async () => {
    const chat = chatAs(runtime(), 'yasmine.dasilva@chv.fr');
    await chat.say('pousse seringue lit 3 en sspi en erreur');
    const text = await chat.say("oui c'est lui, lit 3");
    expect(text).toContain('BIO-SSPI-0009');
  });
});
