import { describe, expect, it } from 'vitest';
import { tellsWorkaround, understandText } from '../../src/triage/index.js';
import { readingOf } from '../support/rules-reading.js';

const fieldsOf = (text: string) => understandText(text).fields!;

describe('a week in paediatrics and psychiatry, a heat wave in the emergency department, home care and remote work, pharmacy, lab and sterilisation: readings that hold whatever the models say', () => {
  it('a drive named by its letter ("le lecteur P:\\…", "the S: drive") is the network', () => {
    expect(readingOf("Bonjour, on n'arrive plus a accéder au lecteur P:\\PEDIATRIE\\Protocoles depuis ce matin, tout le service est concerné").category).toBe('network');
    expect(readingOf('Nobody in the ED can open the S: drive, S:\\URGENCES is unreachable from every PC.').category).toBe('network');
    // A badge reader is a reader, not a drive.
    expect(readingOf('le lecteur de badge du sas ne lit plus aucun badge').category).toBe('hardware');
  });

  it('"I think I got phished", "le mail soi-disant RH" name a lure', () => {
    expect(readingOf("I think I got phished. The HR email asked me to log in to see my new schedule, I did, and now Outlook says my password was changed and I can't get in.").category).toBe('security');
    expect(readingOf("Le mail soi-disant RH 'Votre bulletin de paie de novembre est disponible' est arrivé chez tout le monde : pharmacie, labo, radio. Il renvoie vers une page de connexion qui ressemble à la nôtre.").category).toBe('security');
    // "soi-disant réparé" says nothing of a lure.
    expect(readingOf("le pousse seringue est soi disant réparé mais il s'arrête encore").category).toBe('biomedical');
  });

  it('a tablet stolen with patients\' records on it stays security, whatever its own words suggest', () => {
    const text = "On m'a volé la tablette HAD dans la voiture cette nuit (vitre cassée). Elle contient les dossiers de mes patients et j'ai plus rien pour ma tournée de ce matin, je fais comment ?";
    expect(fieldsOf(text).category.value).toBe('security');
    expect(fieldsOf('ma tablette HAD est très lente depuis la mise à jour').category.value).not.toBe('security');
  });

  it('a mailbox sending mails its owner did not write is in someone else\'s hands: security, at once', () => {
    const reading = readingOf("Depuis ce matin ma boite mail envoie des mails que je n'ai pas écrits à tous mes contacts, ça ressemble au mail RH d'hier.");
    expect(reading.category).toBe('security');
    expect(reading.urgency).toBe('high');
    expect(readingOf("les mails que j'ai écrits hier ne partent pas, ils restent dans la boîte d'envoi").category).not.toBe('security');
  });

  it("a department's machine (autoclave, analyser, washer-disinfector, CT scanner) is the team's, not one person's", () => {
    expect(fieldsOf("L'autoclave n°3 de la stérilisation centrale affiche 'défaut de vide' et avorte le cycle. On tourne sur les 2 autres pour l'instant.").scope.value).toBe('team');
    expect(fieldsOf("Hematology analyser XN-2 throws 'aspiration error' on every tube since 7am. We switched to the backup analyser, running ok for now.").scope.value).toBe('team');
    expect(fieldsOf('Laveur-désinfecteur LD2 bloqué porte fermée, erreur 47, charge dedans.').scope.value).toBe('team');
    expect(fieldsOf("CT scanner in room 2 shows a tube error and refuses acquisitions. We're sending patients to room 1, longer wait but it works.").scope.value).toBe('team');
    // One unit's drug cabinet, whatever fails in it, holds up the unit's nurses.
    expect(readingOf("L'armoire automatisée de l'UHCD ne se synchronise plus avec le serveur de la PUI depuis hier soir, les nouvelles prescriptions n'apparaissent pas.").scope).toBe('team');
    // A bedside device stays the one patient's; the link from the analysers to the lab system serves every ward.
    expect(readingOf("le pousse seringue de la chambre 4 s'arrête tout seul").scope).toBe('single_user');
    expect(readingOf("labo: l'interface automates / logiciel labo est coupée, les resultats remontent plus dans le DPI, on telephone seulement les urgences vitales").scope).not.toBe('team');
  });

  it('a printer named by its tag ("IMP-STE-02 hors ligne") is a unit\'s printer', () => {
    expect(fieldsOf('IMP-STE-02 hors ligne').scope.value).toBe('team');
    expect(fieldsOf("IMP-PED-03 n'imprime plus en recto verso").scope.value).toBe('team');
    expect(readingOf("l'imprimante de mon bureau fait des traînées").scope).toBe('single_user');
  });

  it('two buildings named by their letters, or mail to hundreds of staff, reach several departments', () => {
    expect(readingOf("Attention c'est PAS l'exercice : plus aucun poste fixe ne marche dans les bat A et B, urgences comprises. Serveur de telephonie tombé ?").scope).toBe('site');
    expect(readingOf("notre boîte générique a envoyé ce matin un mail 'bulletin de paie' à des centaines d'agents, ce n'est pas nous. Je crois que notre compte est piraté !").scope).toBe('site');
    expect(readingOf('bat A bureau 12 : mon poste fixe ne marche plus').scope).toBe('single_user');
  });

  it('"il faut quelqu\'un maintenant" asks for a person at once', () => {
    const text = "Toutes les portes de l'unité fermée psy A se sont déverrouillées d'un coup vers 15h et elles ne se referment plus avec les badges. On a mis un soignant devant chaque porte mais on a deux patients en SPDT à risque de fugue, il faut quelqu'un maintenant.";
    expect(readingOf(text).urgency).toBe('high');
    expect(fieldsOf(text).priority).toBe('P1');
    expect(readingOf('il faut maintenant que je redémarre le PC ?').urgency).not.toBe('high');
  });

  it('a syringe driver named by its tag, switching off with the drug running and a new battery, holds up care', () => {
    const reading = readingOf("POUSSE-HAD-0031 chez Mme T. s'eteint tout seul alors que la batterie est neuve. Midazolam en cours, je reste sur place");
    expect(reading.category).toBe('biomedical');
    expect(reading.care).toBe(true);
    // A low battery on the mains is the battery, the pump runs.
    expect(readingOf("le pousse seringue de la chambre 4 affiche batterie faible alors qu'il est sur secteur").care).toBe(false);
  });

  it('"on entend plus les appelants" at the regulation desk holds up care: the emergency calls wait', () => {
    const text = 'Le PC du medecin regulateur (PC-REG-0003) a plus de son, on entend plus les appelants !!';
    expect(readingOf(text).care).toBe(true);
    expect(fieldsOf(text).priority).toBe('P1');
    expect(readingOf("le PC de la salle de pause a plus de son, on entend plus les vidéos").care).toBe(false);
  });

  it('a CPAP driver is a medical device', () => {
    expect(readingOf("The CPAP driver on NICU bed 6 alarms 'low pressure' every few minutes. We checked the circuit and prongs, baby is stable but we'd like it checked today").category).toBe('biomedical');
  });

  it('an automated drug cabinet is not a lab analyser: no medical device', () => {
    expect(readingOf("Bonjour, en néonatologie l'armoire automatisée installée hier refuse tous les badges, même celui de la cadre.").category).not.toBe('biomedical');
    expect(readingOf('The automated cabinet in the ED (ARM-URG-02) shows the wrong stock count for morphine').category).not.toBe('biomedical');
    expect(readingOf("l'automate d'hémato est en panne").category).toBe('biomedical');
  });

  it('the application that fails when printing, or that cannot print while Word can, is the software', () => {
    expect(readingOf('DPI plante chez toutes les secrétaires de pédiatrie quand on imprime les courriers de sortie, on a 12 sorties ce matin').category).toBe('software');
    expect(readingOf("depuis la mise a jour le DPI n'envoie plus les étiquettes patients aux Zebra de pédiatrie (rien ne sort, alors que l'impression depuis Word marche)").category).toBe('software');
    expect(readingOf('The printer prints from Word but jams on every page').category).toBe('printer');
  });

  it('"the other interns are fine", "colleagues log in fine on the same PC": one person', () => {
    expect(readingOf("After the update DPI won't let me sign my notes, says 'certificate invalid'. The other interns are fine").scope).toBe('single_user');
    expect(readingOf("Hi, can't log into Windows on the UHCD workstations, error 'trust relationship failed'. Colleagues log in fine on the same PC.").scope).toBe('single_user');
    expect(readingOf("the other interns can't log in either").scope).toBe('team');
  });

  it('"le fixe du bureau cadre" is one desk phone, not the unit\'s lines', () => {
    expect(readingOf('plus de tonalité sur le fixe du bureau cadre urgences').scope).toBe('single_user');
    expect(readingOf('plus de tonalité sur les postes fixes de pedopsy').scope).toBe('service');
  });

  it('"la pharmacie souhaite un deuxième poste" asks for equipment', () => {
    expect(understandText("Bonjour, la pharmacie souhaite un deuxième poste informatique en salle de rétrocession pour absorber l'affluence du matin. Il y a déjà une prise réseau libre. C'est quand vous pouvez, pas d'urgence.").intent.value).toBe('service_request');
  });

  it('"need a label printer set up there", "New DECT needed" ask for equipment', () => {
    expect(understandText('Hello, we opened 4 extra beds in UHCD and need a label printer set up there. Can someone come today?').intent.value).toBe('service_request');
    expect(understandText('New DECT needed for the night pharmacist, the old one is lost').intent.value).toBe('service_request');
    expect(understandText("we need a printer that works, this one jams").intent.value).toBe('incident_report');
  });

  it('"c\'est des patients ventilés sans alarme" holds up care; "without alarms" too', () => {
    expect(readingOf("c'est des patients ventilés sans alarme").care).toBe(true);
    expect(readingOf('two ventilated patients without alarms at the desk').care).toBe(true);
    expect(readingOf("l'alarme incendie du couloir sonne sans arrêt").care).not.toBe(true);
  });

  it('the sysmex "can biomed have a look today?" stays a medical device whatever the model says', () => {
    expect(fieldsOf("hi, the sysmex on the technical platform keeps throwing an aspiration error and rejecting tubes since about 7am. we moved all the CBCs to the other sysmex so it's slower but we're coping. can biomed have a look today?").category.value).toBe('biomedical');
  });

  it('"celui à côté de la pharmacie du service" is a landmark, not the hospital pharmacy', () => {
    expect(fieldsOf("le pc celui a coté de la pharmacie du service affiche un écran bleu et redémarre en boucle").location_hint?.unit).toBeUndefined();
    expect(fieldsOf('le pc à côté de la radio ne démarre plus').location_hint?.unit).toBeUndefined();
    expect(fieldsOf("l'imprimante de la pharmacie ne marche plus").location_hint?.unit).toBe('pharmacy');
  });

  it('"ma collègue a essayé sur l\'autre poste et pareil" is no way round: the other machine fails the same', () => {
    expect(tellsWorkaround("ma collègue a essayé sur l'autre poste et pareil")).toBe(false);
    expect(tellsWorkaround('tried the PC next door, same error')).toBe(false);
    expect(tellsWorkaround("on travaille sur l'autre poste en attendant")).toBe(true);
  });

  it('an anaesthesia workstation by its make ("le perseus de la salle 3") is a medical device', () => {
    expect(readingOf("le perseus de la salle 3 plante au test automatique, premier patient deja en salle, on peut pas l'endormir").category).toBe('biomedical');
    expect(readingOf('the primus in OR 2 fails its self test').category).toBe('biomedical');
  });

  it('"on a un autre patient qui arrive dans 10 min" is more work coming, not a way round', () => {
    expect(tellsWorkaround('on a un autre patient qui arrive dans 10 min et toujours pas de scope.')).toBe(false);
    expect(tellsWorkaround('on a un autre accouchement dans 10 min et toujours pas de bracelets.')).toBe(false);
    expect(tellsWorkaround('on a une autre pompe, on a changé')).toBe(true);
  });
});
