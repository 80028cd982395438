import { describe, expect, it } from 'vitest';
import { understandText } from '../../src/triage/index.js';
import { readingOf } from '../support/rules-reading.js';

const fieldsOf = (text: string) => understandText(text).fields!;
const intentOf = (text: string) => understandText(text).intent.value;

describe('what the writer wants (night shifts, outpatient and office weeks)', () => {
  it.each([
    // Equipment, a shared mailbox, a newcomer's badge, asked for.
    ["Demande d'un nouveau portable pour la cadre de l'USLD, le sien a 9 ans et met 20 min à démarrer", 'service_request'],
    ['faut ajouter les 4 nouvelles assistantes sociales à la boîte partagée du service social et au dossier S:', 'service_request'],
    ['Badge pour un nouvel agent de sécurité qui commence ce soir à 21h, il doit pouvoir ouvrir les locaux techniques', 'service_request'],
    ["Bonjour, est-ce qu'on pourrait avoir une webcam et un casque pour le bureau 12 ? on démarre les téléconsultations le 15", 'service_request'],
    // Something gone, broken: not a request because "new" or "shared mailbox" is in the words.
    ["Accreditation visit tomorrow and the shared folder 'Qualité' is empty for everyone in the quality department. All our procedures were in there!!", 'incident_report'],
    ["Tablette HAD : l'appli dossier de soins synchronise plus depuis hier soir, je vois pas les nouvelles prescriptions du médecin pour un de mes patients, je suis devant chez lui", 'incident_report'],
    ["Psych unit B, night: the monitor for the seclusion room camera shows nothing. We're doing physical checks every 15 min instead, please fix when you can.", 'incident_report'],
    ["We got about 30 emails from an external address, 'Invoice overdue' with a zip attached, in the pharmacy shared mailbox. Nobody opened them I think.", 'incident_report'],
    // News of an earlier call; a procedure asked.
    ["j'ai appelé la semaine dernière pour mon écran, personne n'est venu. ça avance ?", 'ticket_status'],
    ["c quoi la procédure pour imprimer sur une autre imprimante quand celle du service est en panne ?", 'question'],
  ])('%s → %s', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });
});

describe('care goes on, or does not', () => {
  it.each([
    "ultrasound machine in room 2 won't export to PACS, images stay on the machine. we can keep scanning, just need it sorted this week",
    "En SSPI un des 8 scopes a l'écran qui scintille un peu mais les valeurs s'affichent bien",
  ])('%s: care goes on, not P1', (text) => {
    const fields = fieldsOf(text);
    expect(fields.patient_care_impact.value).toBe(false);
    expect(fields.priority).not.toBe('P1');
  });

  it.each([
    "Isokinetic dynamometer in the SSR rehab gym shows 'calibration error' and won't start. We had to send this morning's patients back to their rooms without their session",
    'Les bips des anesthésistes ne reçoivent plus rien depuis 10h, le bloc arrive pas à les joindre pour les entrées en salle',
    "Tablette HAD : l'appli dossier de soins synchronise plus depuis hier soir, je vois pas les nouvelles prescriptions du médecin pour un de mes patients, je suis devant chez lui",
  ])('%s: care waits', (text) => {
    expect(fieldsOf(text).patient_care_impact.value).toBe(true);
  });
});

describe('who and what', () => {
  it('"l\'ensemble des cadres de l\'hôpital" is the whole site', () => {
    expect(fieldsOf('Le logiciel de gestion des temps refuse toutes les connexions avec "compte inconnu" pour l\'ensemble des cadres de l\'hôpital. La clôture des éléments de paie est ce soir 17h.').scope.value).toBe('site');
  });

  it('a card payment terminal is hardware', () => {
    expect(fieldsOf("The card payment terminal at the cashier's desk (ground floor) keeps saying 'connection failed', patients can't pay their consultation fees and the queue is growing").category.value).toBe('hardware');
  });
});

describe('a way round that costs, and urgent ones handled another way', () => {
  it('"donc elle prend les urgentes en attendant": the urgent ones go to a colleague, the repair is not urgent', () => {
    const fields = fieldsOf("Bonjour. Sur mon poste la dictée numérique ne lit plus les dictées des radiologues : la liste s'affiche mais quand je clique sur lecture il ne se passe rien, pas de son. Ma collègue Lucie arrive à les lire sur son PC, donc elle prend les urgentes en attendant.");
    expect(fields.urgency.value).not.toBe('high');
    expect(fields.priority).toBe('P4');
  });

  it('"We can print on the plateau technique printer meanwhile, but it is far": the way round costs, urgency stays medium', () => {
    expect(readingOf("Hello, the printer of the lab secretariat prints strange characters on every page (lines of symbols, like code) instead of the result reports for the wards. All of us are sending to it. We can print on the plateau technique printer meanwhile, but it is far.").urgency).toBe('medium');
  });
});

describe('more of the same weeks', () => {
  it('"Outlook and Teams not loading for anyone on night shift… Not blocking care but…": everyone, and not said to wait', () => {
    const fields = fieldsOf("Outlook and Teams not loading for anyone on night shift. I called ED and maternity, same thing there. Not blocking care but we can't reach the on-call managers by Teams");
    expect(fields.scope.value).toBe('site');
    expect(fields.urgency.value).not.toBe('low');
    expect(fields.patient_care_impact.value).toBe(false);
  });

  it('"tous les box sont touchés" in a consultation is the whole unit', () => {
    expect(fieldsOf("Pas moyen d'imprimer les ordonnances en consultation de pédiatrie, tous les box sont touchés. On les écrit à la main pour le moment").scope.value).toBe('service');
  });

  it('"on est passés au téléphone mais le Dr doit voir ses pieds pour la plaie": the way round leaves care waiting', () => {
    expect(fieldsOf("bonjour, l'appli de téléconsultation affiche caméra non détectée sur le pc du bureau 12 (consult diabéto). Le patient attend en ligne, on est passés au téléphone mais le Dr doit voir ses pieds pour la plaie").priority).toBe('P1');
  });

  it('"l\'interne de garde a que les droits lecture dans le DPI, il faut lui ajouter la prescription" asks for rights', () => {
    expect(intentOf("Besoin urgent : l'interne de garde en néonat a que les droits lecture dans le DPI, il faut lui ajouter la prescription, il doit prescrire cette nuit et là il peut rien faire")).toBe('service_request');
  });

  it('"Pas de panique mais… les séances sont en attente": calm words, sessions held up', () => {
    const fields = fieldsOf("Pas de panique mais le logiciel de planning de rééducation du SSR affiche les séances de la semaine dernière pour toute l'équipe. Les kinés ne savent pas quels patients prendre ce matin, les séances sont en attente.");
    expect(fields.patient_care_impact.value).toBe(true);
    expect(fields.urgency.value).not.toBe('low');
  });
});

it('"Je n\'ai rien cliqué. Je vous le signale, c\'est tout.": a lure reported, not acted on, can wait', () => {
  const fields = fieldsOf("Bonsoir, je viens de recevoir un mail soi-disant de la \"DSI CHV\" qui me demande de valider mon compte sous 24h via un lien, l'adresse d'expéditeur est bizarre (chv-support@outlook-secure.com). Je n'ai rien cliqué. Je vous le signale, c'est tout.");
  expect(fields.category.value).toBe('security');
  expect(fields.urgency.value).toBe('low');
});
