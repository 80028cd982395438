import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { chatAs, runtimeForThisFile } from './chat-harness.js';

// Monday 30 November 2026: 10:00 and 19:30 in Paris.
const morning = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-30T09:00:00Z')) });
const evening = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-30T18:30:00Z')) });

describe('greetings follow the time of day in Paris', () => {
  it('says "Bonjour" and "Bonne journée" in the morning', async () => {
    const chat = chatAs(morning(), 'alice.martin@chv.fr');
    expect(await chat.say('bonjour')).toContain('Bonjour Alice');
    expect(await chat.say('merci')).toContain('Bonne journée');
  });

  it('says "Bonsoir" and "Bonne soirée" in the evening, in both languages', async () => {
    const chat = chatAs(evening(), 'alice.martin@chv.fr');
    const hello = await chat.say('bonsoir');
    expect(hello).toContain('Bonsoir Alice');
    expect(hello).not.toContain('Bonjour');
    expect(await chat.say('merci')).toContain('Bonne soirée');
    const english = chatAs(evening(), 'emily.carter@chv.fr', 'en-US');
    expect(await english.say('hello')).toContain('Good evening Emily');
    expect(await english.say('thanks')).toContain('Have a good evening');
  });
});
