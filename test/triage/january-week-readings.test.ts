import { describe, expect, it } from 'vitest';
import { understandText } from '../../src/triage/index.js';

const rules = (text: string) => understandText(text, { models: null });

// Readings of a January week's messages: a new DPI version, snow and remote work, a new outpatient building,
// new infusion pumps, interns arriving (labelled by people who had not seen the code).
describe('what is asked', () => {
  it('something broken in "the new building" is reported, not a request for news ("du nouveau ?")', () => {
    for (const text of [
      "Le tableau blanc interactif de la salle de réunion du nouveau bâtiment ne s'allume pas. Pas pressé, c'est pour la réunion de jeudi.",
      "Les écrans d'appel des patients dans la salle d'attente du nouveau bâtiment sont tous noirs.",
      "La borne d'accueil du hall du nouveau bâtiment est bloquée sur l'écran de mise à jour Windows depuis hier",
    ]) expect(rules(text).intent.value).toBe('incident_report');
    expect(rules('bonjour, du nouveau pour mon imprimante ?').intent.value).toBe('ticket_status');
    expect(rules('y a du nouveau ?').intent.value).toBe('ticket_status');
  });

  it('"g ouvert un ticket lundi… tjs rien" asks for news', () => {
    expect(rules('bjr, g ouvert un ticket lundi pr mon badge, tjs rien. c normal ?').intent.value).toBe('ticket_status');
  });
});
