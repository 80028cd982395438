import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { chatAs, runtimeForThisFile } from './chat-harness.js';

// A Monday morning at the admissions desk (09:00 in Paris).
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-30T08:00:00Z')) });

// From conversations with staff: a repair needed within hours left the ticket at "low, P4".
describe('"qqn peut passer avant 14h ?" on the summary', () => {
  it('makes the work due today: urgency high, and the question kept for the technician', async () => {
    const chat = chatAs(runtime(), 'lucie.berger@chv.fr');
    await chat.say('imprimante a bracelets LBL-ADM-0001 imprime a moitié, on fait les bracelets a la main');
    expect(await chat.say('non')).toContain('Urgence: basse');
    const text = await chat.say('qqn peut passer avant 14h ? a la main ça va pas tenir');
    expect(text).toContain('Urgence: haute');
    expect(text).toContain('Priorité: P2');
    expect(text).toContain('avant 14h');
  });
});
