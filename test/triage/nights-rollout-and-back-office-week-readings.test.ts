import { describe, expect, it } from 'vitest';
import { understandText } from '../../src/triage/index.js';
import { readingOf } from '../support/rules-reading.js';

const intentOf = (text: string) => understandText(text, { models: null }).intent.value;

describe('nights and weekends, a DPI roll-out, the back office and the platforms: readings that hold whatever the models say', () => {
  it('"since the update on Saturday night" dates the fault; "any update on my ticket?" still asks for news', () => {
    const text = "Hi I'm a visiting fellow in oncology. Since the update on Saturday night the chemo prescribing module says 'protocol locked' for every protocol, for all of us doctors. Day hospital starts Monday 8am with 30 patients and nothing can be prescribed in advance";
    expect(intentOf(text)).toBe('incident_report');
    expect(readingOf(text).priority).toBe('P1');
    expect(intentOf('Hi, any update on the monitor in box 4?')).toBe('ticket_status');
    expect(intentOf('can I get an update on my request for the new badge?')).toBe('ticket_status');
  });

  it('"we had to cancel 6 patients" is what the fault did, not a ticket withdrawn', () => {
    const text = "Mammography unit keeps saying 'detector calibration required'. We had to cancel 6 patients this morning. Can someone call the vendor please?";
    expect(intentOf(text)).toBe('incident_report');
    expect(readingOf(text).care).toBe(true);
    expect(readingOf(text).priority).toBe('P1');
    // The ticket named: withdrawn, whatever was called off besides.
    expect(intentOf('annulez mon ticket, on a annulé les patients de cet aprem de toute façon')).toBe('cancel');
  });

  it('"rejects all carriers… we\'re well behind on the ICU samples": a fault, and care running late', () => {
    const text = "Night biologist here. The lab's tube receiving station beeps and rejects all carriers with 'destination unknown', everything ends up at the ED station. Porters are shuttling but we're well behind on the ICU samples.";
    expect(intentOf(text)).toBe('incident_report');
    expect(readingOf(text).care).toBe(true);
    expect(readingOf(text).priority).toBe('P1');
  });

  it.each([
    ["DRH: Oracle RH affiche un ecran blanc juste apres la connexion, pour tout le monde a la direction des RH (on est 14). la paie doit etre bouclée jeudi, on est completement a l'arret", 'P1'],
    ["Payroll team: Oracle HR fails to generate the payslip PDFs, 'generation error' on every employee. It's the 28th, they have to go out today", 'P2'],
  ] as const)('%s → work at a standstill, or due today, cannot wait', (text, priority) => {
    expect(readingOf(text).urgency).toBe('high');
    expect(readingOf(text).category).toBe('software');
    expect(readingOf(text).priority).toBe(priority);
  });

  it('Oracle and MSSanté are applications', () => {
    expect(readingOf("Oracle Finances m'affiche 'FRM-40735 declencheur ON-INSERT a levé une exception' qd je valide un bon de commande. direction des finances. mes collegues ca va, c'est que moi").category).toBe('software');
    expect(readingOf('MSSanté recoit plus rien depuis hier soir au secretariat de cardio, les CR des labos exterieurs arrivent plus').category).toBe('software');
  });

  it('retyping by hand keeps care going; its risk of error ("risque d\'erreur", "error-prone") keeps the repair due soon', () => {
    for (const text of [
      "le lecteur code barre du poste de prelevement de l'HDJ onco marche plus. on tape les numeros de tubes a la main, risque d'erreur...",
      "radio : la console du scanner ne recoit plus la worklist, les manips doivent ressaisir nom, IPP, ddn a la main pour chaque patient. ca passe mais c'est long et risque d'erreur d'identito",
      "Cristal-Net : les prescriptions faites aux urgences apparaissent plus dans le plan de soins quand le patient monte en cardio. On doit tout ressaisir, risque d'erreur +++",
      'CT console cannot pull the worklist from the RIS, the radiographers type the patient details by hand, error-prone but it works',
    ]) {
      expect(readingOf(text).care, text).toBe(false);
      expect(readingOf(text).urgency, text).toBe('medium');
    }
    // A risk told with no way round still holds up care.
    expect(readingOf("depuis ce matin le DPI affiche les mauvais patients dans la liste du service de neurochir, gros risque d'erreur !").care).toBe(true);
  });

  it.each([
    "Plus de tonalité sur tous les telephones fixes de la geriatrie SSR depuis ce matin (dimanche). On utilise nos portables perso pour appeler le medecin d'astreinte",
    "Le telephone de la rea sonne mais quand on decroche y a pas de son. Tous les postes fixes de la rea. On se sert des DECT pour l'instant",
    "le tel fixe de la rea (le 4412) est muet, pas de tonalité. c'est le numero que le SAMU appelle pour les admissions. on leur a donné le portable du senior de garde",
  ])('%s → calls go through other phones: care goes on', (text) => {
    expect(readingOf(text).care).toBe(false);
    expect(readingOf(text).priority).not.toBe('P1');
  });

  it.each([
    "salle de naissance 2 : le monitoring foetal n'imprime plus le trace et l'ecran se fige. On a déménagé la patiente en salle 3 qui etait libre",
    "HDJ onco: les resultats de bio remontent plus dans Cristal-Net depuis ce matin, on va les chercher dans le SIL direct pour valider les chimios. c'est lourd",
    "PACS: les images de l'IRM de ce matin s'affichent pas dans Cristal-Net chez nous en neuro. le radiologue les voit bien sur sa console, on est descendus les regarder en radio",
    "the bedside barcode scanner for med administration in geriatrics doesn't beep or read anything. we type the codes",
  ])('%s → the patient moved, the results looked up elsewhere, the codes typed: a way round', (text) => {
    expect(readingOf(text).care).toBe(false);
    expect(readingOf(text).priority).not.toBe('P1');
  });

  it('"je note tout sur une feuille pour l\'instant": one person carrying on on paper keeps care going', () => {
    const text = "Je n'arrive plus a me connecter au DPI : 'utilisateur inconnu'. Hier ça marchait. Je suis IDE intérim, ma mission finit dimanche. je note tout sur une feuille pour l'instant";
    expect(readingOf(text).care).toBe(false);
    expect(readingOf(text).priority).toBe('P4');
  });

  it('"j\'ai redémarré elle remarche pour l\'instant": it works again, nothing waits on it', () => {
    expect(readingOf("encore la zebra du labo qui sort des etiquettes blanches. c'est la 3e fois cette semaine. j'ai redemarré elle remarche pour l'instant mais ca va recommencer c'est sur").care).toBe(false);
    expect(readingOf('the ward label printer jammed again, I restarted it and it works again for now').care).toBe(false);
    // Still broken after the restart.
    expect(readingOf("la zebra du labo sort des etiquettes blanches, j'ai redemarré et elle remarche pas, les tubes attendent").care).toBe(true);
  });

  it('"est ce normal que…", "is it normal that…" asks whether a behaviour is intended: a question', () => {
    for (const text of [
      'est ce normal que le DPI me demande de remettre ma CPS toutes les 4h ?',
      'Is it normal that PACS asks for my password again every time I switch patient?',
      'bonsoir est ce normal que mon dect fasse un bip toutes les heures la nuit ? il est bien chargé',
      'is it normal that the dictation app asks me to update every time I open it? should I click yes?',
    ]) expect(intentOf(text), text).toBe('question');
    // A fault, a risk or a threat told in the question: a report.
    for (const text of [
      "C'est normal que le DPI rame à mort cet aprem? Tout le monde se plaint en chir ortho et en viscérale",
      "Est ce que c'est normal que le DPI soit en lecture seule ?? je peux rien modifier, ni moi ni les autres IDE de med interne",
      'est-ce normal que le DPI ouvre le mauvais dossier ?',
      "Est-ce normal que je reçoive des mails envoyés depuis ma propre adresse ? Des collègues m'ont dit avoir reçu des liens bizarres de ma part ce matin",
    ]) expect(intentOf(text), text).toBe('incident_report');
  });

  it('a new mailbox or new equipment to connect is asked for, whatever else is said', () => {
    expect(intentOf("creation d'une boite MSSanté pour le nouveau secretariat de radio (4 personnes) svp, urgent car l'ancienne boite ferme vendredi")).toBe('service_request');
    expect(intentOf("nouvel automate de coag livré au labo, il faut le connecter au SIL (parametrage de l'interface). mise en service prevue dans 2 semaines")).toBe('service_request');
  });

  it('a group\'s failure in two units named together spans several departments', () => {
    const text = 'plusieurs collegues de la DAF et de la DRH ont recu le meme mail soi-disant du directeur general qui demande un virement urgent a un fournisseur. au moins une personne de la compta a repondu. on fait quoi ?';
    expect(readingOf(text).scope).toBe('site');
    expect(readingOf(text).priority).toBe('P1');
  });

  it.each([
    "j'ai pas acces aux dossiers d'onco dans cristal net, 'habilitation insuffisante'. je suis la secretaire de l'HDJ depuis 2 ans et ca marchait hier !",
    "Hi, locum anaesthetist here. My Cristal-Net login works on ward PCs but in theatre 3 it says 'user not authorised for this workstation'.",
    "Can't get into Oracle HR to approve overtime for my team, 'invalid responsibility'. Need it done by Monday.",
  ])('%s → rights refused to one person: access', (text) => {
    expect(readingOf(text).category).toBe('access');
  });

  it.each([
    "PUI urgent: le logiciel de pharmacie plante a l'impression des etiquettes des poches de chimio. 6 preparations pour l'HDJ bloquées, les patients sont deja installés et perfusés en attente",
    "depuis la MAJ les modeles d'impression de cristal net sont tous decalés, les ordonnances de sortie sortent sur 2 pages avec le bas coupé",
  ])('%s → the application fails at printing: software', (text) => {
    expect(readingOf(text).category).toBe('software');
  });

  it('the lab or the pharmacy putting nothing out holds up care', () => {
    const lab = "le SIL affiche des resultats de la veille pour certains patients comme si la base etait pas a jour. le biologiste a bloqué toute la validation en attendant, plus rien sort du labo";
    expect(readingOf(lab).care).toBe(true);
    expect(readingOf(lab).priority).toBe('P1');
    const preps = "j'ai supprimé par erreur le dossier 'protocoles chimio 2026' sur le partage de la PUI !!! faut le restaurer vite, les preps de cet aprem sont bloquées sans";
    expect(readingOf(preps).care).toBe(true);
  });

  it('"ED is waiting on head CT reports" holds up care; images that "pile up locally" are the fault, no way round', () => {
    const text = "CT room: the scanner console lost connection to PACS, images aren't being sent, they pile up locally. ED is waiting on head CT reports";
    expect(readingOf(text).care).toBe(true);
    expect(readingOf(text).priority).toBe('P1');
  });

  it.each([
    'PACS viewer crashes every time I open a CT with more than ~500 slices. Smaller studies OK. Radiology registrar',
    "Hi, locum radiologist here. PACS viewer freezes every time I open a CT with more than ~500 slices, I have to kill it and restart, then it opens fine.",
    'Since the upgrade Cristal-Net freezes for ~30 seconds every time I open a chart. Is it just me? Locum GP in SSR',
    "je suis IDE en geriatrie SSR, le pc du poste de soins freeze des qu'on ouvre le plan de soins. on attend 2-3 min et ca repart. depuis lundi",
  ])('%s → a freeze that passes or a fault on some of the work: care goes on', (text) => {
    expect(readingOf(text).care).toBe(false);
    expect(readingOf(text).priority).toBe('P4');
  });

  it.each([
    "le PC de la caisse (regie des recettes) reste bloqué sur 'mise a jour 35%' depuis 1h. j'ai 12 patients qui attendent pour payer",
    'keyboard AND mouse on the reception desk PC in outpatient oncology stopped at the same time. the two of us at the desk are stuck, patients queuing to check in',
  ])('%s → patients queuing at a desk to pay or check in wait on no care', (text) => {
    expect(readingOf(text).care).toBe(false);
  });

  it('"pour moi et les 3 autres internes" is more people hit, not other means', () => {
    const text = "Bonjour, interne en pharma ici. le logiciel de pharmacie affiche 'licence expirée' au lancement depuis ce matin, pour moi et les 3 autres internes. on peut plus valider les prescriptions des services, les dispensations sont en attente";
    expect(readingOf(text).care).toBe(true);
    expect(readingOf(text).priority).toBe('P1');
    // Other machines of the same kind still are a way round.
    expect(readingOf("l'écran du poste de soins de la rea reste noir, on a les 2 autres postes").care).toBe(false);
  });

  it('"I need a login for the patient record" names the record, not a patient waiting', () => {
    const text = "Hi, I'm a new locum in paediatrics starting tonight at 8pm. I need a login for the patient record and Outlook please.";
    expect(readingOf(text).care).toBe(false);
    expect(readingOf(text).priority).toBe('P3');
    expect(readingOf('need a gas on a baby now, the analyser is down').care).toBe(true);
  });

  it('a back office down for the whole unit can wait hours, unless work stops or time presses', () => {
    expect(readingOf("RH: la pointeuse du hall D n'envoie plus les pointages dans Oracle RH depuis 3 jours, les compteurs d'heures sont faux pour tout le personnel de la DRH").urgency).toBe('medium');
    expect(readingOf('GAM : recherche patient par date de naissance = 0 resultat, pour tout le monde aux admissions').urgency).toBe('medium');
  });

  it.each([
    "imprimante a bracelets des urgences HS, voyant rouge qui clignote. on ecrit les noms au feutre sur les bracelets en attendant",
    "la zebra de l'accueil admin des urgences sort plus les bracelets. on ecrit nom/prenom/ddn au feutre sur des bracelets vierges en attendant",
  ])('%s → identity bands written by hand keep care going, and the repair due soon', (text) => {
    expect(readingOf(text).care).toBe(false);
    expect(readingOf(text).urgency).toBe('medium');
  });
});
