import { describe, expect, it } from 'vitest';
import { tellsWorkaround, understandText } from '../../src/triage/index.js';
import { fieldsOf } from '../support/rules-reading.js';

// From conversations with staff who had not seen the code: ways round and care told in the words of the wards.
describe('a way round told in passing', () => {
  it.each([
    'pas urgent, on a un respi de rechange',
    'le CTG de la salle de naissance 2 remonte plus sur la centrale, le tracé papier marche',
    "bon ça sort sur l'imprimante du tri, c'est bon pour l'instant",
    'ah si, en fait on peut aussi taper login + mdp, c juste plus long',
  ])('"%s"', (text) => {
    expect(tellsWorkaround(text)).toBe(true);
  });

  it('a spare ventilator in use, or the CTG\'s own paper trace, keeps care going: no P1', () => {
    expect(fieldsOf('respi salle 4 en défaut au check, on a un respi de rechange').priority).not.toBe('P1');
    expect(understandText('le CTG de la salle de naissance 2 remonte plus sur la centrale, le tracé papier marche').fields!.priority).not.toBe('P1');
  });
});

describe('an anaesthesia about to start', () => {
  it('"compte bloqué !! trop d\'essais mdp, on induit dans 15 min" holds up care', () => {
    const fields = fieldsOf("compte bloqué !! trop d'essais mdp, on induit dans 15 min");
    expect(fields.patient_care_impact.value).toBe(true);
    expect(fields.priority).toBe('P1');
  });
});

describe('units named that are not where the problem is', () => {
  it('"l\'imprimante de la facturation au guichet 2": the admissions desks bill too; no finance department', () => {
    expect(fieldsOf("l'imprimante de la facturation au guichet 2 imprime plus rien").location_hint?.unit).toBeUndefined();
  });

  it('"chez nous, la réa a le même souci": another unit hit as well, not the writer\'s place', () => {
    expect(fieldsOf('le logiciel de la pharma (dispensation) plante chez nous, la réa a le même souci').location_hint?.unit).not.toBe('icu');
    expect(fieldsOf("la réa a un souci d'imprimante").location_hint?.unit).toBe('icu');
  });

  it('"un mail soit disant la DRH": the sender it claims to be', () => {
    expect(fieldsOf("reçu un mail soit disant la DRH qui demande mon mot de passe, j'ai cliqué").location_hint?.unit).toBeUndefined();
  });
});
