import { describe, expect, it } from 'vitest';
import { fieldsOf, readingOf } from '../support/rules-reading.js';

describe('a storm, cardiology, oncology and pediatrics, back offices: readings that hold whatever the models say', () => {
  it('"I can\'t get through to the lab by phone": the phone tried as the way round, and failing, is neither the fault nor a way round', () => {
    for (const text of [
      "Hi, intern in internal medicine. I can't see any lab results in the patient record since this morning. Is the lab system down? I have a patient waiting on a potassium before I can give his meds and I can't get through to the lab by phone",
      "Lab results don't show in the EPR. I have a patient waiting on his INR before I can give his warfarin and I couldn't get through to the lab by phone",
      "The EPR won't show today's results, my patient is waiting on his troponin and I'm unable to get them by phone either",
    ]) {
      expect(readingOf(text).category, text).toBe('software');
      expect(readingOf(text).care, text).toBe(true);
      expect(readingOf(text).priority, text).toBe('P1');
    }
    // Results given by phone, the way round that holds, still keep care going.
    const wayRound = "Lab results aren't showing in the EPR for my patient, the lab gives them to us by phone meanwhile";
    expect(readingOf(wayRound).care).toBe(false);
  });

  it('"the correction was started late": a treatment given late is care held up, told after the fact', () => {
    for (const text of [
      'Hi, consultant in ICU. My DECT keeps dropping calls in the side rooms (beds 8 to 12). I missed the lab calling with a critical potassium earlier, they ended up having to find someone else and the correction was started late.',
      "Le DECT coupe les appels dans les chambres du fond, j'ai raté l'appel du labo pour une kaliémie critique et la correction a été débutée en retard",
      'le DPI rame depuis ce matin, les antibiotiques du lit 4 ont été administrés en retard',
      'The pump library would not load, the chemo for bed 12 was given two hours late',
    ]) expect(readingOf(text).care, text).toBe(true);
    for (const text of [
      "l'automate d'hémato est en panne (erreur aspiration). On envoie les NFS urgentes au labo du site nord par navette, +2h de délai pour les résultats",
      "l'automate de biochimie est en panne, on envoie les tubes au labo de l'autre site par navette, 2h de délai pour les résultats",
      'the coag analyser won\'t start, we send the tubes to the other site by courier, 3 hours delay on the results',
    ]) expect(readingOf(text).care, text).toBe(true);
    // Said to cost no time, the way round keeps care going.
    expect(readingOf("l'appareil de gaz du sang des urgences est HS, on envoie au labo central par pneumatique, pas de souci de délai ils les passent en priorité").care).toBe(false);
  });

  it('"les radiologues ne peuvent rien interpréter": the readings patients wait for cannot be done', () => {
    for (const text of [
      'Imagerie : coupure réseau depuis 8h15, le PACS ne charge plus aucune image sur les consoles de lecture. Les radiologues ne peuvent rien interpréter et les urgences nous relancent toutes les 5 min pour les CR de scanner',
      "Les radiologues ne peuvent rien lire depuis ce matin, les consoles n'affichent plus les images",
      "The reading consoles won't load images, the radiologists can't report anything",
    ]) {
      expect(readingOf(text).care, text).toBe(true);
      expect(readingOf(text).priority, text).toBe('P1');
    }
  });

  it('"le PC de la centrale de télémétrie": the computer of the monitors\' central station is a medical device', () => {
    for (const text of [
      "Depuis la coupure électrique de cette nuit le PC de la centrale de télémétrie cardio redémarre en boucle. Les scopes dans les chambres marchent mais on n'a plus rien en central pour aucun patient, on a mis une IDE en surveillance dans le couloir. On ne pourra pas tenir comme ça toute la journée.",
      'le PC de la centrale de surveillance de la réa est bloqué sur écran bleu',
      "l'ordinateur de la télémétrie de l'USIC ne démarre plus",
      'the central monitoring station PC in CCU keeps freezing',
      'The computer of the telemetry central station in cardiology has a black screen',
    ]) expect(fieldsOf(text).category.value, text).toBe('biomedical');
    // A unit's computers are computers, whatever the unit treats.
    expect(fieldsOf("le PC de l'hémodialyse ne démarre plus").category.value).toBe('hardware');
  });

  it('the phone is still what fails when it is what the writer cannot use', () => {
    expect(fieldsOf("My DECT won't ring, I can't take calls by phone at all").category.value).toBe('phone');
  });
});
