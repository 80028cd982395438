import { describe, expect, it } from 'vitest';
import { correctFields, tellsWorkaround, understandText } from '../../src/triage/index.js';

const rules = (text: string) => understandText(text, { models: null });

// Readings of an April week's messages (labelled by people who had not seen the code).
describe('requests and incidents', () => {
  it('"could the ICU nurses get read access to PACS?" is a request', () => {
    expect(rules('Hi, could the ICU nurses get read access to PACS? Five people, I\'ll send the list').intent.value).toBe('service_request');
  });

  it('a pump "à récupérer pour expertise" is an incident, not a file to restore; "vous pouvez le récupérer" after a deleted file is still a request', () => {
    const pump = rules("le pousse-seringue du box 2 en réa (BIO-REA-0018) s'est arrêté, alarme 'erreur système'. On l'a remplacé tout de suite, il faut le récupérer pour expertise.");
    expect(pump.intent.value).toBe('incident_report');
    expect(pump.fields?.category.value).toBe('biomedical');
    expect(rules("j'ai supprimé mon fichier par erreur, vous pouvez le récupérer ?").intent.value).toBe('service_request');
  });
});

describe('care goes on', () => {
  it('"Still ventilating fine, patient stable" and "Patient installé sur l\'emplacement 5": care is not held up', () => {
    expect(rules("ICU: the Evita ventilator in box 5 (BIO-REA-0013) shows a 'fan failure' message. Still ventilating fine, patient stable, but we'd like biomed to check it today.").fields?.patient_care_impact.value).toBe(false);
    expect(rules("Le moniteur du réveil 3 en SSPI (BIO-SSPI-0003) affiche une SpO2 à 0 avec un capteur neuf, on a changé de câble, rien. Patient installé sur l'emplacement 5.").fields?.patient_care_impact.value).toBe(false);
  });

  it('"il ventile toujours mais on n\'a plus les alarmes" still holds up care', () => {
    expect(rules("Respi chambre 6 rea affiche erreur capteur de débit, il ventile toujours mais on n'a plus les volumes courants ni les alarmes de volume. On n'a pas d'autre respi de réa libre.").fields?.patient_care_impact.value).toBe(true);
  });

  it('a consultation finished by phone or on the loudspeaker is a way round', () => {
    expect(tellsWorkaround('On a fini au téléphone.')).toBe(true);
    expect(tellsWorkaround("We've been calling them back on the phone.")).toBe(true);
    expect(tellsWorkaround('On fait les consults en haut-parleur.')).toBe(true);
  });
});

describe('a failure told before the way round is the fault\'s', () => {
  it('"…no incoming calls, outgoing says \'network busy\'. We\'re using the landline" and "…ne se connectent plus au wifi non plus… On note tout sur papier en attendant" tell a way round', () => {
    expect(tellsWorkaround("All DECT phones in pediatrics went silent at the same time: no incoming calls, outgoing says 'network busy'. We're using the landline at the nursing station.")).toBe(true);
    expect(tellsWorkaround('Réseau coupé en médecine interne : les chariots de soins ne se connectent plus au wifi non plus, impossible de faire la traçabilité des soins au lit. On note tout sur papier en attendant.')).toBe(true);
  });

  it('a way round that fails after it is told, or is denied, is none', () => {
    expect(tellsWorkaround("on imprime sur celle du couloir mais elle ne marche pas non plus")).toBe(false);
    expect(tellsWorkaround("le logiciel ne démarre plus sur le poste de la chambre 2 et je n'ai pas d'autre poste")).toBe(false);
  });
});

describe('a distance walked is not who is affected', () => {
  it('"on imprime au secrétariat mais faut traverser tout le service" does not make it the whole unit; "tout le service est touché" does', () => {
    expect(rules("l'imprimante du poste de soins affiche bourrage. on imprime au secrétariat en attendant mais faut traverser tout le service").fields?.scope.value).not.toBe('service');
    expect(rules("l'imprimante du poste de soins affiche bourrage, tout le service est touché").fields?.scope.value).toBe('service');
  });
});

describe('a team said in a correction', () => {
  it('"not just for me, the whole team of nurse managers…" and "a group of about 8 managers, not a whole department" are a team', () => {
    const current = understandText('I deleted the Plannings folder on the S: drive by mistake, can you restore it?', { models: null }).fields!;
    expect(correctFields(current, "also it's not just for me, the whole team of nurse managers works in that folder").scope?.value).toBe('team');
    expect(correctFields(current, "hm P2 seems a lot. it's a group of about 8 managers, not a whole department").scope?.value).toBe('team');
    expect(correctFields(current, 'tout le service est bloqué').scope?.value).toBe('service');
  });
});
