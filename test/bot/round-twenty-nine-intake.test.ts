import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { chatAs, clickIntake, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';

// Sunday 29 November 2026, 21:00 in Paris.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-29T20:00:00Z')) });

describe('a whole site without network', () => {
  it('"plus de réseau du tout… aucun PC n\'a accès à rien" is a network outage for the infrastructure team, and "le type : réseau" corrects the kind', async () => {
    const chat = chatAs(runtime(), 'karine.martinez@chv.fr');
    let text = await chat.say(
      "Plus de réseau du tout aux Tilleuls depuis 20h : aucun PC n'a accès à rien (DPI, mails, imprimantes), au 1er comme au 2e étage. Les infirmières ne peuvent plus voir les prescriptions pour la distribution des médicaments du soir, elles sont bloquées. Le téléphone fixe marche encore",
    );
    expect(text).not.toContain("numéro de l'appareil");
    for (let turn = 0; turn < 4 && !text.includes('Résumé de votre incident'); turn++) text = await chat.say('oui, tout le bâtiment F');
    expect(text).toContain('Type: Réseau');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.category).toBe('network');
    expect(ticket.priority).toBe('P1');
  });

  it('the kind corrected on the summary in so many words', async () => {
    for (const correction of ["c'est pas un problème de poste, c'est le réseau qui est tombé", 'corriger le type : réseau', "le type, c'est une panne réseau pas un pb de matériel"]) {
      const chat = chatAs(runtime(), 'karine.martinez@chv.fr');
      let text = await chat.say("aucun PC du secrétariat ne démarre, écran noir sur les 3 postes");
      for (let turn = 0; turn < 6 && !text.includes('Résumé de votre incident'); turn++) {
        text = await chat.say(/numéro de l'appareil|De quel appareil/.test(text) ? 'je ne sais pas' : /Qui est touché/.test(text) ? 'mon équipe' : /contournement/.test(text) ? "oui, mais c'est gênant" : 'non');
      }
      expect(text).toContain('Type: Poste ou matériel');
      text = await chat.say(correction);
      expect(text, correction).toContain('Type: Réseau');
    }
  });
});
