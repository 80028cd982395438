import { describe, expect, it } from 'vitest';
import { chatAs, runtimeForThisFile, ticketNumberIn } from './chat-harness.js';

const runtime = runtimeForThisFile();

/** The created ticket behind a confirmation text. */
async function ticketOf(text: string) {
  const number = ticketNumberIn(text);
  if (!number) throw new Error(`no ticket number in: ${text}`);
  return runtime().services.tickets.get(number);
}

describe('after a fiche that did not help', () => {
  it('"nn toujours les 3 bips, j\'ai tout rebranché" keeps the first description as the problem, and adds the rest', async () => {
    const chat = chatAs(runtime(), 'karine.martinez@chv.fr');
    expect(await chat.say('mon ordi veut plus demarer, ecran noir et ca fait 3 bip')).toContain('Cela a-t-il résolu le problème ?');
    let text = await chat.say("nn toujours les 3 bips, jai tout rebranché. je me suis mise sur le poste de sophie en attendant");
    expect(text).toContain('Je vais ouvrir un incident');
    for (let turn = 0; turn < 6 && !text.includes('Résumé de votre incident'); turn++) text = await chat.say('oui');
    expect(text).toContain('Problème: mon ordi veut plus demarer, ecran noir et ca fait 3 bip');
    const ticket = await ticketOf(await chat.say({ type: 'message', text: '', value: { intake: 'create' } }));
    expect(ticket.title).toMatch(/^mon ordi veut plus demarer/);
    expect(ticket.description).toContain('mon ordi veut plus demarer, ecran noir et ca fait 3 bip');
    expect(ticket.description).toContain('je me suis mise sur le poste de sophie');
  });

  it('"toujours pareil" without a no is a no', async () => {
    const chat = chatAs(runtime(), 'karine.martinez@chv.fr');
    expect(await chat.say("l'imprimante du secrétariat n'imprime plus rien")).toContain('Cela a-t-il résolu le problème ?');
    expect(await chat.say("toujours pareil, j'ai éteint et rallumé")).toContain('Je vais ouvrir un incident');
  });
});
