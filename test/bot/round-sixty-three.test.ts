import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { firstSentenceTitle } from '../../src/bot/intake/title.js';
import { correctFields, understandText } from '../../src/triage/index.js';
import { answerUntil, chatAs, runtimeForThisFile } from './chat-harness.js';

// Monday 30 November 2026, 21:00 in Paris.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-30T20:00:00Z')) });

describe('round sixty-three, who is affected and where', () => {
  const base = understandText('the wifi keeps dropping on the carts', { models: null }).fields!;

  it('"it\'s not just me - the carts keep dropping off all over internal med, rooms 1 to 6" is the whole unit, no one room', () => {
    const changes = correctFields(base, "No. it's not just me - the nurses' computer carts keep dropping off CHV-PRO all over internal med since this morning, rooms 1 to 6");
    expect(changes.scope?.value).toBe('service');
    expect(changes.location_hint?.room).toBeUndefined();
  });

  it('"the whole program just closes" says nothing of who is affected', () => {
    expect(correctFields(base, 'no, the mic is fine, the whole program just closes the second I hit record').scope).toBeUndefined();
  });

  it('"my office PC… I\'m on the nurses\' station PCs for now" is one person\'s machine, the station is the way round', () => {
    const text = "Hey - my office PC (A021) has blue-screened and rebooted 3 times this evening. I'm on the nurses' station PCs for now so nothing urgent";
    expect(understandText(text, { models: null }).fields?.scope.value).toBe('single_user');
  });

  it('"take my laptop off it, there\'s no device" on the summary removes the device', async () => {
    const chat = chatAs(runtime(), 'omar.haddad@chv.fr', 'en-GB');
    let text = await chat.say('my laptop keeps losing the wifi since this morning');
    text = await answerUntil(chat, text, /Summary of your/, (q) => (/guide/.test(q) ? 'no' : 'yes'));
    expect(text).toMatch(/Device: PC-/);
    text = await chat.say("take my laptop off it, there's no device. it's the wifi of the ward");
    expect(text).toContain('Device: not given');
  });
});

describe('round sixty-three, titles', () => {
  it('"je suis de nuit a la securite." introduces the writer: the title is the problem told after it', () => {
    expect(firstSentenceTitle("je suis de nuit a la securite. j'ai tapé mon mot de passe sur une page bizarre reçue par mail")).toBe("j'ai tapé mon mot de passe sur une page bizarre reçue par mail");
  });
});
