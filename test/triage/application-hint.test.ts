import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createApplicationFinder } from '../../src/triage/index.js';

const shipped = createApplicationFinder(parse(readFileSync('config/applications.yaml', 'utf8')) as Record<string, string[]>);

describe('finding the business application a message names', () => {
  it('reads the names staff use, typed loosely', () => {
    expect(shipped.find('Cristal-Net ne répond plus')).toBe('dpi');
    expect(shipped.find('cristal net rame depuis ce matin')).toBe('dpi');
    expect(shipped.find('impossible d’ouvrir les dossiers patients')).toBe('dpi');
    expect(shipped.find('le PACS ne charge plus les images')).toBe('pacs');
    expect(shipped.find('le SIL est planté au labo')).toBe('sil');
    expect(shipped.find('Outlook ne synchronise plus')).toBe('messaging');
    expect(shipped.find('the lab system is down')).toBe('sil');
  });

  it('"pharma" is the pharmacy application when it shows, breaks or is worked in, not the pharmacy calling', () => {
    expect(shipped.find("urgent!! pharma affiche 'licence expirée' qd on veut valider les prescriptions")).toBe('pharmacy');
    expect(shipped.find('pharma plante dès qu on valide une dispensation')).toBe('pharmacy');
    expect(shipped.find("impossible de valider sur pharma depuis ce matin")).toBe('pharmacy');
    expect(shipped.find("la pharma m'a appelée, le DPI n'affiche plus les prescriptions")).toBe('dpi');
  });

  it('takes the application named first, and none when none is named', () => {
    expect(shipped.find('le PACS puis le DPI ont planté')).toBe('pacs');
    expect(shipped.find("l'imprimante du poste de soins n'imprime plus")).toBeUndefined();
  });

  it('the one the rights are about before the one named first: "In Cristal-Net the Imaging tab says \'no PACS rights\'… Could I get PACS access?"', () => {
    expect(shipped.find("In Cristal-Net the Imaging tab says 'no PACS rights for this user'. Could I get PACS access?")).toBe('pacs');
    expect(shipped.find("dans cristal net j'ai pas accès au PACS")).toBe('pacs');
  });

  it('an account that opens neither Windows nor Cristal-Net is the Windows account: "je peux plus rien ouvrir, ni windows ni cristal net"', () => {
    expect(shipped.find("mon compte est bloqué, message compte verrouillé. je peux plus rien ouvrir, ni windows ni cristal net")).toBe('active-directory');
    expect(shipped.find('cristal net me dit mot de passe incorrect')).toBe('dpi');
  });

  it('not the one said not to be it: "c pas cristal net, c\'est la session windows", "c\'est pas le DPI", "it\'s not the EHR"', () => {
    expect(shipped.find('non c pas cristal net, c le pc lui meme, la session windows')).not.toBe('dpi');
    expect(shipped.find("c'est pas le DPI je vous dis, le PACS ne charge plus")).toBe('pacs');
    // Without "c'est", the negation is about having or reaching it: the application is still the one named.
    expect(shipped.find("j'ai pas le DPI sur mon poste")).toBe('dpi');
    expect(shipped.find("je n'ai pas accès au DPI")).toBe('dpi');
  });

  it('works from any list of codes and phrases', () => {
    const finder = createApplicationFinder({ agenda: ['planning des blocs', 'agenda'] });
    expect(finder.find('le planning des blocs est vide')).toBe('agenda');
  });
});
