import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { deviceByNumber } from '../../src/bot/intake/index.js';
import { chatAs, clickIntake, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';

// Sunday 29 November 2026, 21:00 in Paris.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-29T20:00:00Z')) });

describe('a whole site without network', () => {
  it('"plus de réseau du tout… aucun PC n\'a accès à rien" is a network outage for the infrastructure team, and "le type : réseau" corrects the kind', async () => {
    const chat = chatAs(runtime(), 'karine.martinez@chv.fr');
    let text = await chat.say(
      "Plus de réseau du tout aux Tilleuls depuis 20h : aucun PC n'a accès à rien (DPI, mails, imprimantes), au 1er comme au 2e étage. Les infirmières ne peuvent plus voir les prescriptions pour la distribution des médicaments du soir, elles sont bloquées. Le téléphone fixe marche encore",
    );
    expect(text).not.toContain("numéro de l'appareil");
    for (let turn = 0; turn < 4 && !text.includes('Résumé de votre incident'); turn++) text = await chat.say('oui, tout le bâtiment F');
    expect(text).toContain('Type: Réseau');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.category).toBe('network');
    expect(ticket.priority).toBe('P1');
  });

  it('the kind corrected on the summary in so many words', async () => {
    for (const correction of ["c'est pas un problème de poste, c'est le réseau qui est tombé", 'corriger le type : réseau', "le type, c'est une panne réseau pas un pb de matériel"]) {
      const chat = chatAs(runtime(), 'karine.martinez@chv.fr');
      let text = await chat.say("aucun PC du secrétariat ne démarre, écran noir sur les 3 postes");
      for (let turn = 0; turn < 6 && !text.includes('Résumé de votre incident'); turn++) {
        text = await chat.say(/numéro de l'appareil|De quel appareil/.test(text) ? 'je ne sais pas' : /Qui est touché/.test(text) ? 'mon équipe' : /contournement/.test(text) ? "oui, mais c'est gênant" : 'non');
      }
      expect(text).toContain('Type: Poste ou matériel');
      text = await chat.say(correction);
      expect(text, correction).toContain('Type: Réseau');
    }
  });
});

describe('the lone-worker handset', () => {
  it('"le 0102. ah non pardon c\'est le 0101" takes the last number; "l\'agent prend le 0102 qui marche" is the way round, not the device; "pas hyper urgent mais… cette semaine" is medium', async () => {
    const chat = chatAs(runtime(), 'jeanne.gaillard@chv.fr');
    let text = await chat.say("le dect pti de la logistique ne declenche plus l'alarme quand on tire sur la goupille");
    expect(text).toContain('DECT-LOG-0102');
    text = await chat.say("le 0102. ah non pardon c'est le 0101, celui avec l'etiquette nuit");
    expect(text).not.toContain('Je ne trouve pas');
    expect(text).toContain('Qui est touché');
    text = await chat.say("c'est le dect qu'on se passe entre agents de nuit, donc l'equipe");
    expect(text).toContain('Appareil: DECT-LOG-0101');
    text = await chat.say("pour cette nuit l'agent prend le 0102 qui marche, donc c'est pas hyper urgent mais faut le réparer cette semaine");
    expect(text).toContain('Appareil: DECT-LOG-0101');
    expect(text).toContain('Urgence: moyenne');
  });
});

describe('a whole directorate locked out of its application, payments due on Wednesday', () => {
  it('no fiche for a whole department; "non on a rien d\'autre… mercredi au plus tard" answers the workaround question; "ça peut attendre lundi… avant mercredi" is medium', async () => {
    const chat = chatAs(runtime(), 'didier.fleury@chv.fr');
    let text = await chat.say(
      "Bonsoir. Depuis vendredi aprem impossible de se connecter à Oracle finances, ça dit identifiant ou mot de passe invalide alors que mon mdp windows marche très bien. Et c'est pareil pour toutes mes collègues de la direction des finances, personne ne peut se connecter",
    );
    expect(text).not.toContain('Voici la fiche');
    expect(text).toContain('contournement');
    text = await chat.say("un contournement pour oracle ?? non on a rien d'autre. par contre le vrai butoir c'est les paiements fournisseurs qui doivent partir mercredi au plus tard");
    expect(text).not.toContain("Je n'ai pas compris");
    expect(text).toContain('Résumé de votre incident');
    await chat.say(clickIntake('change'));
    text = await chat.say("corriger : l'urgence c'est pas haute, ça peut attendre lundi/mardi, faut juste que ce soit réglé avant mercredi");
    expect(text).toContain('Urgence: moyenne');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.category).toBe('software');
    expect(ticket.priority).toBe('P2');
  });
});

describe('an ultrasound stuck on boot, patients moved to the other one', () => {
  it('"tout le monde est examiné" is care going on, not everyone affected; "pas tout le service ! juste cet écho là" and "un seul appareil" are one device', async () => {
    const chat = chatAs(runtime(), 'alice.meunier@chv.fr');
    let text = await chat.say("Bonsoir, l'échographe de la salle 3 reste bloqué sur l'écran de démarrage depuis tout à l'heure, le radiologue de garde m'a demandé de vous le signaler");
    for (let turn = 0; turn < 5 && !text.includes('Résumé de votre incident'); turn++) {
      text = await chat.say(/Qui est touché/.test(text) ? 'moi seule' : /contournement/.test(text) ? "oui, on fait passer les patients sur l'écho de la salle 4" : 'oui');
    }
    text = await chat.say("P1 ? non attendez, on fait passer les patients sur l'écho de la salle 4 en attendant, ça fait un peu d'attente mais tout le monde est examiné. Le radiologue veut juste qu'il soit réparé demain");
    expect(text).toContain('Soins impactés: non');
    expect(text).not.toContain('Personnes touchées: tout le service');
    expect(text).toContain('Appareil: BIO-RAD-0003');
    text = await chat.say("mais non pas tout le service ! juste cet écho là. et c'est pas urgent urgent, demain ça va");
    expect(text).toContain('Personnes touchées: une personne');
    text = await chat.say('un seul appareil. urgence moyenne');
    expect(text).not.toContain('ajouté aux précisions');
    expect(text).toContain('Personnes touchées: une personne');
    expect(text).toContain('Urgence: moyenne');
    expect(text).toContain('Priorité: P4');
  });
});

describe('imaging equipment down', () => {
  it('whether care is held up is asked, not presumed: patients often go to another room\'s; a ventilator\'s stays presumed', async () => {
    const chat = chatAs(runtime(), 'alice.meunier@chv.fr');
    let text = await chat.say("Bonsoir, l'échographe de la salle 3 reste bloqué sur l'écran de démarrage depuis tout à l'heure, le radiologue de garde m'a demandé de vous le signaler");
    for (let turn = 0; turn < 4 && !/prise en charge des patients|Résumé/.test(text); turn++) text = await chat.say(/Qui est touché/.test(text) ? 'moi seule' : 'oui');
    expect(text).toContain('Est-ce que cela bloque ou retarde la prise en charge des patients ?');
    text = await chat.say("non, on fait passer les patients sur l'écho de la salle 4");
    for (let turn = 0; turn < 2 && !text.includes('Résumé'); turn++) text = await chat.say("oui, mais c'est gênant");
    expect(text).toContain('Soins impactés: non');
    expect(text).not.toContain('Priorité: P1');

    const nurse = chatAs(runtime(), 'yasmine.carre@chv.fr');
    text = await nurse.say("le respirateur du box 3 s'est arrêté deux fois ce soir");
    for (let turn = 0; turn < 4 && !/prise en charge des patients|Résumé/.test(text); turn++) text = await nurse.say(/Qui est touché/.test(text) ? 'un seul patient' : 'oui');
    expect(text).toContain('Soins impactés: oui');
    expect(text).toContain('Priorité: P1');
  });
});

describe('the self-service unlock tried after the fiche', () => {
  it('"tried the portal… it says no phone number… I started 3 weeks ago… on call tonight" is the locked account going on, not a newcomer\'s account', async () => {
    const chat = chatAs(runtime(), 'kenji.sato@chv.fr', 'en-US');
    let text = await chat.say('hi, my acount is locked, typed my pw wrong too many times i think. cant log in on any PC in the maternity');
    expect(text).toContain('Did this solve it?');
    text = await chat.say("tried the portal from the midwife's PC, it says no phone number registered for my account so no SMS code. I started 3 weeks ago. and I'm the on-call intern tonight, i need to prescribe");
    expect(text).not.toContain('An account for a newcomer');
    expect(text).not.toContain('Here is the guide');
    for (let turn = 0; turn < 4 && !text.includes('Summary of your'); turn++) text = await chat.say(/Who is affected/.test(text) ? 'only me' : 'yes');
    expect(text).toContain('Summary of your incident');
    expect(text).toContain('Priority: P1');
  });
});

describe('the kind corrected on the summary', () => {
  it('"the type. it\'s an incident, not a request" starts the intake again as an incident, the words kept', async () => {
    const chat = chatAs(runtime(), 'emily.carter@chv.fr', 'en-US');
    let text = await chat.say('I need access to the PACS viewer from the ED resus room computer');
    for (let turn = 0; turn < 4 && !text.includes('Summary of your'); turn++) text = await chat.say(/When do you need/.test(text) ? 'today' : 'access rights');
    expect(text).toContain('Summary of your request');
    text = await chat.say("the type. it's an incident, not a request: my PACS access worked yesterday and now it says access denied");
    expect(text).toContain('it is an incident, not a request');
    for (let turn = 0; turn < 5 && !text.includes('Summary of your'); turn++) text = await chat.say(/Who is affected/.test(text) ? 'only me' : /workaround/.test(text) ? 'yes but it is a nuisance' : 'no');
    expect(text).toContain('Summary of your incident');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.number).toMatch(/^INC-/);
    expect(ticket.description).toContain('access denied');
  });
});

describe('a wristband printer printing blank bands, twin printers', () => {
  it('"ah non pardon c\'est la 0002 qui déconne… la 0001 marche" at the next question takes the 0002; "on imprime sur l\'autre en attendant, ça compte comme bloquant ?" answers care (no) and the way round', async () => {
    const chat = chatAs(runtime(), 'chloe.michel@chv.fr');
    let text = await chat.say("bjr, l'imprimante a bracelets de la mater sort des bracelets tout blancs, rien d'imprimé dessus");
    expect(text).toContain('LBL-MAT-0002');
    text = await chat.say('LBL-MAT-0001');
    // "de la mater" names the unit: its printer is the team's, and the next question is about care.
    expect(text).toContain('prise en charge des patients');
    text = await chat.say("ah non pardon c'est la 0002 qui déconne, celle près de la fenêtre. la 0001 marche. c'est pour toute l'équipe");
    expect(text).toContain('prise en charge des patients');
    text = await chat.say("bah on imprime sur l'autre en attendant, ça compte comme bloquant ?");
    expect(text).not.toContain('Répondez « oui » ou « non »');
    expect(text).not.toContain('contournement');
    expect(text).toContain('Appareil: LBL-MAT-0002');
    expect(text).toContain('Soins impactés: non');
    expect(text).toContain('Urgence: moyenne');
    expect(text).toContain('Priorité: P3');
  });
});

describe('accounts for a newcomer, asked with "comment je fais ?"', () => {
  it('is a request, not the Oracle login fiche; the newcomer\'s name is asked; a number given is not called unnecessary', async () => {
    const chat = chatAs(runtime(), 'nadia.brun@chv.fr');
    let text = await chat.say("Bonsoir, on a une nouvelle gestionnaire paie qui arrive lundi 7 décembre, il lui faut un compte windows, une boite mail et l'accès à Oracle RH (module paie). Comment je fais ?");
    expect(text).not.toContain('Voici la fiche');
    expect(text).toContain("Nom, fonction, service et date d'arrivée de la personne ?");
    text = await chat.say('elle s\'appelle Sarah Lemoine, matricule 48213, même bureau que moi');
    expect(text).not.toContain("n'est pas nécessaire");
    expect(text).toContain('Résumé de votre demande');
    expect(text).toContain('Sarah Lemoine');
    text = await chat.say('vous avez besoin de son matricule ? 48213');
    expect(text).not.toContain("n'est pas nécessaire");
  });
});

describe('a password typed on a phishing page at the nurses\' station', () => {
  it('is one person\'s account, whoever shares the PC: P3, not a team\'s P2', async () => {
    const chat = chatAs(runtime(), 'severine.lebrun@chv.fr');
    let text = await chat.say("j'ai fait une bétise je crois. j'ai reçu un mail 'votre mot de passe expire aujourd'hui' j'ai cliqué et j'ai tapé mon mot de passe sur la page... et apres la page a disparu. c'était sur le pc du poste de soins en pédiatrie");
    text = await chat.say("non les soins ça va. je dois débrancher le pc ou pas ? c'est le pc fixe près de la porte, y a marqué PC-PED-0656");
    for (let turn = 0; turn < 3 && !text.includes('Résumé de votre incident'); turn++) text = await chat.say('oui');
    expect(text).toContain('Appareil: PC-PED-0656');
    expect(text).toContain('Personnes touchées: une personne');
    expect(text).toContain('Priorité: P3');
  });
});

describe('"it was on my office computer"', () => {
  it('during a phishing, the one computer the directory gives the requester is the device', async () => {
    const chat = chatAs(runtime(), 'helene.aubert@chv.fr', 'en-US');
    let text = await chat.say('I think I did something stupid. Got an email about a docusign document from the ARS, clicked the link and typed my hospital password on the page. Then the page just went blank. what do I do??');
    for (let turn = 0; turn < 3 && !text.includes('Summary of your incident'); turn++) text = await chat.say('yes');
    expect(text).toContain('Device: not given');
    text = await chat.say("ok. it was on my office computer, I'm still at the office. should i unplug it?");
    expect(text).toContain('Device: PC-DIR-0965');
  });
});

describe('a fetal monitor losing the heart rate, the doppler by hand "pas tenable"', () => {
  it('"non, à part le doppler à la main, c\'est pas tenable" keeps care held up and the urgency high: P1, not P4; "juste ce monito…" answers who is affected', async () => {
    const chat = chatAs(runtime(), 'chloe.michel@chv.fr');
    let text = await chat.say('bonjour, le monito de la salle de naissance 2 décroche sans arrêt, on perd le rythme cardiaque foetal toutes les 2 min alors que la patiente est en plein travail');
    text = await chat.say('BIO-MAT-0002');
    expect(text).toContain('Qui est touché');
    text = await chat.say("juste ce monito mais les 2 autres sont pris, j'ai pas de rechange");
    expect(text).not.toContain("Je n'ai pas compris");
    for (let turn = 0; turn < 3 && !text.includes('Résumé de votre incident'); turn++) {
      text = await chat.say(/prise en charge des patients/.test(text) ? 'ben oui je surveille plus le bébé correctement, je suis obligée de rester au doppler' : "non, à part le doppler à la main, c'est pas tenable");
    }
    expect(text).toContain('Soins impactés: oui');
    expect(text).toContain('Priorité: P1');
  });
});

describe('lab results no longer reaching the patient record for three units', () => {
  it('"on téléphone les résultats critiques… on suit pas" is no way round: P1 stays; "le téléphone ça suffit pas" is not a phone problem', async () => {
    const chat = chatAs(runtime(), 'aurelie.sanchez@chv.fr');
    let text = await chat.say('bonsoir, au labo on a les urgences, la réa et la cardio qui appellent sans arrêt : ils voient plus aucun résultat de bio dans Cristal-Net depuis 18h environ. Dans le SIL les résultats sont validés et marqués envoyés');
    text = await chat.say('on téléphone les résultats critiques en attendant mais on est 2 au secrétariat, on suit pas');
    for (let turn = 0; turn < 3 && !text.includes('Résumé de votre incident'); turn++) text = await chat.say('oui');
    expect(text).toContain('Soins impactés: oui');
    expect(text).toContain('Priorité: P1');
    await chat.say(clickIntake('change'));
    text = await chat.say("mais si les soins sont impactés ! le téléphone ça suffit pas, les urgentistes attendent les résultats pour décider, c'est urgent");
    expect(text).toContain('Type: Logiciel ou application');
    expect(text).toContain('Priorité: P1');
  });
});

describe('a CPS card PIN blocked, the PUK letter at home', () => {
  it('"no idea where that is… Can\'t you just reset it from your side?" after the fiche goes on with the card: the first words and the kind are kept', async () => {
    const chat = chatAs(runtime(), 'sofia.rossi@chv.fr', 'en-US');
    let text = await chat.say("Hi, my CPS card is blocked, I typed the wrong PIN 3 times and now Cristal-Net won't let me sign any post-op prescriptions. How do I unblock it?");
    expect(text).toContain('Here is the guide');
    text = await chat.say("the PUK letter?? no idea where that is, probably at home in a drawer. Can't you just reset it from your side?");
    for (let turn = 0; turn < 5 && !text.includes('Summary of your incident'); turn++) {
      text = await chat.say(/Who is affected/.test(text) ? 'just me' : /patient care/.test(text) ? 'not really, Mickaël is signing my prescriptions for now' : /workaround/.test(text) ? 'yes but it is a nuisance' : "I don't know");
    }
    expect(text).toContain('Problem: Hi, my CPS card is blocked');
    expect(text).toContain('Type: Password, account, CPS card');
  });
});

describe('the nurses\' station landline silent, the calls sent to a DECT', () => {
  it('"ça a retardé un résultat tout à l\'heure. là on a donné le numéro du DECT 0103… ça passe par là pour l\'instant" is care going on by a way round: not a P1', async () => {
    const chat = chatAs(runtime(), 'fanny.colin@chv.fr');
    let text = await chat.say('le fixe du poste de soins sonne plus. les gens qui appellent tombent sur une tonalité occupée, le labo a pas pu nous joindre pour un potassium critique');
    for (let turn = 0; turn < 4 && !/prise en charge des patients|Résumé/.test(text); turn++) text = await chat.say(/Qui est touché/.test(text) ? "l'équipe" : 'je sais pas');
    expect(text).toContain('prise en charge des patients');
    text = await chat.say("ça a retardé un résultat tout à l'heure. là on a donné le numéro du DECT 0103 au standard et au labo donc ça passe par là pour l'instant");
    for (let turn = 0; turn < 2 && !text.includes('Résumé'); turn++) text = await chat.say("oui, mais c'est gênant");
    expect(text).toContain('Soins impactés: non');
    expect(text).not.toContain('Priorité: P1');
  });
});

describe('a rota file saved over', () => {
  it('"I saved over the December rota… get back the version from friday?" is a restore request; "it\'s a request to restore a file" at the kind question switches to a request', async () => {
    const chat = chatAs(runtime(), 'lea.lefevre@chv.fr', 'en-US');
    let text = await chat.say('hello, I saved over the December on-call rota for the midwives on the shared drive by mistake (the Excel in Maternite > Planning). Is it possible to get back the version from friday?');
    expect(text).toContain("I'll record your request");

    const other = chatAs(runtime(), 'lea.lefevre@chv.fr');
    text = await other.say('est-ce possible de ravoir le planning de vendredi ?');
    text = await other.say('Ouvrir un ticket');
    expect(text).toContain('De quel type de problème');
    text = await other.say("aucun de ceux-là, c'est une demande de restauration de fichier");
    expect(text).toContain("c'est une demande et non un incident");
    expect(text).toContain('Quel fichier, dossier ou mail');
  });
});

describe('the director general\'s PC, reported by his assistant', () => {
  it('"non ça c\'est le mien. c\'est celui de son bureau, le E305" takes the one computer of that office; "M. Fernandez" does not end the title', async () => {
    const chat = chatAs(runtime(), 'audrey.mendes@chv.fr');
    let text = await chat.say('Bonsoir, je vous écris pour le directeur général M. Fernandez : son PC fait écran bleu et redémarre en boucle depuis la mise à jour de vendredi soir. Il est passé ce soir préparer le conseil de surveillance de demain 8h30 et il ne peut rien faire');
    expect(text).toContain("S'agit-il de PC-DIR-0967");
    text = await chat.say("non ça c'est le mien. c'est celui de son bureau, le E305, je connais pas le numéro");
    expect(text).toContain('Appareil: PC-DIR-0960');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.title).toContain('M. Fernandez : son PC fait écran bleu');
  });
});

describe('a patient\'s USB stick in the shared admissions counter PC', () => {
  it('"should we pull out the usb stick too or leave it in?" gets the stick\'s advice; "the counter pc we all share" is a shared station', async () => {
    const chat = chatAs(runtime(), 'anne.morel@chv.fr', 'en-US');
    let text = await chat.say("hello, we have a problem at admissions. a patient gave his usb stick to my colleague to print a document and she plugged it in the counter PC. now the antivirus keeps showing red warnings 'threat detected' and it won't stop");
    text = await chat.say('no, we moved to the next counter. should we pull out the usb stick too or leave it in?');
    expect(text).toContain('The USB stick: you can pull it out');
    for (let turn = 0; turn < 3 && !text.includes('Summary of your incident'); turn++) text = await chat.say('yes');
    text = await chat.say('the pc is counter 4, sticker says PC-ADM-0024. its not one person its the counter pc we all share');
    expect(text).toContain('Device: PC-ADM-0024');
    expect(text).toContain('Affected: a team or a shared station');
  });
});

describe('no network in two operating rooms', () => {
  it('"so OR 3 and OR 4, the other rooms are empty tonight" answers who is affected: a team', async () => {
    const chat = chatAs(runtime(), 'emily.carter@chv.fr', 'en-US');
    let text = await chat.say('urgent - no network in OR 3, the PC in the room says no internet, we can\'t open the CT images on PACS and the surgeon is already opening the patient');
    for (let turn = 0; turn < 3 && !/Who is affected/.test(text); turn++) text = await chat.say("I don't know");
    expect(text).toContain('Who is affected');
    text = await chat.say('hang on, checking OR 4... same thing there. so OR 3 and OR 4, the other rooms are empty tonight');
    expect(text).not.toContain("I didn't understand");
  });
});

describe('ransomware on the lab share', () => {
  it('files renamed .lockbit with a ransom note are urgent whatever the writer clicked: P1, no "did you click?" question', async () => {
    const chat = chatAs(runtime(), 'quentin.berger@chv.fr');
    let text = await chat.say("Bonsoir, il se passe un truc bizarre au labo : tous les fichiers du dossier partagé labo (procédures, tableaux de CQ) ont une extension .lockbit et il y a un fichier RESTORE-MY-FILES.txt dans chaque dossier. Les collègues sur les autres postes voient pareil");
    for (let turn = 0; turn < 3 && !text.includes('Résumé de votre incident'); turn++) text = await chat.say(/Qui est touché/.test(text) ? 'tout le service' : 'je ne sais pas');
    expect(text).toContain('Urgence: haute');
    expect(text).toContain('Priorité: P1');
  });
});

describe('the admissions software frozen at every counter, paper fallback', () => {
  it('"vous savez combien de temps ça va prendre ? on a les entrées programmées de demain matin à préparer" on the summary leaves care as it was', async () => {
    const chat = chatAs(runtime(), 'lucie.berger@chv.fr');
    let text = await chat.say('Bonsoir, GAM bloque sur tous les guichets des admissions, quand on valide la création du séjour ça tourne et ça fige. on est passés en procédure dégradée papier mais ça s\'accumule');
    for (let turn = 0; turn < 4 && !text.includes('Résumé de votre incident'); turn++) text = await chat.say("oui, mais c'est gênant");
    expect(text).toContain('Soins impactés: non');
    text = await chat.say('ok. vous savez combien de temps ça va prendre? on a les entrées programmées de demain matin à préparer');
    expect(text).toContain('Soins impactés: non');
    expect(text).not.toContain('Priorité: P1');
  });
});

describe('a salary file sent to a personal gmail address', () => {
  it('is a security incident, urgent without the "did you click?" question; "je le rappelle ou pas ?" gets the recall advice; the ICU named as whose salaries is not the place', async () => {
    const chat = chatAs(runtime(), 'lea.francois@chv.fr');
    let text = await chat.say("bonsoir. j'ai fait une grosse bêtise, j'ai envoyé le fichier excel des salaires de tout le personnel de réa (noms, salaires, n° secu) a une mauvaise adresse, une adresse gmail perso au lieu de la collègue de la paie à Tilleuls. il y a 10 min. je peux rappeler le message?");
    expect(text).not.toContain('Réanimation');
    text = await chat.say("non c'est des données RH, pas les patients. mais je fais quoi pour le mail, je le rappelle ou pas??");
    expect(text).toContain("Le rappel d'un message ne marche qu'à l'intérieur de l'hôpital");
    for (let turn = 0; turn < 3 && !text.includes('Résumé de votre incident'); turn++) text = await chat.say('Rien, revenir au résumé');
    expect(text).toContain('Type: Sécurité');
    expect(text).toContain('Urgence: haute');
    expect(text).not.toContain('Réanimation');
  });
});

describe('answers with a qualifier before the yes or no', () => {
  it('"pour l\'instant non, hugo m\'ouvre les anciens examens sur son poste…" answers the care question', async () => {
    const chat = chatAs(runtime(), 'pauline.dumas@chv.fr');
    let text = await chat.say('bjr, je reviens de congé mat et le pacs me dit compte désactivé. windows ça marche. je suis seule de garde cette nuit à partir de 20h');
    for (let turn = 0; turn < 4 && !/prise en charge des patients|Résumé/.test(text); turn++) text = await chat.say(/Qui est touché/.test(text) ? 'moi seule' : 'je ne sais pas');
    expect(text).toContain('prise en charge des patients');
    text = await chat.say("pour l'instant non, hugo m'ouvre les anciens examens sur son poste mais il part bientot");
    expect(text).not.toContain('Répondez « oui » ou « non »');
  });
});

describe('a number taken back', () => {
  it('"le 116… non attendez c\'est le 115" is the 115', () => {
    const cart = (tag: string) => ({ tag, kind: 'workstation', label: 'Chariot de soins', place: undefined }) as never;
    expect(deviceByNumber([cart('PC-GER-0115'), cart('PC-GER-0116')], "le 116… non attendez c'est le 115")).toMatchObject({ tag: 'PC-GER-0115' });
  });
});
