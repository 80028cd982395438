import { describe, expect, it } from 'vitest';
import { tellsCareGoesOn, tellsWorkaround, understandText } from '../../src/triage/index.js';
import { readingOf as read } from '../support/rules-reading.js';

// Readings of two November weeks' messages (labelled by people who had not seen the code).
describe('ways round told in other words', () => {
  it.each([
    'PC-ADM-0233 à l\'accueil administratif des urgences : écran bleu au démarrage. C\'est le seul poste de l\'accueil la nuit, on enregistre les patients sur papier',
    'Le lecteur de carte CPS ne fonctionne plus sur mon poste, je ne peux plus faire les arrêts de travail électroniques. Je les fais en papier.',
    'le chariot informatique n°7 de chir ortho a une batterie qui tient plus 30 min. On utilise le n°8',
    'Salle de naissance 2 : le monitoring fœtal n\'enregistre plus le tracé. Patiente en travail, on a récupéré l\'appareil de la salle 4',
    'Le scanner n°2 de l\'imagerie ne démarre plus, message erreur tube. Les patients sont redirigés vers le scanner 1, ça fait de l\'attente mais ça tourne',
    'l\'écran de la caméra de la chambre d\'isolement n°3 n\'affiche plus l\'image. On passe le voir physiquement toutes les 15 min',
    'imprimante du bloc salle 3 pour les étiquettes de traçabilité : « erreur ruban ». on colle les étiquettes du fournisseur dans le dossier papier',
    "The blood gas analyzer in the ED shows results but they no longer appear in the patient record. We're reading them off the machine's screen and writing them down.",
    'The mobile X-ray unit won\'t send images to PACS from réa. We carry the detector back to the department and upload from there, works but slow.',
    'le wifi en maternité encore coupé, les sages femmes peuvent plus utiliser les tablettes, on retourne sur les postes fixes du bureau',
    'le logiciel d\'annuaire ne trouve plus aucun numéro, on répond aux appelants de mémoire et avec l\'annuaire papier de 2023',
  ])('"%s"', (message) => {
    expect(tellsWorkaround(message)).toBe(true);
  });

  it('with a way round, the birth-room monitor is a P4, not a P1', () => {
    expect(read("Salle de naissance 2 : le monitoring fœtal n'enregistre plus le tracé, le papier avance mais reste blanc. Patiente en travail, on a récupéré l'appareil de la salle 4")).toMatchObject({ care: false });
  });

  it('"it prints fine but doesn\'t send … we scan the paper" stays a way round with nothing blocked after it', () => {
    expect(read("ECG machine in ED box 2 prints fine but doesn't send the trace to the DPI anymore. We scan the paper for now.").priority).toBe('P4');
  });

  it('"on note tout sur papier" while the dialysis software is down for the unit: care carries on, the whole unit waits on the repair', () => {
    const text = "Le logiciel de dialyse ne démarre plus sur les postes de l'unité, on note tout sur papier";
    expect(read(text)).toMatchObject({ scope: 'service', care: false });
    expect(understandText(text).fields?.priority).toBe('P1');
  });
});

describe('care said not to be affected', () => {
  it.each([
    "Whole réa chirurgicale: the monitors' clocks are 1 hour off since the time change. Doesn't affect care but the record is wrong.",
    'Patient Wi-Fi is down in the whole oncology day hospital. Not a clinical issue but lots of complaints.',
  ])('"%s"', (message) => {
    expect(tellsCareGoesOn(message)).toBe(true);
  });
});

describe('a way round that costs keeps the repair due soon', () => {
  it('"on est 4 techniciennes sur une seule" is medium, not low', () => {
    expect(read("Laboratoire de bactério : l'étiqueteuse de la paillasse n°2 imprime des étiquettes vides. On utilise celle de la paillasse 1 mais on est 4 techniciennes sur une seule").urgency).toBe('medium');
  });
});

describe('two units named together', () => {
  it('"the DPI is down in réa and urgences" stays several departments after the learned refinement', () => {
    expect(understandText('the DPI is down in réa and urgences, we are on paper').fields?.scope.value).toBe('site');
  });
});
