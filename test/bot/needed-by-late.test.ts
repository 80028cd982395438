import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { chatAs, runtimeForThisFile } from './chat-harness.js';

// Monday 30 November 2026, 10:00 in Paris: a working day, so the contract's clocks run.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-30T09:00:00Z')) });

describe('a request needed before its target resolution', () => {
  it('says at creation that the target falls after the day it is needed, and whom to call', async () => {
    const chat = chatAs(runtime(), 'helene.aubert@chv.fr');
    let text = await chat.say('il faut un compte Windows et la messagerie pour Mme Julie Morel, nouvelle secrétaire en cardiologie, elle arrive demain');
    for (let turn = 0; turn < 4 && !text.includes('Résumé de votre demande'); turn++) text = await chat.say('oui');
    expect(text).toContain('Pour quand');
    text = await chat.say('@intake:create');
    expect(text).toContain('tombe après la date où vous en avez besoin');
    expect(text).toContain('5000');
  });

  it('says nothing of the kind when the day needed is after the target', async () => {
    const chat = chatAs(runtime(), 'helene.aubert@chv.fr');
    let text = await chat.say('il faut un compte Windows pour Mme Claire Petit, nouvelle secrétaire en cardiologie, elle arrive le 4 janvier');
    for (let turn = 0; turn < 4 && !text.includes('Résumé de votre demande'); turn++) text = await chat.say('oui');
    text = await chat.say('@intake:create');
    expect(text).toContain('REQ-');
    expect(text).not.toContain('tombe après la date');
  });
});
