import { describe, expect, it } from 'vitest';
import { understandText } from '../../src/triage/index.js';
import { fieldsOf } from '../support/rules-reading.js';

// Messages from the seventh round of conversations played by people who had not seen the code, each misread before.
describe('readings from the seventh round of conversations', () => {
  it('a unit named as the sender of a phishing e-mail is not where the problem is', () => {
    const english = "Hi, I got an email 'HR - your payslip is available' and I clicked the link and typed my login + password, then the page went blank. colleague says its a scam. what do I do??";
    expect(understandText(english).fields?.location_hint?.unit).toBeUndefined();
    expect(understandText("j'ai reçu un mail de la DRH avec un lien, j'ai cliqué").fields?.location_hint?.unit).toBeUndefined();
    // Where the writer is still counts: the e-mail came from HR, the writer is in geriatrics.
    expect(understandText("I'm not in HR!! the email pretended to be from HR. I'm in geriatrics at Les Tilleuls").fields?.location_hint?.unit).toBe('geriatrics');
    // The unit's own mailbox is a place.
    expect(understandText('la boite mail des urgences ne reçoit plus rien').fields?.location_hint?.unit).toBe('emergency');
  });

  it('a patient who comes from a unit does not move the incident there', () => {
    const text = "l'injecteur du scanner est en erreur 'pression' il veut plus s'armer, on a 3 injectés en attente dont 1 des urgences, on a redemarré 2 fois rien a faire";
    expect(understandText(text).fields?.location_hint?.unit).toBeUndefined();
    expect(understandText('les PC des urgences ne démarrent plus').fields?.location_hint?.unit).toBe('emergency');
  });

  it('patients "injectés en attente" are patients waiting: care is held up, in so many words', () => {
    const fields = fieldsOf("l'injecteur du scanner est en erreur 'pression' il veut plus s'armer, on a 3 injectés en attente dont 1 des urgences");
    expect(fields.patient_care_impact).toEqual({ value: true, source: 'stated' });
  });

  it('a denied place is not the place, and the one then named is; a failure "pas en réa" still is', () => {
    expect(understandText("non c'est pas aux urgences, c'est en imagerie, salle du scanner").fields?.location_hint?.unit).toBe('radiology');
    expect(understandText('le wifi ne marche pas en réa').fields?.location_hint?.unit).toBe('icu');
  });

  it('a password given on a phishing page stays urgent: the learned models do not lower it', () => {
    const fields = understandText(
      "jai recu un mail 'votre boite mail est pleine cliquez ici pour augmenter le quota' avec le logo du chv, j'ai cliqué et mis mon identifiant et mot de passe... et apres la page a fait une erreur. je crois que c'etait une arnaque non?",
    ).fields!;
    expect(fields.category.value).toBe('security');
    expect(fields.urgency.value).toBe('high');
    expect(fields.priority).toBe('P3');
    expect(fieldsOf("j'ai reçu un mail bizarre avec un lien, je n'ai pas cliqué").urgency.value).not.toBe('high');
  });
});

describe('readings from a fresh labelled set, misread at first sight', () => {
  it('a pulse oximeter put in place meanwhile is a workaround ("saturo" is not "saturé"), as is a pump borrowed from another unit', () => {
    expect(fieldsOf("le scope du lit 12 en réa n'affiche plus la SpO2, on a mis un saturo portable en attendant").patient_care_impact).toEqual({ value: false, source: 'stated' });
    expect(fieldsOf("Le pousse-seringue n°3 de l'USC ne s'allume plus, on en a emprunté un en cardio").patient_care_impact.value).toBe(false);
    expect(fieldsOf("l'anesthésiste de garde ne reçoit plus les appels sur son DECT, on le joint sur son perso").patient_care_impact.value).toBe(false);
    // A saturated way round is still no way round.
    expect(fieldsOf('le scope central ne reçoit plus les lits 3 à 6, les IDE font des tours mais elles sont saturées').patient_care_impact.value).toBe(true);
  });

  it('"la page me met une erreur" is a web page, not paging someone: an expired password holds up no care', () => {
    expect(fieldsOf("mot de passe expiré, je n'arrive pas à le changer, la page me met une erreur").patient_care_impact.value).toBe(false);
    expect(fieldsOf("the switchboard can't page me anymore, I'm the cardio on call").patient_care_impact.value).toBe(true);
  });

  it('"à 3h du matin" is a time, not "patients du matin" waiting; someone else using my account is a threat', () => {
    const fields = fieldsOf("Mon compte Windows a été utilisé pour se connecter à 3h du matin alors que j'étais chez moi, c'est normal ??");
    expect(fields.category.value).toBe('security');
    expect(fields.patient_care_impact.value).toBe(false);
    expect(fieldsOf("les patients du matin attendent, l'échographe ne démarre plus").patient_care_impact.value).toBe(true);
  });

  it('a newcomer who "n\'a pas de compte" on an application needs a request', () => {
    expect(understandText("URGENT le nouveau chef de clinique d'anesthésie n'a pas de compte sur le logiciel d'anesthésie et il endort à 10h").intent.value).toBe('service_request');
  });

  it('"le chir attend pour inciser" is care held up', () => {
    const fields = fieldsOf("compte bloqué apres 3 essais, je suis en salle d'op et je peux pas valider la check-list, le chir attend pour inciser");
    expect(fields.patient_care_impact.value).toBe(true);
    expect(fields.priority).toBe('P1');
  });
});

describe('readings from the second half of the seventh round', () => {
  it('the unit that lends a stand-in device is not where the problem is; the lab\'s own benches are the lab', () => {
    const lab = understandText("slt, l imprimante etiquettes code barre a la reception des prelevements sort des codes tout pales/baveux, les automates les lisent pas. on imprime sur celle de la paillasse hemato en attendant").fields!;
    expect(lab.location_hint?.unit).toBe('laboratory');
    expect(understandText('echographe de la salle de naissance 2 ne démarre plus, la sage femme utilise celui des urgences gynéco').fields?.location_hint?.unit).toBe('maternity');
    // The unit's own device is still its place.
    expect(understandText("c'est celui des urgences qui ne marche plus").fields?.location_hint?.unit).toBe('emergency');
  });

  it('a stopgap the lab refuses is no workaround: tests waiting hold up care', () => {
    const fields = fieldsOf("l'imprimante des étiquettes tubes ne marche plus aux urgences, le labo refuse les tubes étiquetés à la main, 4 bilans en attente dont un troponine");
    expect(fields.patient_care_impact.value).toBe(true);
    expect(fields.priority).toBe('P1');
  });
});

describe('readings from the last part of the seventh round', () => {
  it('"we\'re phoning the lab" is not phishing, and the unit called or sending results is not the place', () => {
    const text = "Hi, lab results haven't been coming into the DPI since about 4am. Not just internal med, night nurses in cardio and neuro say the same thing. We're phoning the lab for the urgent ones so we're coping but its slow";
    const rules = fieldsOf(text);
    expect(rules.category.value).not.toBe('security');
    expect(rules.location_hint?.unit).not.toBe('laboratory');
    expect(understandText('les résultats du labo ne remontent plus dans le DPI en cardio').fields?.location_hint?.unit).toBe('cardiology');
    expect(understandText("l'automate du labo est en panne").fields?.location_hint?.unit).toBe('laboratory');
  });
});

describe('readings from the last round of the seventh series', () => {
  it('"les soins sont pas bloqués" (without "ne") holds up no care; "faut que ça remarche" is no withdrawal', () => {
    const fields = fieldsOf("le logiciel de programmation du bloc s'ouvre plus sur aucun poste du bloc depuis 5h30. on a le programme papier donc les soins sont pas bloqués mais faut que ca remarche avant 8h");
    expect(fields.patient_care_impact.value).toBe(false);
    expect(understandText("le logiciel du bloc s'ouvre plus, faut que ca remarche avant 8h").intent.value).toBe('incident_report');
    expect(understandText('annulez, ça remarche').intent.value).toBe('cancel');
  });

  it('a unit that could not call us is not where the phone is; a unit where calls fail still is', () => {
    expect(understandText("mon dect affiche hors couverture depuis 2h, les urgences ont pas pu nous joindre pour une cesarienne").fields?.location_hint?.unit).not.toBe('emergency');
    expect(understandText("aux urgences on n'arrive plus à joindre la pharmacie, le telephone sonne dans le vide").fields?.location_hint?.unit).toBe('emergency');
  });
});

describe('workarounds said in other words', () => {
  it('"he\'s using his mobile", "there\'s another one down the corridor", "on utilise la tablette" keep care going', () => {
    expect(fieldsOf("Pager 312 not working, it's the on-call surgeon's, he's using his mobile").patient_care_impact.value).toBe(false);
    expect(fieldsOf("Ultrasound in maternity triage won't boot, there's another one down the corridor, bit of a walk").patient_care_impact.value).toBe(false);
    expect(fieldsOf("Le PC du poste de soins SSR plante dès qu'on ouvre le DPI, on utilise la tablette").patient_care_impact.value).toBe(false);
  });
});

describe('treatments that stop now and then', () => {
  it('a syringe pump that stops by itself every 30 min holds up care; one whose battery no longer holds does not', () => {
    const pump = fieldsOf("le pousse-seringue de la chambre 12 en néonat s'arrête tout seul toutes les 30 min");
    expect(pump.patient_care_impact.value).toBe(true);
    expect(pump.priority).toBe('P1');
    expect(fieldsOf("On a deux pousse-seringues qui s'éteignent dès qu'on les débranche en réa, la batterie ne tient plus").patient_care_impact.value).toBe(false);
  });
});
