import { describe, expect, it } from 'vitest';
import { boundedDistance, Vocabulary } from '../../src/knowledge/text/fuzzy.js';
import { fold, tokenize } from '../../src/knowledge/text/normalize.js';
import { findConcepts } from '../../src/knowledge/text/concepts.js';
import { saysItFails } from '../../src/knowledge/text/failure.js';
import { stem } from '../../src/knowledge/text/stem.js';
import { numberedSteps } from '../../src/knowledge/parse-fiche.js';

describe('text processing', () => {
  it('folds case, accents and ligatures', () => {
    expect(fold('Œdème en RÉA, ça bogue')).toBe('oedeme en rea, ca bogue');
  });

  it('splits on apostrophes, hyphens and punctuation, keeping digits', () => {
    expect(tokenize("L'imprimante n’imprime plus : PC-CARD-0342 !")).toEqual(['l', 'imprimante', 'n', 'imprime', 'plus', 'pc', 'card', '0342']);
  });

  it('stems French typed with or without accents to the same term', () => {
    expect(stem('bloquée', 'fr')).toBe(stem('bloquee', 'fr'));
    expect(stem('imprimantes', 'fr')).toBe(stem('imprimante', 'fr'));
    expect(stem('printers', 'en')).toBe(stem('printer', 'en'));
  });

  it('hears that something stopped working from how it is said', () => {
    const fails = (text: string) => saysItFails(tokenize(text).map(fold));
    for (const text of ["l'imprimante n'imprime plus", 'ça imprime pas', "my printer doesn't print anymore", "it won't start", 'impossible d\'imprimer', 'not printing']) {
      expect(fails(text), text).toBe(true);
    }
    for (const text of ['ajouter une imprimante', 'how do I add a printer', 'imprimante par défaut']) expect(fails(text), text).toBe(false);
  });

  it('maps abbreviations and the other language to one concept', () => {
    const concepts = (text: string, lang: 'fr' | 'en') => findConcepts(tokenize(text).map((t) => stem(t, lang)), lang).map((m) => m.term);
    expect(concepts('mdp', 'fr')).toEqual(['§password']);
    expect(concepts('mot de passe', 'fr')).toEqual(['§password']);
    expect(concepts('password', 'en')).toEqual(['§password']);
    // The longest strict phrase wins: a patient monitor is not a screen.
    expect(concepts('patient monitor', 'en')).toEqual(['§patientmonitor']);
  });

  it('corrects a typo within a bounded edit distance, and leaves unknown words alone', () => {
    const vocabulary = new Vocabulary();
    vocabulary.add('imprimante', 10);
    vocabulary.add('imprimer', 3);
    vocabulary.add('souris', 2);
    expect(vocabulary.nearest('imprimente')).toEqual({ word: 'imprimante', distance: 1 });
    expect(vocabulary.nearest('sourie')).toEqual({ word: 'souris', distance: 1 });
    expect(vocabulary.nearest('cantine')).toBeUndefined();
    expect(vocabulary.nearest('pc')).toBeUndefined();
    expect(boundedDistance('verouille', 'verrouille', 2)).toBe(1);
    expect(boundedDistance('ecran', 'ecarn', 2)).toBe(1);
    expect(boundedDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });

  it('reads numbered steps, joining continuation lines and dropping link targets', () => {
    expect(numberedSteps('1. Ouvrez [le portail](password-reset.md).\n   Puis validez.\n2. Appelez le 5000.\n\n- note')).toEqual([
      'Ouvrez le portail. Puis validez.',
      'Appelez le 5000.',
    ]);
  });
});

describe('the generated stem table', () => {
  it('holds exactly the stems of the current lexicon and stop words (else run: npx tsx src/knowledge/text/write-lexicon-stems.ts)', async () => {
    const { readFileSync } = await import('node:fs');
    const { lexiconStemTable } = await import('../../src/knowledge/text/lexicon-stem-table.js');
    expect(readFileSync('src/knowledge/text/lexicon-stems.ts', 'utf8')).toBe(lexiconStemTable());
  });
});
