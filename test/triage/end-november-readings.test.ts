import { describe, expect, it } from 'vitest';
import { createApplicationFinder, tellsWorkaround, understandText } from '../../src/triage/index.js';

describe('broken again is no cancellation', () => {
  it.each([
    ["l'imprimante du secrétariat, ça remarche plus depuis ce matin", 'incident_report'],
    ["it's not working again", 'incident_report'],
  ])('"%s" reads as %s', (text, intent) => {
    expect(understandText(text).intent.value).toBe(intent);
  });

  it.each(['ça remarche plus', 'ça remarche pas'])('"%s" is not a cancellation', (text) => {
    expect(understandText(text).intent.value).not.toBe('cancel');
  });

  it('"ça remarche !" still withdraws', () => {
    expect(understandText('ça remarche !').intent.value).toBe('cancel');
  });
});

describe('a correction of the directory is a request', () => {
  it.each([
    "Faudrait corriger mon numéro de portable dans l'annuaire, c'est plus le bon",
    "Could you fix my mobile number in the directory, it's wrong",
  ])('"%s"', (text) => {
    const reading = understandText(text);
    expect(reading.intent.value).toBe('service_request');
    expect(reading.fields?.category.value).toBe('request');
  });
});

describe('ways round told in few words', () => {
  it.each([
    'DECT 4410 qui redémarre tout seul, nuit gériatrie. je fais avec',
    "L'ordi de la salle de naissance 3 s'allume plus depuis le déménagement, aucun voyant. On fait le partogramme papier",
    "Cardio : le serveur ECG ne reçoit plus les tracés des électrocardiographes depuis ce matin. Les cardiologues lisent les ECG papier pour l'instant",
    "Label printer at the night nurses' station in cardiology keeps printing half labels, we have to reprint each one 2 or 3 times",
    "imprimante étiquettes salle de soins pédiatrie imprime décalé, les codes barres sont coupés et le labo les refuse. on recopie à la main en attendant",
    'Were doing the 4pm meds round on paper from the printed plan',
    "bon la cadre a recup une pompe a l'HDJ, on a rebranché et la chimio a repris",
  ])('"%s" keeps care going', (text) => {
    expect(tellsWorkaround(text)).toBe(true);
    expect(understandText(text).fields?.patient_care_impact.value).toBe(false);
  });

  it('"le labo refuse les tubes étiquetés à la main" is the way round refused', () => {
    expect(tellsWorkaround('le labo refuse les tubes étiquetés à la main, on est bloqués')).toBe(false);
  });
});

describe('what does not hold up care', () => {
  it.each([
    "The docking station in the ED doctors' office doesn't detect the second screen anymore",
    'Wifi ne marche pas chambre 312 maternité, la patiente se plaint, elle a besoin pour travailler',
    'le clavier du poste de soins de la maternité a pris du café, les touches collent',
  ])('"%s"', (text) => {
    const fields = understandText(text).fields;
    expect(fields?.patient_care_impact.value).toBe(false);
    expect(fields?.priority).not.toBe('P1');
  });

  it('"le casque du poste de régulation grésille tellement qu\'on n\'entend plus les appelants" still holds up care', () => {
    expect(understandText("bonjour, le casque du poste de régulation grésille tellement qu'on n'entend plus les appelants").fields?.priority).toBe('P1');
  });
});

describe('ways round in the first words, round fifty-two', () => {
  it.each([
    'Bonjour. Plus de wifi dans tout le service de chir depuis 13h, les chariots de soins se déconnectent du DPI en pleine distribution des médicaments. On est repassés au papier pour les administrations',
    "Le respirateur ch 3 réa n'envoie plus ses paramètres au DPI (erreur de communication), la ventilation elle-même fonctionne",
    'Maternité : la centrale de monitoring foetal ne reçoit plus les cardiotocographes des salles 1 et 2, on surveille directement sur les appareils en salle',
  ])('"%s" is no P1', (text) => {
    expect(tellsWorkaround(text)).toBe(true);
    expect(understandText(text).fields?.priority).not.toBe('P1');
  });
});

describe('phrases whose choices of several words are now grouped', () => {
  it.each([
    ['tomorrow is fine, thanks', 'low'],
    ['the pump just needs collecting', 'low'],
    ['finalement cest plus urgent', 'low'],
  ])('"%s" reads urgency %s', (text, urgency) => {
    expect(understandText(`l'imprimante du bureau bourre, ${text}`).fields?.urgency.value).toBe(urgency);
  });
});

describe('Office 365', () => {
  it('"an email \'Office 365 password expiry\'" names no room', () => {
    expect(understandText("Got an email 'Office 365 password expiry' and I clicked and typed my password before realising. on my laptop").fields?.location_hint?.room).toBeUndefined();
    expect(understandText("the printer in office 214 jams").fields?.location_hint?.room).toBeDefined();
  });
});

describe('the application at fault', () => {
  const finder = createApplicationFinder({ dpi: ['cristal net', 'dpi'], pacs: ['pacs'] });
  it('"I can log into Cristal-Net fine but PACS says \'user not authorized\'" is PACS', () => {
    expect(finder.find("Hi, new intern in maternity since monday. I can log into Cristal-Net fine but PACS says 'user not authorized'")).toBe('pacs');
  });
  it('"Cristal-Net marche plus, le PACS aussi" is the first named', () => {
    expect(finder.find('Cristal-Net marche plus, le PACS aussi')).toBe('dpi');
  });
});

describe('"prendre son poste" and "prendre du retard" are no way round', () => {
  it.each([
    "DPI lent++ en onco, les IDE n'arrivent pas a valider l'administration des chimios, on a pris du retard sur toutes les cures de la matinée",
    "Compte bloqué après 3 essais, IDE aux urgences je prends mon poste et impossible d'ouvrir le DPI. On est débordés avec la grippe",
  ])('"%s" holds up care', (text) => {
    expect(tellsWorkaround(text)).toBe(false);
    expect(understandText(text).fields?.patient_care_impact.value).toBe(true);
  });

  it('"j\'ai pris celle du couloir" still is one', () => {
    expect(tellsWorkaround("l'imprimante est HS, j'ai pris celle du couloir")).toBe(true);
  });

  it('"Je lis les scanners sur un seul écran" is one', () => {
    expect(tellsWorkaround("ma console de lecture a l'écran de droite noir. Je lis les scanners sur un seul écran, c'est hyper lent")).toBe(true);
  });
});

describe('care held up after a way round', () => {
  it('"je peux tracer sur papier mais je vois pas les prescriptions pour les ttt de 22h" holds up care', () => {
    expect(understandText("mot de passe expiré, le code SMS arrive pas. je suis seule IDE cette nuit, je peux tracer sur papier mais je vois pas les prescriptions pour les ttt de 22h").fields?.patient_care_impact.value).toBe(true);
  });
});

describe('units that are not the place', () => {
  it('"patient sous surveillance cardio" names a kind of monitoring', () => {
    expect(understandText("patient sous surveillance cardio, le scope de la chambre 5 s'éteint tout seul").fields?.location_hint?.unit).toBeUndefined();
    expect(understandText("le scope de la chambre 5 en cardio s'éteint tout seul").fields?.location_hint?.unit).toBe('cardiology');
  });
  it('"ça bloque pas les urgences" names a unit spared', () => {
    expect(understandText("les résultats remontent plus dans le SIL, on les ressaisit a la main donc ça bloque pas les urgences").fields?.location_hint?.unit).not.toBe('emergency');
  });
});
