import { describe, expect, it } from 'vitest';
import { defaultRedactionPolicy, isValidNir, nirKey, redactText } from '../../src/redaction/index.js';
import { grouped, withKey, withWrongKey } from './nir-fixtures.js';

const mask = (text: string) => redactText(text, defaultRedactionPolicy).text;

describe('NIR key', () => {
  it('is 97 minus the 13-digit number modulo 97', () => {
    expect(nirKey('1850578006084')).toBe(97 - (1850578006084 % 97));
    expect(isValidNir(withKey('1850578006084'))).toBe(true);
    expect(isValidNir(withWrongKey('1850578006084'))).toBe(false);
  });

  it('counts Corsica 2A as 19 and 2B as 18', () => {
    expect(nirKey('293112A018123')).toBe(97 - (2931119018123 % 97));
    expect(nirKey('178022B045067')).toBe(97 - (1780218045067 % 97));
    expect(isValidNir(withKey('293112A018123'))).toBe(true);
    expect(isValidNir(withKey('293112a018123'))).toBe(true);
  });

  it.each([
    ['sex digit 5 or 6 does not exist', '5850578006084'],
    ['month 13 does not exist', '1851378006084'],
    ['month 00 does not exist', '1850078006084'],
    ['month 45 is outside the special ranges', '1854578006084'],
    ['department 00 does not exist', '1850500006084'],
    ['order number 000 is never given', '1850578006000'],
    ['2C is not a department', '293112C018123'],
  ])('rejects a number with a right key when %s', (_reason, body) => {
    expect(isValidNir(body + String(nirKey(body.replace('C', '0'))).padStart(2, '0'))).toBe(false);
  });

  it.each([
    ['a provisional number (sex 7, month 25)', '7012575056789'],
    ['a provisional number (sex 8)', '8990133456012'],
    ['a foreign-born person (department 99)', '1750399123045'],
    ['a month from the 50–99 range', '3886299001002'],
    ['an overseas birth (department 971)', '2920697101234'],
    ['a birth in year 00', '4000114250001'],
  ])('accepts %s', (_reason, body) => {
    expect(isValidNir(withKey(body))).toBe(true);
  });
});

describe('NIR detection in text', () => {
  const nir = withKey('2840375112004');

  it.each([
    ['grouped as on the card', grouped(nir)],
    ['without separators', nir],
    ['with dots', grouped(nir, '.')],
    ['with dashes', grouped(nir, '-')],
    ['with non-breaking spaces', grouped(nir, '\u00a0')],
    ['in pairs', nir.match(/.{1,2}/g)!.join(' ')],
    ['with the key after a slash', `${nir.slice(0, 13)} / ${nir.slice(13)}`],
    ['with the key after "clé"', `${grouped(nir.slice(0, 13))} clé ${nir.slice(13)}`],
  ])('masks a NIR written %s', (_how, written) => {
    expect(mask(`la patiente ${written} n'apparaît pas dans le DPI`)).toBe(
      "la patiente [NIR masqué] n'apparaît pas dans le DPI",
    );
  });

  it('masks a Corsican NIR', () => {
    expect(mask(`assuré ${grouped(withKey('293112A018123'))} introuvable`)).toBe('assuré [NIR masqué] introuvable');
  });

  it('keeps a 15-digit number whose key is wrong, whatever the context', () => {
    const wrong = withWrongKey('2840375112004');
    expect(mask(`NIR ${grouped(wrong)} refusé`)).toBe(`NIR ${grouped(wrong)} refusé`);
    expect(mask(`NIR ${wrong} refusé`)).toBe(`NIR ${wrong} refusé`);
  });

  it('masks 13 characters without the key only when the context names a NIR', () => {
    expect(mask('n° sécu 2 84 03 75 112 004 à vérifier')).toBe('n° sécu [NIR masqué] à vérifier');
    expect(mask('numéro de sécurité sociale du patient : 2840375112004')).toBe(
      'numéro de sécurité sociale du patient : [NIR masqué]',
    );
    expect(mask('lot 2840375112004 reçu')).toBe('lot 2840375112004 reçu');
    expect(mask('référence 2840375112004 reçue')).toBe('référence 2840375112004 reçue');
  });

  it('keeps a number with a right key when it is announced as equipment (IMEI, serial number)', () => {
    expect(mask(`IMEI ${nir} du DECT`)).toBe(`IMEI ${nir} du DECT`);
    expect(mask(`n° de série : ${nir}`)).toBe(`n° de série : ${nir}`);
  });

  it('does not take a NIR out of a longer number', () => {
    expect(mask(`code 9${nir}`)).toBe(`code 9${nir}`);
    expect(mask(`code ${nir}7`)).toBe(`code ${nir}7`);
    expect(mask(`OID 1.2.${grouped(nir, '.')}`)).toBe(`OID 1.2.${grouped(nir, '.')}`);
    expect(mask(`réf ${grouped(nir, '-')}-12`)).toBe(`réf ${grouped(nir, '-')}-12`);
  });

  it('masks a NIR next to other numbers separated by a space', () => {
    expect(mask(`IPP 80123456 ${grouped(nir)}`)).toBe('IPP [IPP masqué] [NIR masqué]');
    expect(mask(`patiente ${nir} 65 ans`)).toBe('patiente [NIR masqué] 65 ans');
  });

  it('reports what it masked with offsets into the input', () => {
    const text = `patient ${nir} au 06 71 22 33 44`;
    expect(redactText(text, defaultRedactionPolicy).found).toEqual([
      { kind: 'nir', start: 8, end: 23 },
      { kind: 'phone', start: 27, end: 41 },
    ]);
  });
});
