import { describe, expect, it } from 'vitest';
import { correctFields, understandText } from '../../src/triage/index.js';
import { readingOf } from '../support/rules-reading.js';

const fieldsOf = (text: string) => understandText(text).fields!;

describe('a week in maternity, support functions, a winter surge, theatres and long-stay units: readings that hold whatever the models say', () => {
  it('alarms that no longer reach the desk hold up care, bedside monitors working or not', () => {
    const text = 'urgent réa : la centrale de surveillance recoit plus les scopes des lits 5 a 8, écran noir pour ces lits, alarmes pas renvoyées au poste. les scopes au lit marchent';
    expect(readingOf(text).care).toBe(true);
    expect(fieldsOf(text).priority).toBe('P1');
    expect(readingOf("the central station doesn't show beds 1-4 anymore, alarms not relayed to the desk, bedside monitors fine").care).toBe(true);
  });

  it('"un mail … avec un lien, j\'ai cliqué et ça m\'a demandé mon identifiant" is a lure followed, told link first', () => {
    expect(readingOf("slt, je suis de nuit en rea, j'ai recu un mail 'DSI - votre mot de passe expire ce soir' avec un lien, j'ai cliqué et ça m'a demandé mon identifiant... je l'ai mis. c grave ?").category).toBe('security');
    expect(readingOf('got an email saying my mailbox is full with a link, I clicked it and it asked for my password').category).toBe('security');
    // No message received: the reset portal asking for the login is no lure.
    expect(readingOf("le portail mot de passe me demande mon identifiant puis affiche une erreur").category).not.toBe('security');
  });

  it('"sécurité patients" in a correction is the patients\' safety, not a virus', () => {
    const first = understandText('urgent réa : la centrale de surveillance recoit plus les scopes des lits 5 a 8').fields!;
    const changes = correctFields(first, "tout le service, les 12 lits de réa. et oui ça impacte les soins, sécurité patients");
    expect(changes.category).toBeUndefined();
    expect(changes.scope?.value).toBe('service');
    expect(changes.patient_care_impact?.value).toBe(true);
    expect(correctFields(first, "non c'est un problème de sécurité, un virus").category?.value).toBe('security');
  });

  it('"c tous les lits maintenant", "pour aucun patient": the whole unit', () => {
    const first = understandText('urgent réa : la centrale de surveillance recoit plus les scopes des lits 5 a 8').fields!;
    expect(correctFields(first, 'attendez ma collègue me dit que c tous les lits maintenant, 1 a 12, plus rien sur la centrale').scope?.value).toBe('service');
    expect(readingOf("Unité de psy adulte B : le DPI n'affiche plus les prescriptions si besoin pour aucun patient depuis ce matin").scope).toBe('service');
  });

  it('a threat "spreading" to the ward\'s other PCs reaches the unit', () => {
    const text = "Someone on the paeds ward clicked a link in an email and now PC-PED-2214 shows a ransom message, files renamed .locked. We unplugged the network cable. Other PCs in the ward are getting really slow, worried it's spreading";
    expect(readingOf(text).scope).toBe('service');
    expect(fieldsOf(text).priority).toBe('P1');
  });

  it.each([
    // Patients waited for their treatment, whoever is called meanwhile.
    "Unité de psy adulte B : le DPI n'affiche plus les prescriptions si besoin pour aucun patient depuis ce matin. Les IDE doivent appeler l'interne à chaque fois, deux patients agités ont attendu leur traitement plus de 30 min",
    // Inductions suspended "en attendant" is care stopped, not a way round.
    "DPI inaccessible depuis le bloc et la SSPI : 'erreur de connexion base de données'. Plus d'accès aux dossiers, allergies, presc. On a suspendu les inductions en attendant. Ca touche aussi la réa ?",
    // The paper list of yesterday, and two theatres stopped.
    "Le logiciel de programmation du bloc ne s'ouvre plus depuis 7h30 sur tous les postes du bloc central, message 'serveur indisponible'. On bricole avec le programme papier d'hier mais il y a eu des modifs cette nuit, 2 salles sont à l'arrêt.",
    // A call for a newborn's resuscitation already missed.
    "le bip du pédiatre de garde (bip 3307) ne sonne plus, la salle de naiss a essayé de m'appeler pour une réa bébé et rien. C'est moi le pédiatre de garde cette nuit !! je suis joignable au 06 en attendant mais personne a le num",
  ])('%s → care held up despite the way round', (text) => {
    expect(readingOf(text).care).toBe(true);
  });

  it('a spare handset nobody has the number of, with no call missed, does not hold up care', () => {
    expect(readingOf("mon DECT de garde (médecin régulateur, 6789) n'affiche plus les numéros entrants et la batterie tient 1h. J'ai pris un DECT de secours mais personne n'a ce numéro").care).toBe(false);
  });

  it('a neonatal radiant warmer is a medical device, and a birth about to happen in that room holds up care', () => {
    const text = "URGENT la table de réa néonatale de la salle 2 ne chauffe plus (radiant) et l'alarme sonne en continu, naissance imminente dans cette salle";
    expect(readingOf(text).category).toBe('biomedical');
    expect(readingOf(text).care).toBe(true);
    expect(fieldsOf(text).priority).toBe('P1');
  });

  it.each([
    ['Troponin results not reaching the ED since the lab middleware restart at 2am. ED doctors are waiting on chest pain patients', 'incident_report'],
    ['le tableau de bord des délais de brancardage se met plus à jour depuis lundi, pas urgent, on fait les stats du service à la main', 'incident_report'],
    ['The pharmacy monthly consumption report per ward shows empty values for March since the update. Not urgent', 'incident_report'],
    ["The paeds outpatient check-in kiosk shows 'out of order'. Reception staff check families in by hand", 'incident_report'],
    ['Please add the new pharmacy technician (Julie M.) to the ADC user group, she starts tomorrow at 7am', 'service_request'],
    ['New locum registrar starting Wednesday in respiratory medicine, Dr Tomas Ruiz. Needs Windows, DPI, PACS and email. HR sent the form yesterday.', 'service_request'],
    ["Les 3 IDE intérimaires de nuit en psy adulte n'ont pas de compte sur le DPI ni sur le logiciel de dispensation. Leur garde commence à 21h ce soir, il faut les créer avant svp.", 'service_request'],
    ['Please extend the account of agency nurse Kelly Brown (ED), it expires Friday and her contract has been renewed for 4 weeks', 'service_request'],
    ['Please deploy the new version of the meal ordering client on all the ward pantry PCs, the vendor says the old one stops being supported at the end of the month', 'service_request'],
    ["ajouter l'imprimante IMP-LAB-0021 sur le poste PC-LAB-0077 svp", 'service_request'],
    ["laisse tomber, c'est réglé, le collègue a redémarré le PC", 'cancel'],
    ["aide - qu'est ce que je peux te demander ?", 'help'],
  ])('%s → %s', (text, intent) => {
    expect(understandText(text).intent.value).toBe(intent);
  });
});
