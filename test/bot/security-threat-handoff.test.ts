import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textsOf, type RunningBot } from '../support/runtime.js';
import { cardsIn, startDesk } from '../handoff/agents-channel.js';

describe('a security threat of high urgency', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startDesk();
  });
  afterAll(async () => {
    await bot?.dispose();
  });

  it('a password typed into a phishing page (a P3 by the grid) goes to an agent at creation, not to tomorrow', async () => {
    const before = cardsIn(bot).length;
    const user = await bot.clientFor('nadia.brun@chv.fr');
    let text = textsOf((await user.send(
      "bonjour j'ai reçu un mail \"votre boite de messagerie est pleine, cliquez ici pour augmenter le quota\" et j'ai cliqué et j'ai mis mon mot de passe... l'adresse c'était pas chv.fr",
    )).replies);
    for (let turn = 0; turn < 4 && !text.includes('Résumé de votre incident'); turn++) text = textsOf((await user.send('oui')).replies);
    expect(text).toContain('Urgence: haute');
    expect(text).not.toContain('Priorité: P1');
    const created = textsOf((await user.send(user.message('', { value: { intake: 'create' } }))).replies);
    expect(created).toContain('Je vous mets en relation avec un technicien');
    // The creation message gives the deadlines; the handoff does not repeat them.
    expect(created).toContain('Délai de prise en charge');
    expect(created).not.toContain('Prise en charge prévue');
    const card = textsOf([cardsIn(bot)[before]!.activity]);
    expect(card).toContain('menace de sécurité');
  });

  it('a suspicious e-mail left unopened is a ticket for the security team, without a handoff', async () => {
    const before = cardsIn(bot).length;
    const user = await bot.clientFor('nadia.brun@chv.fr', { conversationId: 'a:conv-unopened-phishing' });
    let text = textsOf((await user.send("j'ai reçu un mail bizarre qui me demande mon mot de passe, je n'ai pas cliqué, je l'ai pas ouvert")).replies);
    for (let turn = 0; turn < 4 && !text.includes('Résumé de votre incident'); turn++) text = textsOf((await user.send('non')).replies);
    expect(text).not.toContain('Urgence: haute');
    const created = textsOf((await user.send(user.message('', { value: { intake: 'create' } }))).replies);
    expect(created).not.toContain('Je vous mets en relation avec un technicien');
    expect(cardsIn(bot).length).toBe(before);
  });
});
