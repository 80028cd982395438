import { describe, expect, it } from 'vitest';
import { t } from '../../src/bot/messages/index.js';
import { answerUntilSummary, chatAs, runtimeForThisFile } from './chat-harness.js';

const runtime = runtimeForThisFile();

// From conversations with managers: "papier ou pas ?" during an outage was filed twice and never answered.
describe('"on passe en procédure dégradée papier ou on attend ?"', () => {
  it('is answered at the guide', async () => {
    const chat = chatAs(runtime(), 'yasmine.roy@chv.fr');
    await chat.say("logiciel d'admission planté sur tous les guichets + l'accueil des urgences pareil");
    expect(await chat.say('on passe en procédure dégradée papier ou on attend ?')).toContain(t('fr', 'intake.side_downtime'));
  });

  it('"oui créez. et du coup papier ou pas??" on the summary creates the ticket and answers', async () => {
    const chat = chatAs(runtime(), 'yasmine.roy@chv.fr');
    await chat.say("logiciel d'admission planté sur tous les guichets + l'accueil des urgences pareil");
    await answerUntilSummary(chat, await chat.say('non'));
    const text = await chat.say('oui créez. et du coup papier ou pas??');
    expect(text).toContain(t('fr', 'intake.side_downtime'));
    expect(text).toMatch(/INC-\d{4}-\d{6}/);
  });
});
