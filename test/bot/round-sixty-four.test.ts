import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { answerUntil, chatAs, runtimeForThisFile } from './chat-harness.js';

// Monday 30 November 2026, 21:20 in Paris.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-30T20:20:00Z')) });

describe('round sixty-four, corrections on the summary', () => {
  it('"ma collègue vient d\'essayer sur celle d\'a coté la 0001 et ça marche, on imprime dessus en attendant" keeps the broken 0002', async () => {
    const chat = chatAs(runtime(), 'celine.joly@chv.fr');
    let text = await chat.say("bjr, l'imprimante a bracelets du poste de soins sort des bracelets blancs rien d'imprimé dessus, on a 3 entrées qui attendent leur bracelet");
    text = await answerUntil(chat, text, /Résumé de votre/, (q) => /\[(LBL-URG-0002[^\]]*)\]/.exec(q)?.[1] ?? 'oui');
    expect(text).toContain('Appareil: LBL-URG-0002');
    text = await chat.say("attendez ma collègue vient d'essayer sur celle d'a coté la 0001 et ça marche, on imprime dessus en attendant, c juste qu'on doit faire l'aller retour");
    expect(text).toContain('Appareil: LBL-URG-0002');
  });

  it('the same way round told on the summary clears the care impact it answers: P3, not P1', async () => {
    const chat = chatAs(runtime(), 'jerome.fontaine@chv.fr');
    let text = await chat.say("bjr, l'imprimante a bracelets du poste de soins sort des bracelets blancs rien d'imprimé dessus, on a 3 entrées qui attendent leur bracelet");
    text = await answerUntil(chat, text, /Résumé de votre/, (q) => /\[(LBL-URG-0002[^\]]*)\]/.exec(q)?.[1] ?? 'oui');
    expect(text).toContain('Priorité: P1');
    text = await chat.say("attendez ma collègue vient d'essayer sur celle d'a coté la 0001 et ça marche, on imprime dessus en attendant, c juste qu'on doit faire l'aller retour");
    expect(text).toContain('Soins impactés: non');
    expect(text).toContain('Priorité: P3');
  });

  it('"it\'s not a cristal-net problem, cristal-net works fine on the fixed PCs. it\'s the wifi on the carts" makes it a network problem', async () => {
    const chat = chatAs(runtime(), 'laura.jensen@chv.fr', 'en-GB');
    let text = await chat.say('wifi problem on the ward');
    text = await chat.say("no. it's all the care carts on the surgery ward, they keep dropping off CHV-PRO since around noon, nurses and me included. cristal-net freezes mid prescription. we're going back to the fixed PCs at the nurses station to validate, so meds are going out but it's slow");
    text = await answerUntil(chat, text, /Summary of your/, () => 'yes');
    text = await chat.say("it's not a cristal-net problem, cristal-net works fine on the fixed PCs. it's the wifi on the carts");
    expect(text).toContain('Type: Network, Wi-Fi, remote access');
  });
});
