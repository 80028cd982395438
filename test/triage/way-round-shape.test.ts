import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/triage/matcher.js';
import { statesWorkaround } from '../../src/triage/signal-lexicon.js';
import { wayRoundsByShape } from '../../src/triage/way-round-structure.js';

const told = (text: string) => wayRoundsByShape(prepare(text)).length > 0;

describe('a way round read from its shape: someone keeps working by other means', () => {
  it('reads verbs no phrase list holds', () => {
    expect(told('on remplit le partogramme papier')).toBe(true);
    expect(told("we're triaging on the other PC")).toBe(true);
    expect(told('je fais signer un collègue')).toBe(true);
    expect(told('On a ressorti les classeurs papier pour tenir la journée')).toBe(true);
    expect(told('on fait au téléphone service par service')).toBe(true);
    expect(told('les manips saisissent les patients à la main')).toBe(true);
    expect(told('we write on the paper form')).toBe(true);
  });

  it('does not read a denial, an attempt, a search or a need as a way round', () => {
    expect(told("on n'a pas d'autre PC dans le service")).toBe(false);
    expect(told("j'ai essayé sur l'autre PC")).toBe(false);
    expect(told('on cherche une autre couveuse')).toBe(false);
    expect(told('il nous en faudrait une autre avant ce soir')).toBe(false);
    expect(told("on attend qu'un autre se libère")).toBe(false);
    expect(told("on passe sur l'autre poste, il fait pareil")).toBe(false);
    expect(told('on téléphone seulement les urgences vitales')).toBe(false);
    expect(told('no. unless we send tubes to another hospital by taxi lol')).toBe(false);
    expect(told("je viens de demander aux collègues, personne arrive à l'ouvrir")).toBe(false);
    expect(told('On transfère les urgences au CH voisin ???')).toBe(false);
    expect(told('ah non pardon je confonds avec un autre dossier')).toBe(false);
    expect(told("on a déjà enlevé le papier coincé 3 fois ce matin")).toBe(false);
    expect(told('the OR 3 team, other rooms are ok i think')).toBe(false);
  });

  it('keeps the phone that fails, the help desk called and the English "on" apart', () => {
    expect(told("je suis en HAD, mon tel pro a plus de réseau")).toBe(false);
    expect(told("j'ai appelé le support par téléphone")).toBe(false);
    expect(told('The vendor engineer is on the phone')).toBe(false);
    expect(told('alerts no longer reach the on-call phone')).toBe(false);
  });

  it('is a stated workaround unless the way round is refused in the same breath', () => {
    expect(statesWorkaround(prepare('PC de salle de naissance qui s’éteint tout seul en plein partogramme, 3e fois cette nuit. on remplit le partogramme papier'))).toBe(true);
    expect(statesWorkaround(prepare('impossible de prescrire depuis 10h15. On passe en presc papier mais la pharma refuse les ordos papier !!'))).toBe(false);
  });
});
