import { describe, expect, it } from 'vitest';
import { chatAs, runtimeForThisFile } from './chat-harness.js';

const runtime = runtimeForThisFile();

// From conversations with staff: a question about the device proposed was taken as yes.
describe('"c\'est quoi BIO-RAD-0003 ?" to "is it BIO-RAD-0003?"', () => {
  it('tells what the device is and where, then asks again; it is no yes', async () => {
    const chat = chatAs(runtime(), 'michel.hubert@chv.fr');
    expect(await chat.say("l'échographe de la salle 3 n'envoie plus les images au PACS")).toContain('BIO-RAD-0003');
    const text = await chat.say("c'est quoi BIO-RAD-0003 ? l'échographe ?");
    expect(text).toContain('Échographe GE LOGIQ E10');
    expect(text).toContain('Salle d\'examen 3');
    expect(text).toContain("S'agit-il de BIO-RAD-0003");
    expect(text).not.toContain('Qui est touché');
    expect(await chat.say('oui')).not.toContain("S'agit-il de BIO-RAD-0003");
  });

  it('in English: "what is BIO-RAD-0003? the ultrasound?"', async () => {
    const chat = chatAs(runtime(), 'michel.hubert@chv.fr', 'en-US');
    await chat.say('the ultrasound machine in exam room 3 no longer sends images to the PACS');
    const text = await chat.say('what is BIO-RAD-0003? the ultrasound?');
    expect(text).toContain('BIO-RAD-0003 is: Échographe GE LOGIQ E10');
    expect(text).toContain('Is it BIO-RAD-0003');
  });
});
