import { describe, expect, it } from 'vitest';
import { tellsWorkaround } from '../../src/triage/index.js';
import { readingOf as read } from '../support/rules-reading.js';

// Readings of an April week and an August week's messages (labelled by people who had not seen the code).
describe('a way round that leaves care late or unsafe', () => {
  it('"on règle chaque machine à la main, la séance est décalée et les patients attendent en salle": care held up, P1', () => {
    const dialysis = read('Dialyse : le logiciel envoie plus les paramètres aux générateurs, on règle chaque machine à la main, la séance de 13h est décalée et les patients attendent en salle');
    expect(dialysis.care).toBe(true);
    expect(dialysis.priority).toBe('P1');
  });

  it('"we\'re doing rounds every 15 min but that\'s not safe" is no way round', () => {
    expect(tellsWorkaround("Nurse call isn't ringing at the nurses' station. We're doing rounds every 15 min but that's not safe")).toBe(false);
    expect(read("Nurse call on ward 5C isn't ringing at the nurses' station, patients press and nothing happens. We're doing rounds every 15 min but that's not safe").priority).toBe('P1');
  });

  it('"plus aucune alarme ne remonte au poste" from the central monitor is care at risk for the unit', () => {
    const central = read("Scope central de l'USC HS depuis 3h du mat, plus aucune alarme ne remonte au poste. On tourne dans les chambres toutes les 10 min, pas de central de secours. Qqn peut venir ??");
    expect(central.care).toBe(true);
    expect(central.scope).toBe('service');
    expect(central.priority).toBe('P1');
  });
});
