import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { answerUntilSummary, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';

// Monday 30 November 2026, 10:00 in Paris.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-30T09:00:00Z')) });
// Sunday 29 November 2026, 17:00 in Paris: "lundi" is tomorrow.
const sunday = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-29T16:00:00Z')) });

describe('bedside devices named the way nurses name them', () => {
  it('"le scope de l\'emplacement 3", then "non c\'est le 4 pas le 3": the monitor of recovery bay 4, asked no more', async () => {
    const chat = chatAs(runtime(), 'paul.legrand@chv.fr');
    let text = await chat.say("le scope de l'emplacement 3 en sspi freeze, les courbes s'arretent plus d'alarme et il reboot tout seul");
    expect(text).toContain('BIO-SSPI-0003');
    expect(text).not.toContain('BIO-SSPI-0005');
    text = await chat.say("non attends c'est le 4 pas le 3, j'ai confondu");
    expect(text).not.toContain("S'agit-il de");
    expect(text).toContain('Qui est touché');
    text = await chat.say('moi seul');
    expect(text).toContain('Appareil: BIO-SSPI-0004');
    expect(text).toContain('A284 Emplacement de réveil 4');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.team).toBe('biomedical');
  });

  it('six monitors of one model are offered with their bays, and "le moniteur de l\'emplacement de réveil 4" picks one', async () => {
    const chat = chatAs(runtime(), 'paul.legrand@chv.fr');
    let text = await chat.say("le scope en sspi freeze, les courbes s'arretent et il reboot tout seul");
    expect(text).toContain('[BIO-SSPI-0004 — Moniteur multiparamétrique Philips IntelliVue MX550 — A284 Emplacement de réveil 4]');
    text = await chat.say("l'emplacement 4 !! le moniteur philips de l'emplacement de réveil 4");
    expect(text).not.toContain('Je ne trouve pas');
    expect(text).toContain('Qui est touché');
    text = await chat.say('moi seul');
    expect(text).toContain('Appareil: BIO-SSPI-0004');
  });
});

describe('a way round rejected', () => {
  it('"le doppler c pas une solution" after "on ausculte au doppler en attendant": care is held up again, P1', async () => {
    const chat = chatAs(runtime(), 'sabrina.adam@chv.fr');
    await chat.say("urgent le monito de la salle de naissance 2 trace plus le rcf, j'ai une patiente en travail");
    let text = await chat.say('le monito oui le philips');
    expect(text).toContain('Priorité: P1');
    text = await chat.say("ecran affiche 'erreur transducteur US', on a changé de capteur pareil. l'autre monito est pris en salle 1 donc on ausculte au doppler en attendant");
    expect(text).toContain('Soins impactés: non');
    text = await chat.say("non attendez le doppler c pas une solution, elle doit etre sous monito en continu, c'est urgent !!");
    expect(text).toContain('Soins impactés: oui');
    expect(text).toContain('Priorité: P1');
  });
});

describe('a request for someone else\'s computer', () => {
  it('"c\'est pas pour mon poste… sur le PC du DG dans son bureau (E305)": the computer of that office, not the requester\'s', async () => {
    const chat = chatAs(runtime(), 'audrey.mendes@chv.fr');
    await chat.say('Bonjour, M. Fernandez voudrait Adobe Acrobat Pro sur son pc pour pouvoir signer les parapheurs en pdf, c possible ?');
    // The software named says what is asked: the bot goes straight to which software and on which machine.
    await chat.say("euh c'est pas pour mon poste c'est pour celui du DG. Et Acrobat Pro c'est payant il est pas dans le catalogue je crois. Vous pouvez pas faire la demande directement ?");
    await chat.say('Adobe Acrobat Pro, sur le PC du DG dans son bureau (E305). je connais pas le numéro du pc');
    const text = await chat.say('Cette semaine');
    expect(text).toContain('Appareil: PC-DIR-0960');
    expect(text).toContain('E305 Bureau de direction');
    expect(text).not.toContain('PC-DIR-0967');
  });

  it('"c\'est celui de M. Fernandez, bureau E305" on the summary moves the machine with the office', async () => {
    const chat = chatAs(runtime(), 'audrey.mendes@chv.fr');
    await chat.say('je voudrais faire installer Adobe Acrobat Pro sur mon pc svp');
    await chat.say('Installer un logiciel');
    let text = await chat.say('Cette semaine');
    expect(text).toContain('Appareil: PC-DIR-0967');
    await chat.say(clickIntake('change'));
    text = await chat.say("non c'est pas mon pc ! c'est celui de M. Fernandez, bureau E305");
    expect(text).toContain('Appareil: PC-DIR-0960');
    expect(text).toContain('E305 Bureau de direction');
  });
});

describe('a porter\'s handset with the lone-worker alarm', () => {
  it('"c\'est où ça le numéro ?" is answered; "la régul appelle les collègues… mais moi on peut plus me joindre" is no way round for him', async () => {
    const chat = chatAs(runtime(), 'maxime.duval@chv.fr');
    await chat.say('mon dect sallume plus');
    await chat.say('non deja fait il est sur le socle depuis 1h rien. et ya pas de dect de secours chez nous');
    let text = await chat.say("c'est où ça le numero ?");
    expect(text).toContain('sous la batterie pour un DECT');
    expect(text).not.toContain('Je ne trouve pas');
    await chat.say('ah ok c derrière sous la batterie. 0102');
    text = await chat.say("non jai rien. la regul appelle les collegues en attendant mais moi on peut plus me joindre et jai plus lalarme travailleur isolé");
    expect(text).toContain('Appareil: DECT-LOG-0102');
    expect(text).toContain('Urgence: haute');
    expect(text).toContain('Priorité: P3');
  });
});

describe('a password typed on a fake page', () => {
  it('"should I unplug the PC??" is answered; naming the counter PC does not make one person\'s account a team\'s', async () => {
    const chat = chatAs(runtime(), 'anne.morel@chv.fr', 'en-US');
    await chat.say('hi, I think I did something stupid. got an email saying my mailbox was full, clicked the link and typed my password on the page. now im worried it was fake?? what do i do');
    let text = await chat.say('no not really, im at the admissions desk, still registering patients. should I unplug the PC??');
    expect(text).toContain('Unplug it? If you only typed your password on a fake page, there is no need');
    expect(text).toContain('Priority: P3');
    text = await chat.say('ok but should i unplug it or not? its the PC on desk 3, PC-ADM-0023');
    expect(text).toContain('Device: PC-ADM-0023');
    expect(text).toContain('Affected: one person');
    expect(text).toContain('Priority: P3');
  });
});

describe('a new nurse\'s accounts', () => {
  it('"vous avez besoin de son matricule ?" is answered; "la DRH doit me l\'envoyer" does not move the request to HR', async () => {
    const chat = chatAs(runtime(), 'corinne.dupont@chv.fr');
    await chat.say("Bonjour, j'ai une nouvelle IDE qui arrive lundi en pédiatrie, il lui faudrait ses accès svp (session, mail, DPI)");
    let text = await chat.say('Julie Marchetti, IDE, pédiatrie, lundi 7h. vous avez besoin de son numéro de matricule aussi ?');
    expect(text).toContain("Ce numéro (matricule, RPPS) n'est pas nécessaire pour ouvrir la demande");
    text = await chat.say("et pour le matricule du coup ? je l'ai pas encore, la DRH doit me l'envoyer");
    expect(text).toContain('Lieu: Pédiatrie');
    expect(text).not.toContain('Direction des ressources humaines');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket).toMatchObject({ kind: 'request', team: 'identity-access' });
  });
});

describe('a doctor who moved office', () => {
  it('"je suis plus au C220… je suis au C221" is C221; a question on the summary is said to go to the technician', async () => {
    const chat = chatAs(runtime(), 'maxime.masson@chv.fr');
    let text = await chat.say('slt, faudrait installer la dictée voxmed sur mon portable stp');
    expect(text).toContain('C220 Bureau médical');
    text = await chat.say('ok. et la pédale vous la fournissez ou je dois la commander ?');
    expect(text).toContain('votre question est ajoutée au ticket, le technicien vous répondra');
    text = await chat.say("ah et je suis plus au C220, j'ai changé de bureau, je suis au C221 maintenant");
    expect(text).toContain('Lieu: Oncologie et hôpital de jour, bâtiment C, étage 2, C221 Bureau médical');
  });
});

describe('titles follow the room corrected', () => {
  it('"salle de naissance 3" corrected to 2 and "emplacement 3" corrected to 4 are titled with the right room', async () => {
    const midwife = chatAs(runtime(), 'sabrina.adam@chv.fr');
    await midwife.say("urgent le monito de la salle de naissance 3 trace plus le rcf, j'ai une patiente en travail");
    await midwife.say('ah non pardon c la salle 2 pas la 3');
    await midwife.say('le monito oui le philips');
    const ctg = await ticketAnnounced(runtime(), await midwife.say(clickIntake('create')));
    expect(ctg.title).toContain('salle de naissance 2');

    const nurse = chatAs(runtime(), 'paul.legrand@chv.fr');
    await nurse.say("le scope de l'emplacement 3 en sspi freeze, les courbes s'arretent plus d'alarme et il reboot tout seul");
    await nurse.say("non attends c'est le 4 pas le 3, j'ai confondu");
    await nurse.say('moi seul');
    const monitor = await ticketAnnounced(runtime(), await nurse.say(clickIntake('create')));
    expect(monitor.title).toContain("l'emplacement 4");
  });
});

describe('a folder deleted on the shared drive', () => {
  it('"j\'ai supprimé un dossier sur le S:" is a restore; "avant jeudi" answered to "when?" warns that the target falls after Thursday', async () => {
    const chat = chatAs(runtime(), 'didier.fleury@chv.fr');
    let text = await chat.say("bonjour, j'ai fait une bêtise j'ai supprimé un dossier sur le S:");
    expect(text).not.toContain('Quelle est votre demande');
    await chat.say('le dossier DM2 dans S:\\Finances\\Budget 2026\\ , supprimé hier soir vers 17h30 je pense. Y a tous les tableaux excel de la décision modificative dedans');
    text = await chat.say('avant jeudi, c pour la commission des finances jeudi matin');
    expect(text).toContain('Demande: Restaurer un fichier ou un mail');
    text = await chat.say(clickIntake('create'));
    expect(text).toContain('tombe après la date où vous en avez besoin (jeudi 3 décembre)');
    expect((await ticketAnnounced(runtime(), text)).team).toBe('infra-l2');
  });
});

describe('round 26: questions asked on the way', () => {
  it('"chai pas c un avec le bouton rouge" is not knowing the number; "where do I find that??" is answered', async () => {
    const porter = chatAs(runtime(), 'maxime.duval@chv.fr');
    await porter.say('mon dect sonne plus du tout');
    let text = await porter.say('non g deja redemarré. jai pris celui de julien en attendant');
    expect(text).toContain('De quel appareil');
    text = await porter.say('chai pas c un avec le bouton rouge sur le dessus');
    expect(text).not.toContain('Je ne trouve pas');
    const clerk = chatAs(runtime(), 'anne.morel@chv.fr', 'en-US');
    text = await clerk.say('hi, the wristband printer at my desk only prints blank wristbands, nothing on them');
    expect(text).toContain('Which device');
    text = await clerk.say('where do I find that??');
    expect(text).toContain('The number is on a label stuck on the device');
  });

  it('"c\'est grave ? je dois quand même appeler le 5200 ?" during a phishing is answered', async () => {
    const chat = chatAs(runtime(), 'ines.dubois@chv.fr');
    await chat.say("j'ai cliqué sur un lien dans un mail de la paie et j'ai tapé mon mot de passe, je crois que c'était faux");
    const text = await chat.say("c'est grave ? je dois quand même appeler le 5200 ?");
    expect(text).toContain('appelez la sécurité au 5200 maintenant, sans attendre le ticket');
  });

  it('a care system down for a whole unit with patients in theatre: the downtime procedure and the phone come first', async () => {
    const chat = chatAs(runtime(), 'zoe.roche@chv.fr');
    const text = await chat.say('le DPI est planté sur tous les pc du bloc, on a 3 patients en salle');
    expect(text).toContain('passez en procédure dégradée (papier) et appelez le centre de services au 5000');
  });

  it('"il vous faut son n° RPPS ?" with a new account is answered', async () => {
    const chat = chatAs(runtime(), 'laura.berger@chv.fr');
    await chat.say("Bonjour, j'ai une nouvelle sage-femme qui arrive lundi, il lui faut un compte windows et le DPI");
    const text = await chat.say('Claire Fontaine, sage-femme, maternité, lundi 8h. il vous faut son n° RPPS ?');
    expect(text).toContain("Ce numéro (matricule, RPPS) n'est pas nécessaire");
  });
});

describe('round 26: who is affected', () => {
  it('the nurses\' station PC named in the first message is a shared station; "can I keep using the other one meanwhile?" is answered', async () => {
    const chat = chatAs(runtime(), 'michael.brennan@chv.fr', 'en-US');
    await chat.say('PACS keeps crashing on the SSPI desk PC (PC-SSPI-0258), closes as soon as i open a CT');
    let text = await chat.say("sorry wrong sticker, it's PC-SSPI-0259 not 0258. can I just keep using the other one meanwhile?");
    expect(text).toContain('Yes, use the other one until this one is repaired');
    text = await chat.say("not really, the PC next to it opens PACS fine so I'm using that one");
    expect(text).toContain('Device: PC-SSPI-0259');
    expect(text).toContain('Affected: a team or a shared station');
    expect(text).toContain('Priority: P3');
  });

  it('"I teach the nurses thursday afternoon" to "when do you need it?" says when, not who is affected', async () => {
    const chat = chatAs(runtime(), 'emily.carter@chv.fr', 'en-US');
    let text = await chat.say('I deleted a folder on my H: drive by mistake, can you restore it?');
    for (let turn = 0; turn < 3 && !/When do you need it/.test(text); turn++) text = await chat.say(/Here is the guide/.test(text) ? 'no' : 'the folder "teaching 2026" on H:, deleted this morning around 9');
    expect(text).toContain('When do you need it');
    text = await chat.say('I teach the nurses thursday afternoon');
    expect(text).not.toContain('a team or a shared station');
    expect(text).toContain('Priority: P4');
  });
});

describe('round 26: a day that is tomorrow', () => {
  it('"c\'est pas urgent urgent hein, tant que c\'est prêt lundi matin", said on Sunday, does not lower the urgency', async () => {
    const chat = chatAs(sunday(), 'nadia.brun@chv.fr');
    let text = await chat.say("Bonjour, nous avons une nouvelle secrétaire médicale qui arrive lundi en cardio (Camille Lenoir, CDD 6 mois), il lui faudrait un compte windows, une boite mail, l'accès au DPI et à la dictée.");
    expect(text).toContain('Urgence: haute');
    text = await chat.say("ah et c'est pas urgent urgent hein, tant que c'est prêt lundi matin");
    expect(text).toContain('Urgence: haute');
  });
});

describe('round 26: titles', () => {
  it('"bjr l\'imprimante marche pas" then "non c pas ça, c l\'imprimante à bracelets…": the title says what it is', async () => {
    const chat = chatAs(runtime(), 'celine.joly@chv.fr');
    await chat.say("bjr l'imprimante marche pas");
    await chat.say("non c pas ça, c l'imprimante à bracelets du poste de soins, elle sort des bracelets tout blancs ou effacés");
    await chat.say("je sais pas c'est celle de gauche... attendez je regarde l'étiquette");
    await chat.say("c'est LBL-URG-0002. et non on imprime sur celle d'a coté en attendant mais ça fait la queue");
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.title).toBe("l'imprimante à bracelets du poste de soins, elle sort des bracelets tout blancs ou effacés");
    expect(ticket.description).toContain("bjr l'imprimante marche pas");
  });
});

describe('round 26: a restore\'s title', () => {
  it('names the file the details end up naming, not "hier vers 16h je pense"', async () => {
    const chat = chatAs(runtime(), 'audrey.mendes@chv.fr');
    await chat.say("bonjour j'ai supprimé par erreur le dossier CA 2026 sur le S: de la direction, est ce qu'on peut le récupérer ?? j'en ai besoin pour le conseil de surveillance jeudi");
    await chat.say("hier vers 16h je pense. ah non attendez c'est pas tout le dossier, le dossier est toujours là, c'est juste le fichier excel budget_CA_v3.xlsx dedans qui a disparu");
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.title).toBe('Restaurer un fichier ou un mail : budget_CA_v3.xlsx');
  });
});

describe('round 26: a device told by what its model does', () => {
  it('"c le dect avec le bouton alarme orange" proposes the one lone-worker handset of the unit', async () => {
    const chat = chatAs(runtime(), 'xavier.barre@chv.fr');
    await chat.say('slt mon tel marche plus');
    const text = await chat.say('non tjrs rien, ecran noir, il a passé la nuit sur le socle en plus. c le dect avec le bouton alarme orange');
    expect(text).toContain("S'agit-il de DECT-PED-0105");
    expect(text).not.toContain('DECT-PED-0101');
  });
});

describe('round 27: the words after a fiche', () => {
  it('"g deja redemaré, ça change rien…" after the DECT fiche keeps "mon dect sonne plu" and its kind in the ticket', async () => {
    const chat = chatAs(runtime(), 'maxime.duval@chv.fr');
    await chat.say('mon dect sonne plu');
    await chat.say('g deja redemaré, ça change rien. il est pas en silencieu. jvois les appels en absence aprés coup');
    const text = await chat.say('dect log 0103');
    expect(text).toContain('Problème: mon dect sonne plu');
    expect(text).toContain('Type: Téléphone, DECT, bip');
    expect(text).toContain('Appareil: DECT-LOG-0103');
  });

  it('a new matter of the same kind after a fiche is read on its own, not as the first one told further', async () => {
    const chat = chatAs(runtime(), 'alice.martin@chv.fr');
    await chat.say('comment ajouter une imprimante réseau');
    const text = await chat.say("l'imprimante du secrétariat ne marche plus du tout");
    expect(text).toContain('Voici la fiche « Imprimante hors ligne ou rien ne sort »');
    expect(text).not.toContain("la fiche n'a pas suffi");
  });

  it('"il est pas en silencieux, je vois les appels en absence après coup" after the fiche is the same problem, told further', async () => {
    const chat = chatAs(runtime(), 'maxime.duval@chv.fr');
    await chat.say('mon dect sonne plu');
    let text = await chat.say('il est pas en silencieux, je vois les appels en absence après coup');
    expect(text).toContain('la fiche n\'a pas suffi');
    text = await chat.say('dect log 0103');
    expect(text).toContain('Problème: mon dect sonne plu');
    expect(text).toContain('Type: Téléphone, DECT, bip');
  });
});

describe('round 27: care going on after all', () => {
  it('"on est déjà passé en procédure papier, ça tient pour l\'instant" on the summary brings a unit\'s DPI outage from P1 to P2', async () => {
    const chat = chatAs(runtime(), 'mehdi.huet@chv.fr');
    let text = await chat.say('cristalnet freeze sur tous les postes de la sspi');
    expect(text).toContain('Priorité: P1');
    text = await chat.say("on est deja passé en procedure papier, ça tient pour l'instant. c'est que chez nous ou c'est partout ?");
    expect(text).toContain('Soins impactés: non');
    expect(text).toContain('Urgence: moyenne');
    expect(text).toContain('Priorité: P2');
  });

  it('"pas d\'impact patient mais c\'est urgent" keeps the urgency said', async () => {
    const chat = chatAs(runtime(), 'mehdi.huet@chv.fr');
    await chat.say('cristalnet freeze sur tous les postes de la sspi');
    const text = await chat.say("en fait pas d'impact patient mais c'est urgent quand même");
    expect(text).toContain('Urgence: haute');
  });
});

describe('round 28: details added to an urgent case', () => {
  it('"…got a trauma pt waiting on his head CT… radiologist is swamped" keeps the ED PACS outage a P1, in the ED', async () => {
    const chat = chatAs(runtime(), 'james.oneill@chv.fr', 'en-US');
    let text = await chat.say('PACS not working in ED, none of us can open any images');
    expect(text).toContain('Priority: P1');
    text = await chat.say("also: error says 'study unavailable', since about 10am. got a trauma pt waiting on his head CT to decide on neurosurg transfer, radiologist is swamped");
    expect(text).toContain('Patient care affected: yes');
    expect(text).toContain('Priority: P1');
    expect(text).toContain('Location: Urgences');
  });
});

describe('round 28: the application corrected', () => {
  it('"application is the SIL not the DPI" on the summary sends the ticket to the lab system\'s vendor', async () => {
    const chat = chatAs(runtime(), 'valerie.andre@chv.fr', 'en-US');
    let text = await chat.say('hi, lab results arent going into the DPI since this morning, ED keeps calling us for tropo and K+');
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Device: APP-DPI');
    text = await chat.say('application is the SIL not the DPI');
    expect(text).toContain('Device: APP-SIL');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.team).toBe('lab-vendor-l2');
  });
});

describe('round 28: Wi-Fi, not phones', () => {
  it('"les chariots captent plus le wifi", then "…les tel des collègues aussi" after the fiche, stays a network problem', async () => {
    const chat = chatAs(runtime(), 'nathan.rousseau@chv.fr');
    await chat.say('les chariots captent plus le wifi');
    const text = await chat.say("non on a déjà redémarré. c'est pas une panne générale ? depuis 14h rien ne capte à l'étage, les 2 chariots et les tel des collègues aussi");
    expect(text).not.toContain('DECT-NEURO');
    const summary = await answerUntilSummary(chat, text);
    expect(summary).toContain('Type: Réseau');
  });
});
