import { describe, expect, it } from 'vitest';
import { tellsWorkaround, understandText } from '../../src/triage/index.js';

const rules = (text: string) => understandText(text, { models: null });

// Readings of an April week's messages: badge sign-on on the shared stations, a water leak in a server room,
// interns and summer replacements arriving (labelled by people who had not seen the code).
describe('ways round', () => {
  it('a portable monitor put on the patient, printing next door, colleagues logging one in, dictating, walking samples, calling people out', () => {
    for (const text of [
      "Monitor at bed 6 in the step-down unit shows SpO2 0 all the time, even with a new sensor. We've put a portable monitor on the patient.",
      "ED, Saturday: the discharge prescription printer doesn't work, we're printing in the doctors' office next door.",
      'mon badge marche plus du tout depuis ce matin (ni portes ni PC). Je suis AS aux urgences, les collègues m\'ouvrent et me connectent',
      "Impossible d'ouvrir les comptes rendus opératoires dans le DPI au bloc. On dicte et on tapera plus tard",
      "The pneumatic tube station in the ED says 'hors service', samples have to be walked to the lab.",
      "La borne à tickets des admissions est bloquée, plus de tickets. On appelle les gens à l'oral",
      "SSO badge en cardio : quand on pose le badge ça ouvre Windows mais pas le DPI, faut retaper le mdp DPI. On vit avec",
      'The ECG machine in cardiology prints completely blank traces. Borrowed the one from the ED.',
      "Salle de staff cardio : le vidéoprojecteur n'affiche rien depuis le PC. On fera sur l'écran du bureau",
      "l'échographe de la salle 3 a planté, on bascule les patients sur la salle 4",
    ]) expect(tellsWorkaround(text), text).toBe(true);
  });

  it('a monitor swapped for a portable one is a P4, not a P1', () => {
    const reading = rules("Monitor at bed 6 in the step-down unit shows SpO2 0 all the time, even with a new sensor. We've put a portable monitor on the patient.");
    expect(reading.fields?.patient_care_impact.value).toBe(false);
    expect(reading.fields?.priority).toBe('P4');
  });

  it('"toute seule j\'y arrive pas" rejects the way round: care stays held up', () => {
    const reading = rules(
      "Samedi, je suis seule préparatrice à la pharmacie, le robot de dispensation est bloqué. Plus rien ne sort pour les services, je fais à la main mais toute seule j'y arrive pas.",
    );
    expect(reading.fields?.patient_care_impact.value).toBe(true);
  });
});

describe('comfort, not care', () => {
  it('the guests\' Wi-Fi in the on-call rooms holds up no care', () => {
    const reading = rules("Guest Wi-Fi doesn't work in the on-call rooms, I just want internet at night. Low priority obviously.");
    expect(reading.fields?.patient_care_impact.value).toBe(false);
    expect(reading.fields?.priority).toBe('P4');
  });

  it('"just so it gets fixed on Monday" can wait', () => {
    expect(rules('the discharge printer in the ED is broken, just so it gets fixed on Monday').fields?.urgency.value).toBe('low');
  });
});

describe('security', () => {
  it('a login page closed "without typing anything" is a threat not acted on: low', () => {
    const reading = rules("I clicked a link in a Teams message from an external account. A login page opened and I closed it without typing anything. Should I worry?");
    expect(reading.fields?.category.value).toBe('security');
    expect(reading.fields?.urgency.value).toBe('low');
  });
});

describe('what is asked', () => {
  it('"logs me out… since the badge system was installed" reports a fault, not an installation', () => {
    const reading = rules('The DPI logs me out every couple of minutes on the ward workstation since the badge system was installed this morning.');
    expect(reading.intent.value).toBe('incident_report');
    expect(reading.fields?.category.value).toBe('software');
  });

  it('"could you add it to my profile?" asks for rights', () => {
    expect(rules("I'm the new cardiology fellow. The ECG viewer says 'no rights'. Could you add it to my profile?").intent.value).toBe('service_request');
  });
});
