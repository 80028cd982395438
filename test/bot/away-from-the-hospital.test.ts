import { describe, expect, it } from 'vitest';
import { t } from '../../src/bot/messages/index.js';
import { answerUntilSummary, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';

const runtime = runtimeForThisFile();

// From conversations with staff: a midwife who said three times he was at home got the maternity's care station as the place.
describe('working away from the hospital', () => {
  it('"depuis chez moi le vpn se connecte pas": the summary and the ticket say the place is away from the hospital', async () => {
    const chat = chatAs(runtime(), 'jerome.denis@chv.fr');
    await chat.say("salut, je fais les sorties précoces à domicile (prado) et depuis chez moi le vpn se connecte pas (globalprotect tourne en rond)");
    const summary = await answerUntilSummary(chat, await chat.say('non'));
    expect(summary).toContain(`Lieu: ${t('fr', 'summary.away')}`);
    expect(summary).not.toContain('Maternité');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket?.description).toContain(`Lieu : ${t('fr', 'summary.away')}`);
  });

  it('"bah non je suis chez moi" to "is the problem in Maternity?" is taken, not asked again', async () => {
    const chat = chatAs(runtime(), 'jerome.denis@chv.fr');
    const first = await chat.say("la tablette de visite ne synchronise plus les dossiers des patientes");
    const asked = first.includes('Le problème est-il en') ? first : await chat.say('non');
    expect(asked).toContain('Le problème est-il en Maternité');
    const text = await chat.say('bah non je suis chez moi, je fais les visites à domicile');
    expect(text).toContain(t('fr', 'summary.away'));
    expect(text).not.toContain('Dans quel service');
  });
});
