import { describe, expect, it } from 'vitest';
import { correctFields, understandText } from '../../src/triage/index.js';
import { fieldsOf } from '../support/rules-reading.js';

const NOTHING_STATED = fieldsOf('mon pc ne marche plus');
const answerRead = (text: string) => correctFields(NOTHING_STATED, text);

// Messages and answers from the eighth round of conversations played by people who had not seen the code, each misread before.
describe('readings from the eighth round of conversations', () => {
  it('"le pacs marche plus" and "the EHR is not working" do not say care goes on; "le DPI marche" still does', () => {
    expect(fieldsOf('le pacs marche plus').patient_care_impact.source).not.toBe('stated');
    expect(fieldsOf('le DPI ne fonctionne pas en réa').patient_care_impact).not.toEqual({ value: false, source: 'stated' });
    expect(fieldsOf('the EHR is not working on the ward').patient_care_impact.source).not.toBe('stated');
    expect(fieldsOf("tout le service de pédiatrie n'a plus internet, mais le DPI marche").patient_care_impact).toEqual({ value: false, source: 'stated' });
    expect(fieldsOf('internet down on the whole ward, the EHR is fine').patient_care_impact).toEqual({ value: false, source: 'stated' });
  });

  it('the emergency department waiting for a CT reading holds up care', () => {
    expect(fieldsOf('le pacs marche plus, les urgences attendent une lecture de TDM crâne').patient_care_impact.value).toBe(true);
  });

  it('"attends je regarde l\'étiquette" is someone looking, not care waiting', () => {
    expect(answerRead("attends je regarde l'étiquette... c'est le 0111").patient_care_impact).toBeUndefined();
    expect(answerRead("attendez je regarde l'étiquette... c la 0002").patient_care_impact).toBeUndefined();
  });

  it('"I\'m not near it right now" says where the writer is, not that the repair is urgent', () => {
    expect(answerRead("I'm not near it right now. It's the Kyocera in the secretariat, B101").urgency).toBeUndefined();
  });

  it('"les pc fixes du poste" are desktop computers, not desk phones', () => {
    expect(answerRead('on bosse sur les pc fixes du poste').category?.value).not.toBe('phone');
    expect(fieldsOf('le poste fixe du bureau infirmier ne sonne plus').category.value).toBe('phone');
  });

  it('"le chariot informatique" is a computer cart, not the IT department\'s offices', () => {
    expect(understandText("c'est le chariot informatique PC-REA-0111").fields?.location_hint?.unit).not.toBe('it');
    expect(understandText("je suis au service informatique, mon pc ne démarre plus").fields?.location_hint?.unit).toBe('it');
  });

  it('what the writer did to a printer ("j\'ai ouvert le capot") does not make it theirs alone', () => {
    expect(fieldsOf("j'ai ouvert le capot de l'imprimante, pas de papier coincé").scope.source).not.toBe('stated');
    expect(fieldsOf('je ne peux plus imprimer').scope).toEqual({ value: 'single_user', source: 'stated' });
  });

  it('"c\'est pas une imprimante à étiquettes, c\'est la laser" names an ordinary printer', () => {
    expect(fieldsOf("non c'est pas une imprimante a etiquettes, c'est la laser normale").asset_hint?.kind).toBe('printer');
    expect(fieldsOf("l'imprimante à étiquettes du poste de soins fait bourrage").asset_hint?.kind).toBe('label_printer');
  });
});

describe('who is affected, from the eighth round of conversations', () => {
  it('"un des pc du poste, tout le monde s\'en sert" is a team\'s station, not the whole hospital', () => {
    expect(fieldsOf("c'est un des pc du poste, tout le monde s'en sert").scope.value).toBe('team');
    expect(fieldsOf('plus personne ne peut se connecter, tout le monde est bloqué').scope.value).not.toBe('team');
  });

  it('"my windows account is locked on every PC" is one person\'s account', () => {
    expect(fieldsOf('my windows account is locked on every PC').scope.value).toBe('single_user');
    expect(fieldsOf('mon compte est bloqué sur tous les postes').scope.value).toBe('single_user');
    expect(fieldsOf('le DPI est bloqué sur tous les postes du service').scope.value).toBe('service');
  });
});

describe('who is affected and where, said in answers', () => {
  it('"it\'s only me, not the whole unit" is one person; "pas que moi" is more', () => {
    const unitWide = fieldsOf("plus personne ne peut imprimer dans tout le service");
    expect(unitWide.scope.value).toBe('service');
    expect(correctFields(unitWide, "it's only me, not the whole unit").scope?.value).toBe('single_user');
    expect(correctFields(unitWide, 'no team either. one person, me').scope?.value).toBe('single_user');
    expect(correctFields(unitWide, "on my own pc in the doctors' office").scope?.value).toBe('single_user');
    expect(answerRead("pas que moi, toute l'équipe").scope?.value).toBe('team');
    expect(answerRead("c'est juste mon équipe, pas tout le service").scope?.value).toBe('team');
  });

  it('"le scope de transport" is a device carried with a patient, not the transport service\'s place', () => {
    expect(understandText('le scope de transport de la réa ne s\'allume plus').fields?.location_hint?.unit).toBe('icu');
    expect(answerRead('le scope de transport est pas relié a la centrale, on est 2 IDE pour 8 box').location_hint?.unit).toBeUndefined();
  });
});
