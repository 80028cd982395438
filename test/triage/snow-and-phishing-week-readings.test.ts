import { describe, expect, it } from 'vitest';
import { understandText } from '../../src/triage/index.js';

const fieldsOf = (text: string) => understandText(text).fields!;
const intentOf = (text: string) => understandText(text).intent.value;

describe('a P1 is not lowered by a way round that is not one (a snow week, a phishing week)', () => {
  it.each([
    // "pas de scope de rechange": the spare the words name is the one there is not.
    "URGENT scope salle 4 SSPI n'affiche plus ni SpO2 ni PA, patient en réveil branché dessus, pas de scope de rechange dispo",
    // "backup mode" is the failing ventilator's own state.
    "Ventilator bed 2 ICU: 'technical fault 3', gone into backup mode. Patient still ventilated but we can't change any settings and he needs his FiO2 adjusting",
    // "je viens de demander aux collègues" checked who else is hit; nobody works round it.
    "Bonsoir, le DPI s'ouvre plus sur mon poste, ça tourne dans le vide depuis 20 min\noui. en fait je viens de demander aux collègues, personne arrive à l'ouvrir, c'est tout le service",
    // Exams waiting for the on-call radiologist's reading.
    "VPN keeps disconnecting every 10 min. I'm the on-call radiologist reading from home tonight, 6 CTs waiting incl one from ED",
  ])('%s → P1', (text) => {
    expect(fieldsOf(text).priority).toBe('P1');
  });
});

describe('no care waits on it', () => {
  it.each([
    // The patient's own phone in the room.
    "plus de tonalité sur le téléphone de la chambre 214, la patiente peut plus appeler sa famille",
    "Le téléphone de la chambre 305 en SSR n'a plus de tonalité, la patiente voudrait appeler sa famille",
    // Payment at the desk.
    "TPE de la caisse des consultations s'allume plus du tout, les patients peuvent pas payer",
    // Wasteful, and working.
    'Label printer at the blood bank feeds 3 blank labels for every one printed. Wasting a lot of labels but it works',
    // Done without, by hand, or later.
    "Le nouveau PACS affiche les mammos sans les marques du CAD, les radiologues font sans mais c'est pas top",
    'All the new CTG monitors in maternity show the time 1h behind on the traces since install. Midwives correct it by hand on the paper for now',
    "Some old exams from before the migration don't show up in the new PACS. At least 3 patients so far whose 2022 MRIs are missing. We need them for comparison but it can wait a few days",
    'Citrix session freezes every time I open the lab results tab, have to kill it and log back in. annoying but I get there',
    "L'échographe de la salle 2 en radio n'arrive plus à envoyer les images vers le nouveau PACS, message 'destination inconnue'. On les garde sur l'appareil pour l'instant",
  ])('%s', (text) => {
    const fields = fieldsOf(text);
    expect(fields.patient_care_impact.value).toBe(false);
    expect(fields.priority).not.toBe('P1');
  });

  it('"it can wait a few days" is said not to be urgent', () => {
    expect(fieldsOf("Some old exams from before the migration don't show up in the new PACS. We need them for comparison but it can wait a few days").urgency.value).toBe('low');
  });

  it('"on est passés sur les PC du bureau médical qui marchent" is a way round', () => {
    const fields = fieldsOf("plus de réseau au poste de soins de la réa nord, le switch dans le local technique a tous ses voyants orange. 3 PC + l'imprimante coupés, on est passés sur les PC du bureau médical qui marchent");
    expect(fields.patient_care_impact.value).toBe(false);
  });
});

describe('what the message asks for', () => {
  it.each([
    // Training asked for is a request.
    ["On voudrait une formation sur le nouveau système d'appel malade pour l'équipe de nuit de la mater, une douzaine de personnes", 'service_request'],
    // "since install" tells when the fault began; nothing is to be installed.
    ['All the new CTG monitors in maternity show the time 1h behind on the traces since install. Midwives correct it by hand on the paper for now', 'incident_report'],
  ])('%s → %s', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });
});

describe('equipment by its short name or its model', () => {
  it('"scan salle 1 en erreur en pleine acquisition, AVC en attente" is the CT scanner, with a patient waiting: P1', () => {
    const fields = fieldsOf('scan salle 1 en erreur en pleine acquisition, AVC en attente');
    expect(fields.category.value).toBe('biomedical');
    expect(fields.priority).toBe('P1');
  });

  it('"xn1000 en erreur" is a lab analyser: biomedical, away from the bedside', () => {
    const fields = fieldsOf('xn1000 en erreur');
    expect(fields.category.value).toBe('biomedical');
    expect(fields.patient_care_impact.value).toBe(false);
  });
});

describe('the lure quoted is not the lure acted on', () => {
  it('"un mail bizarre boite pleine cliquer ici" reports a mail; nothing was clicked', () => {
    const fields = fieldsOf('jai recu un mail bizarre boite pleine cliquer ici, c du phishing?');
    expect(fields.category.value).toBe('security');
    expect(fields.urgency.value).not.toBe('high');
  });
});

describe('electronic prescribing by its usual names', () => {
  it.each([
    ["Hi, none of the new agency nurses in geriatrics can log into e-prescribing, 'no role assigned'. 4 of them on shift today, the regular nurses are doing all their drug rounds for them", 'incident_report'],
    ['e-prescribing logs everyone in geriatrics out every 5 min and we lose what we typed. whole ward affected, doctors writing on paper charts as a backup', 'incident_report'],
    ["Bonjour, les alertes d'interaction se declenchent sur toutes les presc en cardio, meme le paracetamol. les medecins cliquent ignorer 40 fois par jour", 'incident_report'],
    // More of a device, or a right for a group: asked for.
    ['demande de 2 douchettes en plus pour les chariots de la nouvelle presc en cardio, on en a 4 pour 6 chariots', 'service_request'],
    ['habilitation au module presc pour 12 IDE de nuit de cardio qui etaient pas la pour la formation', 'service_request'],
  ])('%s → %s', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });

  it('e-prescribing failing for a whole ward is software', () => {
    expect(fieldsOf('e-prescribing logs everyone in geriatrics out every 5 min and we lose what we typed. whole ward affected, doctors writing on paper charts as a backup').category.value).toBe('software');
  });
});

describe('a Christmas week', () => {
  it("bank nurses' eMAR giving 'no role assigned' while the 10pm meds go late is P1", () => {
    const text = "the 4 bank nurses covering Christmas on ward 3 were set up with eMAR last week but today they all get 'no role assigned'. there's only 2 of us regular staff, 10pm meds are already going late";
    expect(intentOf(text)).toBe('incident_report');
    expect(fieldsOf(text).priority).toBe('P1');
  });

  it('"H: drive disconnected, says path not found" is a network drive', () => {
    expect(fieldsOf('H: drive disconnected, says path not found').category.value).toBe('network');
  });

  it.each([
    ["on voudrait un message d'absence sur la boîte générique du secrétariat de pneumo du 24 au 26"],
    ['pendant les fêtes le secrétariat de cardio est fermé le 24 aprem et le 31, faudrait renvoyer nos lignes sur le standard ces jours-là'],
    ["il faudrait un 2e écran pour la secrétaire de l'HDJ, elle jongle en permanence entre le DPI et l'agenda"],
  ])('%s → a request', (text) => {
    expect(intentOf(text)).toBe('service_request');
  });
});

describe('theatre and maternity staff in a hurry', () => {
  it.each([["vous pouvez m'envoyer un technicien au bloc ?"], ['Il me faut le biomed maintenant']])('%s asks for a person', (text) => {
    expect(intentOf(text)).toBe('talk_to_human');
  });

  it('a report that ends by asking for someone is still the report', () => {
    expect(intentOf('le scope de la salle 3 est en panne, le patient est en salle, il me faut le biomed maintenant')).toBe('incident_report');
  });

  it('"je ne peux pas rester comme ça longtemps" is a way round that cannot last: care waits', () => {
    const fields = fieldsOf("le monito de la salle 2 ne trace plus, je fais de l'auscultation au doppler en attendant mais je ne peux pas rester comme ça longtemps");
    expect(fields.patient_care_impact.value).toBe(true);
  });
});
