import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { answerUntilSummary, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';

// Monday 30 November 2026, 1:50 in Paris: the night shift.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-30T00:50:00Z')) });

describe('a phishing told by an intern on call', () => {
  it('is placed where the writer is, not at the department the e-mail claims to come from, and is one person\'s', async () => {
    const chat = chatAs(runtime(), 'xavier.dupuis@chv.fr');
    let text = await chat.say("jai fait une connerie je crois. recu un mail 'document partagé DocuSign' de la DRH, j'ai cliqué et tapé mon mdp windows dans la page. je suis interne de garde en mater");
    for (let turn = 0; turn < 4 && !text.includes('Résumé de votre incident'); turn++) text = await chat.say('non');
    expect(text).toContain('Lieu: Maternité');
    expect(text).not.toContain('ressources humaines');
    expect(text).toContain('Personnes touchées: une personne');
  });

  it('"y a que moi qui ai cliqué" in a correction that also moves the place makes it one person\'s', async () => {
    const chat = chatAs(runtime(), 'xavier.dupuis@chv.fr');
    let text = await chat.say("j'ai reçu un mail bizarre de la DRH, j'ai ouvert la pièce jointe et je l'ai enregistrée sur le partage");
    for (let turn = 0; turn < 4 && !text.includes('Résumé de votre incident'); turn++) text = await chat.say('non');
    expect(text).toContain('Personnes touchées: tout le service');
    await chat.say(clickIntake('change'));
    text = await chat.say("je suis pas a la DRH, c'est le mail qui venait soi-disant de la DRH. je suis en maternité, bureau des internes C121. et y a que moi qui ai cliqué");
    expect(text).toContain('Personnes touchées: une personne');
    expect(text).toContain('C121');
  });
});

describe('a locum locked out of the patient record', () => {
  it('"I can still log into windows" is no way round: "only senior here, cant prescribe anything" is patient care held up, P1 on the first summary', async () => {
    const chat = chatAs(runtime(), 'james.oneill@chv.fr', 'en-GB');
    let text = await chat.say('hi, locum in ED tonight. cant log in to the patient record (cristal net), says account expired. I can still log into windows');
    if (text.includes('Here is the guide')) {
      text = await chat.say("no. windows pw is fine, its cristal net itself saying 'compte expiré'. my contract started friday, maybe they set the end date wrong? I'm the only senior here till 8, cant prescribe anything");
    }
    for (let turn = 0; turn < 4 && !text.includes('Summary of your incident'); turn++) text = await chat.say('yes');
    expect(text).toContain('Patient care affected: yes');
    expect(text).toContain('Priority: P1');
  });
});

describe('a file restore the whole HR team needs', () => {
  const restore =
    "Bonjour, j'ai supprimé par erreur un fichier excel sur le lecteur partagé RH (S:\\DRH\\Recrutement\\suivi_recrutements_2026.xlsx) hier vers 17h. la corbeille est vide. c'est possible de le restaurer ? toute l'équipe RH s'en sert, on en a besoin pour la commission de jeudi";

  it('weighs as the team\'s request (P3, shown on the summary); "vous pouvez pas le passer plus haut ?" after its status goes on it and asks a technician', async () => {
    const chat = chatAs(runtime(), 'nadia.brun@chv.fr');
    let text = await chat.say(restore);
    expect(text).toContain('Personnes touchées: une équipe');
    expect(text).toContain('Priorité: P3');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.priority).toBe('P3');
    expect(await chat.say("merci. et du coup il en est où mon ticket pour le fichier ? qqn l'a pris ?")).toContain(ticket.number);
    const before = (await runtime().services.tickets.list()).length;
    text = await chat.say("P4 ?? mais c'est pas que moi, on est 6 à la DRH à bosser dessus. vous pouvez pas le passer plus haut ?");
    expect(text).toContain(`ajouté au ticket ${ticket.number}`);
    expect(text).toContain('technicien');
    expect(text).not.toContain('Je vais ouvrir un incident');
    expect((await runtime().services.tickets.list()).length).toBe(before);
    expect(JSON.stringify(await runtime().services.tickets.events(ticket.id))).toContain('on est 6 à la DRH');
  });

  it('"non non c\'est pas un nouveau pb, je parle du ticket REQ-…" leaves the form under way for that ticket\'s status', async () => {
    const chat = chatAs(runtime(), 'nadia.brun@chv.fr');
    const ticket = await ticketAnnounced(runtime(), await answerUntilSummaryThenCreate(chat, restore));
    const before = (await runtime().services.tickets.list()).length;
    expect(await chat.say("l'imprimante du bureau bourre tout le temps")).not.toContain(ticket.number);
    const text = await chat.say(`non non c'est pas un nouveau pb, je parle du ticket ${ticket.number} pour le fichier supprimé`);
    expect(text).toContain(ticket.number);
    expect(text).toMatch(/État : nouveau/);
    expect(await chat.say('merci')).not.toContain('Résumé');
    expect((await runtime().services.tickets.list()).length).toBe(before);
  });
});

async function answerUntilSummaryThenCreate(chat: { say(text: unknown): Promise<string> }, first: string): Promise<string> {
  let text = await chat.say(first);
  for (let turn = 0; turn < 4 && !text.includes('Résumé de votre'); turn++) text = await chat.say('oui');
  return chat.say(clickIntake('create'));
}

describe('a secretary who sets the printer aside after its fiche', () => {
  it('"laissez tomber l\'imprimante, en fait elle marche, c\'est le DPI qui plante" is a software problem; "je peux aller sur le poste de mickael… mais bon" is a way round', async () => {
    const chat = chatAs(runtime(), 'corinne.traore@chv.fr');
    expect(await chat.say("bonjour l'imprimante du secrétariat fait n'importe quoi")).toContain('Voici la fiche');
    let text = await chat.say("non attendez laissez tomber l'imprimante, en fait elle marche, c'est le DPI qui plante quand j'ouvre un courrier à taper. il se ferme tout seul avec un message d'erreur. sur le pc de mickaël ça marche");
    for (let turn = 0; turn < 6 && !text.includes('Résumé de votre incident'); turn++) {
      if (text.includes('contournement')) {
        text = await chat.say('je peux aller sur le poste de mickael quand il est pas là mais bon');
        expect(text).not.toContain("Je n'ai pas compris");
      } else text = await chat.say(/numéro de l'appareil/.test(text) ? 'c\'est le PC-NEURO-0154' : 'non');
    }
    expect(text).toContain('Type: Logiciel');
    expect(text).not.toContain('Type: Imprimante');
  });
});

describe('a radiology secretary whose copier no longer scans', () => {
  it('"impossible de scanner les bons d\'examen" raises no biomedical alarm and no P1', async () => {
    const chat = chatAs(runtime(), 'alice.meunier@chv.fr');
    const text = await chat.say("le scanner marche plus depuis ce matin, impossible de scanner les bons d'examen");
    expect(text).not.toContain('Un patient est en jeu');
    expect(text).not.toContain('5100');
    expect(text).not.toContain('Priorité: P1');
  });
});

describe('a lab technician put on the lab\'s open outage', () => {
  it('"ok merci. qqn est dessus la ?" is answered with that ticket\'s state, not with an offer of a new ticket', async () => {
    const first = chatAs(runtime(), 'quentin.berger@chv.fr');
    let text = await first.say('Urgent : le SIL répond plus depuis 10 min sur tous les postes du plateau technique, on peut plus valider aucun résultat, les urgences attendent');
    for (let turn = 0; turn < 5 && !text.includes('Résumé de votre incident'); turn++) text = await first.say('oui');
    const ticket = await ticketAnnounced(runtime(), await first.say(clickIntake('create')));

    const second = chatAs(runtime(), 'quentin.poirier@chv.fr');
    text = await second.say('Bonjour, labo de garde. Le SIL est planté depuis 20 min, plus aucun résultat ne part vers le DPI et on peut plus valider. Ni sur mon poste ni sur les autres du plateau. Les urgences attendent des tropo et des K+');
    expect(text).toContain(ticket.number);
    text = await second.say('ok merci. qqn est dessus la ? on fait comment en attendant, on repasse en mode dégradé papier ?');
    expect(text).toContain(ticket.number);
    expect(text).not.toContain('Voulez-vous que j\'ouvre un ticket');
  });
});

describe('a radiographer whose printer jams, printing at the secretariat meanwhile', () => {
  it('does not propose the secretariat\'s printer, named as the way round', async () => {
    const chat = chatAs(runtime(), 'emilie.brun@chv.fr');
    expect(await chat.say("slt, l'imprimante de la salle d'interprét fait bourrage en boucle, j'ai tout ouvert rien de coincé. pas grave on imprime au secretariat, ça peut attendre l'équipe de jour")).toContain('Voici la fiche');
    const text = await chat.say('non, déjà fait tout ça');
    expect(text).not.toContain("S'agit-il de PRN-RAD-0010");
  });
});

describe('a secretary chasing her printer ticket (38th round)', () => {
  it('"on peut pas accélérer ?" after its status, and "je veux relancer le ticket INC-…" in a new conversation, go on the ticket and ask a technician', async () => {
    const chat = chatAs(runtime(), 'agnes.renaud@chv.fr');
    let text = await chat.say('bjr, la kyocera du secrétariat cardio fait des traces noires sur toutes les pages, les courriers sont pas présentables');
    for (let turn = 0; turn < 6 && !text.includes('Résumé de votre incident'); turn++) {
      text = await chat.say(/fiche/.test(text) ? 'non' : /type de problème/.test(text) ? "l'imprimante" : /contournement/.test(text) ? "oui, mais c'est gênant" : /Qui est touché/.test(text) ? 'les 2 secrétaires' : 'oui');
    }
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    const before = (await runtime().services.tickets.list()).length;
    expect(await chat.say("re, vous avez des nouvelles pour l'imprimante du secrétariat ? personne est passé")).toContain(ticket.number);
    text = await chat.say("ok donc faut attendre midi c'est ça ? on peut pas accélérer, j'ai les courriers de sortie à envoyer");
    expect(text).toContain(`ajouté au ticket ${ticket.number}`);
    // Another day, another conversation: the ticket named.
    const later = chatAs(runtime(), 'agnes.renaud@chv.fr');
    text = await later.say(`je veux relancer le ticket ${ticket.number} svp`);
    expect(text).not.toContain('Je vais ouvrir');
    expect(JSON.stringify(await runtime().services.tickets.events(ticket.id))).toContain('je veux relancer le ticket');
    expect((await runtime().services.tickets.list()).length).toBe(before);
  });
});

describe('a theatre nurse whose DECT drops (38th round)', () => {
  it('"colleagues can call me on the OR wall phone" answers the care question; it asks for no technician', async () => {
    const chat = chatAs(runtime(), 'guillaume.leroy@chv.fr', 'en-GB');
    let text = await chat.say("hi, my dect keeps losing signal in OR 2, shows 'no system' every few min. it's the d63 one, 0103");
    for (let turn = 0; turn < 3 && !/patient care/.test(text); turn++) text = await chat.say('yes');
    text = await chat.say('not really, colleagues can call me on the OR wall phone. just annoying');
    expect(text).not.toContain("I'm putting you in touch");
    for (let turn = 0; turn < 3 && !text.includes('Summary of your incident'); turn++) text = await chat.say('yes but it is a nuisance');
    expect(text).toContain('Device: DECT-BLOC-0103');
  });
});

describe('a doctor whose laptop charges again (38th round)', () => {
  it('"can you cancel the ticket?" right after it was created cancels it, recorded as the requester\'s; a second ask says it is done', async () => {
    const chat = chatAs(runtime(), 'hannah.schulz@chv.fr', 'en-GB');
    let text = await answerUntilSummary(chat, await chat.say("the laptop won't charge anymore, battery at 4% and the charger light doesn't come on. tried another plug"));
    expect(text).toContain('Summary of your incident');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    text = await chat.say("oh wait sorry, the cable was loose in the power brick, it's charging now. can you cancel the ticket?");
    expect(text).toContain(`ticket ${ticket.number} is cancelled`);
    expect((await runtime().services.tickets.get(ticket.number)).status).toBe('cancelled');
    expect(JSON.stringify(await runtime().services.tickets.events(ticket.id))).toContain('withdrawn by the requester');
    expect(await chat.say(`ok. then please close my ticket ${ticket.number}, it's fixed`)).toContain('already cancelled');
  });

  it('is refused to someone who is not the requester, and "annule" in a form still cancels the form', async () => {
    const owner = chatAs(runtime(), 'corinne.traore@chv.fr');
    const text = await answerUntilSummary(owner, await owner.say('la souris du PC du secrétariat ne marche plus, pas urgent'));
    expect(text).toContain('Résumé de votre incident');
    const ticket = await ticketAnnounced(runtime(), await owner.say(clickIntake('create')));
    const other = chatAs(runtime(), 'agnes.renaud@chv.fr');
    expect(await other.say(`annulez le ticket ${ticket.number} svp`)).toContain("Je ne peux annuler que vos propres tickets");
    expect((await runtime().services.tickets.get(ticket.number)).status).not.toBe('cancelled');
    await other.say("l'écran de mon PC clignote");
    expect(await other.say('annule')).not.toContain('ticket');
  });
});

describe('a ward manager asking whether the request needs the portal form too (38th round)', () => {
  it('"je dois quand même remplir la fiche sur le portail ou le ticket suffit ?" is answered: the ticket is the request', async () => {
    const chat = chatAs(runtime(), 'clemence.lebrun@chv.fr');
    const text = await answerUntilSummary(chat, await chat.say("j'ai un nouvel interne qui arrive lundi 7/12 en chir visc, Thomas Bellanger. il lui faut un compte windows et le DPI"));
    expect(text).toContain('Résumé de votre demande');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    const reply = await chat.say('ok merci. du coup je dois quand même remplir la fiche sur le portail ou le ticket suffit ?');
    expect(reply).toContain(`Le ticket ${ticket.number} suffit`);
    expect(reply).not.toContain('Je vais ouvrir un incident');
  });
});

describe('a porter who lost her badge (38th round)', () => {
  it('is told to have it blocked and to get a temporary one, not to wipe a device or whether she clicked a link; urgent, P3', async () => {
    const chat = chatAs(runtime(), 'melanie.besson@chv.fr');
    const text = await chat.say('bonjour jai perdu mon badge hier soir en fin de poste, je peux plus passer les portes ni me connecter sur les pc avec. il faut le bloquer non?');
    expect(text).toContain('badge provisoire');
    expect(text).not.toContain('effacé à distance');
    expect(text).not.toContain('Avez-vous cliqué');
    expect(text).toContain('Urgence: haute');
    expect(text).toContain('Priorité: P3');
  });
});

describe('asking to withdraw a ticket, and telling of one closed', () => {
  it('"vous avez fermé mon ticket alors que…" and "my ticket was closed but…" tell of a ticket closed; they withdraw nothing', async () => {
    const { withdrawsATicket } = await import('../../src/bot/add-to-ticket.js');
    expect(withdrawsATicket('vous avez fermé mon ticket alors que ça marche toujours pas')).toBe(false);
    expect(withdrawsATicket("my ticket was closed but it's still broken")).toBe(false);
    expect(withdrawsATicket('can you cancel the ticket?')).toBe(true);
    expect(withdrawsATicket('annulez ma demande REQ-2026-000001 svp')).toBe(true);
  });
});

describe('an assistant reporting for the director (38th round)', () => {
  it('her own PC lent as the way round does not replace his; "il la faut avant 14h" is due today: urgent', async () => {
    const chat = chatAs(runtime(), 'audrey.mendes@chv.fr');
    expect(await chat.say('Bonjour, je vous écris pour M. Fernandez (DG) : son PC fait un écran bleu au démarrage et redémarre en boucle. Il a le conseil de surveillance à 14h et sa présentation est dessus')).toContain('Voici la fiche');
    await chat.say("non j'ai déjà fait tout ça, il y a écrit INACCESSIBLE_BOOT_DEVICE et ça reboucle");
    await chat.say("non c'est pas le mien, c'est le PC de M. Fernandez dans son bureau (E305)");
    const text = await chat.say('il peut utiliser mon poste pour ses mails mais sa présentation est sur son disque, il la faut avant 14h');
    expect(text).toContain('Appareil: PC-DIR-0960');
    expect(text).toContain('Urgence: haute');
  });
});

describe('asking for a person in the middle of a form (38th round)', () => {
  it('the ticket opened for the technician keeps the device confirmed, its place and the kind of problem', async () => {
    const chat = chatAs(runtime(), 'guillaume.leroy@chv.fr', 'en-GB');
    let text = await chat.say("hi, my dect keeps losing signal in OR 2, shows 'no system' every few min. it's the d63 one, 0103");
    expect(text).toContain('DECT-BLOC-0103');
    text = await chat.say('yes');
    text = await chat.say('I want to talk to a technician');
    expect(text).toContain("I'm putting you in touch");
    const tickets = await runtime().services.tickets.list({ requesterIds: [(await runtime().services.directory.findUserByEmail('guillaume.leroy@chv.fr'))!.id] });
    const opened = tickets.find((ticket) => ticket.title.includes('no system'))!;
    expect(opened.assetId).toBe((await runtime().services.directory.findAsset('DECT-BLOC-0103'))?.id);
    expect(opened.category).toBe('phone');
  });
});

describe('a porter who found a USB stick (39th round)', () => {
  it('is told not to plug it in anywhere, at once and when he asks again; a stick already plugged in gets the other advice', async () => {
    const chat = chatAs(runtime(), 'maxime.duval@chv.fr');
    let text = await chat.say("jai trouvé une clé usb par terre dans l'ascenseur du batiment B en ramenant un patient. je la branche sur le pc du service pour voir a qui elle est ?");
    expect(text).toContain('Ne branchez cette clé sur aucun poste');
    expect(text).not.toContain('donné votre mot de passe');
    for (let turn = 0; turn < 3 && !text.includes('Résumé de votre incident'); turn++) text = await chat.say('non');
    expect(await chat.say("mais du coup je la branche ou pas ? et j'en fais quoi de la clé")).toContain('Ne branchez cette clé sur aucun poste');
    const other = chatAs(runtime(), 'quentin.berger@chv.fr');
    expect(await other.say("clé USB trouvée dans la salle de pause, une collègue l'a branchée sur le PC de la paillasse avant qu'on l'arrête")).not.toContain('Ne branchez cette clé sur aucun poste');
  });
});

describe('follow-ups after a ticket (39th round)', () => {
  it('"c\'est prévu quand ? qqn passe aujourd\'hui ?" gets the ticket\'s state; "laissez tomber, ma collègue l\'a retrouvé" withdraws it', async () => {
    const chat = chatAs(runtime(), 'emma.nguyen@chv.fr');
    const text = await answerUntilSummary(chat, await chat.say('bjr le lecteur de carte vitale de mon poste ne lit plus rien (ni vitale ni CPS), voyant éteint. je saisis les patients à la main en attendant'));
    expect(text).toContain('Résumé de votre incident');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    const status = await chat.say("c'est prévu quand pour mon lecteur ? qqn passe aujourd'hui ?");
    expect(status).toContain(ticket.number);
    expect(status).not.toContain('ajouté au ticket');
    // It works again: resolved, so the fault stays on record (43rd round), not cancelled.
    expect(await chat.say('laissez tomber, ma collègue a trouvé : il était débranché derrière, ça remarche. désolé du dérangement')).toContain('résolu');
    expect((await runtime().services.tickets.get(ticket.number)).status).toBe('resolved');
  });

  it('"non c\'est pour le ticket que je viens d\'ouvrir, ajoutez juste l\'info" leaves the new form and adds the detail to that ticket', async () => {
    const chat = chatAs(runtime(), 'lucie.dumas@chv.fr');
    const text = await answerUntilSummary(chat, await chat.say("bonjour, l'imprimante du secrétariat imagerie n'imprime plus les convocs, ça reste bloqué en file d'attente. on est 2 dessus avec ma collègue"));
    expect(text).toContain('Résumé de votre incident');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    const before = (await runtime().services.tickets.list()).length;
    await chat.say("ah et je précise : les étiquettes de l'autre bac sortent bien, c'est seulement le bac 2 papier A4 qui marche pas");
    expect(await chat.say("non c'est pour le ticket que je viens d'ouvrir, ajoutez juste l'info svp")).toContain(`ajouté au ticket ${ticket.number}`);
    expect(JSON.stringify(await runtime().services.tickets.events(ticket.id))).toContain('bac 2 papier A4');
    expect((await runtime().services.tickets.list()).length).toBe(before);
  });
});

describe('all three label printers of the lab down (39th round)', () => {
  it('"les 3 je t\'ai dit" to "which device?" means all of them: no device is forced, and the question is not asked again', async () => {
    const chat = chatAs(runtime(), 'quentin.poirier@chv.fr');
    let text = await chat.say("les imprimantes a étiquettes du plateau technique impriment plus rien, les 3 zebra. on peut plus étiqueter les tubes, on a des bilans des urgences qui attendent");
    if (text.includes("De quel appareil s'agit-il ?")) text = await chat.say("les 3 je t'ai dit");
    expect(text).not.toContain('Je ne trouve pas l\'appareil');
    expect(text).not.toContain("De quel appareil s'agit-il ?");
  });
});
