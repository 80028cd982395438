import { describe, expect, it } from 'vitest';
import { t } from '../../src/bot/messages/index.js';
import { chatAs, runtimeForThisFile } from './chat-harness.js';

const runtime = runtimeForThisFile();

// From conversations with staff: a stick found, then told plugged in, with the care answer after the facts.
describe('"ma collègue l\'a déjà branchée sur le pc du guichet 2. non ça bloque pas"', () => {
  it('answers the care question with no, and tells what to do with that PC', async () => {
    const chat = chatAs(runtime(), 'corinne.besson@chv.fr');
    expect(await chat.say("un patient a trouvé une clé usb et me l'a donnée")).toContain('prise en charge des patients');
    const text = await chat.say("ma collègue l'a deja branchée sur le pc du guichet 2 y a 5 min. non ça bloque pas");
    expect(text).toContain(t('fr', 'intake.security_usb'));
    expect(text).toContain('Soins impactés: non');
    expect(text).not.toContain('Est-ce que cela bloque ou retarde');
  });

  it('"ça bloque pas" alone is a no', async () => {
    const chat = chatAs(runtime(), 'corinne.besson@chv.fr');
    await chat.say("un patient a trouvé une clé usb et me l'a donnée");
    expect(await chat.say('ça bloque pas')).not.toContain('Répondez « oui » ou « non »');
  });

  it('"on ne l\'a pas branchée" gets no advice about a PC', async () => {
    const chat = chatAs(runtime(), 'corinne.besson@chv.fr');
    await chat.say("un patient a trouvé une clé usb et me l'a donnée");
    expect(await chat.say("non on ne l'a pas branchée, ça bloque rien")).not.toContain(t('fr', 'intake.security_usb'));
  });
});
