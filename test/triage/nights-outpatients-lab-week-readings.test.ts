import { describe, expect, it } from 'vitest';
import { understandText } from '../../src/triage/index.js';
import { readingOf } from '../support/rules-reading.js';

describe('nights and weekends on the wards, outpatients, the lab and back offices: readings that hold whatever the models say', () => {
  it.each([
    "teams plante au démarrage sur le pc du poste de soins de médecine interne. on s'en sert pas la nuit, juste pour info",
    "outlook ne s'ouvre plus sur le pc du poste de soins en neuro",
    "Outlook won't open on the shared PC at the day hospital nurses' station, stuck on 'loading profile' since this morning",
    "Teams crashes on the nursing station computer in geriatrics, we don't use it at night, just fyi",
  ])('%s → an office tool failing on a care station: care goes on', (text) => {
    expect(readingOf(text).care).toBe(false);
    expect(readingOf(text).priority).not.toBe('P1');
  });

  it('the care station itself, or a care system on it, failing still holds up care', () => {
    expect(readingOf('le pc du poste de soins de médecine interne plante au démarrage').care).toBe(true);
    expect(readingOf('le DPI et outlook plantent sur le poste de soins de neuro').care).toBe(true);
  });

  it.each([
    "teams plante au démarrage sur le pc du poste de soins de médecine interne. on s'en sert pas la nuit, juste pour info",
    "Teams crashes on the nursing station computer in geriatrics, we don't use it at night, just fyi",
    "le scanner à documents de l'accueil fait des traits sur les pages, c'est juste pour signaler",
    "l'imprimante du bureau des cadres fait un bruit bizarre, on s'en sert presque jamais",
  ])('%s → "juste pour info", "on s\'en sert pas la nuit": it can wait', (text) => {
    expect(readingOf(text).urgency).toBe('low');
  });
});

describe('set-ups for newcomers and asks of what can be done are requests', () => {
  it.each([
    "Pour l'interne en pharmacie qui arrive lundi : session Windows + logiciel de pharmacie + Cristal-Net en lecture svp. Merci d'avance",
    "l'externe qui commence demain en neuro : session windows et DPI en lecture svp",
    'Bonjour, on accueille 3 nouveaux techniciens au labo le 2 mars, il leur faudra des comptes Windows, SIL et Outlook. Je vous envoie la liste où ?',
    'on accueille 2 stagiaires en cardio la semaine prochaine, il leur faudra une session windows',
    'For the pharmacy intern who starts Monday: Windows login, pharmacy software and read access to the EPR please',
  ])('%s → a set-up before someone arrives: a service request', (text) => {
    const understanding = understandText(text, { models: null });
    expect(understanding.intent.value).toBe('service_request');
    expect(understanding.fields?.priority).not.toBe('P1');
  });

  it.each([
    "On voudrait que les alarmes des frigos de la pharmacie soient aussi renvoyées sur le DECT du cadre (DECT-0612), c'est faisable ?",
    "est-ce que c'est possible que les appels de la sonnette arrivent aussi sur le dect de l'AS ?",
    "Would it be possible to have the fridge alarms forwarded to the charge nurse's DECT too?",
  ])('%s → asking whether something can be set up: a request, no care waiting', (text) => {
    const understanding = understandText(text, { models: null });
    expect(understanding.intent.value).toBe('service_request');
    expect(understanding.fields?.patient_care_impact.value).toBe(false);
    expect(understanding.fields?.priority).not.toBe('P1');
  });

  it('a new account broken on arrival, or the one colleague who still manages to log in, is still an incident', () => {
    for (const text of [
      "l'interne qui est arrivé lundi a son compte bloqué, il peut plus prescrire",
      "Session windows bloquée pour toute l'équipe de nuit, on tourne sur le poste de la seule IDE qui arrive encore à se connecter",
    ]) expect(understandText(text, { models: null }).intent.value, text).toBe('incident_report');
  });
});

describe('a phone with a flat battery and its charger gone', () => {
  it.each([
    'salut, le portable du chef de garde a plus de batterie et le chargeur a disparu du bureau. si qqn en a un a nous dépanner...',
    "the on-call doctor's phone is flat and the charger is gone from the office",
    'le chargeur du dect de nuit a disparu, il reste 10% de batterie',
  ])('%s → a charger to find: no care held up', (text) => {
    expect(readingOf(text).care).toBe(false);
    expect(readingOf(text).priority).not.toBe('P1');
  });
});
