import { describe, expect, it } from 'vitest';
import { correctFields, understandText } from '../../src/triage/index.js';
import { prepare } from '../../src/triage/matcher.js';
import { fieldsOf } from '../support/rules-reading.js';

// Messages from the thirty-seventh round of conversations played by people who had not seen the code, each misread before.
describe('readings from the thirty-seventh round of conversations', () => {
  const phishing = "jai fait une connerie je crois. recu un mail 'document partagé DocuSign' de la DRH, j'ai cliqué et tapé mon mdp windows dans la page. je suis interne de garde en mater";

  it('the department an e-mail claims to come from, its subject in between, is not where the problem is; "en mater" is', () => {
    expect(fieldsOf(phishing).location_hint?.unit).toBe('maternity');
    expect(fieldsOf("j'ai reçu un mail « urgent : document à signer » de la DRH et j'ai ouvert la pièce jointe").location_hint?.unit).toBeUndefined();
    expect(fieldsOf("un mail soi-disant de la pharmacie m'a demandé mon mot de passe").location_hint?.unit).toBeUndefined();
  });

  it('a lure\'s "document partagé" is not the unit\'s share: one person gave a password, not the whole unit', () => {
    expect(fieldsOf(phishing).scope.value).toBe('single_user');
    expect(fieldsOf("j'ai ouvert la pièce jointe d'un mail bizarre et je l'ai enregistrée sur le partage du service").scope.value).toBe('service');
  });

  it('"I can still log into windows" is no way round the patient record: "cant prescribe anything" holds up care', () => {
    const locum =
      "hi, locum in ED tonight. cant log in to the patient record (cristal net), says account expired. I can still log into windows\n" +
      "windows pw is fine, its cristal net itself saying 'compte expiré'. I'm the only senior here till 8, cant prescribe anything";
    expect(fieldsOf(locum).patient_care_impact.value).toBe(true);
    expect(fieldsOf("impossible d'ouvrir le DPI, compte expiré, j'arrive encore à ouvrir ma session windows").patient_care_impact).not.toEqual({ value: false, source: 'stated' });
    expect(fieldsOf('the label printer jams but we can still print from the one next door').patient_care_impact.value).toBe(false);
  });

  it('"le wifi patients" is the guests\' Wi-Fi: nobody\'s care waits on it', () => {
    expect(fieldsOf('le wifi patients marche plus en mater, les mamans se plaignent').patient_care_impact.value).toBe(false);
  });
});

describe('"scanner" the verb, from the thirty-seventh round', () => {
  it('"impossible de scanner les bons d\'examen" is paper being scanned: no CT scanner, no patient at stake', () => {
    const fields = fieldsOf("le scanner marche plus depuis ce matin, impossible de scanner les bons d'examen");
    expect(fields.category.value).not.toBe('biomedical');
    expect(fields.patient_care_impact.value).toBe(false);
    expect(fields.priority).not.toBe('P1');
  });

  it('the CT scanner stays the CT scanner: "en attente de scanner", "plus de scanner", "le scanner des urgences"', () => {
    expect(fieldsOf('scanner (BIO-RAD-0001) erreur tube, impossible de lancer un examen depuis 1h. Les urgences ont 4 patients en attente de scanner').category.value).toBe('biomedical');
    expect(fieldsOf("Manip radio : la table du scanner refuse de bouger, erreur moteur. Plus de scanner pour l'hôpital, les urgences dévient vers le CHU").category.value).toBe('biomedical');
    expect(fieldsOf('le scanner des urgences est en panne, examens annulés').category.value).toBe('biomedical');
    expect(prepare('les rdv scanner et IRM, un patient pour scanner').tokens.filter((token) => token === 'scanner')).toHaveLength(2);
  });

  it('"ça touche pas les patients, on peut scanner plus tard" holds up no care: "les patients, on…" is not "patients on a drip"', () => {
    const answer = "euh c'est pas P1 quand même, ça touche pas les patients, on peut scanner plus tard";
    expect(correctFields(fieldsOf('mon pc ne marche plus'), answer).patient_care_impact?.value).not.toBe(true);
    expect(fieldsOf('two patients on the trolleys waiting for their scans, the PACS is down').patient_care_impact.value).toBe(true);
  });
});

describe('readings from the thirty-eighth round of conversations', () => {
  it('"les IDE peuvent plus valider les admin de chimio sur les chariots" is care held up on the carts, not a way round by them', () => {
    const fields = fieldsOf("Bonjour, le wifi marche plus dans tout le service d'onco depuis 7h, les IDE peuvent plus valider les admin de chimio sur les chariots");
    expect(fields.patient_care_impact.value).toBe(true);
    expect(fields.priority).toBe('P1');
    expect(fieldsOf('plus de réseau sur les PC fixes du poste de soins, on tourne sur les chariots en wifi').patient_care_impact.value).toBe(false);
  });
});

describe('a phishing reported by the theatre secretary (38th round)', () => {
  it('"un mail bizarre « DSI - votre mot de passe expire »" does not place it at the IT department; "ma collègue Lucie l\'a eu aussi" is a team', () => {
    expect(fieldsOf('Bjr, j\'ai reçu un mail bizarre "DSI - votre mot de passe expire aujourd\'hui" avec un lien pour le renouveler. J\'ai pas cliqué. Je fais quoi?').location_hint?.unit).toBeUndefined();
    expect(fieldsOf("j'ai envoyé un mail à la pharmacie mais l'imprimante du secrétariat bloque").location_hint?.unit).toBeUndefined();
    expect(correctFields(fieldsOf('mon pc ne marche plus'), "je suis au secrétariat du bloc (A201). Et je crois que ma collègue Lucie l'a eu aussi").scope?.value).toBe('team');
  });
});

describe('readings from the thirty-ninth round of conversations', () => {
  it('"c\'était pas la DSI" denies the sender, and "la RH me dit…" is the unit that tells: neither is the place', () => {
    expect(fieldsOf("bonsoir, j'ai recu un mail de la DSI qui disait que ma boite etait pleine, j'ai cliqué et j'ai mis mon login et mdp... et en fait je crois que c'était pas la DSI. je fais quoi ?").location_hint?.unit).toBeUndefined();
    expect(correctFields(fieldsOf('mon pc ne marche plus'), "ah non pardon la RH me dit qu'il commence jeudi 3 en fait, pas lundi").location_hint?.unit).toBeUndefined();
    expect(correctFields(fieldsOf('mon pc ne marche plus'), 'HR told me he starts on Thursday').location_hint?.unit).toBeUndefined();
    expect(fieldsOf("je suis à la RH, l'imprimante dit bourrage").location_hint?.unit).toBe('hr');
  });
});

describe('an install asked in the subjunctive (39th round)', () => {
  it('"j\'aurais besoin qu\'on installe le module de formation sur mon poste" is a service request; "depuis qu\'on a installé…" stays a fault', () => {
    expect(understandText("Bonjour, pour la formation des internes en pharma le jeudi 10 décembre j'aurais besoin qu'on installe le module de formation du logiciel de pharmacie (base test Officis) sur mon poste. Merci").intent.value).toBe('service_request');
    expect(understandText("j'aurais besoin qu'on m'installe Acrobat").intent.value).toBe('service_request');
    expect(understandText("depuis qu'on a installé la mise à jour le DPI plante").intent.value).toBe('incident_report');
  });
});
