import { describe, expect, it } from 'vitest';
import { understandText } from '../../src/triage/index.js';
import { fieldsOf } from '../support/rules-reading.js';

// Messages of a January week (storm, generators, flu and RSV surge), each misread before.
describe('readings from a winter week', () => {
  it('"quand je décroche y\'a personne" is nobody on the line, not nobody able to work', () => {
    const fields = fieldsOf("Le téléphone du bureau C305 sonne mais quand je décroche y'a personne, ça arrive 10 fois par jour");
    expect(fields.scope.value).toBe('single_user');
    expect(fields.urgency.value).not.toBe('high');
    expect(fieldsOf("plus personne n'arrive à se connecter au DPI en cardio").scope.value).not.toBe('single_user');
  });

  it('a CT scanner that will not acquire, with emergencies sent to the next hospital, holds up care', () => {
    const fields = fieldsOf('Le scanner (Siemens) affiche un message de calibration depuis la coupure et refuse de lancer les acquisitions. On transfère les urgences au CH voisin ???');
    expect(fields.patient_care_impact.value).toBe(true);
    expect(understandText('Le scanner refuse de lancer les acquisitions depuis ce matin').fields?.category.value).toBe('biomedical');
  });

  it('high-flow oxygen on a baby with no spare device holds up care', () => {
    const text = "L'Airvo de la chambre 4 en pédiatrie sonne 'vérifier le circuit' en boucle, bébé bronchiolite sous haut débit, on a changé le circuit pareil. On n'en a pas d'autre de libre";
    expect(fieldsOf(text).patient_care_impact.value).toBe(true);
    expect(understandText(text).fields?.priority).toBe('P1');
  });

  it('a way round that leaves doses late or only urgent samples run still delays care', () => {
    expect(
      fieldsOf("Cristal-Net : depuis la maj le plan de soins de pédiatrie n'affiche plus les doses en mg/kg, on doit tout recalculer à la main pour chaque enfant et les administrations prennent du retard").patient_care_impact.value,
    ).toBe(true);
    expect(fieldsOf('Automate du labo en erreur de communication, on saisit les NFS à la main et on ne passe que les urgences, le reste attend').patient_care_impact.value).toBe(true);
    // A way round that keeps things going is still one.
    expect(fieldsOf("l'imprimante du secrétariat est en panne, on imprime sur celle du couloir").patient_care_impact.value).toBe(false);
  });
});
