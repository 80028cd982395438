import { describe, expect, it } from 'vitest';
import { understandText } from '../../src/triage/index.js';

const rules = (text: string) => understandText(text, { models: null });
const shipped = (text: string) => understandText(text);

// Readings of a November week's messages: an epidemic, a new patient-record version, a new mail system
// (labelled by people who had not seen the code).
describe('spoken French drops the "ne"', () => {
  it('"étiquettes labo sortent plus", "propose plus le sirop", "apparait plus dans outlook" are incidents', () => {
    const labels = rules('etiquettes labo sortent plus en rea, on peut pas envoyer les hemocs');
    expect(labels.intent.value).toBe('incident_report');
    expect(labels.fields?.category.value).toBe('printer');
    expect(labels.fields?.patient_care_impact.value).toBe(true);
    expect(rules('la nouvelle fenetre de prescription propose plus le paracetamol en sirop, on doit le taper a la main a chaque fois').intent.value).toBe('incident_report');
    expect(rules('la boite mail partagée du secretariat de pneumo apparait plus dans outlook').intent.value).toBe('incident_report');
    expect(rules('les nouveaux ecrans de prescription affichent plus les doses en mg/kg en pediatrie, les IDE peuvent pas preparer les traitements de 14h').intent.value).toBe('incident_report');
  });

  it('a second screen not detected, or a screen gone pink, is a fault, not a request for another screen', () => {
    expect(rules("Docking station doesn't detect my second screen").intent.value).toBe('incident_report');
    expect(rules("l'ecran de la console de la radiologue est tout rose, elle interprete sur l'autre ecran en attendant").intent.value).toBe('incident_report');
  });
});

describe('P1s held up by what is said around the fault', () => {
  it('files renamed to .locked with a note in every folder of a unit\'s share: the whole unit, urgent', () => {
    const ransomware = shipped("Tous les fichiers du partage de la radio sont renommés en .locked et il y a un fichier LISEZ-MOI.txt dans chaque dossier. On a débranché le câble réseau du PC du secrétariat. Les autres PC de la radio sont encore allumés.");
    expect(ransomware.fields?.category.value).toBe('security');
    expect(ransomware.fields?.scope.value).toBe('service');
    expect(ransomware.fields?.priority).toBe('P1');
  });

  it('"we swapped it and the spare does the same thing" is no way round', () => {
    expect(rules('Volumetric pump in PICU bed 4 keeps alarming downstream occlusion but the line is clear. Child on dopamine. We swapped it and the spare does the same thing.').fields?.patient_care_impact.value).toBe(true);
  });

  it('"personne a pu valider les antibio de 8h" and "need a gas on a baby now" hold up care', () => {
    expect(rules("petite question, le bouton valider de l'administration est grisé sur le nouveau DPI pour toutes les collegues ce matin, du coup personne a pu valider les antibio de 8h").fields?.patient_care_impact.value).toBe(true);
    expect(rules("NICU blood gas analyser won't calibrate, error 312, need a gas on a baby now").fields?.patient_care_impact.value).toBe(true);
  });
});

describe('a way round that holds', () => {
  it('"procédure dégradée papier, ça tient pour l\'instant" keeps care going; "ça tient plus" does not', () => {
    expect(rules("DPI planté aux urgences depuis 7h mais on est passés en procedure degradée papier, ca tient pour l'instant").fields?.patient_care_impact.value).toBe(false);
    expect(rules('le DPI est planté, ça tient plus, on a des patients qui attendent').fields?.patient_care_impact.value).toBe(true);
  });

  it('"my senior did it for me this time", "les patients passent au guichet" and "l\'IOA s\'est mise sur le PC du box 1" are ways round', () => {
    expect(rules("the new prescribing screen won't let me do an insulin sliding scale, it's greyed out. my senior did it for me this time").fields?.patient_care_impact.value).toBe(false);
    expect(rules("l'ecran tactile de la borne d'accueil des urgences reagit plus, les patients passent au guichet").fields?.patient_care_impact.value).toBe(false);
    expect(rules("la maj windows a redemarré le PC de l'IOA en pleine saisie, bloqué a 35% depuis 20 min. l'IOA s'est mise sur le PC du box 1").fields?.patient_care_impact.value).toBe(false);
  });

  it('the biomedical maintenance software down holds up work orders, not care', () => {
    expect(rules("biomed ici, la GMAO se lance plus sur mon poste, on fera les bons de travaux sur papier aujourd'hui").fields?.patient_care_impact.value).toBe(false);
  });
});

describe('who, what', () => {
  it('a data sent to the wrong people is a security matter', () => {
    expect(rules('I emailed a discharge summary to the wrong GP. Same surname, different patient. What do I do now?').fields?.category.value).toBe('security');
    const list = rules("j'ai envoyé le tableau des arrets maladie du service a toute la liste de diffusion au lieu de la cadre sup. je peux le rappeler ?");
    expect(list.intent.value).toBe('incident_report');
    expect(list.fields?.category.value).toBe('security');
  });

  it('sign-in prompts nobody asked for are a security matter', () => {
    expect(rules("I keep getting MFA push notifications I didn't ask for, about 10 in the last hour").fields?.category.value).toBe('security');
  });

  it('"elle a pas de compte DPI" and "on peut avoir un PC en plus ?" are requests', () => {
    expect(rules('infirmiere de renfort arrivée ce matin en pedia, elle a pas de compte DPI. elle bosse en binome en attendant').intent.value).toBe('service_request');
    expect(rules("on peut avoir un PC en plus dans le couloir pour les lits d'appoint ?").intent.value).toBe('service_request');
  });

  it('"tous services confondus" and "wards 3 and 4 and outpatients" are several departments', () => {
    expect(rules('les resultats de labo remontent plus dans le DPI depuis 1h, tous services confondus. on a des patients qui attendent leur kaliemie pour etre traités').fields?.scope.value).toBe('site');
    expect(rules("No network in building B for about 10 min, wards 3 and 4 and outpatients. We've switched to downtime forms.").fields?.scope.value).toBe('site');
  });
});
