import { describe, expect, it } from 'vitest';
import { defaultRedactionPolicy, redactForAudience } from '../../src/redaction/index.js';
import { grouped, seededRandom, withKey, withWrongKey } from './nir-fixtures.js';

/**
 * Generated NIRs (every sex digit, special months, Corsica, overseas, foreign-born) written in every
 * layout people use, inside sentences that the example table does not contain.
 */
const random = seededRandom(20260312);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const digits = (count: number, min = 0, max = 10 ** count - 1) =>
  String(min + Math.floor(random() * (max - min + 1))).padStart(count, '0');

function randomBody(): string {
  const sex = pick(['1', '2', '3', '4', '7', '8']);
  const month = pick([digits(2, 1, 12), digits(2, 1, 12), digits(2, 20, 42), digits(2, 50, 99)]);
  const place = pick([
    () => digits(2, 1, 95) + digits(3, 1, 990),
    () => pick(['2A', '2B']) + digits(3, 1, 366),
    () => pick(['971', '972', '973', '974', '976']) + digits(2, 1, 99),
    () => '99' + digits(3, 100, 500),
  ])();
  return sex + digits(2) + month + place + digits(3, 1, 999);
}

const layouts: ((nir: string) => string)[] = [
  (nir) => nir,
  (nir) => grouped(nir),
  (nir) => grouped(nir, '.'),
  (nir) => grouped(nir, '-'),
  (nir) => grouped(nir, '\u00a0'),
  (nir) => grouped(nir, '  '),
  (nir) => nir.match(/.{1,2}/g)!.join(' '),
  (nir) => `${nir.slice(0, 13)} ${nir.slice(13)}`,
  (nir) => `${grouped(nir.slice(0, 13))} / ${nir.slice(13)}`,
  (nir) => nir.toLowerCase(),
];

const sentences: ((nir: string) => string)[] = [
  (nir) => `Bonjour, l'admission de Mme Y bloque sur le ${nir}, pouvez-vous regarder ?`,
  (nir) => `${nir}`,
  (nir) => `Erreur HPRIM "NIR invalide" pour ${nir} depuis ce matin.`,
  (nir) => `La mutuelle ne reconnaît pas (${nir}).`,
  (nir) => `Fusion d'identités : garder ${nir}, supprimer l'autre`,
  (nir) => `Le téléservice INSi renvoie 'introuvable' pour ${nir}\nmerci`,
  (nir) => `Hello, patient ID ${nir} shows twice in the EHR`,
  (nir) => `nir=${nir};ipp=?`,
  (nir) => `Résultats de labo rattachés au mauvais assuré: ${nir}!`,
  (nir) => `[urgent] ${nir} – dossier inaccessible en réa`,
];

const cases = Array.from({ length: 400 }, () => {
  const body = randomBody();
  return { body, layout: pick(layouts), sentence: pick(sentences) };
});

describe('held-out NIRs', () => {
  it('masks every NIR whose key checks, whatever the layout and sentence', () => {
    const missed = cases
      .map(({ body, layout, sentence }) => ({ input: sentence(layout(withKey(body))), expected: sentence('[NIR masqué]') }))
      .filter(({ input, expected }) => redactForAudience(input, 'external', defaultRedactionPolicy).text !== expected);
    expect(missed).toEqual([]);
  });

  it('leaves every one of them unchanged when the key is wrong', () => {
    const masked = cases
      .map(({ body, layout, sentence }) => sentence(layout(withWrongKey(body))))
      .filter((input) => redactForAudience(input, 'external', defaultRedactionPolicy).found.length > 0);
    expect(masked).toEqual([]);
  });
});
