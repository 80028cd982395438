import { describe, expect, it } from 'vitest';
import { chatAs, runtimeForThisFile } from './chat-harness.js';

const runtime = runtimeForThisFile();

describe('round one hundred and nine: a "no" that takes the question back', () => {
  it('"hmm no wait, actually the real problem is…" to "shall I open a ticket?" takes up the problem, it does not drop it', async () => {
    const chat = chatAs(runtime(), 'kenji.sato@chv.fr', 'en-US');
    expect(await chat.say('hi quick q, how do i open the fetal monitoring central view on my office pc? new intern')).toContain('Shall I open a ticket?');
    const text = await chat.say(
      'hmm no wait, actually the real problem is at the midwives station, the central CTG screen shows no trace for room 4, the monitor in the room works fine tho',
    );
    expect(text).not.toContain("I'm here if you need me");
    expect(text).toContain("I'll open an incident");
    expect(text).toContain('5100');
  });

  it('"no thanks, I\'ll ask a colleague tomorrow" still declines', async () => {
    const chat = chatAs(runtime(), 'kenji.sato@chv.fr', 'en-US');
    expect(await chat.say('hi quick q, how do i open the fetal monitoring central view on my office pc? new intern')).toContain('Shall I open a ticket?');
    expect(await chat.say("no thanks, I'll ask a colleague tomorrow")).toContain("I'm here if you need me");
  });
});

describe('round one hundred and nine: a whole unit on its downtime procedure', () => {
  it('"ok on passe en papier" on the summary of a unit\'s DPI outage that holds up care keeps it urgent, a P1', async () => {
    const chat = chatAs(runtime(), 'caroline.chauvin@chv.fr');
    let text = await chat.say('bjr le dpi rame a mort depuis ce matin en neuro, impossible de valider les admin de traitements ca met 2 min a chaque clic');
    expect(text).toContain('Priorité: P1');
    text = await chat.say('ok on passe en papier. cree le');
    expect(text).toContain('Urgence: haute');
    expect(text).toContain('Priorité: P1');
  });
});
