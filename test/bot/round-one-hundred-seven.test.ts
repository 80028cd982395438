import { describe, expect, it } from 'vitest';
import { t } from '../../src/bot/messages/index.js';
import { correctFields } from '../../src/triage/index.js';
import { fieldsOf } from '../support/rules-reading.js';
import { chatAs, runtimeForThisFile } from './chat-harness.js';

const runtime = runtimeForThisFile();

describe('round one hundred and seven: what to do meanwhile', () => {
  it('"le 5100 repond pas. je fais quoi en attendant" on a P1 medical device is answered and keeps the P1', async () => {
    const chat = chatAs(runtime(), 'chloe.michel@chv.fr');
    await chat.say('bonsoir, la centrale de monito (les RCF) affiche plus le trace de la salle de naissance 2 depuis 1h du mat');
    await chat.say("jsais pas le numero. le monito en salle marche, c'est la centrale au poste qui recoit plus rien de cette salle. ah non pardon c'est salle 3 pas 2");
    let text = await chat.say('BIO-MAT-0003 — Cardiotocographe Philips Avalon FM30');
    expect(text).toContain('Priorité: P1');
    text = await chat.say('le 5100 repond pas. je fais quoi en attendant, on est 2 sf pour tout le secteur');
    expect(text).toContain(t('fr', 'intake.side_biomed_unreachable'));
    expect(text).toContain('Soins impactés: oui');
    expect(text).toContain('Urgence: haute');
    expect(text).toContain('Priorité: P1');
    // The technician learns that the on-call line did not answer.
    expect(text).toContain('le 5100 repond pas');
  });

  it('"what do I do meanwhile" without a question mark is asked, not a way round', async () => {
    const chat = chatAs(runtime(), 'hannah.schulz@chv.fr', 'en-US');
    await chat.say('the ward printer prints nothing, orange light');
    await chat.say('no');
    const text = await chat.say('what do i do meanwhile');
    expect(text).toContain(t('en', 'intake.side_meanwhile'));
  });
});

describe('round one hundred and seven: who is affected', () => {
  it('"c\'est pas que moi c tout le service des urgences" as an answer is the whole unit, not a team', () => {
    const answerRead = (text: string) => correctFields(fieldsOf('mon pc ne marche plus'), text);
    expect(answerRead("non. c'est pas que moi c tout le service des urgences, depuis 3h, meme les medecins").scope?.value).toBe('service');
    expect(answerRead("not just me, it's all over the ward").scope?.value).toBe('service');
    expect(answerRead('pas que moi, ma collègue aussi').scope?.value).toBe('team');
    expect(answerRead("c'est juste mon équipe, pas tout le service").scope?.value).toBe('team');
  });

  it('said after a fiche, it makes the ER-wide DPI freeze a P1', async () => {
    const chat = chatAs(runtime(), 'celine.joly@chv.fr');
    await chat.say('le dpi rame a mort');
    await chat.say("non. c'est pas que moi c tout le service des urgences, depuis 3h, meme les medecins. ca fige a chaque validation");
    await chat.say('oui');
    const text = await chat.say('non');
    expect(text).toContain('Personnes touchées: tout le service');
    expect(text).toContain('Priorité: P1');
  });
});

describe('round one hundred and seven: a number to call', () => {
  it('"is there a phone number where someone can unlock it right away?" gets the 5000 now', async () => {
    const chat = chatAs(runtime(), 'daniel.becker@chv.fr', 'en-US');
    await chat.say('my account is locked, cant log in to the DPI, too many attempts i guess. i need to prescribe in recovery room NOW');
    const text = await chat.say('is there a phone number where someone can unlock it right away? i cant wait for a ticket');
    expect(text).toContain(t('en', 'call.service_desk'));
  });
});
