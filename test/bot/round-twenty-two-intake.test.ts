import { describe, expect, it } from 'vitest';
import { urgencyNamed } from '../../src/bot/intake/urgency-words.js';
import { answerUntil, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';

const runtime = runtimeForThisFile();

describe('a security threat keeps its urgency', () => {
  it('"no, I\'m still working normally" after a password typed into a phishing page does not lower the urgency', async () => {
    const chat = chatAs(runtime(), 'valerie.andre@chv.fr', 'en-GB');
    let text = await chat.say(
      "hi, i think i did something stupid.. got an email 'DSI - your mailbox is full, validate your account' and i clicked the link and typed my login + password. only after i saw the sender address was weird. what do i do??",
    );
    expect(text).toContain('patient care');
    text = await chat.say("no, I'm still working normally. I'll change my password now");
    expect(text).toContain('Summary of your incident');
    expect(text).toContain('Urgency: high');
    expect(text).not.toContain('Noted: urgency medium');
  });
});

describe('a file to restore: the day of the copy wanted back is not the day it is needed', () => {
  it('"récupérer la version de vendredi" with the file\'s path: no question on the file, no "for Friday"; "il me le faut pour mardi" on the summary sets Tuesday and keeps the words', async () => {
    const chat = chatAs(runtime(), 'nadia.brun@chv.fr');
    let text = await chat.say(
      "bonjour, j'ai ecrasé par erreur un fichier excel sur le partage RH (R:\\Paie\\2026\\variables_novembre.xlsx) ce matin, est ce qu'on peut recuperer la version de vendredi ?",
    );
    expect(text).not.toContain('Quel fichier');
    for (let turn = 0; turn < 4 && !text.includes('Résumé de votre demande'); turn++) text = await chat.say('dès que possible svp');
    expect(text).toContain('Résumé de votre demande');
    expect(text).not.toContain('Pour quand: vendredi');
    text = await chat.say("non pas pour vendredi ! vendredi c'est la version que je veux récupérer. il me le faut pour mardi au plus tard, la paie part mardi");
    expect(text).toContain('Pour quand: mardi');
    expect(text).toContain('la paie part mardi');
  });
});

describe('where the writer is', () => {
  it('"I\'m at the nurses station (poste de soins) in the ED" on a locked account: the place moves to the nurses\' station, the account stays one person\'s', async () => {
    const chat = chatAs(runtime(), 'emily.carter@chv.fr', 'en-GB');
    let text = await chat.say("Cristal-Net says my account is locked. I changed my password yesterday and now I can't get in at all. I'm the ED doc on shift, can't see results or prescribe");
    expect(text).toContain('Summary of your incident');
    text = await chat.say(clickIntake('change'));
    text = await chat.say("I'm not in my office, I'm at the nurses station (poste de soins) in the ED. and a colleague, Dr Michel, is prescribing for my patients for now but he's swamped");
    expect(text).toContain('Affected: one person');
    expect(text).toMatch(/Location: .*A010 Poste de soins/);
  });
});

describe('a floor\'s DECTs that show "pas de réseau"', () => {
  it('stay a phone problem when the words after the first say "c tous les DECT de l\'étage… donc c pas un téléphone"; "les 5, c tous" answers the device', async () => {
    const chat = chatAs(runtime(), 'didier.baron@chv.fr');
    let text = await chat.say("Bonjour depuis ce matin les DECT du 2eme étage affichent 'pas de réseau' , aucun ne capte. on se débrouille avec le fixe du poste de soins pour l'instant");
    // Whether a fiche comes first depends on how wide the first words are read; the words after it are the same.
    const refusal = "non on les a tous redémarrés, c tous les DECT de l'étage (5 appareils) donc c pas un téléphone. au 1er étage ça marche";
    if (text.includes('Voici la fiche')) text = await chat.say(refusal);
    const devices: string[] = [];
    text = await answerUntil(chat, text, /Résumé de votre incident/, (q) => {
      if (/numéro de l'appareil|De quel appareil/.test(q)) {
        devices.push(q);
        return 'les 5, c tous';
      }
      return 'oui';
    });
    expect(text).toContain('Type: Téléphone');
    expect(text).not.toContain("Je ne trouve pas l'appareil");
    expect(devices.length).toBeLessThanOrEqual(1);
  });

  it('"c\'est pas si peu urgent" says more than low', () => {
    expect(urgencyNamed("c'est la téléphonie DECT qui marche pas, pas le wifi. et c'est pas si peu urgent, les PTI des collègues passent par les DECT")).toBe('medium');
    expect(urgencyNamed('peu urgent')).toBe('low');
  });
});

describe('a colleague with the same problem', () => {
  it('"ma collègue Karine a le meme pb sur son poste" after the fiche makes the secretariat\'s phones a team\'s problem', async () => {
    const chat = chatAs(runtime(), 'sophie.kaya@chv.fr');
    let text = await chat.say(
      "Bonjour, le téléphone fixe du secrétariat ne sonne plus depuis ce matin, les familles nous disent qu'elles tombent direct sur la messagerie. on peut appeler vers l'exterieur par contre",
    );
    text = await chat.say("non j'ai débranché/rebranché, il redémarre mais ça sonne toujours pas. et ma collègue Karine a le meme pb sur son poste");
    text = await answerUntil(chat, text, /Résumé de votre incident/, (q) => (/contournement/.test(q) ? "non, on peut pas recevoir d'appels du tout" : 'je ne sais pas'));
    expect(text).toContain('Personnes touchées: une équipe ou un poste partagé');
  });
});

describe('the words after a refused fiche', () => {
  it('"le dpi rame a mort" then "non. c pas que moi, tout le service de chir est bloqué…": the title says what it is, the "non" is not kept', async () => {
    const chat = chatAs(runtime(), 'hugo.prevost@chv.fr');
    let text = await chat.say('le dpi rame a mort');
    expect(text).toContain('Voici la fiche');
    text = await chat.say(
      'non. c pas que moi, tout le service de chir est bloqué, plus personne arrive a ouvrir un dossier depuis 20 min, sablier infini. on peut pas prescrire les post-op',
    );
    text = await answerUntil(chat, text, /Résumé de votre incident/, () => 'oui');
    const ticket = await ticketAnnounced(runtime(), await chat.say(clickIntake('create')));
    expect(ticket.title).toContain('le dpi rame a mort — c pas que moi, tout le service de chir est bloqué');
    expect(ticket.description).not.toMatch(/^non\./m);
    expect(ticket.description).toContain('c pas que moi, tout le service');
  });
});
