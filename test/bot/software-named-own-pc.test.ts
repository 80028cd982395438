import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { chatAs, clickIntake, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';

const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-30T09:00:00Z')) });
// Hélène Aubert has one computer in the directory, PC-DIR-0965.

describe('an installation whose software is named, on the requester\'s own computer', () => {
  it('"je voudrais faire installer Acrobat Pro sur mon poste" asks nothing of the computer: her PC is on the request', async () => {
    const chat = chatAs(runtime(), 'helene.aubert@chv.fr');
    let text = await chat.say('je voudrais faire installer Acrobat Pro sur mon poste');
    expect(text).not.toContain('Sur quel PC');
    text = await chat.say('pas pressé');
    expect(text).toContain('PC-DIR-0965');
    expect(await ticketAnnounced(runtime(), await chat.say(clickIntake('create')))).toMatchObject({ kind: 'request', team: 'helpdesk-l1' });
  });

  it('"il faudrait installer Acrobat Pro svp" offers her own computer, and "oui" or "le mien" takes it', async () => {
    for (const answer of ['oui', 'le mien', 'sur mon pc']) {
      const chat = chatAs(runtime(), 'helene.aubert@chv.fr');
      let text = await chat.say('il faudrait installer Acrobat Pro svp');
      expect(text).toContain('PC-DIR-0965');
      text = await chat.say(answer);
      expect(text, answer).toContain('Pour quand');
      text = await chat.say('pas pressé');
      expect(text, answer).toMatch(/Appareil: PC-DIR-0965/);
      await chat.say(clickIntake('cancel'));
    }
  });

  it('"Un autre PC" asks for that computer\'s number, and the label given is taken', async () => {
    const chat = chatAs(runtime(), 'helene.aubert@chv.fr');
    await chat.say('il faudrait installer Acrobat Pro svp');
    let text = await chat.say('Un autre PC');
    expect(text).toContain('Sur quel PC faut-il l\'installer ?');
    text = await chat.say('PC-DIR-0966');
    text = await chat.say('pas pressé');
    expect(text).toMatch(/Appareil: PC-DIR-0966/);
    await chat.say(clickIntake('cancel'));
  });

  it('another computer told without its label is not taken for hers ("non, sur celui de la salle de réunion")', async () => {
    const chat = chatAs(runtime(), 'helene.aubert@chv.fr');
    await chat.say('il faudrait installer Acrobat Pro svp');
    const text = await chat.say('non, sur celui de la salle de réunion, je connais pas son numéro');
    expect(text).not.toMatch(/Appareil: PC-DIR-0965/);
  });
});
