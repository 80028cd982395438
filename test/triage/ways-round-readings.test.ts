import { describe, expect, it } from 'vitest';
import { understandText } from '../../src/triage/index.js';

const reading = (text: string) => understandText(text).fields!;

describe('a way round told in the words of the ward: care goes on, no P1', () => {
  it.each([
    "pousse-seringue du lit couloir 2 en alarme occlusion en permanence alors que la ligne est ok. Noradré dessus, on a changé de PSE avec celui de la 412 qui était libre. faut le récupérer quand même pour le biomed",
    "le bip de l'interne de garde de médecine (4521) n'affiche plus les numéros, juste des carrés. il doit rappeler le standard a chaque fois",
    "La centrale de surveillance de l'USC n'affiche plus les lits 5 à 8. Les scopes au lit marchent et sonnent, on a mis une IDE en surveillance dans le couloir",
    "The new e-prescription module logged me out in the middle of writing orders three times this morning, lost everything each time. Ward 4B, internal medicine. Annoying but I'm getting them done eventually.",
    "wifi mort dans les nouvelles chambres de la mater (3e, ch 301 à 318). les chariots de soins perdent la connexion, on revient au poste de soins pour valider chaque soin",
    "Le DPI affiche la patiente de la ch 5 en mater avec le mauvais lit apres le transfert (toujours ch 205). Elle va bien, c'est juste que ses étiquettes sortent avec l'ancien numéro",
    "l'écran d'appel patients en salle d'attente de radio affiche 'pas de signal' depuis ce matin. les manips appellent les patients à voix haute",
    "Ultrasound machine in consult room 3 (gyneco) freezes when sending images to PACS. We save to USB and upload later, the consultations go on.",
    "Bonjour, les 4 PC de la salle de soins de la mater (nouveau 3e) n'ont pas l'imprimante d'étiquettes, ni le raccourci du logiciel d'obstétrique. On travaille sur les 2 postes qui marchent",
    "Bed screen keeps showing 'sync error' in red at the top for the whole Cardiology unit. The data looks right though, we just ignore it.",
  ])('"%s"', (text) => {
    const fields = reading(text);
    expect(fields.patient_care_impact.value).toBe(false);
    expect(fields.priority).not.toBe('P1');
  });

  it('"Les scopes marchent. On note tout sur papier" after the network of a unit went down: care goes on', () => {
    const fields = reading("IDE de nuit bât C 4e (chir viscérale) : courant coupé quelques minutes avec l'orage, tout est revenu sauf nos PC qui ont plus de réseau. Les scopes marchent. On note tout sur papier pour la fin de nuit");
    expect(fields.patient_care_impact.value).toBe(false);
  });

  it('"Monitor in recovery… flat ECG while the patient is fine" still holds up care: the patient being well is not the monitoring working', () => {
    const fields = reading('Monitor in recovery room bed 2 shows flat ECG while the patient is fine. Leads checked, cable changed, still flat. Patient need to stay monitored, no spare monitor');
    expect(fields.priority).toBe('P1');
  });

  it('the air conditioning of the server room failing is the whole site\'s, whoever reports it on their round', () => {
    const fields = reading("Bonjour, la clim de la salle informatique du sous-sol bât D fait un bruit d'enfer, il fait super chaud dedans et il y a une alarme qui sonne. Je suis agent de sécurité, je passe en ronde");
    expect(fields.scope.value).toBe('site');
  });
});

describe('what kind of problem: an application\'s own error, a screen\'s content', () => {
  it.each([
    "Impossible de me connecter au PACS depuis le PC du bureau médical de radio, 'licence indisponible'. Sur mon autre poste ça marche, je vais dessus.",
    "bjr, outlook me dit 'connexion à Microsoft Exchange non disponible' depuis ce matin. le webmail marche, je me débrouille avec",
    "J'arrive plus à ouvrir Outlook, il me dit 'profil corrompu'. Secrétaire pneumo. Je lis mes mails sur le webmail en attendant.",
    'Bed screen shows the patient in room 215 as discharged but he\'s still here, in his bed. Other rooms look right.',
  ])('"%s" is software', (text) => {
    expect(understandText(text, { models: null }).fields?.category.value).toBe('software');
  });

  it('"L\'écran du PC de la pharmacie est tout jaune" stays a machine\'s problem', () => {
    expect(understandText("L'écran du PC de la pharmacie est tout jaune", { models: null }).fields?.category.value).toBe('hardware');
  });
});
