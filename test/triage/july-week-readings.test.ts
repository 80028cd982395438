import { describe, expect, it } from 'vitest';
import { tellsWorkaround, understandText } from '../../src/triage/index.js';

const rules = (text: string) => understandText(text, { models: null });

// Readings of a July week's messages: summer replacements, a new prescription software version, a heat alert,
// a power micro-cut (labelled by people who had not seen the code).
describe('ways round', () => {
  it('the fixed PC for the round, a note taped up, the PC next door, checking by eye, paper sheets, leaving it plugged in, the other printer, keyboard shortcuts, other sockets, a colleague logging one in', () => {
    for (const text of [
      'Sur les postes fixes ça passe. On fait le tour des médicaments avec le poste fixe',
      'On a scotché un mot avec le numéro du DECT',
      "J'utilise le poste d'à côté mais on se le dispute",
      "On vérifie à l'oeil mais normalement c'est obligatoire",
      'Les patients attendent un peu, on fait des feuilles papier',
      'On le laisse branché dans le couloir du coup',
      "On a l'autre imprimante au fond de la salle",
      "We're getting by with keyboard shortcuts",
      'on fait les transmissions sur le poste fixe chacun son tour, ça ralentit tout',
      'on a rebranché les PC sur les prises blanches',
      "A colleague is logging in for me but I don't think that's really allowed",
    ]) expect(tellsWorkaround(text), text).toBe(true);
  });

  it('the CPS reader of one doctor\'s PC, the PC next door in use: no care held up', () => {
    const reading = rules("Le lecteur de carte CPS de mon poste ne lit plus ma carte, je ne peux plus signer mes ordonnances. J'utilise le poste d'à côté mais on se le dispute");
    expect(reading.fields?.patient_care_impact.value).toBe(false);
  });
});

describe('an equipment room too hot', () => {
  it('"la clim de la salle informatique… fait un bruit d\'enfer, il fait super chaud dedans" cannot wait', () => {
    const reading = rules("la clim de la salle informatique du sous-sol bât D fait un bruit d'enfer, il fait super chaud dedans et il y a une alarme qui sonne");
    expect(reading.fields?.urgency.value).toBe('high');
  });
});

describe('another unit in the story', () => {
  it('"l\'imprimante du poste de soins… pour le bloc de 14h" and "dans tout le service… la pharmacie peut pas libérer les poches" name no place', () => {
    expect(rules("bjr l'imprimante du poste de soins marche plus. on a les plans de soins à imprimer pour le bloc de 14h").fields?.location_hint).toBeNull();
    expect(rules("cristal net rame à mort dans tout le service. on a 12 patients qui attendent leur chimio, la pharmacie peut pas libérer les poches sans la validation").fields?.location_hint).toBeNull();
  });

  it('the unit named as where still is: "l\'imprimante du poste de soins de la cardio", "la pharmacie peut plus imprimer"', () => {
    expect(rules("l'imprimante du poste de soins de la cardio est en panne").fields?.location_hint?.unit).toBe('cardiology');
    expect(rules('la pharmacie peut plus imprimer les étiquettes').fields?.location_hint?.unit).toBe('pharmacy');
  });
});

describe('one account refused everywhere', () => {
  it('"compte verrouillé sur tous les pc du service" after "j\'ai changé mon mdp" is one person locked out, not the unit', () => {
    const reading = rules("compte bloqué !! j'ai changé mon mdp vendredi et ce matin windows me dit compte verrouillé sur tous les pc du service. c'est ma collègue qui valide pour moi en attendant");
    expect(reading.fields?.scope.value).toBe('single_user');
    expect(reading.fields?.category.value).toBe('access');
    expect(rules('tous les pc du service sont bloqués, écran noir').fields?.scope.value).toBe('service');
  });
});
