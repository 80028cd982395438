import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/triage/matcher.js';
import { statesEveryDeviceFails, statesNobodyCan } from '../../src/triage/quantifier.js';
import { aloneOnShift, careActivityUnderWay, patientsArrivingOrWaiting } from '../../src/triage/care-activity.js';

const device = (token: string) => ['pc', 'dect', 'postes', 'printers'].includes(token);

describe('quantified failures, whatever words sit in between', () => {
  it('reads "nobody ... can" with a place or a system in the middle', () => {
    expect(statesNobodyCan(prepare('personne en psy ne peut se connecter au DPI'))).toBe(true);
    expect(statesNobodyCan(prepare('nobody on the maternity ward can open the module'))).toBe(true);
    expect(statesNobodyCan(prepare("plus personne n'a accès au partage"))).toBe(true);
  });

  it('does not read a harmless "nobody" or "une personne" as a group locked out', () => {
    expect(statesNobodyCan(prepare("personne n'a ouvert la pièce jointe"))).toBe(false);
    expect(statesNobodyCan(prepare('nobody plugged it in'))).toBe(false);
    expect(statesNobodyCan(prepare("une personne de l'équipe ne peut pas se connecter"))).toBe(false);
  });

  it('reads "aucun ... ne" and "tous les ... sont" over equipment', () => {
    expect(statesEveryDeviceFails(prepare('aucun des PC du service ne redémarre'), device)).toBe(true);
    expect(statesEveryDeviceFails(prepare("tous les postes de l'EHPAD sont bloqués"), device)).toBe(true);
    expect(statesEveryDeviceFails(prepare('all the printers on level 2 are offline'), device)).toBe(true);
    expect(statesEveryDeviceFails(prepare('aucun résultat ne part'), device)).toBe(false);
  });
});

describe('care held up, read from roles, activities and time', () => {
  it('sees a round or a session under way or due', () => {
    expect(careActivityUnderWay(prepare("l'écran s'éteint au milieu de la tournée"))).toBe(true);
    expect(careActivityUnderWay(prepare('keeps freezing during med pass'))).toBe(true);
    expect(careActivityUnderWay(prepare('les séances de 13h commencent'))).toBe(true);
    expect(careActivityUnderWay(prepare('avant la tournée de demain'))).toBe(false);
  });

  it('sees patients arriving or waiting', () => {
    expect(patientsArrivingOrWaiting(prepare('les patients du matin arrivent dans 15 min'))).toBe(true);
    expect(patientsArrivingOrWaiting(prepare('patients are piling up in the waiting room'))).toBe(true);
    expect(patientsArrivingOrWaiting(prepare('les patients se plaignent du wifi'))).toBe(false);
  });

  it('sees a nurse alone on the night shift', () => {
    expect(aloneOnShift(prepare("IDE de nuit, elle est seule dans l'unité"))).toBe(true);
    expect(aloneOnShift(prepare('seule au secrétariat ce matin'))).toBe(false);
  });
});
