import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { answerUntil, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';

// Monday 30 November 2026, 22:30 in Paris.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-30T21:30:00Z')) });

describe('round sixty-five, questions that are not breakdowns', () => {
  it('"mon mdp expire dans 3 jours, comment on le change ? j\'ai pas envie d\'être bloquée" gets the password guide, not an incident', async () => {
    const chat = chatAs(runtime(), 'celine.joly@chv.fr');
    const text = await chat.say("coucou, j'ai un message qui dit que mon mdp expire dans 3 jours, comment on le change ? j'ai pas envie d'être bloquée en pleine garde");
    expect(text).toContain('Mot de passe Windows oublié ou expiré');
    expect(text).not.toContain('Je vais ouvrir un incident');
  });

  it('"non mais c\'est pas une panne, je veux juste savoir comment…" in the middle of the form answers the question and opens nothing', async () => {
    const chat = chatAs(runtime(), 'jerome.fontaine@chv.fr');
    await chat.say("mon outlook m'affiche un message sur ma boite aux lettres");
    let text = await chat.say('non');
    expect(text).toContain('Je vais ouvrir un incident');
    text = await chat.say("non mais c'est pas une panne, je veux juste savoir comment on met un message d'absence");
    expect(text).toContain("Message d'absence dans Outlook");
    expect(text).toContain("ce n'est pas une panne");
    expect(await runtime().services.tickets.count()).toBe(0);
  });

  it('"annule. je veux juste la procédure pour changer mon mot de passe windows" cancels and gives the guide, not a request form', async () => {
    const chat = chatAs(runtime(), 'paul.legrand@chv.fr');
    await chat.say("l'imprimante du poste de soins fait des traces");
    await chat.say('non');
    const text = await chat.say('annule. je veux juste la procédure pour changer mon mot de passe windows');
    expect(text).toContain("C'est annulé");
    expect(text).toContain('Mot de passe Windows oublié ou expiré');
    expect(text).not.toContain('Quelle est votre demande');
  });

  it('"Hi! quick question - how can I check my hospital email from home? … nobody told me lol" gets the webmail guide', async () => {
    const chat = chatAs(runtime(), 'priya.sharma@chv.fr', 'en-GB');
    const text = await chat.say("Hi! quick question - how can I check my hospital email from home? I'm the new intern in the ED and nobody told me lol");
    expect(text).toContain('Reading your e-mail and calendar from home');
    expect(text).toContain('https://webmail.chv.fr');
  });

  it('"ok no worries. what about … can I set up Outlook on my own mobile?" to "Shall I open a ticket?" declines and answers the new question', async () => {
    const chat = chatAs(runtime(), 'laura.jensen@chv.fr', 'en-GB');
    let text = await chat.say('where can I find the IT charter?');
    expect(text).toContain('Shall I open a ticket?');
    text = await chat.say('ok no worries. what about my email then, can I set up Outlook on my own mobile?');
    expect(text).not.toContain("I'll open an incident");
    expect(text).toContain('personal phone');
  });
});

describe('round sixty-five, the kind of problem and who is hit', () => {
  it('a computer cart named by its tag whose "battery led blinks orange" is a PC problem, not a phone', async () => {
    const chat = chatAs(runtime(), 'cedric.perrin@chv.fr', 'en-GB');
    const text = await chat.say(
      "hi, one of our computer carts in recovery won't power on at all, battery led blinks orange even when plugged in. sticker says WVAL-SSPI-0261. we're charting on the fixed PCs at the nurses station for now",
    );
    expect(text).toContain('Device: PC-SSPI-0261');
    expect(text).toContain('Type: PC or hardware');
  });

  it('"it\'s not a phone, it\'s a computer (the cart PC)" on the summary corrects the kind', async () => {
    const chat = chatAs(runtime(), 'tom.whitaker@chv.fr', 'en-GB');
    let text = await chat.say('my DECT in recovery keeps beeping and its battery icon blinks orange');
    expect(text).toContain('DECT phone, desk phone or pager not working');
    await chat.say("no, it's the cart PC-SSPI-0261 actually");
    await chat.say('no');
    text = await chat.say('yes we use another one');
    expect(text).toContain('Device: PC-SSPI-0261');
    expect(text).toContain('Type: Phone, DECT, pager');
    await chat.say(clickIntake('change'));
    text = await chat.say("it's not a phone, it's a computer (the cart PC)");
    expect(text).toContain('Type: PC or hardware');
  });

  it('"mon dect affiche hors zone partout dans le service" is one handset, not the whole unit', async () => {
    const chat = chatAs(runtime(), 'laura.giraud@chv.fr');
    let text = await chat.say("slt mon dect affiche hors zone partout dans le service depuis ce matin, même au poste de soins. batterie pleine, je l'ai éteint rallumé. c'est le d83 avec le bouton PTI");
    text = await answerUntil(chat, text, /Résumé de votre/, (q) => /\[(DECT-MED-0106[^\]]*)\]/.exec(q)?.[1] ?? 'non');
    expect(text).toContain('Personnes touchées: une personne');
  });
});

describe('round sixty-six, what an answer or a word says', () => {
  it('"je suis en stérile, je vois pas l\'étiquette" to the device question is no number at hand, not a tag to look up', async () => {
    const chat = chatAs(runtime(), 'noemie.andre@chv.fr');
    let text = await chat.say('PC de la salle 2 au bloc écran noir');
    expect(text).toContain("Quel est le numéro de l'appareil");
    text = await chat.say("je suis en stérile, je vois pas l'étiquette");
    expect(text).not.toContain('Je ne trouve pas');
    expect(text).not.toContain("Quel est le numéro de l'appareil");
  });

  it('"PACS plante dès que j\'ouvre une radio… une radio de thorax pour un bébé en détresse resp": an X-ray, not the radiology unit; care held up', async () => {
    const chat = chatAs(runtime(), 'marc.dufour@chv.fr');
    let text = await chat.say("PACS plante dès que j'ouvre une radio, message erreur mémoire. besoin de voir une radio de thorax pour un bébé en détresse resp");
    text = await answerUntil(chat, text, /Résumé de votre/, () => 'oui');
    expect(text).not.toContain('Imagerie');
    expect(text).toContain('Pédiatrie');
    expect(text).toContain('Soins impactés: oui');
    expect(text).toContain('Priorité: P1');
  });
});

describe('round sixty-seven, answers and asks read as meant', () => {
  it('"bonjour question : comment on ajoute une imprimante sur un poste ? la nôtre … est en panne (ticket fait)" gets the guide', async () => {
    const chat = chatAs(runtime(), 'yasmine.perrin@chv.fr');
    const text = await chat.say(
      'bonjour question : comment on ajoute une imprimante sur un poste ? la nôtre au poste de soins est en panne (ticket fait par Laetitia) et je voudrais pouvoir imprimer direct sur celle du secrétariat depuis le PC du poste de soins au lieu de passer par une clé usb',
    );
    expect(text).toContain('Ajouter une imprimante réseau');
    expect(text).toContain('PRN-CARD-0011');
  });

  it('"non non je veux pas faire de ticket… je demande juste comment…" at the device question leaves the form', async () => {
    const chat = chatAs(runtime(), 'paul.legrand@chv.fr');
    let text = await chat.say("l'imprimante du poste de soins est en panne, la brother");
    if (text.includes('Cela a-t-il résolu')) text = await chat.say('non');
    text = await chat.say("non non je veux pas faire de ticket, la panne c'est déjà signalé (la brother). je demande juste comment on ajoute l'imprimante du secrétariat sur le PC");
    expect(text).toContain("ce n'est pas une panne");
    expect(text).toContain('Ajouter une imprimante réseau');
  });

  it('"oui c\'est elle, au poste de soins A010" to "is it PRN-URG-0013?" is a yes: the next question comes', async () => {
    const chat = chatAs(runtime(), 'laetitia.fournier@chv.fr');
    let text = await chat.say(
      "bonjour, l'imprimante du poste de soins aux urg (la brother) fait bourrage papier en boucle alors qu'il y a rien dedans, on a ouvert tous les capots. du coup on imprime les bons et les plans de soins sur celle du secrétariat mais faut traverser tout le service à chaque fois",
    );
    expect(text).toContain("S'agit-il de PRN-URG-0013");
    text = await chat.say("oui c'est elle, au poste de soins A010");
    expect(text).not.toContain("S'agit-il de PRN-URG-0013");
  });

  it('"label says DECT-MED-0104… it\'s the same everywhere on the ward" keeps one person\'s handset', async () => {
    const chat = chatAs(runtime(), 'omar.haddad@chv.fr', 'en-GB');
    await chat.say(
      "Hi, my DECT (the internal medicine doctor's one, ext 4621) shows full signal but doesn't ring for incoming calls, I only see missed calls afterwards. Already restarted it and changed the battery. For now the nurses call my personal mobile, but that's not really ideal",
    );
    const text = await answerUntil(chat, await chat.say("hang on… label says DECT-MED-0104. I'm in B120 mostly but it's the same everywhere on the ward"), /Summary of your/, () => 'no');
    expect(text).toContain('Affected: one person');
  });

  it('"la biologiste nous dicte les résultats au tel et on les note sur la feuille" is a way round: the unit\'s outage is P2, not P1', async () => {
    const chat = chatAs(runtime(), 'noemie.nguyen@chv.fr');
    let text = await chat.say(
      "bonjour, en SSPI on n'a plus les résultats de labo qui remontent, les bilans partis à 7h (NFS, iono post op) sont toujours 'en attente' dans le SIL alors que le labo dit qu'ils sont validés chez eux. c'est sur tous les postes du service. pour l'instant la biologiste nous dicte les résultats au tel et on les note sur la feuille de surveillance",
    );
    text = await answerUntil(chat, text, /Résumé de votre/, (q) => (/Cela a-t-il résolu/.test(q) ? 'non' : 'oui'));
    expect(text).toContain('Soins impactés: non');
    expect(text).toContain('Priorité: P2');
  });

  it('"est ce que je pourrais avoir un logiciel pour fusionner des pdf sur mon poste ?" is a request', async () => {
    const chat = chatAs(runtime(), 'chloe.durand@chv.fr');
    const text = await chat.say(
      "Bonjour, est ce que je pourrais avoir un logiciel pour fusionner et découper des pdf sur mon poste ? j'ai besoin d'assembler les CR + les résultats de bio avant de les envoyer aux médecins traitants par MSSanté, là je les envoie en 4 pièces jointes séparées et ils râlent. pas urgent hein",
    );
    expect(text).toMatch(/Je vais enregistrer votre demande|Résumé de votre demande/);
  });

  it('"j\'ai bien mon compte windows et le DPI mais pas d\'accès au PACS… Faudrait que j\'aie un accès PACS" is a request for access', async () => {
    const chat = chatAs(runtime(), 'michel.jacquet@chv.fr');
    const text = await chat.say(
      "bonjour, je suis interne en SSPI depuis lundi (stage d'anesth), j'ai bien mon compte windows et le DPI mais pas d'accès au PACS, ça me dit compte inconnu. Du coup je regarde les radios de contrôle sur la session du Dr Denis quand elle est là, sinon j'attends. Faudrait que j'aie un accès PACS en consultation",
    );
    expect(text).toMatch(/Je vais enregistrer votre demande|Résumé de votre demande/);
  });
});

describe('round sixty-eight, who and what waits', () => {
  it('"bah tous les services qui ont un patient au scan ce soir" to "who is affected?" is several units, not one patient', async () => {
    const chat = chatAs(runtime(), 'pauline.dumas@chv.fr');
    await chat.say("les images du scanner partent pas sur le pacs depuis 19h, envoi en échec sur la console. l'irm et les tables de radio ça passe. le radiologue de garde peut lire sur la console du scan en attendant mais c'est pas tenable");
    let text = await chat.say("non c'est nous l'imagerie ! c'est le scanner qui n'envoie plus, c'est pas un pb de visualiseur");
    // Who is affected is asked, or read already (a unit's imaging equipment): the answer is taken either way.
    text = await answerUntil(chat, text, /Qui est touché|Résumé de votre/, () => 'oui');
    text = await chat.say('bah tous les services qui ont un patient au scan ce soir, surtout les urg qui voient pas les images');
    text = await answerUntil(chat, text, /Résumé de votre/, () => 'oui');
    expect(text).toContain('Personnes touchées: plusieurs services ou tout le site');
  });

  it('"nurses are stuck mid drug round" says care is held up: it is not asked', async () => {
    const chat = chatAs(runtime(), 'hugo.prevost@chv.fr', 'en-GB');
    const text = await chat.say(
      'hey, wifi keeps dropping on the surgery ward (4th floor B), both care carts lose Cristal-Net in rooms 4-6, nurses are stuck mid drug round. my laptop drops too in the corridor',
    );
    expect(text).not.toContain('Does it block or delay patient care?');
  });

  it('"no patient is waiting" on the summary clears the care impact', async () => {
    const chat = chatAs(runtime(), 'marine.blanchard@chv.fr', 'en-GB');
    let text = await chat.say("hello, in Cristal-Net I can't sign prescriptions anymore, it says 'signature certificate expired' when I validate. I'm doing tomorrow's chemo protocols for the day hospital");
    text = await answerUntil(chat, text, /Summary of your/, () => 'yes');
    text = await chat.say("it's not that urgent actually - Dr Masson is still here and can sign them for me tonight, no patient is waiting. I just need it working before the day hospital opens tomorrow 8am");
    expect(text).toContain('Patient care affected: no');
  });
});

describe('round sixty-eight, a device named as staff name it', () => {
  it('"le cardioto oui" picks the cardiotocograph offered', async () => {
    const chat = chatAs(runtime(), 'stephanie.renard@chv.fr');
    let text = await chat.say('le monito de la salle de naissance 2 perd le rcf toutes les 2 min, capteur changé, même chose. patiente à 8 cm');
    expect(text).toContain('BIO-MAT-0002');
    text = await chat.say('le cardioto oui');
    expect(text).not.toContain('Je ne trouve pas');
    expect(text).not.toContain("De quel appareil s'agit-il");
  });
});

describe('round sixty-seven, the application or the machine', () => {
  it('"PACS is not loading images in the ED… Same on my laptop and on the PCs at the nurses\' station" is the application\'s fault, not the laptop\'s', async () => {
    const chat = chatAs(runtime(), 'emily.carter@chv.fr', 'en-GB');
    let text = await chat.say(
      "PACS is not loading images in the ED since about 8. Worklist opens, but every series stays grey with the spinner. Same on my laptop and on the PCs at the nurses' station, James and Manon have it too. We're phoning radiology for verbal reads but they're swamped so decisions are on hold - I've got a head CT I need to look at now",
    );
    text = await answerUntil(chat, text, /Summary of your/, (q) => (/Did this solve/.test(q) ? 'no' : 'yes'));
    expect(text).toContain('Device: APP-PACS');
  });
});

describe('round sixty-nine, a time the repair is needed by', () => {
  it('"il me le faut avant la relève de 6h45" with a first response due later: the creation says so, with the 5000', async () => {
    const chat = chatAs(runtime(), 'julie.francois@chv.fr');
    let text = await chat.say("le PC du bureau infirmier ne démarre plus, écran noir. il me le faut avant la relève de 6h45 pour les transmissions, on utilise le PC de la salle de soins en attendant");
    text = await answerUntil(chat, text, /Résumé de votre/, (q) => (/Le problème est-il|S'agit-il/.test(q) ? 'oui' : /numéro de l'appareil|De quel appareil/.test(q) ? 'je ne sais pas' : 'non'));
    text = await chat.say(clickIntake('create'));
    expect(text).toContain('demain à 6 h 45');
    expect(text).toContain('Appelez le 5000');
  });
});

describe('round sixty-nine, answers that say what waits', () => {
  it('"oui la fresenius. j\'ai déjà mis une pompe de prêt de la réserve, la perf repasse normalement, donc c\'est pas le feu" to "is it BIO-MED-0003?": P4, not P1', async () => {
    const chat = chatAs(runtime(), 'agnes.hubert@chv.fr');
    await chat.say('pompe en alarme occlusion en boucle ch 3 alors que la tubulure est ok');
    const text = await chat.say("oui la fresenius. j'ai déjà mis une pompe de prêt de la réserve, la perf repasse normalement, donc c'est pas le feu");
    expect(text).toContain('Soins impactés: non');
    expect(text).not.toContain('Urgence: haute');
  });

  it('"non P1 c\'est trop… ça peut attendre demain matin" on the summary is soon, not now', async () => {
    const chat = chatAs(runtime(), 'christine.marchand@chv.fr');
    await chat.say('pompe en alarme occlusion en boucle ch 3 alors que la tubulure est ok');
    let text = await chat.say('oui la fresenius');
    text = await answerUntil(chat, text, /Résumé de votre/, () => 'oui');
    expect(text).toContain('Urgence: haute');
    text = await chat.say("non P1 c'est trop, le patient a sa perf avec la pompe de prêt, ça peut attendre demain matin");
    expect(text).not.toContain('Urgence: haute');
  });

  it('"there\'s no white label on it, just the number 3127 on the screen" is no tag at hand', async () => {
    const chat = chatAs(runtime(), 'anne.morel@chv.fr', 'en-GB');
    let text = await chat.say("my desk phone in the nurses' office shows 'no service' since this evening, the morning shift will need it");
    text = await answerUntil(chat, text, /device number|Which device/, () => 'no');
    text = await chat.say("there's no white label on it, just the number 3127 on the screen");
    expect(text).not.toContain("I can't find the device");
  });
});

describe('round seventy, one machine among others that work', () => {
  it('"the PC at the ICU nurses station (tag ends 0107) freezes… in Cristal-Net. other PCs there are fine" is that PC\'s ticket, not the application\'s', async () => {
    const chat = chatAs(runtime(), 'florence.petit@chv.fr', 'en-GB');
    let text = await chat.say(
      "hi, I'm in ICU tonight checking on our PPH patient (box 4). the PC at the ICU nurses station (the one by the window, tag ends 0107) freezes for ~1 min every time I open lab results in Cristal-Net. other PCs there are fine, nurses say it's been like that since this afternoon. not urgent, I'm using the other one",
    );
    text = await answerUntil(chat, text, /Summary of your/, (q) => (/Did this solve/.test(q) ? 'no' : 'yes'));
    expect(text).toContain('Device: PC-REA-0107');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.title).toMatch(/^the PC at the ICU nurses station/);
  });
});

describe('round sixty-nine, the lab\'s forms printed on the ward', () => {
  it('"on a voulu imprimer les bons de labo pour le box 3" is the ward\'s printer, not the lab\'s', async () => {
    const chat = chatAs(runtime(), 'jerome.fontaine@chv.fr');
    const text = await chat.say(
      "slt, l'imprimante du poste de soins fait n'importe quoi, elle sort des pages blanches avec juste une ligne en haut. on a voulu imprimer les bons de labo pour le box 3 et rien de lisible. c'est la HP a coté du frigo",
    );
    expect(text).toContain('PRN-URG-0011');
    expect(text).not.toMatch(/LAB-/);
  });
});

describe('round seventy, the account locked', () => {
  it('"mon compte est bloqué… je peux plus rien ouvrir, ni windows ni cristal net" is the Windows account\'s ticket, not the DPI\'s', async () => {
    const chat = chatAs(runtime(), 'caroline.garnier@chv.fr');
    let text = await chat.say("bsr mon compte est bloqué, j'ai dû me tromper de mdp au chariot, message compte verrouillé contactez l'administrateur. je peux plus rien ouvrir, ni windows ni cristal net. je fais le partogramme sur papier en attendant");
    text = await answerUntil(chat, text, /Résumé de votre/, (q) => (/Le problème est-il|S'agit-il/.test(q) ? 'oui' : 'non'));
    expect(text).toContain('Appareil: APP-ACTIVE-DIRECTORY');
  });
});
