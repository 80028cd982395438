import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { chatAs, runtimeForThisFile } from './chat-harness.js';

// Monday 30 November 2026, 14:00 in Paris.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-30T13:00:00Z')) });

describe('answers that echo the question', () => {
  it('"patient care: yes" answers the care question instead of "Please answer yes or no"', async () => {
    const chat = chatAs(runtime(), 'claire.moreau@chv.fr', 'en-GB');
    await chat.say('the label printer in the nurses office prints blank labels since this morning');
    expect(await chat.say('yes')).toContain('patient care');
    const text = await chat.say('patient care: yes');
    expect(text).not.toContain('Please answer');
    expect(text).not.toContain('Does it block or delay patient care?');
  });
});
