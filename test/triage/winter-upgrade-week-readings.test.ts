import { describe, expect, it } from 'vitest';
import { tellsCareGoesOn, tellsWorkaround, understandText } from '../../src/triage/index.js';
import { prepare } from '../../src/triage/matcher.js';

const intentOf = (text: string) => understandText(text).intent.value;

describe('words that look glued and are not', () => {
  it('keeps "cable", "center", "savoir" and "couvre" whole instead of reading a glued elision ("c able")', () => {
    for (const word of ['cable', 'center', 'savoir', 'couvre', 'legalement', 'caller']) expect(prepare(`le ${word} du poste`).tokens).toContain(word);
    // A real glued elision is still split: "lécran" is "l'écran".
    expect(prepare('lecran est noir').tokens.slice(0, 2)).toEqual(['l', 'ecran']);
  });

  it('reads "c\'etait" as "c\'était", not the SMS "c" for "c\'est" followed by "était"', () => {
    expect(prepare("c'etait le cable").tokens).toEqual(['c', 'etait', 'le', 'cable']);
    expect(prepare('c pas normal').tokens).toEqual(['c', 'est', 'pas', 'normal']);
  });

  it('"laissez tomber c\'etait le cable debranche" withdraws', () => {
    expect(intentOf("laissez tomber c'etait le cable debranche")).toBe('cancel');
  });
});

describe('what the message asks for', () => {
  it.each([
    ['SSPI: la PCA du lit 3 affiche E14 et s\'arrete, patient tres douloureux, on a pas d\'autre PCA dispo', 'incident_report'],
    ["all DECTs in ICU rebooting in a loop since 3am, we're using walkie talkies borrowed from fire safety", 'incident_report'],
    ['peut on me rappeler ?', 'talk_to_human'],
    ["passez moi le technicien d'astreinte svp", 'talk_to_human'],
    ['ticket 48377?', 'ticket_status'],
    ['ticket 48213 where are we on this? still no printer at the cardio secretariat', 'ticket_status'],
    ["ticket status for the broken DECT in cardiology please, it's been 3 days", 'ticket_status'],
    ["on a toujours pas de reponse pour l'imprimante de la maternité, ticket fait ce matin a 8h", 'ticket_status'],
    ["re: ticket du matin pour les etiqueteuses urg, c'est reparti ? on a toujours 2 sur 4 qui marchent pas", 'ticket_status'],
    ["la demande pour les 6 DECT en plus c'est pour quand ?", 'ticket_status'],
    ['Hi, just wanted to say thanks to whoever fixed the printers in maternity, you saved our morning!', 'thanks'],
    ["Bonjour, je suis nouvelle à l'accueil du bâtiment B, je n'ai ni compte Windows ni badge. Ma responsable me dit de passer par vous. Je commence aujourd'hui.", 'service_request'],
    ["Hi, I'm an agency nurse starting tonight in paediatrics, I was told to ask here for my login and my badge. Sarah O'Connell, shift starts 9pm", 'service_request'],
    ["new badge needed for an agency porter, he started today, waited 45 min at security and can't use the lifts, transfers to imaging are piling up", 'service_request'],
    ['encore des interim ce matin en med interne, 2 AS sans compte windows ni DPI. elles suivent leur binome en attendant', 'service_request'],
    ['droits a ajouter pour Mme Nguyen (IDE interim) en maternite: elle a le DPI mais pas le module partogramme et elle est en salle de naissance ce soir', 'service_request'],
    ['Need a second label printer in ED triage, the surge area in the corridor has none and nurses keep walking back and forth', 'service_request'],
    ["DRH: 25 comptes a creer pour des interimaires qui arrivent lundi, j'ai le fichier excel, je vous l'envoie comment ?", 'service_request'],
    ['Is there a procedure for when the phones go down at night? nobody on my ward knew what to do', 'question'],
  ])('%s → %s', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });
});

describe('words of the ward', () => {
  it('"une radio", "une radio de thorax" are X-rays, not the radiology unit; "la radio n\'a plus de PACS" is the unit', () => {
    expect(understandText("PACS plante dès que j'ouvre une radio, message erreur mémoire").fields?.location_hint?.unit).toBeUndefined();
    expect(understandText('le PACS plante sur la radio de thorax du lit 4').fields?.location_hint?.unit).toBeUndefined();
    expect(understandText("la radio n'a plus de PACS depuis ce matin").fields?.location_hint?.unit).toBe('radiology');
  });

  it('"un bébé en détresse resp" waits on the fault: care held up', () => {
    expect(understandText('PACS plante, besoin de voir une radio de thorax pour un bébé en détresse resp').fields?.patient_care_impact.value).toBe(true);
  });

  it('"mon dect affiche hors zone partout dans le service" is one person\'s handset', () => {
    expect(understandText('mon dect affiche hors zone partout dans le service depuis ce matin').fields?.scope.value).toBe('single_user');
    expect(understandText('les dect affichent hors zone partout dans le service').fields?.scope.value).toBe('service');
  });
});

describe('ways round told in the ward\'s words', () => {
  it.each([
    'Bonjour, PC du bureau médical de réa tourne en boucle sur écran bleu. Les médecins utilisent le PC de la salle de transmissions',
    "peds ER: the triage box computer won't boot, the triage nurse is working on the secretary's PC",
    "mon code PIN de CPS est bloqué, j'ai tapé 3 fois faux, je peux plus signer les prescriptions en onco. le chef signe a ma place cet aprem",
    'le tel fixe du bureau infirmier de cardio sonne mais quand on décroche personne, ca coupe. on se fait rappeler sur le DECT',
    "Phone on the oncology reception desk has no dial tone. Patients calling to confirm appointments can't get through. We redirected the line to the nurses' office.",
    'rea: le lecteur CPS de la centrale de prescription est mort, les medecins signent sur le poste du bureau medical au bout du couloir',
    "le respirateur de la salle 3 (anesth) affiche 'defaut capteur debit' en boucle, on a changé de machine pour ce patient",
    'lab label printer prints every label twice since the update, we bin every other one',
    "les DECT de l'equipe de nuit en geriatrie se dechargent en 2h, on les laisse sur le socle entre 2 tours",
  ])('%s: a way round, care goes on', (text) => {
    const fields = understandText(text).fields!;
    expect(fields.patient_care_impact.value).toBe(false);
    expect(fields.priority).not.toBe('P1');
  });

  it.each([
    "Ventilator in bed 7 PICU alarmed 'internal fault' and rebooted once. Patient is fine now, ventilating normally now.",
    "The endoscopy tower in room 2 doesn't save images to the archive anymore. Procedures are fine, but reports have no pictures.",
    "échographe du bloc (ALR) qui envoie plus les images vers le PACS, on peut faire les blocs nerveux mais rien n'est archivé",
    'Maternity, room 508: the phone in the room has no dial tone since we moved in, nurse call works fine',
  ])('%s: care goes on', (text) => {
    expect(understandText(text).fields?.patient_care_impact.value).toBe(false);
  });

  it('"shows flat ECG while the patient is fine" still holds up care', () => {
    expect(understandText('Monitor in recovery room bed 2 shows flat ECG while the patient is fine. Leads checked, cable changed, still flat.').fields?.priority).toBe('P1');
  });
});

describe('a way round that leaves care late all the same', () => {
  it.each([
    "labo: les demandes du DPI n'arrivent plus dans le logiciel du labo depuis la bascule de ce week end, on saisit tout a la main, ca prend un temps fou et les resultats des urgences prennent 1h de retard",
    "IRM : la console n'envoie plus les images vers le PACS depuis ce matin, les radiologues ne peuvent pas interpreter, on grave des CD en attendant mais pour les urgences ça bloque",
    "IDE labo: l'automate de biochimie n'envoie plus les resultats au logiciel labo depuis 6h, on valide a la main en copiant, on a 80 tubes des urgences en attente",
    "The DECT phones in the whole oncology ward lost their network this afternoon, we can't call each other or get patient calls. We're using the fixed line at the nurses' station but the call bells route to DECT...",
    "labo: l'automate d'immuno affiche erreur bras de pipetage, bloqué. on a basculé les dosages sur l'automate de secours mais il est 2x plus lent, les resultats urgents prennent 1h de plus",
    'les armoires a pharmacie du bloc refusent tous nos badges depuis ce matin, on doit appeler la pharmacie pour chaque ouverture, ca retarde les inductions',
  ])('%s: care held up', (text) => {
    expect(understandText(text).fields?.patient_care_impact.value).toBe(true);
  });
});

describe('round seventy, what the words say of the patient', () => {
  it('"we have nothing to swap in, the spare is in SSPI with a patient" is no way round', () => {
    expect(tellsWorkaround('but we have nothing to swap in, the spare is in SSPI with a patient')).toBe(false);
  });

  it('"pas de souci pour le patient" says care goes on', () => {
    expect(tellsCareGoesOn("pas de souci pour le patient, c'est juste l'ecg du box qui n'imprime plus")).toBe(true);
  });
});

describe('round sixty-nine, a way round that cannot last', () => {
  it('"L\'IDE reste dans le box en attendant mais on peut pas tenir comme ça toute la nuit" holds up care', () => {
    const text = "Bonsoir, en réa le scope du box 4 n'envoie plus rien à la centrale depuis ~20 min, écran noir sur la centrale pour ce lit alors que le moniteur au lit marche. Patient intubé sous noradré. L'IDE reste dans le box en attendant mais on peut pas tenir comme ça toute la nuit";
    expect(understandText(text).fields?.patient_care_impact.value).toBe(true);
  });

  it('"le scope du box 4 se met en veille… patient sous noradré, on a branché un scope de transport en attendant" is a way round', () => {
    expect(understandText('le scope du box 4 (SAU) se met en veille tout seul toutes les 10 min. patient sous noradré, on a branché un scope de transport en attendant').fields?.patient_care_impact.value).toBe(false);
  });
});

describe('round seventy, who speaks and what is asked', () => {
  it('"cardio de garde, je suis aux urgences box 1" is the on-call cardiologist in the ED', () => {
    const hint = understandText("cardio de garde, je suis aux urgences box 1 pour un avis. l'ECG du box n'envoie plus les tracés dans cristal net").fields?.location_hint;
    expect(hint?.unit).toBe('emergency');
  });

  it('"Can you add the ER unit to my DPI rights?" asks for access', () => {
    expect(intentOf("the 'Urgences' unit isn't in my profile so I can't write the consult note. Can you add the ER unit to my DPI rights? at least for on-call nights")).toBe('service_request');
  });
});
