import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { guessRequestType } from '../../src/bot/intake/index.js';
import { urgencyFromWorkaroundAnswer } from '../../src/bot/intake/answer-phrases.js';
import { reassessmentTold } from '../../src/bot/reassess-ticket.js';
import type { Ticket } from '../../src/tickets/index.js';
import { answerUntil, answerUntilSummary, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';

// Monday 30 November 2026, 14:00 in Paris.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-30T13:00:00Z')) });

describe('answers that echo the question', () => {
  it('"patient care: yes" answers the care question instead of "Please answer yes or no"', async () => {
    const chat = chatAs(runtime(), 'claire.moreau@chv.fr', 'en-GB');
    await chat.say('the label printer in the nurses office prints blank labels since this morning');
    expect(await chat.say('yes')).toContain('patient care');
    const text = await chat.say('patient care: yes');
    expect(text).not.toContain('Please answer');
    expect(text).not.toContain('Does it block or delay patient care?');
  });
});

describe('another problem told after a ticket', () => {
  it('"merci. autre chose, l\'imprimante de l\'open space (la HP) fait des traces noires…, c\'est pas urgent" opens a printer ticket and leaves the DECT ticket as it was', async () => {
    const chat = chatAs(runtime(), 'maxime.duval@chv.fr');
    let text = await chat.say("bjr mon dect ne sonne plus quand la régul m'appelle, ça vibre meme pas, je rate les demandes de transport de patients. et le bouton alarme PTI fait rien non plus j'ai testé avec le collègue. je suis seul la nuit ce soir");
    text = await chat.say('le 0102 je crois');
    expect(text).toContain('Résumé');
    const dect = await ticketAnnounced(runtime(), await chat.say('ok'));
    expect(dect.priority).toBe('P3');
    text = await chat.say("merci. autre chose, l'imprimante de l'open space (la HP) fait des traces noires sur toutes les feuilles depuis hier, c'est pas urgent");
    expect(text).toContain('autre problème');
    expect(text).toContain('PRN-LOG-0011');
    expect((await runtime().services.tickets.get(dect.number)).priority).toBe('P3');
    text = await answerUntilSummary(chat, await chat.say('oui'));
    const printer = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(printer.category).toBe('printer');
    expect(printer.urgency).toBe('low');
    expect(printer.priority).toBe('P4');
    expect(printer.title).toMatch(/^l'imprimante de l'open space/);
    expect((await runtime().services.tickets.get(dect.number)).priority).toBe('P3');
  });
});

describe('news that makes a unit-wide ticket weigh more', () => {
  it('"update : le papier ça tient plus… les médecins voient plus les résultats" raises a unit-wide DPI ticket to P1 and keeps it unit-wide', async () => {
    const chat = chatAs(runtime(), 'laetitia.fournier@chv.fr');
    let text = await chat.say('cristal net fige sur tous les postes du service, on peut plus ouvrir les dossiers ni valider les prescriptions. on est passé en procédure dégradée papier pour l\'instant');
    text = await answerUntilSummary(chat, text);
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.scope).toBe('service');
    text = await chat.say('update : le papier ça tient plus, on a 12 patients en attente et les médecins voient plus les résultats de bio ni les ttt en cours, on retarde des prises en charge. faut que ça bouge vite svp');
    const revised = await runtime().services.tickets.get(ticket.number);
    expect(revised.scope).toBe('service');
    expect(revised.patientCareImpact).toBe(true);
    expect(revised.priority).toBe('P1');
  });
});

describe('news that others are hit too', () => {
  it('"deux d\'entre elles ont aussi cliqué et saisi leur mot de passe" widens the phishing ticket waiting for a technician to a team', async () => {
    const chat = chatAs(runtime(), 'thierry.prevost@chv.fr');
    let text = await chat.say("Bonjour, je crains d'avoir fait une bêtise : j'ai reçu un mail soi-disant de la DSI 'mise à jour de votre boîte mail', j'ai cliqué et j'ai saisi mon identifiant et mon mot de passe sur la page. Je me rends compte que l'adresse était bizarre (chv-fr-support.com). Que dois-je faire ?");
    text = await answerUntilSummary(chat, text);
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.priority).toBe('P3');
    text = await chat.say("Je viens de faire le tour : 4 gestionnaires RH ont reçu le même mail, et deux d'entre elles ont aussi cliqué et saisi leur mot de passe. On fait quoi ?");
    const revised = await runtime().services.tickets.get(ticket.number);
    expect(revised.scope).toBe('team');
    expect(revised.priority).toBe('P2');
    expect(text).toContain('P3 → P2');
  });

  it('"now 3 other dects on F210 show no network… we\'re missing calls" makes the one-handset ticket a team\'s P1', async () => {
    const chat = chatAs(runtime(), 'claire.moreau@chv.fr', 'en-GB');
    let text = await chat.say('hello, my dect phone wont charge, the screen stays black even on the charger. its DECT-GER-0108');
    text = await answerUntilSummary(chat, text);
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.scope).toBe('single_user');
    await chat.say("update: now 3 other dects on F210 show 'no network' since 10 min, incl the spare. the patient call bells ring on the dects so we're missing calls, we're running up and down the corridor. pls hurry");
    const revised = await runtime().services.tickets.get(ticket.number);
    expect(revised.scope).toBe('team');
    expect(revised.urgency).toBe('high');
    // The patients' call bells missed: care held up, a P1.
    expect(revised.patientCareImpact).toBe(true);
    expect(revised.priority).toBe('P1');
  });
});

describe('a change of mind', () => {
  it('"attends... c\'est bon. c\'était le verr maj 🙄 désolé, oubliez" withdraws the form instead of "Répondez oui ou non"', async () => {
    const chat = chatAs(runtime(), 'quentin.berger@chv.fr');
    let text = await chat.say("salut, le SIL me jette, il dit identifiant ou mdp incorrect alors que j'ai rien changé. je peux plus valider les séries");
    if (text.includes('Cela a-t-il résolu')) text = await chat.say("non ça marche pas, windows ça va c'est que le SIL");
    expect(text).toContain('?');
    const before = (await runtime().services.tickets.list()).length;
    text = await chat.say("attends... c'est bon. c'était le verr maj 🙄 désolé, oubliez");
    expect(text).not.toContain('oui');
    expect(text).toContain('annulé');
    expect((await runtime().services.tickets.list()).length).toBe(before);
  });
});

describe('a no that goes on', () => {
  it('"no that\'s ok i\'ll ask a colleague. something else tho…: could i get voxmed installed on my laptop?" starts the request instead of dropping it', async () => {
    const chat = chatAs(runtime(), 'hannah.schulz@chv.fr', 'en-GB');
    let text = await chat.say('hi! quick q, how do i add a signature to my outlook emails?');
    expect(text).toContain('Shall I open a ticket?');
    text = await chat.say("no that's ok i'll ask a colleague. something else tho, absolutely no rush: could i get the dictation software (voxmed) installed on my laptop? i'd start using it in january");
    expect(text).not.toContain("I'm here if you need me");
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('PC-MED-0102');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.number).toMatch(/^REQ-/);
    expect(ticket.title).toMatch(/voxmed/i);
  });
});

describe('a device number and another floor told in one answer', () => {
  it('"label on the back says 0108. and fyi im not on F110 today, im covering the 2nd floor, F210" takes DECT-GER-0108 and F210, not F110', async () => {
    const chat = chatAs(runtime(), 'claire.moreau@chv.fr', 'en-GB');
    await chat.say('hello, my dect phone wont charge, the screen stays black even on the charger. its the one with the alarm button (d83)');
    let text = await chat.say('No');
    expect(text).toContain('Which device is it?');
    text = await chat.say("label on the back says 0108. and fyi im not on F110 today, im covering the 2nd floor, F210");
    expect(text).toContain('DECT-GER-0108');
    expect(text).not.toContain('F110');
    expect(text).not.toContain('Which device is it?');
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Device: DECT-GER-0108');
    expect(text).toContain('F210 Poste de soins');
  });
});

describe('the words after a fiche', () => {
  it('"deja fait le calibrage et changé le rouleau, tjrs blanc" after the label printer fiche keeps the first message and its device LBL-LAB-0002', async () => {
    const chat = chatAs(runtime(), 'quentin.berger@chv.fr');
    let text = await chat.say("par contre pdt que je vous tiens : l'imprimante à étiquettes LBL-LAB-0002 sur le plateau technique sort des étiquettes blanches depuis hier. on se rabat sur les 2 autres mais aux heures de pointe ça bouchonne pour étiqueter les tubes");
    expect(text).toContain('Cela a-t-il résolu le problème ?');
    text = await chat.say("deja fait le calibrage et changé le rouleau, tjrs blanc. je pense que c la tête d'impression");
    expect(text).toContain('la fiche n\'a pas suffi');
    expect(text).not.toContain('De quel appareil');
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Appareil: LBL-LAB-0002');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.title).toMatch(/étiquettes blanches/);
  });
});

describe('a ticket that sorted itself out', () => {
  it('"oh wait, forget it - it unlocked by itself after 15 min, I\'m back in cristal. you can close it" resolves the account ticket instead of cancelling it', async () => {
    const chat = chatAs(runtime(), 'hannah.schulz@chv.fr', 'en-GB');
    let text = await chat.say("hi, Cristal-Net says my account is locked, I think I typed the wrong pwd too many times after the weekend. I'm on my laptop in the doctors office. The intern is doing my prescriptions for now but I need it back before the afternoon round");
    text = await answerUntilSummary(chat, text);
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    await chat.say("oh wait, forget it - it unlocked by itself after 15 min I guess, I'm back in cristal. you can close it, thanks!");
    expect((await runtime().services.tickets.get(ticket.number)).status).toBe('resolved');
  });
});

describe('news and a status question while a technician is awaited', () => {
  it('"ok I called 5200 and changed my password. any news on the ticket?" goes on the phishing ticket and gives its status', async () => {
    const chat = chatAs(runtime(), 'guillaume.leroy@chv.fr', 'en-GB');
    let text = await chat.say("hi. I think I did something stupid - got an email 'your mailbox password expires today' with the hospital logo, clicked and typed my windows password on the page. then I noticed the address was weird (chv-fr-secure.com or something). Was on the PC at the OR nurses station between 2 cases. What do I do?");
    text = await answerUntilSummary(chat, text);
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    text = await chat.say('ok I called 5200 and changed my password. any news on the ticket? do I need to do anything else');
    expect(text).toContain(ticket.number);
    expect(text).toMatch(/technician/);
    const events = await runtime().services.tickets.events(ticket.id);
    expect(JSON.stringify(events)).toContain('I called 5200 and changed my password');
  });
});

describe('a bench of the lab', () => {
  it('"l\'imprimante à etiquettes zebra côté hémato" in the lab offers the lab\'s label printers, not oncology\'s', async () => {
    const chat = chatAs(runtime(), 'nicolas.morin@chv.fr');
    let text = await chat.say("slt, l'imprimante à etiquettes zebra côté hémato sort des etiquettes blanches depuis ce matin, rien d'imprimé dessus. j'ai changé le rouleau ça change rien. on renvoie les étiquettes sur les 2 autres zebra du plateau en attendant mais ça fait la queue et on court partout");
    if (text.includes('Cela a-t-il résolu')) text = await chat.say('non, calibrage fait + eteinte/rallumée, toujours blanc');
    expect(text).not.toContain('LBL-ONCO');
    expect(text).toContain('LBL-LAB-');
  });
});

describe('equipment asked for', () => {
  it('"est ce que ce serait possible d\'avoir un 2e ecran sur mon poste au secretariat de cardio?" goes to the summary without asking the kind of request again', async () => {
    const chat = chatAs(runtime(), 'sylvain.adam@chv.fr');
    let text = await chat.say("Bonjour, est ce que ce serait possible d'avoir un 2e ecran sur mon poste au secretariat de cardio? je jongle entre le DPI et les courriers toute la journée c'est penible. rien d'urgent hein, quand vous aurez le temps. merci");
    expect(text).not.toContain('Quelle est votre demande ?');
    expect(text).not.toContain('Décrivez votre demande');
    expect(text).toContain('Résumé de votre demande');
    expect(text).toContain('Priorité: P4');
  });

  it('"ben un ecran en plus, c du materiel" answers "Quelle est votre demande ?" as another request', () => {
    expect(guessRequestType('ben un ecran en plus, c du materiel')).toBe('other');
    expect(guessRequestType('installer un 2e logiciel')).toBe('software');
  });
});

describe('a correction of who is hit, told as news', () => {
  it('"ah attendez on me dit que les guichets 4 et 5 fonctionnent en fait, c\'est seulement les 3 premiers qui plantent" makes the admissions ticket a team\'s', async () => {
    const chat = chatAs(runtime(), 'yasmine.roy@chv.fr');
    let text = await chat.say("Bonjour, GAM plante aux guichets des admissions depuis 8h15, message 'erreur de connexion base de données' dès qu'on valide une admission. Les agents sont passés en procédure dégradée papier mais la file d'attente s'allonge dans le hall. Pouvez vous regarder vite svp");
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Personnes touchées: tout le service');
    text = await chat.say("ah attendez on me dit que les guichets 4 et 5 fonctionnent en fait, c'est seulement les 3 premiers qui plantent");
    expect(text).toContain('Personnes touchées: une équipe');
  });
});

describe('a level-1 question with its own fiche', () => {
  it('"how do i set an out of office reply in outlook?" and "comment je mets un message d\'absence" get the automatic replies fiche', async () => {
    const en = await chatAs(runtime(), 'hannah.schulz@chv.fr', 'en-GB').say('hi! quick q, how do i set an out of office reply in outlook? im off from friday');
    expect(en).toContain('Automatic Replies');
    const fr = await chatAs(runtime(), 'sylvain.adam@chv.fr').say("comment je mets un message d'absence sur outlook ? je suis en congés à partir de vendredi");
    expect(fr).toContain('Réponses automatiques');
  });
});

describe('the real problem told after a vague first message and its fiche', () => {
  it('"non c pas le pc, c cristal net qui fige sur tous les postes du service" titles the ticket, not "ça rame de partout"', async () => {
    const chat = chatAs(runtime(), 'laetitia.fournier@chv.fr');
    let text = await chat.say("bonjour ya un souci, ça rame de partout depuis ce matin c'est pénible");
    expect(text).toContain('Cela a-t-il résolu le problème ?');
    text = await chat.say("non c pas le pc, c cristal net qui fige sur tous les postes du service, on peut plus ouvrir les dossiers ni valider les prescriptions. on est passé en procédure dégradée papier pour l'instant");
    text = await answerUntilSummary(chat, text);
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.title).toMatch(/^cristal net (qui )?fige/);
    expect(ticket.scope).toBe('service');
  });
});

describe('others hit, read in the news of a one-person ticket', () => {
  const ticket = { kind: 'incident', category: 'printer', scope: 'single_user', urgency: 'medium', patientCareImpact: false } as Ticket;

  it('widens for "3 other dects show no network" and "deux d\'entre elles ont aussi cliqué", not for the way round "on se rabat sur les 2 autres"', () => {
    expect(reassessmentTold({ ...ticket, category: 'phone' }, "now 3 other dects on F210 show 'no network'")?.scope).toBe('team');
    expect(reassessmentTold({ ...ticket, category: 'security' }, "Je viens de faire le tour : 4 gestionnaires RH ont reçu le même mail, et deux d'entre elles ont aussi cliqué et saisi leur mot de passe. On fait quoi ?")?.scope).toBe('team');
    expect(reassessmentTold(ticket, 'on se rabat sur les 2 autres en attendant mais ça bouchonne')?.scope).toBeUndefined();
  });
});

describe('a way round told with the answer on care', () => {
  it('"no, the screen thing no. I can work on the laptop screen" is not followed by "Do you have a workaround?"', async () => {
    const chat = chatAs(runtime(), 'emily.carter@chv.fr', 'en-GB');
    let text = await chat.say('hi, my laptop doesnt see the 2nd screen anymore on the dock in A021');
    if (text.includes('Did this solve it?')) text = await chat.say('No');
    // A second screen lost holds up no care: that question is not asked; the way round, told anyway, is no question either.
    text = await answerUntil(chat, text, /patient care\?|Summary/, () => 'yes', 4);
    expect(text).not.toContain('patient care?');
    text = await chat.say('no, the screen thing no. I can work on the laptop screen');
    expect(text).not.toContain('Do you have a workaround');
    expect(text).toMatch(/Urgency: (low|medium)/);
    expect(text).toContain('Patient care affected: no');
  });
});

describe('news of a P1 that names the way round', () => {
  it('"info : le Dr Dumont lit l\'AVC direct sur la console du scanner en attendant…" goes to the PACS ticket, not a new scanner ticket', async () => {
    const chat = chatAs(runtime(), 'pauline.dumas@chv.fr');
    let text = await chat.say("bonjour, urgent svp : plus aucune image n'arrive dans le PACS depuis 20 min, ni du scanner ni de l'IRM ni des salles de radio. les radiologues voient rien, on a un AVC des urgences qui attend l'interprétation de son scanner cérébral et 2 autres patients derrière. toute l'imagerie est bloquée");
    text = await answerUntilSummary(chat, text);
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.priority).toBe('P1');
    text = await chat.say("info : le Dr Dumont lit l'AVC direct sur la console du scanner en attendant, mais pour l'IRM et la radio on peut rien faire");
    expect(text).not.toContain('autre problème');
    expect(text).toContain(ticket.number);
    expect(JSON.stringify(await runtime().services.tickets.events(ticket.id))).toContain('le Dr Dumont lit');
  });
});

describe('news of how far it reaches', () => {
  it('"eux non plus ont plus de wifi… donc c\'est tout le batiment E" widens the Wi-Fi ticket to the site without making the paper way round urgent', async () => {
    const chat = chatAs(runtime(), 'sabrina.fernandez@chv.fr');
    let text = await chat.say("bjr, plus de wifi dans tout le service logistique depuis ce matin (open space, accueil, cuisine relais). les tablettes de commande repas synchronisent plus du coup on a imprimé les listes de la veille et on fait au papier pr le service de midi. ça tient mais ce soir ça va etre chaud");
    text = await answerUntilSummary(chat, text);
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.priority).toBe('P2');
    await chat.say("je viens de croiser qqn de la DRH et de la direction financiere, eux non plus ont plus de wifi à leurs étages. donc c'est tout le batiment E je pense");
    const revised = await runtime().services.tickets.get(ticket.number);
    expect(revised.scope).toBe('site');
    expect(revised.urgency).toBe(ticket.urgency);
    expect(revised.priority).toBe('P2');
  });
});

describe('urgency said in plain words on the summary', () => {
  it('"it IS urgent, anyone could read my mails" and "urgent" alone correct the urgency', async () => {
    const chat = chatAs(runtime(), 'helene.aubert@chv.fr', 'en-GB');
    let text = await chat.say("Hello, I think I lost my work smartphone on the train this morning (iPhone, has Outlook, Teams and the unit managers' Teams group with staffing schedules). It has a PIN but still. Can you block it or wipe it remotely? thanks");
    expect(text).toContain('Did you click a link');
    text = await chat.say('no, none of that, I just lost the phone');
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Urgency: low');
    await chat.say(clickIntake('change'));
    text = await chat.say("it IS urgent, anyone could read my mails and the staff schedules until it's wiped");
    expect(text).toContain('Urgency: high');
    expect(text).not.toContain('added to the ticket');
    await chat.say(clickIntake('change'));
    await chat.say('not urgent');
    await chat.say(clickIntake('change'));
    expect(await chat.say('urgent')).toContain('Urgency: high');
  });
});

describe('a machine that recovered by itself', () => {
  it('"update: desk 3 finally finished by itself… works fine now" resolves the ticket; "so no need for anyone to come" withdraws it', async () => {
    const chat = chatAs(runtime(), 'anne.morel@chv.fr', 'en-GB');
    let text = await chat.say("Morning, the PC at admissions desk 3 has been stuck on 'Working on updates 30% don't turn off your computer' for over an hour. I moved to desk 5 which is free today so no rush, just so someone can sort it out before tomorrow when we're full staff");
    if (text.includes('Did this solve it?')) text = await chat.say('No');
    text = await answerUntil(chat, text, /Summary of your incident/, (t) => (/Which device|device number|label/.test(t) ? 'label says PC-ADM-0023' : 'yes'), 5);
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    await chat.say("update: desk 3 finally finished by itself, it's at the login screen and works fine now. sorry for the bother!");
    expect((await runtime().services.tickets.get(ticket.number)).status).toBe('resolved');
  });

  it('"so no need for anyone to come" withdraws the ticket held', async () => {
    const { withdrawsATicket } = await import('../../src/bot/add-to-ticket.js');
    expect(withdrawsATicket('so no need for anyone to come')).toBe(true);
    expect(withdrawsATicket("plus besoin que qqn passe, c'est reparti")).toBe(true);
  });
});

describe('the device taken back', () => {
  it('"oh wait sorry, wrong one - it\'s 0004 that\'s broken, 0003 is the one doing all the work now" takes BIO-LAB-0004', async () => {
    const chat = chatAs(runtime(), 'valerie.andre@chv.fr', 'en-GB');
    let text = await chat.say("hi, the sysmex on the technical platform keeps throwing an aspiration error and rejecting tubes since about 7am. we moved all the CBCs to the other sysmex so it's slower (ED results maybe 20-30 min later than usual) but we're coping. can biomed have a look today?");
    expect(text).toContain('BIO-LAB-0003');
    text = await chat.say('BIO-LAB-0003');
    text = await chat.say("oh wait sorry, wrong one - it's 0004 that's broken, 0003 is the one doing all the work now. affected = the whole lab team, it's our shared analyzer");
    expect(text).toContain('BIO-LAB-0004');
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Device: BIO-LAB-0004');
  });
});

describe('two problems numbered', () => {
  it('"2 soucis… 1) la dictée voxmed… 2) l\'imprimante du secrétariat bourre…" gets a ticket each', async () => {
    const chat = chatAs(runtime(), 'elodie.kaya@chv.fr');
    let text = await chat.say(`Bonjour, 2 soucis ce matin au secrétariat de la mater : 1) la dictée voxmed s'ouvre plus sur mon poste, ça me met "licence expirée" donc je peux pas taper les courriers de sortie (les médecins peuvent attendre cet aprem mais bon) 2) l'imprimante du secrétariat (la grosse lexmark) bourre toutes les 3-4 pages, j'arrive a imprimer en ouvrant le capot et en relançant mais c'est pénible. Merci`);
    expect(text).toMatch(/deux problèmes/);
    text = await answerUntilSummary(chat, text);
    const first = await ticketAnnounced(runtime(), (text = await chat.say(clickIntake('create'))));
    expect(first.category).not.toBe('printer');
    text = await answerUntilSummary(chat, text);
    const second = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(second.category).toBe('printer');
  });
});

describe('news told with a status question', () => {
  it('"ça en est où mon ticket outlook ? au fait c\'est pareil pour ma collègue Dr Picard et pour l\'interne…" widens the ticket and gives its status', async () => {
    const chat = chatAs(runtime(), 'remi.fontaine@chv.fr');
    let text = await chat.say("outlook ne recoit plus aucun mail depuis ce matin 8h sur mon portable, la boite d'envoi se remplit aussi. j'attends des CR de consult externes, rien de vital mais bon");
    if (text.includes('Cela a-t-il résolu')) text = await chat.say('non toujours rien');
    text = await answerUntilSummary(chat, text);
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.scope).toBe('single_user');
    text = await chat.say("ça en est où mon ticket outlook ? au fait c'est pareil pour ma collègue Dr Picard et pour l'interne, plus de mails non plus depuis ce matin, c'est peut etre tout le service");
    expect(text).toContain(ticket.number);
    const revised = await runtime().services.tickets.get(ticket.number);
    expect(revised.scope).not.toBe('single_user');
    expect(JSON.stringify(await runtime().services.tickets.events(ticket.id))).toContain('Dr Picard');
  });
});

describe('a first message that says nothing of the problem', () => {
  it('"bjr, ça marche plus du tout ici, on est bloqués" asks what the problem is instead of offering the USB key fiche', async () => {
    const chat = chatAs(runtime(), 'cedric.muller@chv.fr');
    let text = await chat.say('bjr, ça marche plus du tout ici, on est bloqués');
    expect(text).not.toContain('Clé USB');
    expect(text).not.toContain('fiche');
    text = await chat.say("c'est pharmatrace qui plante sur les 3 postes de la prépa, message erreur serveur au lancement. on peut plus libérer les chimios, l'hdj onco attend ses poches et y a déjà des patients installés en fauteuil depuis 9h");
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Type: Logiciel');
    expect(text).toContain('Priorité: P1');
  });
});

describe('a threat that spreads', () => {
  it('"update, it\'s spreading: 2 of the Barco reading consoles (PC-RAD-0510 and 0511) now show the same note…" widens the ransomware ticket waiting for a technician', () => {
    const ticket = { kind: 'incident', category: 'security', scope: 'single_user', urgency: 'high', patientCareImpact: false } as Ticket;
    const change = reassessmentTold(ticket, "update, it's spreading: 2 of the Barco reading consoles (PC-RAD-0510 and 0511) now show the same note. radiologists can't read anymore, there are emergency CTs from A&E waiting for interpretation. I've unplugged them too. pls escalate");
    expect(change?.scope).toBe('team');
    expect(change?.patientCareImpact).toBe(true);
  });
});

describe('the kind of problem corrected in words on the summary', () => {
  const threatRead = async (email: string) => {
    const chat = chatAs(runtime(), email);
    const text = await answerUntilSummary(chat, await chat.say("l'antivirus affiche menace détectée et pharmatrace se lance plus sur les postes de la prépa"));
    expect(text).toContain('Type: Sécurité');
    return chat;
  };

  it.each(["c'est pas un virus, c'est le logiciel pharmatrace qui plante", 'type logiciel, appli pharmatrace. pas sécurité'])('"%s" makes it a software problem', async (words) => {
    const chat = await threatRead('cedric.muller@chv.fr');
    const text = await answerUntilSummary(chat, await chat.say(words));
    expect(text).toContain('Type: Logiciel');
  });
});

describe('a way round on a colleague\'s machine', () => {
  it('"bof, je peux taper sur le poste de Mickaël quand il est en pause mais c\'est pas pratique" is a way round that bothers: medium', () => {
    expect(urgencyFromWorkaroundAnswer("bof, je peux taper sur le poste de Mickaël quand il est en pause mais c'est pas pratique")).toBe('medium');
  });
});
