import { describe, expect, it } from 'vitest';
import { understandText } from '../../src/triage/index.js';
import { fieldsOf } from '../support/rules-reading.js';

const SECRETARIAT_PRINTER =
  "Bonjour, l'imprimante du secrétariat de radio (la grosse Kyocera à côté de mon bureau) ne veut plus rien imprimer depuis ce matin, " +
  "elle affiche un message d'erreur orange et les comptes rendus restent bloqués dans la file d'attente. J'ai déjà éteint et rallumé, " +
  "ça n'a rien changé. Les patients attendent leurs comptes rendus au guichet. Pour l'instant ma collègue va les imprimer sur " +
  "l'imprimante de la salle d'interprétation mais c'est à l'autre bout du couloir, on ne va pas tenir toute la journée comme ça.";

const BORROWED_MONITOR =
  "Bonjour, en salle de naissance 2 le monito (le cardiotoco Philips) perd le rythme cardiaque foetal toutes les 2-3 minutes alors que " +
  "le capteur est bien placé, j'ai changé la sangle et remis du gel, rien n'y fait, et le papier ne sort plus non plus. La patiente est " +
  "en travail. Pour l'instant j'ai récupéré le 2e monito de la salle 1 qui était libre et ça marche dessus, donc on se débrouille, mais " +
  "il faudrait que le biomed regarde celui de la salle 2 rapidement parce qu'on n'en aura pas assez si la salle 1 se remplit.";

// Messages from the eleventh round of conversations played by people who had not seen the code, each misread before.
describe('readings from the eleventh round of conversations', () => {
  it('"les comptes rendus restent bloqués" are reports stuck in a printer queue, not a locked account', () => {
    expect(fieldsOf(SECRETARIAT_PRINTER).category.value).toBe('printer');
    expect(fieldsOf('les comptes rendus de radio restent bloqués dans la file').category.value).not.toBe('access');
    expect(fieldsOf('mon compte est bloqué depuis ce matin').category.value).toBe('access');
  });

  it('a colleague printing elsewhere meanwhile is a way round: care goes on', () => {
    expect(fieldsOf(SECRETARIAT_PRINTER).patient_care_impact).toEqual({ value: false, source: 'stated' });
    expect(understandText(SECRETARIAT_PRINTER).fields?.priority).not.toBe('P1');
  });

  it('"le papier ne sort plus non plus" before the way round is one more symptom, not the way round failing', () => {
    expect(fieldsOf(BORROWED_MONITOR).patient_care_impact).toEqual({ value: false, source: 'stated' });
    // After the way round, "non plus" still says it failed too.
    expect(fieldsOf("le scope du box 3 est HS, on a pris celui du box 4 mais il ne marche pas non plus").patient_care_impact.value).toBe(true);
  });
});

describe('places given by the code on their door', () => {
  it('"office A270" is room A270 in building A; model numbers and plain numbers are not', () => {
    expect(fieldsOf('the dictation crashes in the medical office A270').location_hint).toMatchObject({ room: 'A270', building: 'A' });
    expect(fieldsOf('le pc du bureau B305 ne démarre plus').location_hint).toMatchObject({ room: 'B305', building: 'B' });
    expect(fieldsOf("l'Evita V300 de la chambre 4 sonne").location_hint?.room).toBe('chambre 4');
  });
});

describe('requests worded as questions or as faults', () => {
  it('"on aura besoin d\'un chariot en plus… comment je dois faire ?" asks for equipment: a request', () => {
    expect(
      understandText("Petite demande pas urgente : on ouvre 4 fauteuils de plus à l'hôpital de jour et on aura besoin d'un chariot informatique de soins en plus. Comment je dois faire ?").intent.value,
    ).toBe('service_request');
    expect(understandText('comment ajouter une imprimante réseau ?').intent.value).toBe('question');
  });

  it('"my account has no rights, could someone give me access?" asks for rights never given: a request', () => {
    expect(
      understandText("Hi, I started in surgery two weeks ago and I still can't open the PACS, it says my account has no rights. Could someone give me access when you have time?").intent.value,
    ).toBe('service_request');
    expect(understandText("je n'ai plus les droits de prescription depuis la mise à jour du DPI").intent.value).toBe('incident_report');
  });
});

describe('what the models may not conclude', () => {
  it('two lab computers without network are a network problem, not a medical device, though the lab has many', () => {
    const fields = understandText(
      "hello, the two computers on the back bench of the lab have no network since about 9. Windows shows the little globe with 'no internet access'. The other PCs in the room work fine. We moved to the front PCs for now so the runs go on, but we're a bit cramped.",
    ).fields;
    expect(fields?.category.value).toBe('network');
  });
});

describe('status words that are not a status question', () => {
  it('"ça ma demandé de le changer" is "m\'a demandé", not "ma demande"', () => {
    expect(
      understandText("mon compte est bloqué sur le pc du magasin depuis que ça ma demandé de le changer vendredi, j'ai le camion qui arrive a 11h").intent.value,
    ).toBe('incident_report');
    expect(understandText('où en est ma demande ?').intent.value).toBe('ticket_status');
  });

  it('"je vous demande pas mes tickets" is not asking for them', () => {
    expect(understandText("je vous demande pas mes tickets, je veux qu'on me débloque mon compte").intent.value).not.toBe('ticket_status');
  });
});

describe('a monitoring station that shows no patients', () => {
  it('is monitoring lost, not "no patients affected"', () => {
    expect(fieldsOf('the whole ICU lost network, the central monitoring station shows no patients').patient_care_impact.value).toBe(true);
    expect(fieldsOf("no patients affected, it's the office printer").patient_care_impact).toEqual({ value: false, source: 'stated' });
  });
});
