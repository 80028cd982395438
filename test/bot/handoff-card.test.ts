import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textsOf, type RunningBot } from '../support/runtime.js';
import { cardsIn, startDesk } from '../handoff/agents-channel.js';

describe("the agents' card of a P1", () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startDesk();
  });
  afterAll(async () => {
    await bot?.dispose();
  });

  it('is flagged clinical when patient care is blocked, even without a medical device', async () => {
    const before = cardsIn(bot).length;
    const user = await bot.clientFor('fabien.nicolas@chv.fr');
    const summary = textsOf((await user.send('plus de réseau dans tout le bâtiment B depuis 10 minutes, ni le DPI ni internet, la cardio et la pneumo sont coupées')).replies);
    expect(summary).toContain('Soins impactés: oui');
    const created = textsOf((await user.send(user.message('', { value: { intake: 'create' } }))).replies);
    expect(created).toMatch(/Priorité P1/);
    const card = textsOf([cardsIn(bot)[before]!.activity]);
    expect(card).toContain('Clinique: oui');
  });

  it("names the unit where the problem is, not the requester's own, when they report from elsewhere", async () => {
    const before = cardsIn(bot).length;
    const user = await bot.clientFor('celine.joly@chv.fr');
    expect(textsOf((await user.send('le scope du box 3 ne marche plus, plus rien ne s\'affiche')).replies)).toContain("S'agit-il de BIO-URG-0003");
    let text = textsOf((await user.send("non c'est en réa")).replies);
    for (let turn = 0; turn < 6 && !text.includes('Résumé de votre incident'); turn++) {
      text = textsOf((await user.send(text.includes('Qui est touché') ? 'moi seul' : text.includes('contournement') ? 'non' : 'oui')).replies);
    }
    expect(text).toContain('Appareil: BIO-REA-0003');
    const created = textsOf((await user.send(user.message('', { value: { intake: 'create' } }))).replies);
    expect(created).toMatch(/Priorité P1/);
    const card = textsOf([cardsIn(bot)[before]!.activity]);
    expect(card).toContain('Service: Réanimation polyvalente');
  });
});
