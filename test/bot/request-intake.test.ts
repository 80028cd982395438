import { describe, expect, it } from 'vitest';
import { guessRequestType } from '../../src/bot/dialogs/start-intake.js';
import { t } from '../../src/bot/messages/index.js';
import { ManualClock } from '../../src/clock.js';
import { chatAs, runtimeForThisFile } from './chat-harness.js';

/** A Wednesday: "pour lundi" is five days ahead. */
const WEDNESDAY = '2026-11-25T10:00:00Z';
const clock = new ManualClock(WEDNESDAY);
const runtime = runtimeForThisFile({ clock });

describe('the kind of request a first message asks for', () => {
  it('is an access when it asks for access to an application, even for a newcomer', () => {
    expect(guessRequestType('il faudrait ouvrir les accès au logiciel de pharmacie pour Julie Morel, la nouvelle préparatrice qui commence lundi')).toBe('access');
    expect(guessRequestType('please give the new intern access to the PACS')).toBe('access');
  });

  it('is an account when it asks for an account, with or without the accesses that come with it', () => {
    expect(guessRequestType('créer un compte et les accès au DPI pour un nouvel interne')).toBe('account');
    expect(guessRequestType('une nouvelle secrétaire arrive lundi')).toBe('account');
    expect(guessRequestType('I need an account for a new starter')).toBe('account');
  });
});

describe('a pharmacy technician asks for a newcomer\'s access', () => {
  it('shows the kind of request on the summary and takes "pour lundi", said on a Wednesday, as this week', async () => {
    const chat = chatAs(runtime(), 'paul.dubois@chv.fr');
    let text = await chat.say('bonjour, il faudrait ouvrir les accès au logiciel de pharmacie pour Julie Morel, la nouvelle préparatrice');
    expect(text).toContain(t('fr', 'intake.ask.request_detail.access_profile'));
    text = await chat.say('Julie Morel, profil préparateur');
    expect(text).toContain(t('fr', 'intake.ask.request_urgency'));
    text = await chat.say('pour lundi');
    expect(text).not.toContain(t('fr', 'intake.retry.choice'));
    expect(text).toContain('Urgence: moyenne');
    expect(text).toContain(`Demande: ${t('fr', 'choice.request.access')}`);
  });

  it('takes "pas urgent, lundi prochain ça ira" as low: the words that it can wait come before the day', async () => {
    const chat = chatAs(runtime(), 'paul.dubois@chv.fr');
    await chat.say('bonjour, il faudrait ouvrir les accès au logiciel de pharmacie pour Julie Morel, la nouvelle préparatrice');
    expect(await chat.say('Julie Morel, profil préparateur')).toContain(t('fr', 'intake.ask.request_urgency'));
    expect(await chat.say('pas urgent, lundi prochain ça ira')).toContain('Urgence: basse');
  });

  it('takes "qui commence lundi", said on a Sunday, as needed tomorrow: no "for when?" question, urgency high', async () => {
    clock.set('2026-11-29T10:00:00Z');
    try {
      const chat = chatAs(runtime(), 'paul.dubois@chv.fr');
      let text = await chat.say('bonjour, il faudrait ouvrir les accès au logiciel de pharmacie pour Julie Morel, la nouvelle préparatrice qui commence lundi');
      text = await chat.say('Julie Morel, profil préparateur');
      expect(text).not.toContain(t('fr', 'intake.ask.request_urgency'));
      expect(text).toContain('Urgence: haute');
      expect(text).toContain('Pour quand: lundi');
    } finally {
      clock.set(WEDNESDAY);
    }
  });
});

describe('correcting the kind of request on the summary', () => {
  it('reads "c\'est un accès, pas un compte" as an access request', async () => {
    const chat = chatAs(runtime(), 'paul.dubois@chv.fr');
    let text = await chat.say('une nouvelle préparatrice arrive lundi, il lui faut le logiciel de pharmacie');
    if (text.includes(t('fr', 'intake.ask.request_type'))) text = await chat.say('3');
    expect(text).toContain(t('fr', 'intake.ask.request_detail.account'));
    await chat.say('Julie Morel, préparatrice, PUI, lundi 7');
    text = await chat.say('cette semaine');
    expect(text).toContain(`Demande: ${t('fr', 'choice.request.account')}`);
    await chat.say('@intake:change');
    const corrected = await chat.say("c'est un accès au logiciel, pas un compte");
    expect(corrected).not.toContain(t('fr', 'intake.retry.change'));
    expect(corrected).toContain(`Demande: ${t('fr', 'choice.request.access')}`);
  });
});
