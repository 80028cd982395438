import { describe, expect, it } from 'vitest';
import { t } from '../../src/bot/messages/index.js';
import { answerUntilSummary, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced, withdrawOpenTickets } from './chat-harness.js';

const runtime = runtimeForThisFile();

const click = clickIntake;

const ticketOf = (text: string) => ticketAnnounced(runtime(), text);

describe('after a fiche that did not help', () => {
  it('"nn toujours les 3 bips, j\'ai tout rebranché" keeps the first description as the problem, and adds the rest', async () => {
    const chat = chatAs(runtime(), 'karine.martinez@chv.fr');
    expect(await chat.say('mon ordi veut plus demarer, ecran noir et ca fait 3 bip')).toContain('Cela a-t-il résolu le problème ?');
    let text = await chat.say("nn toujours les 3 bips, jai tout rebranché. je me suis mise sur le poste de sophie en attendant");
    expect(text).toContain('Je vais ouvrir un incident');
    for (let turn = 0; turn < 6 && !text.includes('Résumé de votre incident'); turn++) text = await chat.say('oui');
    expect(text).toContain('Problème: mon ordi veut plus demarer, ecran noir et ca fait 3 bip');
    const ticket = await ticketOf(await chat.say({ type: 'message', text: '', value: { intake: 'create' } }));
    expect(ticket.title).toMatch(/^mon ordi veut plus demarer/);
    expect(ticket.description).toContain('mon ordi veut plus demarer, ecran noir et ca fait 3 bip');
    expect(ticket.description).toContain('je me suis mise sur le poste de sophie');
  });

  it('"non c\'est pas windows, c\'est la GAM" is a no whose words belong to the same problem', async () => {
    const chat = chatAs(runtime(), 'lucie.berger@chv.fr');
    expect(await chat.say('bjr jarrive pas a me connecter a la GAM ça me dit mot de passe expiré')).toContain('Cela a-t-il résolu le problème ?');
    let text = await chat.say("non c pas windows, windows marche, c la GAM qui veut pas");
    expect(text).toContain('Je vais ouvrir un incident');
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Problème: bjr jarrive pas a me connecter a la GAM ça me dit mot de passe expiré');
    const ticket = await ticketOf(await chat.say(click('create')));
    expect(ticket.title).toMatch(/mot de passe expiré/);
    expect(ticket.description).toContain('c la GAM qui veut pas');
  });

  it('"toujours pareil" without a no is a no', async () => {
    const chat = chatAs(runtime(), 'karine.martinez@chv.fr');
    expect(await chat.say("l'imprimante du secrétariat n'imprime plus rien")).toContain('Cela a-t-il résolu le problème ?');
    expect(await chat.say("toujours pareil, j'ai éteint et rallumé")).toContain('Je vais ouvrir un incident');
  });
});


describe('correcting the summary', () => {
  it('a device tag given as a correction sets the device; the kind of problem and the title stay', async () => {
    const chat = chatAs(runtime(), 'chloe.aubry@chv.fr');
    let text = await chat.say("Depuis la mise à jour, le PACS met plus d'une minute à ouvrir une série sur mon portable. Je lis sur les consoles en attendant, pas bloquant.");
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Type: Logiciel ou application');
    expect(await chat.say(click('change'))).toContain('Que faut-il corriger');
    text = await chat.say("c'est le PC-RAD-0503");
    expect(text).toContain('Appareil: PC-RAD-0503');
    expect(text).toContain('Type: Logiciel ou application');
    const ticket = await ticketOf(await chat.say(click('create')));
    expect(ticket.category).toBe('software');
    expect(ticket.title).toMatch(/PACS/);
  });

  it('the kind of problem can be corrected by its name, or by saying what it is not', async () => {
    const chat = chatAs(runtime(), 'chloe.aubry@chv.fr');
    // Messages in English on a workstation may be a scam pop-up: the first reading is the models' to make.
    let text = await answerUntilSummary(chat, await chat.say('mon poste affiche des messages en anglais que je ne comprends pas'));
    expect(text).toContain('Résumé de votre incident');
    await chat.say(click('change'));
    text = await chat.say('type : réseau');
    expect(text).toContain('Type: Réseau');
    await chat.say(click('change'));
    text = await chat.say("ce n'est pas un problème de réseau, c'est un problème de matériel");
    expect(text).toContain("C'est noté : Poste ou matériel");
  });

  it('the button under "what should be corrected?" goes back to the summary; the card\'s Annuler still cancels the incident', async () => {
    const chat = chatAs(runtime(), 'chloe.aubry@chv.fr');
    await answerUntilSummary(chat, await chat.say("l'écran de mon poste clignote depuis ce matin, pas urgent"));
    const change = await chat.say(click('change'));
    expect(change).toContain('[Rien, revenir au résumé]');
    expect(change).not.toContain('[Annuler]');
    expect(await chat.say('Rien, revenir au résumé')).toContain('Résumé de votre incident');
    await chat.say(click('change'));
    expect(await chat.say(click('cancel'))).toContain(t('fr', 'cancel.done'));
  });
});

describe('a "non" that answers a yes-or-no question', () => {
  it('is the answer, not a correction of the kind of problem', async () => {
    const chat = chatAs(runtime(), 'amelie.riviere@chv.fr');
    let text = await chat.say("J'ai reçu un mail qui demandait de confirmer une commande, j'ai cliqué sur le lien et saisi mon identifiant et mon mot de passe avant de voir que l'adresse était bizarre.");
    for (let turn = 0; turn < 8 && !text.includes('Résumé de votre incident'); turn++) {
      text = await chat.say(/patients/.test(text) ? 'Non, pas directement. Je change le mot de passe tout de suite ?' : /Qui est touché/.test(text) ? 'moi seule' : 'oui');
    }
    expect(text).toContain('Type: Sécurité');
  });
});

describe('devices named by the end of their number', () => {
  it('"c\'est marqué 0104 au dos" picks the one device offered whose tag ends so', async () => {
    const chat = chatAs(runtime(), 'jerome.fontaine@chv.fr');
    let text = await chat.say("mon dect affiche 'pas de réseau' depuis ce soir, c'est un ascom d83 avec le bouton d'alarme");
    for (let turn = 0; turn < 3 && !text.includes('De quel appareil'); turn++) text = await chat.say(text.includes('résolu le problème') ? 'non, toujours pas de réseau' : 'oui');
    expect(text).toContain('DECT-URG-0104');
    text = await chat.say("c'est marqué 0104 au dos");
    expect(text).not.toContain('Je ne trouve pas');
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Appareil: DECT-URG-0104');
  });

  it('"ah non c\'est le 340 pas le 339" on the summary changes the device, and a workaround that only slows lowers urgency one step', async () => {
    const chat = chatAs(runtime(), 'herve.fontaine@chv.fr');
    let text = await chat.say('le chariot de soins PC-CARD-0339 perd le wifi toutes les 5 minutes, impossible de valider les administrations au lit du patient');
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Appareil: PC-CARD-0339');
    expect(text).toContain('Urgence: haute');
    text = await chat.say("ah non pardon c'est le 340 pas le 339. et en attendant on valide sur le poste fixe du poste de soins, c'est juste plus long");
    expect(text).toContain('Appareil: PC-CARD-0340');
    expect(text).toContain('Urgence: moyenne');
  });
});

describe('yes or no to "does it hold up patient care?", in other words', () => {
  it('"les soins non, mais…", "c pas les soins" and "pas d\'impact" are no', async () => {
    for (const answer of ["les soins non, mais c'est pénible", "c pas les soins c'est l'accueil", "pas d'impact, on se débrouille"]) {
      const chat = chatAs(runtime(), 'lucie.berger@chv.fr');
      let text = await chat.say("l'imprimante des guichets fait des traces sur toutes les feuilles");
      for (let turn = 0; turn < 6 && !/patients \?/.test(text); turn++) {
        text = await chat.say(/résolu/.test(text) ? 'non' : /Qui est touché/.test(text) ? 'mon équipe' : /appareil/.test(text) ? 'je ne sais pas' : 'oui');
      }
      expect(text).toMatch(/patients \?/);
      text = await chat.say(answer);
      expect(text, answer).not.toContain(t('fr', 'intake.retry.yes_no'));
      expect(text, answer).not.toMatch(/patients \?/);
    }
  });
});

describe('replayed after the fixes', () => {
  it('naming the machine a phishing happened on does not make it a hardware problem', async () => {
    const chat = chatAs(runtime(), 'amelie.riviere@chv.fr');
    let text = await chat.say("j'ai cliqué sur un lien dans un mail bizarre et saisi mon mot de passe");
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Type: Sécurité');
    await chat.say(click('change'));
    text = await chat.say('je suis à la pharmacie, bureau D121, sur mon PC PC-PHAR-0752');
    expect(text).toContain('Appareil: PC-PHAR-0752');
    expect(text).toContain('Type: Sécurité');
  });

  it('the title is the first message, not the first message glued to the words added after a fiche', async () => {
    // A fresh report: the same device's ticket from an earlier test of this file is closed.
    await withdrawOpenTickets(runtime());
    const chat = chatAs(runtime(), 'karine.martinez@chv.fr');
    await chat.say("Bonsoir, mon ordi veut plus demarer ecran noir et 3 bips");
    let text = await chat.say("non, toujours les 3 bips, j'ai tout rebranché");
    text = await answerUntilSummary(chat, text);
    const ticket = await ticketOf(await chat.say(click('create')));
    expect(ticket.title).toBe('mon ordi veut plus demarer ecran noir et 3 bips');
  });
});

describe('a new problem after a fiche', () => {
  it('is a new message, not a "no" to the fiche, even when it says something does not work', async () => {
    const chat = chatAs(runtime(), 'karine.martinez@chv.fr');
    expect(await chat.say('mon mdp a expiré comment je le change')).toContain('Cela a-t-il résolu le problème ?');
    const text = await chat.say('le wifi invités ne marche pas sur ma tablette');
    expect(text).not.toContain(t('fr', 'kb.not_helpful'));
  });
});

describe('where a password or phishing ticket happens', () => {
  it('is the requester\'s own place when it was not asked', async () => {
    const chat = chatAs(runtime(), 'lucie.berger@chv.fr');
    let text = await chat.say("j'ai cliqué sur un lien dans un mail bizarre qui demandait mon mot de passe");
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Type: Sécurité');
    expect(text).toContain('Lieu: Bureau des admissions');
    const ticket = await ticketOf(await chat.say(click('create')));
    expect(ticket.locationId ?? null).not.toBeNull();
  });
});
