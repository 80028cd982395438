import { describe, expect, it } from 'vitest';
import { tellsWorkaround } from '../../src/triage/index.js';
import { readingOf as read } from '../support/rules-reading.js';

// Readings of a February week and a September week's messages (labelled by people who had not seen the code).
describe('a P1 told without the usual words', () => {
  it('an attachment "two people opened", with a command window popping up, is a threat to the department', () => {
    const mail = read("Hi, the whole radiology department got an email 'shipment notice' with an attachment. Two people opened it, their PCs are super slow and a black command window keeps popping up. We unplugged both of them");
    expect(mail.category).toBe('security');
    expect(mail.priority).toBe('P1');
  });

  it('"depuis la bascule sur la presc électronique" names the switchover, it is no way round', () => {
    expect(tellsWorkaround("Cardio : depuis la bascule sur la presc électronique les héparines en continu n'apparaissent pas dans le plan de soins IDE")).toBe(false);
    expect(tellsWorkaround('on a basculé sur le poste du bureau')).toBe(true);
    expect(read("Cardio : depuis la bascule sur la presc électronique les héparines en continu n'apparaissent pas dans le plan de soins IDE. Les infirmières ne savent pas quoi passer, 3 patients concernés en ce moment").priority).toBe('P1');
  });

  it('"two wards reported it" is several departments: the site', () => {
    const calls = read("Someone is calling wards pretending to be IT and asking nurses for their passwords. Two wards reported it today already and it's still going on");
    expect(calls.scope).toBe('site');
    expect(calls.priority).toBe('P1');
  });
});

describe('ways round told in so many words', () => {
  it('the device works at the bedside, the alarms still sound, the images are read on the device', () => {
    for (const text of [
      'Les PSE de néonat remontent plus dans le logiciel de surveillance depuis mardi, au lit ils fonctionnent normalement',
      'The central station keeps losing beds 1 to 4 for a few seconds at a time, alarms still sound at the bedside',
      "les images d'écho partent plus, les sages-femmes les regardent directement sur l'appareil",
    ]) expect(tellsWorkaround(text), text).toBe(true);
    expect(tellsWorkaround('les alarmes ne sonnent plus au lit')).toBe(false);
  });

  it('paper archives, printed copies carried over, entries made elsewhere or by others, bands written by hand', () => {
    for (const text of [
      'la GED affiche plus les documents scannés avant 2020. pas urgent on a les archives papier',
      "The OR schedule screen still shows yesterday's list. Everyone's using the printed copy",
      "ECG cart won't send tracings to the cardiology system. We print them and walk them over",
      "le logiciel de traçabilité affiche 'serveur injoignable', on trace sur le bordereau papier pour l'instant",
      "La borne d'enregistrement est HS, les agents font les entrées sur le poste d'à côté",
      "Les AS de nuit n'ont plus accès au plan de soins. Les IDE font les saisies à leur place",
      "nobody can open the admissions screen. We're admitting on paper",
      'On fait des bracelets manuscrits pour les bébés',
    ]) expect(tellsWorkaround(text), text).toBe(true);
    expect(tellsWorkaround('les IDE font les saisies du soir')).toBe(false);
    expect(tellsWorkaround("manuscrit illisible sur l'ordonnance")).toBe(false);
  });

  it('a keyboard short of two keys is a fault, not an outage of the care station', () => {
    expect(read("Keyboard on the nurses' station in the oncology day hospital is missing two keys").priority).not.toBe('P1');
  });
});
