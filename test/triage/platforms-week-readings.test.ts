import { describe, expect, it } from 'vitest';
import { understandText } from '../../src/triage/index.js';
import { readingOf } from '../support/rules-reading.js';

const fieldsOf = (text: string) => understandText(text).fields!;

describe('a week on the technical platforms and a bad roll-out: readings that hold whatever the models say', () => {
  it('"l\'écran tactile du scope de transport": a part named by its medical device is the device\'s', () => {
    expect(readingOf("écran tactile du scope de transport de la réa répond plus, on a un transfert au scanner dans 20 min !").category).toBe('biomedical');
    expect(fieldsOf("écran tactile du scope de transport de la réa répond plus, on a un transfert au scanner dans 20 min !").priority).toBe('P1');
    // A unit's computers named after the unit stay computers.
    expect(readingOf("tous les postes de l'hémodialyse affichent l'heure d'hier depuis la coupure de courant").category).not.toBe('biomedical');
  });

  it('"le programme de gastro de cet aprem est compromis" is a list of patients at risk, not a compromised machine', () => {
    const text = 'Le laveur-désinfecteur d\'endoscopes affiche "défaut conductivité", les endoscopes sont bloqués dedans, le programme de gastro de cet aprem est compromis';
    expect(readingOf(text).category).toBe('biomedical');
    expect(readingOf(text).care).toBe(true);
    expect(readingOf('je pense que mon compte est compromis, il y a des connexions que je ne connais pas').category).toBe('security');
  });

  it('"les radiologues peuvent plus interpréter" holds up care', () => {
    expect(readingOf("le PACS rame a mort, les images scanner mettent 5 min a s'afficher sur toutes les consoles de radio, bat C et urgences pareil. les radiologues peuvent plus interpreter").care).toBe(true);
  });

  it('the previous patient\'s drugs shown, "a safety issue", is a risk to patients', () => {
    const text = "The new prescription module sometimes shows the PREVIOUS patient's meds when I switch patient. Happened twice in ICU this morning. Everyone here is now double-checking the name on every screen, this is a safety issue.";
    expect(readingOf(text).care).toBe(true);
    expect(fieldsOf(text).priority).toBe('P1');
  });

  it.each([
    // It works in the end.
    'Spirometer in the pulmonary function lab (outpatients) gives a calibration error every morning, we recalibrate 3 times and then it works. Could biomed have a look when they can?',
    // Nothing has stopped yet.
    'Bonjour, message "espace disque presque plein" sur la console du scanner 2. La manip dit que ça va bloquer les acquisitions ce soir si rien n\'est fait',
    // The device does its job; only the link to the record fails.
    "The blood gas analyser in theatres (corridor between OR 3 and 4) won't send results to the anaesthesia record anymore, it prints them fine though",
    "le cardiotoco de la salle 3 imprime plus le papier, le trace s'affiche bien a l'ecran et part dans la centrale",
  ])('%s → care goes on', (text) => {
    expect(readingOf(text).care).toBe(false);
  });

  it('"le logiciel de restauration" is the kitchens\' catering software, not a file to restore', () => {
    expect(understandText("Le logiciel de restauration est bloqué à la cuisine centrale : impossible d'éditer les fiches repas des 14 unités pour le service de midi").intent.value).toBe('incident_report');
    expect(understandText("besoin d'une restauration du fichier des gardes d'hier").intent.value).toBe('service_request');
  });
});
