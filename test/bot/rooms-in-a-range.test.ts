import { describe, expect, it } from 'vitest';
import { chatAs, runtimeForThisFile } from './chat-harness.js';

const runtime = runtimeForThisFile();

// From conversations with staff: rooms named as a range moved the place to the first of them, and widened a team to the unit.
describe('rooms named as a range: several rooms, none of them the place', () => {
  it('"alarms from beds 3-6 don\'t reach the desk" keeps the nurses station said before', async () => {
    const chat = chatAs(runtime(), 'brigitte.roy@chv.fr', 'en-US');
    await chat.say('central monitoring station lost beds 3 to 6, nurses watch bedside monitors');
    await chat.say("I don't know");
    await chat.say('yes');
    expect(await chat.say("it's at the poste de soins")).toContain('A110 Poste de soins');
    const text = await chat.say("alarms from beds 3-6 don't reach the desk");
    expect(text).not.toContain('Box 3');
    expect(text).toContain('A110 Poste de soins');
  });

  it('"all the nurses for box 4 to 6 use that printer" is a team, and the place stays the nurses station', async () => {
    const chat = chatAs(runtime(), 'yasmine.dasilva@chv.fr', 'en-US');
    await chat.say('the label printer at the nurses station prints blank labels');
    await chat.say("I don't know");
    await chat.say('no');
    await chat.say('no');
    const text = await chat.say('also its not just me, all the nurses for box 4 to 6 use that printer');
    expect(text).toContain('Affected: a team or a shared station');
    expect(text).not.toContain('Box 4');
    expect(text).toContain('A260 Poste de soins');
  });
});
