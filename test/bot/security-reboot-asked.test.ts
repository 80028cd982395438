import { describe, expect, it } from 'vitest';
import { t } from '../../src/bot/messages/index.js';
import { chatAs, runtimeForThisFile } from './chat-harness.js';

const runtime = runtimeForThisFile();

// From conversations with staff: "can I just reboot it?" during a ransomware screen got only the general advice.
describe('"can I reboot it?" asked of a machine under attack', () => {
  const report = 'hey, the PC at the nurses station in recovery has a red full screen msg saying our files are encrypted and to pay in bitcoin?? is that serious or some spam popup, can I just reboot it';

  it('is answered in the first message: do not restart, unplug the network cable, leave it on', async () => {
    const chat = chatAs(runtime(), 'michael.brennan@chv.fr', 'en-US');
    expect(await chat.say(report)).toContain(t('en', 'intake.security_reboot'));
  });

  it('and again when asked later in the form', async () => {
    const chat = chatAs(runtime(), 'michael.brennan@chv.fr', 'en-US');
    await chat.say(report);
    await chat.say('kinda yes its the PC we chart on. oh wait, the second PC next to it just got the same red screen now');
    expect(await chat.say('ok but do I reboot them or not?? nurses are asking')).toContain(t('en', 'intake.security_reboot'));
  });

  it('in French: "je le redémarre ?"', async () => {
    const chat = chatAs(runtime(), 'ines.prevost@chv.fr');
    const text = await chat.say("écran rouge sur le PC du poste, il dit que nos fichiers sont chiffrés et qu'il faut payer, je le redémarre ?");
    expect(text).toContain(t('fr', 'intake.security_reboot'));
  });
});
