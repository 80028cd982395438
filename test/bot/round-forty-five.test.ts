import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { understandText } from '../../src/triage/index.js';
import { parseYesNo } from '../../src/bot/intake/answers.js';
import { answerUntil, answerUntilSummary, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced, withdrawOpenTickets } from './chat-harness.js';

// Monday 30 November 2026, 10:00 in Paris.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-30T09:00:00Z')) });

describe('news while the ticket waits for a technician', () => {
  it('"re, maintenant c tout le service, plus personne a le DPI" widens the P1 ticket waiting for a technician, and still reaches the technician', async () => {
    const chat = chatAs(runtime(), 'yasmine.carre@chv.fr');
    let text = await chat.say('bjr le DPI rame a mort sur le chariot de soins, ça met 2 min pour ouvrir un dossier et la ca vient de planter. je dois valider mes administrations');
    text = await answerUntilSummary(chat, text);
    const created = await chat.say(clickIntake('create'));
    const ticket = await ticketAnnounced(runtime(), created);
    expect(created).toContain('technicien');
    expect(ticket.scope).toBe('single_user');
    text = await chat.say('re, maintenant c tout le service, plus personne a le DPI meme sur les pc fixes du poste. on voit plus les prescriptions, on ressort les feuilles papier de la proc degradée');
    expect(text).toContain('technicien');
    expect(text).toContain('tout le service');
    const revised = await runtime().services.tickets.get(ticket.number);
    expect(revised.scope).toBe('service');
    expect(revised.impact).toBe('critical');
    const events = await runtime().services.tickets.events(revised.id);
    expect(events.some((e) => e.kind === 'priority_changed' && JSON.stringify(e.data).includes('plus personne a le DPI'))).toBe(true);
  });
});

describe('the device told after the ticket', () => {
  const openDectTicket = async (chat: ReturnType<typeof chatAs>) => {
    let text = await chat.say("my dect wont switch on anymore, left it on the charger all evening and still dead. its the one with the red alarm button");
    text = await chat.say("no idea the label is rubbed off. took the spare one from the charger for tonight but it's a plain one, no alarm button, and I'm on my own on the 1st floor");
    expect(text).toContain('Gériatrie');
    text = await chat.say('yes');
    expect(text).toContain('Shall I create the ticket?');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.assetId).toBeNull();
    return ticket;
  };

  it('"found the label under the belt clip, it\'s DECT-GER-0104" puts the handset on the phone ticket just opened, no new incident', async () => {
    const chat = chatAs(runtime(), 'claire.moreau@chv.fr', 'en-GB');
    const ticket = await openDectTicket(chat);
    const before = (await runtime().services.tickets.list()).length;
    const text = await chat.say("found the label under the belt clip, it's DECT-GER-0104");
    expect(text).toContain('DECT-GER-0104');
    expect(text).toContain(ticket.number);
    expect(text).not.toMatch(/Who is affected|open an incident/);
    expect((await runtime().services.tickets.list()).length).toBe(before);
    const revised = await runtime().services.tickets.get(ticket.number);
    expect((await runtime().services.directory.findAsset('DECT-GER-0104'))?.id).toBe(revised.assetId);
    const events = await runtime().services.tickets.events(revised.id);
    expect(events.some((e) => e.kind === 'described' && JSON.stringify(e.data).includes('DECT-GER-0104'))).toBe(true);
  });

  it('"no no it\'s for the ticket you just made, just add the number" leaves the new form for the ticket held', async () => {
    const chat = chatAs(runtime(), 'claire.moreau@chv.fr', 'en-GB');
    const ticket = await openDectTicket(chat);
    const asked = await chat.say('another issue: the PC in the nurses office keeps freezing');
    expect(asked).toMatch(/\?/);
    const text = await chat.say(`no no it's for the ticket you just made, ${ticket.number}. just add the number`);
    expect(text).toContain(ticket.number);
    expect(text).not.toMatch(/didn't understand|Who is affected/);
  });
});

describe('a ticket that grows is weighed again as a whole', () => {
  const openWifiTicket = async (chat: ReturnType<typeof chatAs>) => {
    let text = await chat.say("hi, wifi keeps droping on my laptop in the lab meeting room D021 since yesterday, every 5 min it disconnects from CHV-PRO. i'm doing research data analysis so not urgent urgent but annoying");
    text = await answerUntilSummary(chat, text);
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.priority).toBe('P4');
    return ticket;
  };

  it('"now it\'s the whole lab!! … the ER is calling because results are late" is care held up and pressing, not just wider', async () => {
    const chat = chatAs(runtime(), 'valerie.andre@chv.fr', 'en-GB');
    const ticket = await openWifiTicket(chat);
    const text = await chat.say("re - now it's the whole lab!! nobody has wifi on the D floor, the sample reception tablets are offline too, they're registering tubes by hand and the ER is calling because results are late");
    expect(text).toContain(ticket.number);
    const revised = await runtime().services.tickets.get(ticket.number);
    expect(revised).toMatchObject({ scope: 'service', patientCareImpact: true, priority: 'P1' });
  });

  it('"P3?? ER patients are waiting for their lab results because of this, it\'s patient care" counts on the ticket held, not only as a plea', async () => {
    const chat = chatAs(runtime(), 'valerie.andre@chv.fr', 'en-GB');
    const ticket = await openWifiTicket(chat);
    await runtime().services.tickets.reassess(ticket.number, { scope: 'service' }, { by: 'valerie.andre@chv.fr', kind: 'user' }, 'the requester added: the whole lab');
    const text = await chat.say("P3?? ER patients are waiting for their lab results because of this, it's patient care");
    expect(text).toContain('technician');
    expect((await runtime().services.tickets.get(ticket.number))).toMatchObject({ patientCareImpact: true, priority: 'P1' });
  });
});

describe('a request whose writer changes her mind', () => {
  it('"il me faudrait R et RStudio installés sur mon portable" is an install request, not an incident', async () => {
    const chat = chatAs(runtime(), 'karine.martin@chv.fr');
    const text = await chat.say("Bonjour, il me faudrait R et RStudio installés sur mon portable pour mes analyses de l'étude PHRC, idéalement avant le 14/12. je suis pas admin du poste");
    expect(text).not.toContain('patients');
    expect(text).not.toContain('incident');
  });

  it('"si vous avez une licence SPSS je prendrais plutôt SPSS... non laissez tomber, R ça ira très bien" cancels nothing', async () => {
    const chat = chatAs(runtime(), 'karine.martin@chv.fr');
    await chat.say("Bonjour, il me faudrait R et RStudio installés sur mon portable pour mes analyses, avant le 14/12");
    const text = await chat.say("ah et en fait si vous avez une licence SPSS je prendrais plutôt SPSS... non laissez tomber, R ça ira très bien");
    expect(text).not.toContain('annulé');
  });

  it('"euh non j\'ai rien annulé !" right after a cancel takes the form up again from its problem', async () => {
    const chat = chatAs(runtime(), 'karine.martin@chv.fr');
    expect(await chat.say('le logiciel du labo plante à chaque validation de résultat depuis ce matin')).toContain('Je crée le ticket ?');
    expect(await chat.say('annule')).toContain('annulé');
    const text = await chat.say("euh non j'ai rien annulé ! il plante toujours");
    expect(text).toContain('Je reprends');
    expect(text).toContain('plante à chaque validation');
    expect(text).toContain('Je crée le ticket ?');
    // Only just after the cancel: later, the words are a message like any other.
    expect(await chat.say("j'ai rien annulé")).not.toContain('Je reprends');
  });
});

describe('another problem while waiting for a technician', () => {
  const openP1WithTechnician = async (chat: ReturnType<typeof chatAs>) => {
    let text = await chat.say('bjr le DPI rame a mort sur le chariot de soins, ça met 2 min pour ouvrir un dossier et la ca vient de planter. je dois valider mes administrations');
    text = await answerUntilSummary(chat, text);
    const created = await chat.say(clickIntake('create'));
    expect(created).toContain('technicien');
    return ticketAnnounced(runtime(), created);
  };

  it('"ok merci. maintenant l\'imprimante du poste de soins bourre à chaque page" starts a printer ticket instead of going to the DPI technician', async () => {
    const chat = chatAs(runtime(), 'yasmine.carre@chv.fr');
    const first = await openP1WithTechnician(chat);
    let text = await chat.say("ok merci. maintenant l'imprimante du poste de soins bourre à chaque page, on imprime sur celle du bureau cadre en attendant");
    expect(text).toContain('autre problème');
    expect(text).not.toContain('transmis au technicien');
    text = await answerUntilSummary(chat, text);
    const second = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(second.number).not.toBe(first.number);
    expect(second.category).toBe('printer');
    expect((await runtime().services.tickets.get(first.number)).description).not.toContain('imprimante');
  });

  it('"non c\'est pour un NOUVEAU ticket" after the words were passed on brings them into a new intake', async () => {
    const chat = chatAs(runtime(), 'yasmine.carre@chv.fr');
    await openP1WithTechnician(chat);
    expect(await chat.say('et le code de la porte de la réserve a changé, personne ne nous a prévenus')).toContain('transmis au technicien');
    const text = await chat.say("non ça c'est pour un NOUVEAU ticket, ça n'a rien à voir avec le DPI");
    expect(text).toContain('autre problème');
    expect(text).not.toContain('transmis au technicien');
    expect(text).toMatch(/\?/);
  });
});

describe('two problems in one message', () => {
  it('"2 things: cristal-net says my account has expired… Also the big printer in the secretariat jams" makes two tickets, one after the other', async () => {
    const chat = chatAs(runtime(), 'tom.whitaker@chv.fr', 'en-GB');
    let text = await chat.say("Hi, locum obstetrician here (maternity). 2 things: cristal-net says my account has expired since this morning, my contract was extended to 31 Dec, I have antenatal clinic at 2pm and can't see any patient file. Also the big printer in the maternity secretariat jams on every single page");
    expect(text).toContain('two problems');
    text = await answerUntilSummary(chat, text);
    expect(text.slice(text.indexOf('Summary of your incident'))).not.toContain('printer in the maternity');
    let created = await chat.say(clickIntake('create'));
    const first = await ticketAnnounced(runtime(), created);
    expect(first.description).not.toContain('printer');
    expect(created).toContain('Now the second problem');
    text = await answerUntilSummary(chat, created);
    created = await chat.say(clickIntake('create'));
    const tickets = (await runtime().services.tickets.list()).filter((t) => t.requester === 'tom.whitaker@chv.fr');
    const second = tickets.find((t) => t.number !== first.number)!;
    expect(second.category).toBe('printer');
    expect(second.description).toContain('printer');
  });
});

describe('one locked account on the unit\'s PCs', () => {
  it('"jarrive pas a me connecter sur les pc du service, ca me dit mot de passe expiré…" is one person\'s access, and gets the password fiche first', async () => {
    const message = 'jarrive pas a me connecter sur les pc du service, ca me dit mot de passe expiré et quand je le change ca me dit que le nouveau respecte pas les regles alors que si';
    const fields = understandText(message).fields!;
    expect(fields.category.value).toBe('access');
    expect(fields.scope.value).toBe('single_user');
    const chat = chatAs(runtime(), 'stephane.martinez@chv.fr');
    const text = await chat.say(message);
    expect(text).toContain('Mot de passe Windows oublié ou expiré');
    expect(text).toContain('12 caractères');
  });
});

describe('another thing told while a technician is asked for', () => {
  it('"ok. meanwhile another thing, the bracelet printer at my guichet prints blank wristbands" gets its own intake, the GAM ticket keeps its subject', async () => {
    const chat = chatAs(runtime(), 'anne.morel@chv.fr', 'en-GB');
    const asked = await chat.say('hello can i speak to a real person please, not a bot. its about GAM');
    const first = await ticketAnnounced(runtime(), asked);
    const text = await chat.say("ok. meanwhile another thing, the bracelet printer at my guichet is printing blank wristbands since 10min, patients are queuing. im using my neighbours printer for now but its a pain");
    expect(text).not.toContain(`added to ticket ${first.number}`);
    expect(text).toMatch(/\?/);
    expect((await runtime().services.tickets.get(first.number)).category).not.toBe('printer');
  });
});

describe('the delivery room Wi-Fi, from the 46th round', () => {
  it('"non on note sur papier et on ressaisit au poste de soins apres, mais c\'est du boulot en double" is a way round that costs (medium), and "ça remarche tout seul… laissez tomber" resolves the ticket just opened', async () => {
    const chat = chatAs(runtime(), 'jerome.denis@chv.fr');
    let text = await chat.say('le wifi marche pas en salle de naissance 2!!! le chariot perd la connexion toutes les 2 min, impossible de valider dans cristal net. c la 3e fois ce mois ci');
    text = await answerUntil(chat, text, /Je crée le ticket/, (q) =>
      /Qui est touché/.test(q) ? 'ben tout le monde qui bosse en salle 2, le chariot est partagé. en salle 1 et 3 ça va'
        : /prise en charge des patients/.test(q) ? "non on note sur papier et on ressaisit au poste de soins apres, mais c'est du boulot en double" : 'oui');
    expect(text).toContain('Urgence: moyenne');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    text = await chat.say('bon ben là ça remarche tout seul, le chariot tient la connexion depuis 20 min. laissez tomber');
    expect(text).toContain(ticket.number);
    expect((await runtime().services.tickets.get(ticket.number)).status).toBe('resolved');
  });
});

describe('the ER carts, from the 46th round', () => {
  it('"le papier, je viens de vous le dire… mais ça va pas tenir" answers the workaround question, and "soins impactés NON ?? si évidemment, les patients attendent…" corrects care along with who is affected', async () => {
    // The ICU's DPI ticket of the first test is dealt with: the same slowness here would go on it.
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'oceane.charpentier@chv.fr');
    let text = await chat.say('cristal net rame a mort sur les 2 chariots du poste de soins, ca fige des qu\'on ouvre le plan de soins, on est repassés en papier pr les prescriptions');
    text = await answerUntil(chat, text, /Je crée le ticket/, (q) =>
      /solution de contournement/.test(q) ? 'le papier, je viens de vous le dire... mais ça va pas tenir toute la journée'
        : /prise en charge des patients/.test(q) ? 'non' : 'oui');
    expect(text).not.toContain("Je n'ai pas compris");
    expect(text).toContain('Urgence: moyenne');
    text = await chat.say("soins impactés NON ?? si évidemment, les patients attendent leurs traitements. et c'est que les 2 chariots, pas tout le service (pour l'instant)");
    expect(text).toContain('Soins impactés: oui');
    expect(text).not.toContain('Personnes touchées: tout le service');
  });
});

describe('news of the ticket just opened that changes no field', () => {
  it('"update: walked it again, it\'s only at the end of the corridor, rooms 5 and 6" goes on the Wi-Fi ticket, no new incident', async () => {
    const chat = chatAs(runtime(), 'florence.petit@chv.fr', 'en-GB');
    let text = await chat.say("hi, night shift at tilleuls 1st floor. both care carts keep losing wifi during the round, cristal-net disconnects every 5 min. we go back to the station to chart, its a pain");
    text = await answerUntilSummary(chat, text);
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    const before = (await runtime().services.tickets.list()).length;
    text = await chat.say("update: walked it again, it's only at the end of the corridor, rooms 5 and 6. near the station the wifi is fine");
    expect(text).toContain(ticket.number);
    expect(text).not.toContain('open an incident');
    expect((await runtime().services.tickets.list()).length).toBe(before);
    const events = await runtime().services.tickets.events(ticket.id);
    expect(events.some((e) => e.kind === 'message' && JSON.stringify(e.data).includes('rooms 5 and 6'))).toBe(true);
  });
});

describe('the kind of problem corrected in the user\'s words', () => {
  it('"I\'m at the nurses station, not in my office. and it\'s a rights problem on my account I think, not a bug" moves the place and makes it access', async () => {
    const chat = chatAs(runtime(), 'kenji.sato@chv.fr', 'en-GB');
    let text = await chat.say("I'm the on-call intern in maternity tonight, I can log into cristal-net but when I try to prescribe it says 'profil non autorisé'. I have a patient who needs an antihypertensive now");
    text = await answerUntilSummary(chat, text);
    text = await chat.say("I'm at the nurses station, not in my office. and it's a rights problem on my account I think, not a bug");
    expect(text).toContain('Poste de soins');
    expect(text).toContain('Type: Password, account, CPS card');
  });
});

describe('a safety question while security is on its way', () => {
  it('"ma collègue demande si elle doit appeler le numéro qui s\'affiche, c\'est marqué support microsoft" is answered at once: never call it', async () => {
    const chat = chatAs(runtime(), 'lucie.berger@chv.fr');
    let text = await chat.say("bonjour, sur le pc du guichet 4 y a des fenetres bizarres qui s'ouvrent toutes seules, genre votre ordinateur est infecté appelez ce numéro, avec un bruit d'alarme. c'est le pc qu'on se partage entre collègues");
    text = await answerUntilSummary(chat, text);
    const created = await chat.say(clickIntake('create'));
    expect(created).toContain('technicien');
    text = await chat.say("ma collègue demande si elle doit appeler le numéro qui s'affiche, c'est marqué support microsoft");
    expect(text).toContain("N'appelez surtout pas ce numéro");
    expect(text).toContain('transmis au technicien');
    text = await chat.say('on le laisse allumé ?');
    expect(text).toContain('Laissez le poste allumé');
  });
});

describe('a room corrected in the reply to a fiche', () => {
  it('"non on l\'a deja redemarré 2 fois. ah non pardon c\'est en salle 3 pas en salle 2" takes room 3', async () => {
    const chat = chatAs(runtime(), 'pauline.dumas@chv.fr');
    const fiche = await chat.say("bjr, le dect de la salle d'examen 2 recoit plus les appels depuis ce matin, ça sonne pas du tout, on rate les appels des services. on passe par le fixe mural en attendant");
    expect(fiche).toContain('Cela a-t-il résolu le problème ?');
    let text = await chat.say("non on l'a deja redemarré 2 fois. ah non pardon c'est en salle 3 pas en salle 2, l'echo");
    text = await answerUntilSummary(chat, text);
    expect(text).toContain("Salle d'examen 3");
    expect(text).not.toContain("Salle d'examen 2");
  });
});

describe('an answer after a question asked back', () => {
  it('"do I really have to spell it out? yes it delays care" is a yes', () => {
    expect(parseYesNo('do I really have to spell it out? yes it delays care')).toMatchObject({ value: true });
    expect(parseYesNo('what do you think? a critical lab result that cannot reach the doctor?')).toBeUndefined();
  });
});
