import { describe, expect, it } from 'vitest';
import { t } from '../../src/bot/messages/index.js';
import { answerUntilSummary, chatAs, clickIntake, runtimeForThisFile } from './chat-harness.js';

const runtime = runtimeForThisFile();

describe('round one hundred and ten: lending one\'s own login, asked without a question mark', () => {
  it('"can she use my login meanwhile yes or no" gets a plain no and keeps the P1', async () => {
    const chat = chatAs(runtime(), 'noemie.caron@chv.fr', 'en-US');
    await chat.say('hi my colleague from night shift cant log in, her account is locked i think. can she use mine for the morning? we need to do the transmissions in the DPI');
    await chat.say('no thats not it. her ACCOUNT is locked, she typed wrong password too many times. can she just use my login or not??');
    let text = await chat.say('sort of, she cant chart the night meds she gave. shes still here waiting. her name is Amandine Roux, amandine.roux@chv.fr');
    expect(text).toContain('Priority: P1');
    text = await chat.say('ok but you didnt answer, can she use my login meanwhile yes or no');
    expect(text).toContain(t('en', 'intake.side_no_sharing'));
    expect(text).toContain('Priority: P1');
  });
});

describe('round one hundred and ten: the floor named puts the place right', () => {
  it('"le chariot est en USLD au 2e etage bat F" moves the ticket from the doctor\'s office on the 1st floor to the 2nd', async () => {
    const chat = chatAs(runtime(), 'pascal.francois@chv.fr');
    let text = await chat.say('bjr, jour ferie, je fais la visite en USLD et le chariot informatique capte plus le wifi');
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('F120 Bureau médical');
    await chat.say(clickIntake('change'));
    text = await chat.say('le lieu est faux, je suis pas dans mon bureau, le chariot est en USLD au 2e etage bat F, couloir des chambres');
    expect(text).toContain('étage 2');
    expect(text).not.toContain('F120 Bureau médical');
  });
});
