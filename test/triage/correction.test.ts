import { describe, expect, it } from 'vitest';
import { fieldsOf } from '../support/rules-reading.js';
import { correctFields } from '../../src/triage/index.js';


describe('corrections sent during intake', () => {
  const pcInCardio = fieldsOf('le PC ne démarre plus en cardio');

  it('"non, c\'est en réa" moves the location and nothing else', () => {
    expect(correctFields(pcInCardio, "non, c'est en réa")).toEqual({ location_hint: { unit: 'icu' } });
  });

  it('"non c\'est l\'imprimante" changes the category and the asset', () => {
    const changes = correctFields(pcInCardio, "non c'est l'imprimante");
    expect(changes.category).toEqual({ value: 'printer', source: 'stated' });
    expect(changes.asset_hint).toEqual({ kind: 'printer' });
    expect(changes.scope).toBeUndefined();
  });

  it('"c\'est pas urgent" lowers urgency and, with it, priority', () => {
    const urgent = fieldsOf('le PC du poste de soins ne démarre plus, urgent');
    expect(urgent.priority).toBe('P2');
    expect(correctFields(urgent, "c'est pas urgent")).toEqual({
      urgency: { value: 'low', source: 'stated' },
      priority: 'P4',
    });
  });

  it('"tout le service est touché" widens the scope and raises impact and priority', () => {
    expect(correctFields(pcInCardio, 'tout le service est touché')).toEqual({
      scope: { value: 'service', source: 'stated' },
      impact: 'high',
      priority: 'P2',
    });
  });

  it('a workaround lowers urgency one step and clears patient-care impact', () => {
    const blocking = fieldsOf("le PC de l'IAO est bloqué, on ne peut plus trier les patients");
    expect(blocking.priority).toBe('P1');
    const changes = correctFields(blocking, "on a un autre PC");
    expect(changes.patient_care_impact).toEqual({ value: false, source: 'stated' });
    expect(changes.urgency).toEqual({ value: 'medium', source: 'stated' });
    expect(changes.priority).toBe('P4');
  });

  it('"les patients attendent" states the care impact, which makes an unstated urgency high', () => {
    const changes = correctFields(pcInCardio, 'oui les patients attendent');
    expect(changes.patient_care_impact).toEqual({ value: true, source: 'stated' });
    expect(changes.urgency).toEqual({ value: 'high', source: 'inferred' });
    expect(changes.priority).toBe('P1');
    const notUrgent = fieldsOf('le PC ne démarre plus en cardio, pas urgent');
    expect(correctFields(notUrgent, 'les patients attendent').urgency).toBeUndefined();
  });

  it('returns nothing when the correction changes nothing', () => {
    expect(correctFields(pcInCardio, 'ok')).toEqual({});
    expect(correctFields(pcInCardio, 'oui en cardio')).toEqual({});
  });

  it('keeps a request a request', () => {
    const request = fieldsOf('je voudrais installer Acrobat');
    expect(correctFields(request, "non c'est pour l'imprimante").category).toBeUndefined();
  });
});

describe('the kind of problem in a correction', () => {
  const pacsSlow = fieldsOf('le PACS met une minute à ouvrir une série sur mon poste, je lis sur les consoles en attendant');

  it('is read from its name: "type : sécurité", "c\'est du matériel", "a network issue"', () => {
    expect(correctFields(pacsSlow, 'type : sécurité').category?.value).toBe('security');
    expect(correctFields(pacsSlow, "c'est un problème de matériel").category?.value).toBe('hardware');
    expect(correctFields(pacsSlow, "it's a network issue").category?.value).toBe('network');
  });

  it('is what the correction says it is, not what it says it is not', () => {
    expect(correctFields(pacsSlow, "ce n'est pas un problème de mot de passe, c'est un mail de phishing").category?.value).toBe('security');
    expect(correctFields(pacsSlow, "it's a server fault, not network").category).toBeUndefined();
    expect(correctFields(fieldsOf("l'imprimante du couloir ne marche plus"), "c'est un problème de serveur, pas l'imprimante").category?.value).toBe('software');
    expect(correctFields(pacsSlow, "il n'y a plus de réseau du tout").category?.value).toBe('network');
  });

  it('is not read from a device tag: the tag names the device, the problem stays what it was', () => {
    const changes = correctFields(pacsSlow, "c'est le PC-RAD-0503");
    expect(changes.category).toBeUndefined();
    expect(changes.asset_hint?.tag).toBe('PC-RAD-0503');
  });
});
