import { describe, expect, it } from 'vitest';
import { correctFields, understandText } from '../../src/triage/index.js';
import { readingOf } from '../support/rules-reading.js';

const fieldsOf = (text: string) => understandText(text).fields!;
const intentOf = (text: string) => understandText(text).intent.value;

describe('a hard week: a P1 however it is put', () => {
  it.each([
    // Courtesy is not "it can wait": the ICU's central monitor lost its waveforms.
    'Hi, just so you know: the central monitor in ICU stopped showing the waveforms for beds 3, 4 and 5 about 10 minutes ago. Thanks for looking when you can.',
    // "pas celui du bureau" rules a device out; it is no way round. A stroke's images wait.
    "le scanner de la radio (l'appareil, pas celui du bureau !) n'envoie plus les images vers le PACS, les urgentistes attendent les images d'un AVC",
    // A drug due now for a patient in pain.
    "Bonjour, mon code PIN de badge ne marche plus pour l'armoire Pyxis, je dois sortir de la morphine pour une patiente très douloureuse chambre 15",
    // A server room overheating is the whole site's.
    'The server room on level -1 is at 35°C, the AC unit is dead and the alarms are going off. Facilities told us to call IT.',
    // A report that asks whether someone is on it is still the report.
    "No network in building C, cardiology 3rd floor. Can't see any lab results or ECGs. Is someone on it??",
  ])('%s → P1', (text) => {
    expect(fieldsOf(text).priority).toBe('P1');
  });
});

describe('what the writer wants', () => {
  it.each([
    ['il manque la touche E sur mon clavier mdr comment je suis censée écrire quoi que ce soit', 'incident_report'],
    ["Le chef de réa demande qu'on ajoute un lecteur de carte CPS sur le poste du box 5, il n'y en a pas et il peut pas signer ses prescriptions de garde. C'est urgent", 'service_request'],
    ['on peut avoir Teams sur son téléphone perso ?', 'question'],
    ["Suite au phishing on m'a réinitialisé mon compte mais j'ai perdu tous mes mails d'hier, vous pouvez les restaurer ?", 'service_request'],
    // Still asking for news.
    ['ok merci. qqn est dessus la ?', 'ticket_status'],
  ])('%s → %s', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });
});

describe('security, in other words', () => {
  it.each([
    "Je viens de voir qu'un compte rendu patient est parti par erreur vers une adresse gmail externe depuis la boite partagée du secrétariat de cardio",
    "mon compte envoie des mails tout seul à tout mon carnet d'adresses !! je suis a la pharmacie, aidez moi",
    "A colleague left her work phone in the cafeteria and it's gone. She's in surgery till 4, asked me to report it. It has her hospital email on it.",
  ])('%s', (text) => {
    expect(fieldsOf(text).category.value).toBe('security');
  });
});

describe('a way round named, and who is affected', () => {
  it('"l\'imprimante est en panne, on utilise celle du couloir" is still a way round', () => {
    expect(fieldsOf("l'imprimante est en panne, on utilise celle du couloir").patient_care_impact.value).toBe(false);
  });

  it('"refuses to open for all pharmacists" is the whole pharmacy', () => {
    expect(fieldsOf('Hello, the pharmacy software refuses to open for all pharmacists since 9am, message "licence expirée". We cannot validate any prescription, so the wards do not receive their nominative dispensation, and the oncology chemotherapy preparations are stopped. Patients are waiting for their chemo.').scope.value).toBe('service');
  });

  it('the machines where an update broke things are where it shows: the rules read software', () => {
    expect(readingOf("Windows update restarted my PC in the middle of a discharge letter and I lost everything. Can you make it stop doing that?").category).toBe('software');
    expect(readingOf("TOUS les postes de neuro sont en écran bleu depuis la mise à jour de cette nuit!!! On bosse sur papier, c'est l'enfer").category).toBe('software');
  });
});

describe('corrections that name a team or a thing that works', () => {
  const current = understandText('Hello, the images of the scanner (CT room 1) are not arriving in the PACS since 1 hour').fields!;

  it('"it\'s for the PACS team not biomed": not who is affected, and not a medical device', () => {
    const changes = correctFields(current, "the scanner works fine, its the sending to PACS that fails, it's for the PACS team not biomed");
    expect(changes.scope).toBeUndefined();
    expect(changes.category?.value).not.toBe('biomedical');
  });

  it('"GAM works fine on the other desk. its the whole computer": the computer', () => {
    const gam = understandText('GAM freezes every time I print the admission papers').fields!;
    expect(gam.category.value).toBe('software');
    expect(correctFields(gam, 'no its not GAM, GAM works fine on the other desk. its the whole computer thats slow even the start menu').category?.value).toBe('hardware');
  });
});
