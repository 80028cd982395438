import { describe, expect, it } from 'vitest';
import { chatAs, runtimeForThisFile, withdrawOpenTickets } from './chat-harness.js';

const runtime = runtimeForThisFile();

const DEAD_DECT = {
  'fr-FR': "mon dect s'allume plus, écran noir meme sur le chargeur, j'ai pris celui d'une collègue en attendant",
  'en-US': "my dect won't turn on, black screen even on the charger, i took a colleague's one meanwhile",
};

/** Fanny's handset list is shown once the guide did not help. */
async function atTheHandsetList(locale: keyof typeof DEAD_DECT = 'fr-FR') {
  await withdrawOpenTickets(runtime());
  const chat = chatAs(runtime(), 'fanny.boyer@chv.fr', locale);
  await chat.say(DEAD_DECT[locale]);
  expect(await chat.say(locale === 'fr-FR' ? 'non' : 'no')).toContain('DECT-NEURO-0106');
  return chat;
}

describe('a handset number taken back in the same message', () => {
  it('"c le 0103. ah non le 0106 pardon" files the 0106, the number said last', async () => {
    const chat = await atTheHandsetList();
    const summary = await chat.say('c le 0103. ah non le 0106 pardon');
    expect(summary).toContain('Appareil: DECT-NEURO-0106');
    expect(summary).not.toContain('Appareil: DECT-NEURO-0103');
  });

  it('"le 0102, non pardon plutôt le 0104" files the 0104', async () => {
    const chat = await atTheHandsetList();
    const summary = await chat.say('le 0102, non pardon plutôt le 0104');
    expect(summary).toContain('Appareil: DECT-NEURO-0104');
  });

  it('"it\'s 0103. no wait, 0106 sorry" files the 0106 in English', async () => {
    const chat = await atTheHandsetList('en-US');
    const summary = await chat.say("it's 0103. no wait, 0106 sorry");
    expect(summary).toContain('Device: DECT-NEURO-0106');
  });

  it('keeps the one number given with an apology: "c\'est le 0103 pardon"', async () => {
    const chat = await atTheHandsetList();
    const summary = await chat.say("c'est le 0103 pardon");
    expect(summary).toContain('Appareil: DECT-NEURO-0103');
  });
});
