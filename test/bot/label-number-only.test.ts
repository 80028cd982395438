import { describe, expect, it } from 'vitest';
import { chatAs, runtimeForThisFile } from './chat-harness.js';

const runtime = runtimeForThisFile();

// From conversations with staff: only the number on the label, given for the device asked, was not understood.
describe('"c le 0009" to "what is the device number?"', () => {
  it('takes the one device of the unit whose label ends with it', async () => {
    const chat = chatAs(runtime(), 'yasmine.dasilva@chv.fr');
    await chat.say('pse en alarme occlusion en continu box 4 alors que la ligne est ok');
    expect(await chat.say('non')).toContain("numéro de l'appareil");
    const text = await chat.say("ah pardon j'ai mal lu c le 0009");
    expect(text).toContain('BIO-SSPI-0009');
    expect(text).not.toContain('Je ne trouve pas');
  });

  it('a number of minutes is no label', async () => {
    const chat = chatAs(runtime(), 'yasmine.dasilva@chv.fr');
    await chat.say('pse en alarme occlusion en continu box 4 alors que la ligne est ok');
    await chat.say('non');
    expect(await chat.say('ça fait 1200 min que ça sonne')).not.toContain('C\'est noté : BIO-SSPI');
  });
});

describe('"non c\'est le BIO-SSPI-0014", a number the directory does not know', () => {
  it('is said not found when the number is asked, instead of asking as if none had been given', async () => {
    const chat = chatAs(runtime(), 'thierry.guillaume@chv.fr');
    await chat.say('pse en alarme occlusion box 4');
    const text = await chat.say("non c'est le BIO-SSPI-0014");
    expect(text).toContain("Je ne trouve pas l'appareil « BIO-SSPI-0014 »");
    expect(await chat.say('BIO-SSPI-0009')).toContain('BIO-SSPI-0009');
  });
});
