import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { understandText } from '../../src/triage/index.js';
import { answerUntil, chatAs, runtimeForThisFile } from './chat-harness.js';

// Monday 30 November 2026, 20:40 in Paris.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-30T19:40:00Z')) });

describe('round sixty-two, understanding', () => {
  it('"jams every 3 or 4 sheets" is a count, not operating room 4; "we re-send to the other printer" is a way round', () => {
    const fields = understandText('Hello, the Brother printer at the admissions desks jams every 3 or 4 sheets, we re-send to the other printer but its slow').fields!;
    expect(fields.location_hint?.room).toBeUndefined();
    expect(fields.patient_care_impact.value).toBe(false);
  });
});

describe('round sixty-two, corrections', () => {
  it('"ah attendez en fait c est le wifi… ma collegue en chambre 5 pareil… les PC fixes du poste marchent" makes it the unit\'s Wi-Fi, no room, no P1', async () => {
    const chat = chatAs(runtime(), 'severine.lebrun@chv.fr');
    let text = await chat.say('Bonjour les chariots de soins ne marchent plus, impossible de valider les administrations au lit du patient');
    text = await chat.say('les 2, PC-PED-0659 et 0660. ah attendez en fait c est le wifi, y a la petite croix sur l icone wifi sur les deux, et ma collegue en chambre 5 pareil avec sa tablette. c est dans tout le service je crois. les PC fixes du poste marchent, on valide là bas mais on fait des allers retours');
    text = await answerUntil(chat, text, /Résumé de votre/, () => 'oui');
    expect(text).toContain('Type: Réseau');
    expect(text).not.toContain('Chambre 5');
    expect(text).not.toContain('Priorité: P1');
  });

  it('"no no, not a patient monitor lol, the computer screen! … PC-SSPI-0259" is a computer problem', async () => {
    const chat = chatAs(runtime(), 'cedric.perrin@chv.fr', 'en-GB');
    let text = await chat.say('hey, the monitor in the nurses station in recovery just went black, no display at all');
    text = await chat.say("no no, not a patient monitor lol, the computer screen! the PC next to the printer. sticker on it says PC-SSPI-0259. the tower is still on, fan running, just the screen is dead. we're on the other 2 PCs for now");
    text = await answerUntil(chat, text, /Summary of your/, () => 'yes');
    expect(text).not.toContain('Type: Medical device');
    expect(text).toContain('Device: PC-SSPI-0259');
  });

  it('"ah et Pascal à côté me dit qu\'il a la meme erreur" makes it a team\'s problem', async () => {
    const chat = chatAs(runtime(), 'didier.fleury@chv.fr');
    let text = await chat.say("bonjour, oracle finances me sort une erreur FRM-40735 quand je valide les mandats, j'ai 40 mandats fournisseurs à passer avant midi pour la clôture trésorerie");
    text = await chat.say("non j'ai fermé/réouvert, pareil. et c'est pas un pb de droit j'ai validé des mandats hier encore");
    text = await answerUntil(chat, text, /Résumé de votre/, (q) => (/contournement/.test(q) ? "non aucune. ah et Pascal à côté me dit qu'il a la meme erreur depuis ce matin" : 'oui'));
    expect(text).toContain('Personnes touchées: une équipe ou un poste partagé');
  });

  it('"ok pour outlook c bon ça marche, merci. et pour le renvoi de mon poste fixe vers Sylvain ?" takes up the second question', async () => {
    const chat = chatAs(runtime(), 'agnes.renaud@chv.fr');
    await chat.say("bonjour, je pars en congés vendredi pour 2 semaines, comment je mets le message d absence sur outlook ? et faudrait aussi que mon tel renvoie sur celui de Sylvain");
    const text = await chat.say('ok pour outlook c bon ça marche, merci. et pour le renvoi de mon poste fixe vers Sylvain ?');
    expect(text).not.toMatch(/^Tant mieux ! Je note que la fiche vous a aidé\.$/);
    expect(text.split('\n').length).toBeGreaterThan(1);
  });
});
