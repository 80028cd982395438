import { describe, expect, it } from 'vitest';
import { answerUntil, answerUntilSummary, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';

const runtime = runtimeForThisFile();

const ticketOf = (text: string) => ticketAnnounced(runtime(), text);

describe('answers to "which device?" that name none', () => {
  it('"jsais pas y a pas d\'étiquette, c\'est l\'injecteur medrad en salle scanner" means no device: asked once, the words kept, the place not the patient\'s origin', async () => {
    const chat = chatAs(runtime(), 'hugo.vidal@chv.fr');
    let text = await chat.say("l'injecteur du scanner est en erreur 'pression' il veut plus s'armer, on a 3 injectés en attente dont 1 des urgences, on a redemarré 2 fois rien a faire");
    expect(text).toMatch(/numéro de l'appareil|De quel appareil/);
    text = await chat.say("jsais pas y a pas d'etiquette visible, c'est l'injecteur medrad en salle scanner");
    expect(text).not.toContain("Je ne trouve pas l'appareil");
    expect(text).not.toMatch(/numéro de l'appareil|De quel appareil/);
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Lieu: Imagerie médicale');
    expect(text).not.toContain('Urgences');
    const ticket = await ticketOf(await chat.say(clickIntake('create')));
    expect(ticket.description).toContain('injecteur medrad en salle scanner');
  });

  it('"ben je sais pas alors" is not taken for a device number', async () => {
    const chat = chatAs(runtime(), 'fabien.nicolas@chv.fr');
    let text = await chat.say("mon dect tient plus la charge, il s'éteint au bout d'une heure");
    text = await answerUntil(chat, text, /numéro de l'appareil|De quel appareil/, () => 'non', 3);
    expect(text).toMatch(/numéro de l'appareil|De quel appareil/);
    text = await chat.say('ben je sais pas alors');
    expect(text).not.toContain("Je ne trouve pas l'appareil");
    expect(text).not.toMatch(/numéro de l'appareil|De quel appareil/);
  });

  it('"tous ! c\'est tous les dect du service" to a list of handsets means every one of them: no device, the whole unit', async () => {
    const chat = chatAs(runtime(), 'laura.berger@chv.fr');
    let text = await chat.say('bonjour, depuis ce matin les dect de la maternité ne marchent plus, ils affichent non inscrit');
    text = await answerUntil(chat, text, /De quel appareil|numéro de l'appareil/, () => 'non', 3);
    expect(text).toMatch(/De quel appareil|numéro de l'appareil/);
    text = await chat.say("tous! c'est tous les dect du service");
    expect(text).not.toContain("Je ne trouve pas l'appareil");
    expect(text).not.toMatch(/De quel appareil|numéro de l'appareil/);
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Appareil: non précisé');
    expect(text).toContain('Personnes touchées: tout le service');
  });
});

describe('questions asked back', () => {
  it('"c\'est pas urgent du coup ??" asked on the summary does not lower the urgency of a stolen password', async () => {
    const chat = chatAs(runtime(), 'alice.meunier@chv.fr');
    let text = await chat.say(
      "jai recu un mail 'votre boite mail est pleine cliquez ici pour augmenter le quota' avec le logo du chv, j'ai cliqué et mis mon identifiant et mot de passe... et apres la page a fait une erreur. je crois que c'etait une arnaque non?",
    );
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Urgence: haute');
    expect(text).toContain('Priorité: P3');
    text = await chat.say("euh c'est pas urgent du coup?? la personne a mon mot de passe quand meme");
    expect(text).not.toContain('urgence basse');
    expect(text).toContain('Urgence: haute');
  });
});

describe('a building without network', () => {
  it('"pas vraiment, … par dect en attendant. mais tout le reste est à l\'arrêt" to the care question keeps it urgent; the summary shows the place the ticket stores', async () => {
    const chat = chatAs(runtime(), 'loic.fontaine@chv.fr');
    let text = await chat.say(
      "Bonjour plus de reseau dans tout le batiment E depuis 20 min, ni les PC fixes ni le wifi, c'est pareil au rdc logistique et aux etages finances / DRH / direction (j'ai fait le tour). personne peut bosser",
    );
    expect(text).toContain('prise en charge des patients');
    text = await chat.say("pas vraiment, les demandes de brancardage passent par dect en attendant. mais tout le reste est a l'arret");
    expect(text).not.toContain('urgence moyenne');
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Urgence: haute');
    expect(text).toContain('Priorité: P1');
    expect(text).not.toContain('Lieu: non précisé');
    const ticket = await ticketOf(await chat.say(clickIntake('create')));
    const place = await runtime().store.db.selectFrom('locations').select(['code', 'building']).where('id', '=', ticket.locationId!).executeTakeFirstOrThrow();
    expect(place.building).toBe('E');
    expect(text).toContain(place.code.replace(/^[A-Z]+-/, ''));
  });
});

describe('rooms named in plain words', () => {
  it('"celle de la salle de naissance 2" to "which device?" sets the room the directory knows by that name, in the same unit', async () => {
    const chat = chatAs(runtime(), 'chloe.michel@chv.fr');
    let text = await chat.say("bjr l'imprimante a bracelets en salle de naissance sort des bracelets blancs, rien d'imprimé dessus. on a eu 2 naissances cette nuit");
    expect(text).toContain('De quel appareil');
    text = await chat.say('celle de la salle de naissance 2, a coté de la table de réa bébé');
    expect(text).not.toContain("Je ne trouve pas l'appareil");
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Lieu: Maternité');
    expect(text).toContain('C132 Salle de naissance 2');
  });

  it('"c\'est en salle de naissance 2, pas au poste de soins" on the summary moves the ticket to that room', async () => {
    const chat = chatAs(runtime(), 'chloe.michel@chv.fr');
    let text = await chat.say("l'imprimante a bracelets sort des bracelets blancs, rien d'imprimé dessus");
    text = await answerUntilSummary(chat, text);
    expect(text).not.toContain('Salle de naissance 2');
    text = await chat.say(clickIntake('change'));
    text = await chat.say("c'est en salle de naissance 2, pas au poste de soins");
    expect(text).toContain('C132 Salle de naissance 2');
    const ticket = await ticketOf(await chat.say(clickIntake('create')));
    const place = await runtime().store.db.selectFrom('locations').select('code').where('id', '=', ticket.locationId!).executeTakeFirstOrThrow();
    expect(place.code).toBe('VAL-C132');
  });
});

describe('a new account for a newcomer', () => {
  it('a newcomer named in the request is not asked for again: only when it is needed, and "avant son arrivée le 7" is a date', async () => {
    const chat = chatAs(runtime(), 'corinne.dupont@chv.fr');
    let text = await chat.say("Bonjour, j'ai une nouvelle IDE qui arrive en pédiatrie, il lui faut un compte windows + DPI + messagerie svp. Elle s'appelle Sarah Lemaitre");
    expect(text).not.toContain("date d'arrivée de la personne");
    expect(text).toContain('Pour quand en avez-vous besoin ?');
    text = await chat.say("je vous l'ai dit, elle commence le lundi 7 decembre");
    expect(text).toContain('Résumé de votre demande');
    expect(text).toContain('7 decembre');
    const other = chatAs(runtime(), 'corinne.dupont@chv.fr');
    text = await other.say('il faut un compte windows + DPI pour une nouvelle IDE en pédiatrie');
    expect(text).toContain("date d'arrivée de la personne");
    text = await other.say('Sarah Lemaitre, IDE en pédiatrie');
    expect(text).toContain('Pour quand en avez-vous besoin ?');
    text = await other.say("avant son arrivée le 7 qu'elle ait ses codes le 1er jour");
    expect(text).not.toContain("Je n'ai pas compris");
    // The date told with the details is not asked for again.
    const third = chatAs(runtime(), 'corinne.dupont@chv.fr');
    text = await third.say('il faut un compte windows + DPI pour une nouvelle IDE en pédiatrie');
    text = await third.say('Sarah Lemaitre, IDE en pédiatrie, elle arrive le 14 décembre');
    expect(text).not.toContain('Pour quand en avez-vous besoin ?');
    expect(text).toContain('14 decembre');
  });
});

describe('a device number not found', () => {
  it('is quoted back cut between words, with an example tag of the devices asked about, and kept with the ticket', async () => {
    const chat = chatAs(runtime(), 'fabien.nicolas@chv.fr');
    let text = await chat.say("mon dect tient plus la charge, il s'éteint au bout d'une heure");
    text = await answerUntil(chat, text, /numéro de l'appareil|De quel appareil/, () => 'non', 3);
    text = await chat.say("le numero c'est le 4312 celui avec l'étui rouge du couloir");
    expect(text).toContain("Je ne trouve pas l'appareil « le numero c'est le 4312 celui avec… »");
    expect(text).toMatch(/par exemple DECT-/);
    text = await chat.say('je ne sais pas');
    text = await answerUntilSummary(chat, text);
    expect(text).toContain("le numero c'est le 4312 celui avec l'étui rouge du couloir");
  });
});

describe('an operating room corrected', () => {
  it('"ah attends pardon c la salle 5 pas la 4", a theatre the directory does not list, drops theatre 4 and shows the room said, at the device question or on the summary', async () => {
    const chat = chatAs(runtime(), 'nathalie.garnier@chv.fr');
    let text = await chat.say(
      'bonsoir, au bloc salle 4 le PSE (pousse seringue) de la noradre affiche err 31 occlusion alors que la ligne est libre et il s arrete tt seul, 3e fois depuis 2h. on a mis un pse de la sspi a la place donc patient ok mais faut qu il soit verifié',
    );
    text = await chat.say('ah attends pardon c la salle 5 pas la 4, je confonds on a changé de salle');
    expect(text).not.toContain("Je ne trouve pas l'appareil");
    text = await answerUntilSummary(chat, text);
    // The directory lists theatres 1 to 4: the unit stays, theatre 4 goes, the room said is shown.
    expect(text).toContain('Lieu: Bloc opératoire');
    expect(text).toContain('(salle 5)');
    expect(text).not.toContain("Salle d'opération 4");
    const ticket = await ticketOf(await chat.say(clickIntake('create')));
    expect(ticket.description).toContain('Pièce indiquée : salle 5');

    const later = chatAs(runtime(), 'nathalie.garnier@chv.fr');
    text = await answerUntilSummary(later, await later.say('au bloc salle 4 le PSE affiche err 31 occlusion, on a mis un pse de la sspi a la place'));
    text = await later.say(clickIntake('change'));
    text = await later.say("c en salle d'operation 5");
    expect(text).toContain('salle operation 5');
    expect(text).not.toContain("Salle d'opération 4");
    expect(text).not.toContain('ajouté aux précisions');
  });
});

describe('details told on the summary', () => {
  it('"son matricule RH c 40817" does not move an admissions request to HR, and the words are kept', async () => {
    const chat = chatAs(runtime(), 'yasmine.roy@chv.fr');
    let text = await chat.say(
      "Bonjour, j'ai une nouvelle agent d'accueil qui arrive aux admissions, Inès Marchand, en CDD 6 mois. Il lui faut un compte windows + messagerie + l'accès au logiciel des admissions (création de venues, identito). Merci",
    );
    text = await answerUntil(chat, text, /Résumé de votre demande/, () => 'elle commence le lundi 7 decembre a 8h, faut que ce soit pret pour là', 3);
    text = await chat.say("ah j'oubliais : elle sera au guichet 3 et son matricule RH c 40817");
    expect(text).not.toContain('ressources humaines');
    const ticket = await ticketOf(await chat.say(clickIntake('create')));
    expect(ticket.description).toContain('matricule RH c 40817');
  });

  it('a correction that says more than the field it changes keeps its words in the ticket', async () => {
    const chat = chatAs(runtime(), 'hugo.vidal@chv.fr');
    let text = await answerUntilSummary(chat, await chat.say("l'injecteur est en erreur pression, il veut plus s'armer"));
    text = await chat.say(clickIntake('change'));
    text = await chat.say("c'est aux urgences, dans le box de déchocage, l'injecteur mobile Medrad");
    expect(text).toContain('Urgences');
    const ticket = await ticketOf(await chat.say(clickIntake('create')));
    expect(ticket.description).toContain("dans le box de déchocage, l'injecteur mobile Medrad");
  });
});

describe('words said with an answer', () => {
  it('"non ça va je me mets sur le pc d\'à côté, j\'ai débranché le câble réseau du mien" answers the care question and stays with the ticket', async () => {
    const chat = chatAs(runtime(), 'remi.chauvin@chv.fr');
    let text = await chat.say(
      "bjr une patiente m'a donné une clé usb avec ses comptes rendus de l'ancien hopital, je l'ai mise dans mon pc au guichet et l'antivirus a mis une fenetre rouge 'menace detectee trojan' . j'ai retiré la clé. je fais quoi je continue a bosser dessus ??",
    );
    text = await answerUntil(chat, text, /prise en charge des patients/, () => 'je ne sais pas', 3);
    expect(text).toContain('prise en charge des patients');
    text = await chat.say("non ca va je me mets sur le pc du guichet d a coté, j'ai debranché le cable reseau du mien");
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Soins impactés: non');
    const ticket = await ticketOf(await chat.say(clickIntake('create')));
    expect(ticket.description).toContain("j'ai debranché le cable reseau du mien");
  });
});

describe('the summary\'s own words', () => {
  it('"soins impactés : oui" and "si les soins sont impactés !!" on the summary set the care impact', async () => {
    const chat = chatAs(runtime(), 'celine.joly@chv.fr');
    let text = await answerUntilSummary(chat, await chat.say("l'imprimante des étiquettes tubes imprime des étiquettes blanches"));
    expect(text).toContain('Soins impactés: non');
    await chat.say(clickIntake('change'));
    text = await chat.say('soins impactés : oui');
    expect(text).toContain('Soins impactés: oui');
    const other = chatAs(runtime(), 'celine.joly@chv.fr');
    text = await answerUntilSummary(other, await other.say("l'imprimante des étiquettes tubes imprime des étiquettes blanches"));
    text = await other.say('si les soins sont impactés !!');
    expect(text).toContain('Soins impactés: oui');
  });
});

describe('a file to restore', () => {
  it('is a restore request; "supprimé vendredi… besoin pour mardi" is needed Tuesday, and "c\'est pour mardi pas vendredi" on the summary corrects the date', async () => {
    const chat = chatAs(runtime(), 'audrey.mendes@chv.fr');
    let text = await chat.say("bonjour, j'ai supprimé par erreur vendredi un fichier excel du dossier partagé de la direction, il me le faut pour la réunion de mardi, vous pouvez le récupérer ?");
    text = await answerUntil(chat, text, /Résumé de votre demande/, (question) => (/Quelle est votre demande/.test(question) ? 'Autre demande' : 'le fichier planning-gardes.xlsx dans le dossier Direction'), 4);
    expect(text).toContain('Résumé de votre demande');
    expect(text).toContain('Demande: Restaurer un fichier ou un mail');
    expect(text).not.toMatch(/Pour quand: vendredi/);
    const other = chatAs(runtime(), 'audrey.mendes@chv.fr');
    text = await other.say("bonjour, j'ai supprimé un fichier excel du dossier partagé de la direction, vous pouvez le récupérer pour vendredi ?");
    text = await answerUntil(other, text, /Résumé de votre demande/, (question) => (/Quelle est votre demande/.test(question) ? 'Autre demande' : 'le fichier planning-gardes.xlsx dans le dossier Direction'), 4);
    expect(text).toContain('Pour quand: vendredi');
    text = await other.say("c'est pour mardi pas vendredi");
    expect(text).toContain('Pour quand: mardi');
  });
});

describe('the third half of the seventh round', () => {
  it('"ok done, I changed my password… couldnt reach 5200" on the summary is kept for the ticket, not taken as "create"', async () => {
    const chat = chatAs(runtime(), 'james.oneill@chv.fr', 'en-GB');
    let text = await chat.say("hi, got an email saying my mailbox is full from it-support@chv-helpdesk.com, I clicked the link and it opened a microsoft login page. not sure if I typed my password or not, I was between 2 patients. looks dodgy now");
    text = await answerUntilSummary(chat, text);
    text = await chat.say('ok done, I changed my password on motdepasse just now. couldnt reach 5200 it rang out');
    expect(text).not.toContain('created');
    expect(text).toContain('Summary of your');
    const ticket = await ticketOf(await chat.say(clickIntake('create')));
    expect(ticket.description).toContain("couldnt reach 5200 it rang out");
  });

  it('"ben oui ils restent en salle de réveil…" answers yes to the care question, and its words stay', async () => {
    const chat = chatAs(runtime(), 'nathalie.garnier@chv.fr');
    let text = await chat.say("mdp expiré ce matin, j'ai essayé de le changer et maintenant compte verrouillé. je peux plus valider les sorties de SSPI dans le DPI");
    text = await answerUntil(chat, text, /prise en charge des patients/, () => 'non', 3);
    expect(text).toContain('prise en charge des patients');
    text = await chat.say("ben oui ils restent en salle de reveil, et le bloc attend qu'on libere des places");
    expect(text).not.toContain('Répondez « oui » ou « non »');
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Soins impactés: oui');
    expect(text).toContain("le bloc attend qu'on libere des places");
  });
});

describe('the last round of the seventh series', () => {
  it('"faut que ça remarche avant 8h" is what is wanted: it neither cancels the intake nor reads as a withdrawal', async () => {
    const chat = chatAs(runtime(), 'romain.dumont@chv.fr');
    let text = await chat.say("le logiciel de programmation du bloc s'ouvre plus sur aucun poste du bloc depuis 5h30, 'serveur indisponible'. on a le programme papier donc les soins sont pas bloqués mais faut que ca remarche avant 8h");
    expect(text).not.toContain("rien en cours à annuler");
    expect(text).toContain('Je vais ouvrir un incident');
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Soins impactés: non');
    await chat.say(clickIntake('change'));
    text = await chat.say('les patients sont pas bloqués grace au papier mais faut que ca remarche avant 8h qd le programme commence vraiment');
    expect(text).not.toContain('annulé');
  });

  it('"ok j\'ai débranché le câble… ma collègue fait les entrées donc ça va" to the care question is no yes', async () => {
    const chat = chatAs(runtime(), 'nathan.jacquet@chv.fr');
    let text = await chat.say("j'ai ouvert une piece jointe word d'un mail de mutuelle et ça m'a demandé d'activer les macros, j'ai cliqué. maintenant le pc du guichet 3 rame");
    text = await answerUntil(chat, text, /prise en charge des patients/, () => 'je ne sais pas', 3);
    expect(text).toContain('prise en charge des patients');
    text = await chat.say("ok jai debranché le cable. bon la queue s'allonge mais ma collegue au guichet 2 fait les entrees donc ca va");
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Soins impactés: non');
  });
});

describe('the final round of the seventh series', () => {
  it('"y a plus d\'etiquette dessus…" answers "which device?"; "c pas urgence basse, c\'est urgence moyenne" is medium', async () => {
    const chat = chatAs(runtime(), 'sabrina.adam@chv.fr');
    let text = await chat.say("bonsoir, le dect de garde SF sonne plus qd on l'appelle, on peut appeler avec mais les appels entrants rien");
    text = await answerUntil(chat, text, /numéro de l'appareil|De quel appareil/, () => 'non', 3);
    expect(text).toMatch(/numéro de l'appareil|De quel appareil/);
    text = await chat.say("y a plus d'etiquette dessus. son numero d'appel c'est le 4312 si ca aide");
    expect(text).not.toMatch(/numéro de l'appareil|De quel appareil/);
    text = await answerUntilSummary(chat, text);
    await chat.say(clickIntake('change'));
    text = await chat.say("c pas urgence basse, c'est urgence moyenne");
    expect(text).toContain('Urgence: moyenne');
  });
});
