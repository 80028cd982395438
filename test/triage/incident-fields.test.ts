import { describe, expect, it } from 'vitest';
import { fieldsOf } from '../support/rules-reading.js';
import { understandText, unstatedFields } from '../../src/triage/index.js';


describe('incident fields read from a staff message', () => {
  it('wristband printer down in the emergency department: a P1 the dialog should confirm', () => {
    const f = fieldsOf("l'imprimante à bracelets des urgences n'imprime plus rien");
    expect(f.category.value).toBe('printer');
    expect(f.asset_hint).toEqual({ kind: 'label_printer' });
    expect(f.location_hint).toEqual({ unit: 'emergency' });
    expect(f.scope).toEqual({ value: 'team', source: 'inferred' });
    expect(f.patient_care_impact).toEqual({ value: true, source: 'inferred' });
    expect(f.priority).toBe('P1');
  });

  it('every PC of the ICU down and records unreachable: critical, everything stated', () => {
    const f = fieldsOf('plus aucun PC ne marche en réa, on ne peut plus accéder aux dossiers patients !!');
    expect(f.scope).toEqual({ value: 'service', source: 'stated' });
    expect(f.patient_care_impact).toEqual({ value: true, source: 'stated' });
    expect(f.urgency).toEqual({ value: 'high', source: 'stated' });
    expect(f.impact).toBe('critical');
    expect(f.priority).toBe('P1');
    expect(unstatedFields(f)).toEqual([]);
  });

  it('applies the category rules of DESIGN.md', () => {
    expect(fieldsOf("URGENT compte DPI pour l'interne de garde de ce soir").category.value).toBe('request');
    expect(fieldsOf('Mot de passe expiré, impossible de me connecter au DPI').category.value).toBe('access');
    expect(fieldsOf('Plus personne ne peut se connecter au logiciel de soins en cardio').category.value).toBe('software');
    expect(fieldsOf('le scope du box 4 ne s’allume plus').category.value).toBe('biomedical');
    expect(fieldsOf('la pompe à perfusion du lit 3 sonne sans arrêt').category.value).toBe('biomedical');
    expect(fieldsOf("J'ai cliqué sur un lien dans un mail de phishing").category.value).toBe('security');
    expect(fieldsOf('message de rançon, tous les fichiers sont chiffrés').category.value).toBe('security');
    expect(fieldsOf('le téléphone DECT ne capte plus').category.value).toBe('phone');
    expect(fieldsOf('le wifi ne marche plus').category.value).toBe('network');
  });

  it('reads "moniteur" as a PC screen or a patient monitor from context', () => {
    expect(fieldsOf("mon deuxième moniteur n'affiche plus rien").category.value).toBe('hardware');
    expect(fieldsOf('le moniteur de la chambre 3 sonne sans raison').category.value).toBe('biomedical');
  });

  it('reads who is affected from hospital phrasing', () => {
    const scope = (message: string) => fieldsOf(message).scope.value;
    expect(scope('le DPI ne répond plus dans tout le service')).toBe('service');
    expect(scope('plus personne ne peut imprimer en cardio')).toBe('service');
    expect(scope('tous les PC du service sont bloqués')).toBe('service');
    expect(scope("plus de réseau dans tout l'hôpital")).toBe('site');
    expect(scope('le wifi est coupé dans le bâtiment B pour tout le monde')).toBe('site');
    expect(scope("toute l'équipe de nuit est bloquée sur le logiciel de soins")).toBe('team');
    expect(scope('le poste de soins partagé ne démarre plus')).toBe('team');
    expect(scope("mon écran clignote")).toBe('single_user');
  });

  it('lets a stated workaround lower urgency and clear patient-care impact', () => {
    const without = fieldsOf('le PC du poste de soins ne démarre plus');
    const withWorkaround = fieldsOf('le PC du poste de soins ne démarre plus, on a un autre PC');
    expect(withWorkaround.patient_care_impact).toEqual({ value: false, source: 'stated' });
    expect(withWorkaround.urgency.value).toBe('low');
    expect(without.urgency.value).toBe('medium');
    expect(fieldsOf('imprimante bloquée, pas urgent').urgency).toEqual({ value: 'low', source: 'stated' });
    expect(fieldsOf('imprimante bloquée, quand vous pouvez').urgency.value).toBe('low');
  });

  it('keeps an ICU device failure at P1 even when the writer says nothing about patients', () => {
    const f = fieldsOf('pousse-seringue en panne chambre 8 en réa');
    expect(f.patient_care_impact).toEqual({ value: true, source: 'inferred' });
    expect(f.priority).toBe('P1');
  });

  it('defaults to one person, medium urgency, no care impact, and flags them for the dialog', () => {
    const f = fieldsOf("l'imprimante a un souci");
    expect(f.scope).toEqual({ value: 'single_user', source: 'default' });
    expect(f.urgency).toEqual({ value: 'medium', source: 'default' });
    expect(f.patient_care_impact).toEqual({ value: false, source: 'default' });
    expect(unstatedFields(f)).toEqual(['scope', 'urgency', 'patient_care_impact']);
  });

  it('reads a noise from a machine that still works as low urgency, to be confirmed', () => {
    const f = fieldsOf("l'imprimante fait un bruit bizarre");
    expect(f.urgency).toEqual({ value: 'low', source: 'inferred' });
    expect(f.priority).toBe('P4');
  });

  it('reads "on note tout sur papier" as a way round that keeps care going, the whole unit still making it urgent', () => {
    // DESIGN.md: a workaround that keeps care going makes patient_care_impact false. The same words in another week's
    // dialysis unit ("on note tout sur papier pour les 3 séries de la journée") were labelled so, P2.
    const f = fieldsOf("Le logiciel de dialyse ne démarre plus sur les postes de l'unité, on note tout sur papier");
    expect(f.scope.value).toBe('service');
    expect(f.patient_care_impact.value).toBe(false);
    expect(f.impact).toBe('high');
  });

  it('reads a stated risk of patient mix-up as care impact', () => {
    const f = fieldsOf('le DPI affiche les mauvais patients dans la liste du service, gros risque d erreur');
    expect(f.patient_care_impact).toEqual({ value: true, source: 'stated' });
    expect(f.priority).toBe('P1');
  });

  it('takes a whole building without a floor as the site', () => {
    expect(fieldsOf('Coupure totale du réseau dans le bâtiment de psychiatrie').scope.value).toBe('site');
  });

  it("reads the lab's information system (SIL) named before the analysers it feeds as software", () => {
    expect(fieldsOf('SIL is not responding, analyser results are not coming through, whole lab is stuck').category.value).toBe('software');
    expect(fieldsOf("le SIL est planté, les automates n'envoient plus les résultats").category.value).toBe('software');
    expect(fieldsOf("l'automate de biochimie est en panne").category.value).toBe('biomedical');
    expect(fieldsOf('sil vous plait mon pc ne marche plus').category.value).toBe('hardware');
  });

  it('extracts asset tags and locations, also typed loosely', () => {
    const f = fieldsOf('le pc card 0342 ne démarre plus, bureau 214 au 3e étage du bâtiment B');
    expect(f.asset_hint).toEqual({ tag: 'PC-CARD-0342', kind: 'workstation' });
    expect(f.location_hint).toEqual({ building: 'B', floor: 3, room: 'bureau 214' });
    expect(fieldsOf('PC-CARD-0342 bloqué').asset_hint?.tag).toBe('PC-CARD-0342');
    expect(fieldsOf('Imprimante HS en SSPI, chambre 12').location_hint).toEqual({ unit: 'recovery', room: 'chambre 12' });
    expect(fieldsOf('le monitoring foetal de la salle de naissance 2 est HS').location_hint).toMatchObject({ unit: 'maternity', room: 'salle naissance 2' });
    // The hospital's day hospital belongs to oncology ("Oncologie et hôpital de jour").
    expect(fieldsOf("le wifi ne marche plus à l'hôpital de jour").location_hint).toMatchObject({ unit: 'oncology' });
    expect(fieldsOf('wifi down in the day hospital').location_hint).toMatchObject({ unit: 'oncology' });
    expect(fieldsOf('printer broken on the 2nd floor of building C').location_hint).toEqual({ building: 'C', floor: 2 });
    expect(fieldsOf('plus de réseau au rdc').location_hint).toEqual({ floor: 0 });
  });

  it('tolerates typos, SMS forms and missing accents', () => {
    expect(fieldsOf('impossibl de se conecter au logiciel de soin pour tt le service !!!').scope.value).toBe('service');
    expect(fieldsOf("l'imprimente ne marche pa").category.value).toBe('printer');
    expect(fieldsOf('lécran de mon pc est tt noir').category.value).toBe('hardware');
    expect(fieldsOf('bsr plus de tel en rea').location_hint?.unit).toBe('icu');
  });

  it('does not mistake a word for a close lexicon word ("installé" is not "installer")', () => {
    const u = understandText('URGENT la table de radiologie est bloquée, patient installé dessus');
    expect(u.intent.value).toBe('incident_report');
    expect(u.fields?.category.value).toBe('biomedical');
  });

  it('reads English reports the same way', () => {
    const f = fieldsOf('nobody in the ICU can log into the patient record system since 2am!!');
    expect([f.category.value, f.scope.value, f.urgency.value, f.priority]).toEqual(['software', 'service', 'high', 'P1']);
    const w = fieldsOf('Printer on the 3rd floor is jammed again, not urgent, we use the one downstairs');
    expect([w.scope.value, w.urgency.value, w.priority]).toEqual(['team', 'low', 'P4']);
  });
});
