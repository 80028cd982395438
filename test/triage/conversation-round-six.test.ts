import { describe, expect, it } from 'vitest';
import { correctFields, understandText } from '../../src/triage/index.js';
import { fieldsOf } from '../support/rules-reading.js';

// Messages from a round of conversations played by people who had not seen the code, each misread before.
describe('readings from the sixth round of conversations', () => {
  it('an antivirus alert shown "en boucle" is a threat, not a login loop, and files that changed extension are no phone extension', () => {
    const fields = fieldsOf(
      "Bonjour, l'antivirus affiche en boucle 'menace détectée - fichier mis en quarantaine' sur le PC du poste de soins de cardio, PC-CARD-0342, et des fichiers du bureau ont changé d'extension.",
    );
    expect(fields.category.value).toBe('security');
    expect(fieldsOf('Outlook me redemande mon mot de passe en boucle').category.value).toBe('access');
  });

  it('nurses working on the other machines is a workaround; a compromised machine stays urgent all the same', () => {
    const fields = fieldsOf(
      "l'antivirus affiche 'menace détectée' sur le PC du poste de soins et des fichiers ont changé d'extension. Les IDE l'ont débranché du réseau, elles travaillent sur les autres postes",
    );
    expect(fields.patient_care_impact.value).toBe(false);
    expect(fields.urgency.value).toBe('high');
    expect(fields.priority).toBe('P2');
  });

  it('"on a les 2 autres consoles" is a workaround; "les 2 autres salles sont occupées" is not', () => {
    expect(fieldsOf("la console d'interprétation ne démarre plus, on a les 2 autres consoles").urgency.value).toBe('low');
    const busy = fieldsOf("Salle de coro 3 : l'arceau affiche 'erreur générateur', plus de scopie du tout. On a un SCA ST+ qui arrive du SAMU dans 15 min et les 2 autres salles sont occupées");
    expect(busy.patient_care_impact.value).toBe(true);
    expect(busy.priority).toBe('P1');
  });

  it('colleagues who received the same phishing widen it to a team', () => {
    expect(fieldsOf("j'ai cliqué sur le lien du mail et tapé mon mot de passe. Mes collègues du bureau l'ont reçu aussi").scope.value).toBe('team');
  });

  it('cardiologists who inject by hand are not an infection', () => {
    const fields = fieldsOf("L'écran tactile de l'injecteur de produit de contraste en salle de coro 1 ne répond plus. Les cardios injectent à la main à la seringue, ça marche pour la journée");
    expect(fields.category.value).not.toBe('security');
  });
});

describe('readings from the replayed conversations', () => {
  it('"les DECT marchent heureusement" is a way to keep working', () => {
    const fields = fieldsOf('bonjour, plus de tonalité sur les postes fixes en neuro depuis 8h, on peut ni appeler ni être appelés. les DECT marchent heureusement');
    expect(fields.patient_care_impact.value).toBe(false);
    expect(fields.urgency.value).toBe('medium');
  });
});

describe('readings from the last replay', () => {
  it('"on valide au poste après coup, les PC fixes ça va" is a way to keep working', () => {
    const fields = fieldsOf('le wifi décroche sans arrêt dans tout le service depuis ce matin, les 2 chariots de soins perdent la connexion pendant le tour. du coup on valide les administrations au poste après coup. les PC fixes ça va');
    expect(fields.urgency.value).toBe('medium');
    expect(fields.priority).toBe('P2');
  });
});

describe('readings from the last new conversations', () => {
  it('"rien ne se passe quand on appuie sur le bouton" is an incident, not a question about a ticket', () => {
    expect(understandText('écran noir rien ne se passe quand on appuie sur le bouton', { models: null }).intent.value).toBe('incident_report');
    expect(understandText('le technicien passe quand ?', { models: null }).intent.value).toBe('ticket_status');
  });

  it('a "machine à étiquettes" is a label printer', () => {
    const fields = fieldsOf('la machine à étiquettes ne marche plus');
    expect(fields.category.value).toBe('printer');
    expect(fields.asset_hint?.kind).toBe('label_printer');
  });

  it('"j\'ai regardé l\'étiquette : PRN-MAT-0010" holds up no care ("regardé" is no typo of "retard")', () => {
    expect(correctFields(fieldsOf("l'imprimante du secrétariat fait bourrage"), "bon j'ai regardé l'étiquette : PRN-MAT-0010").patient_care_impact?.value).not.toBe(true);
  });

  it('reads who is affected in corrections said in plain words', () => {
    const current = fieldsOf('les DECT coupent les appels en réa');
    expect(correctFields(current, 'on est 3 IDE touchées pas juste moi').scope?.value).toBe('team');
    expect(correctFields(fieldsOf('plus de réseau au labo'), "c'est que le labo, pas tout l'hôpital").scope?.value).toBe('service');
  });

  it('urgent results phoned to the units meanwhile are a workaround, not an urgency; the phone is the means, not the problem', () => {
    const changes = correctFields(fieldsOf('plus de réseau sur le plateau technique du labo'), 'on téléphone les résultats urgents aux services en attendant');
    expect(changes.urgency?.value).not.toBe('high');
    expect(changes.category?.value).not.toBe('phone');
  });
});

it('"on est 3 à avoir le pb" is a team', () => {
  expect(fieldsOf('les DECT coupent les appels en réa, on est 3 a avoir le pb').scope.value).toBe('team');
});

it('"ça fait 2 bâtiments" is the site', () => {
  expect(correctFields(fieldsOf('plus de réseau au labo'), "l'imagerie aussi, ça fait 2 bâtiments (C et D)").scope?.value).toBe('site');
});
