import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { tellsWorkaround } from '../../src/triage/index.js';
import { chatAs, runtimeForThisFile } from './chat-harness.js';

// Sunday 29 November 2026, 23:00 in Paris.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-29T22:00:00Z')) });

describe('the device proposed, named by its make', () => {
  it('"no idea what the number is, it\'s the HP elitebook on my desk" to "is it PC-MED-0104?" is that laptop', async () => {
    const chat = chatAs(runtime(), 'omar.haddad@chv.fr', 'en-US');
    let text = await chat.say("my laptop won't boot anymore, says 'no bootable device' on black screen. tried restarting 3x. I'm on a colleague's pc in the other office for now");
    if (text.includes('Here is the guide')) text = await chat.say('nope');
    expect(text).toContain('Is it PC-MED-0104');
    text = await chat.say("no idea what the number is, it's the HP elitebook on my desk");
    for (let turn = 0; turn < 3 && !text.includes('Summary of your incident'); turn++) text = await chat.say('yes');
    expect(text).toContain('Device: PC-MED-0104');
  });
});

describe('a way round in another unit', () => {
  it('"on peut imprimer depuis la zebra des urgences en bas… ça bloque pas les prélèvements" keeps the ICU printer and place, and clears the care impact', async () => {
    const chat = chatAs(runtime(), 'celine.joly@chv.fr');
    let text = await chat.say("la zebra sort que des étiquettes blanches, on peut plus étiqueter les tubes de prélèvement. on a changé le rouleau ça fait pareil");
    text = await chat.say("non c'est en réa, je suis en renfort là haut ce soir. la zebra du poste de soins");
    expect(text).toContain('LBL-REA-0001');
    text = await chat.say('oui');
    text = await chat.say("toute la réa, c'est la seule zebra du service");
    expect(text).toContain('Priorité: P1');
    text = await chat.say("bon en fait la collègue dit qu'on peut imprimer les étiquettes depuis la zebra des urgences en bas et remonter, c'est chiant mais ça bloque pas les prélèvements");
    expect(text).toContain('Appareil: LBL-REA-0001');
    expect(text).toContain('Lieu: Réanimation');
    expect(text).toContain('Soins impactés: non');
    expect(text).toContain('Priorité: P2');
  });
});

describe('a start date moved', () => {
  it('"finalement elle commence mercredi pas demain" on the summary moves the date and the urgency', async () => {
    const chat = chatAs(runtime(), 'julien.maillard@chv.fr');
    let text = await chat.say(
      "Bonjour, nouvelle AS en cardio demain matin 7h (Sarah Lopez, CDD 3 mois), il lui faut un compte windows + accès cristal net profil AS. desolé je m'y prends tard, la DRH vient juste de me confirmer",
    );
    expect(text).toContain('Pour quand: demain');
    text = await chat.say('ah attendez la DRH me rappelle, finalement elle commence mercredi pas demain');
    expect(text).toContain('Pour quand: mercredi');
    expect(text).toContain('Urgence: moyenne');
  });
});

describe('free answers to yes-or-no questions', () => {
  it('"bloque non, on se débrouille avec le papier" answers the care question and tells the way round', async () => {
    const chat = chatAs(runtime(), 'stephane.martinez@chv.fr');
    let text = await chat.say('wifi qui saute sans arret en pédiatrie depuis ce midi, les chariots perdent cristal toutes les 5 min');
    expect(text).toContain('prise en charge des patients');
    text = await chat.say("bloque non, on se débrouille avec le papier. mais risque d'erreur à la ressaisie");
    expect(text).not.toContain('Répondez');
    for (let turn = 0; turn < 2 && !text.includes('Résumé de votre incident'); turn++) text = await chat.say("oui, mais c'est gênant");
    expect(text).toContain('Soins impactés: non');
    expect(text).toContain('Urgence: moyenne');
  });

  it('"je me suis mise au guichet 4" is a way round', () => {
    expect(tellsWorkaround("je me suis mise au guichet 4 mais du coup on a un guichet en moins, la file s'allonge")).toBe(true);
  });
});

describe('a file saved over', () => {
  it('"j\'ai enregistré par dessus le modèle… récupérer la version d\'hier" is a restore of a named file: nothing more is asked', async () => {
    const chat = chatAs(runtime(), 'corinne.traore@chv.fr');
    const text = await chat.say(
      "bonjour, j'ai enregistré par dessus le modèle de courrier de sortie (S:\\NEURO\\Modeles\\courrier_sortie.dotx) ce matin vers 10h30 par erreur. est ce qu'on peut récupérer la version d'hier ? en attendant on fait les courriers en copiant un ancien",
    );
    expect(text).toContain('Demande: Restaurer un fichier ou un mail');
    expect(text).toContain('Résumé de votre demande');
  });

  it('"récupérer le fichier" typed at the kind of request is a restore', async () => {
    const chat = chatAs(runtime(), 'corinne.traore@chv.fr');
    let text = await chat.say("bonjour, j'ai besoin de vous pour une demande s'il vous plaît");
    for (let turn = 0; turn < 2 && !text.includes('Quelle est votre demande'); turn++) text = await chat.say("c'est une demande");
    expect(text).toContain('Quelle est votre demande');
    text = await chat.say('récupérer le fichier');
    expect(text).not.toContain("Je n'ai pas compris");
    expect(text).toContain('Quel fichier');
  });
});

describe('after the status of one\'s ticket', () => {
  it('"personne peut passer avant midi ? l\'hdj ouvre à 8h…" goes on the ticket just shown', async () => {
    const chat = chatAs(runtime(), 'pierre.nguyen@chv.fr');
    let text = await chat.say("l'imprimante du poste de soins en onco affiche erreur 49 et imprime plus rien");
    for (let turn = 0; turn < 8 && !/Résumé de votre incident/.test(text); turn++) {
      text = await chat.say(/Voici la fiche/.test(text) ? 'non' : /appareil/.test(text) ? 'je ne sais pas' : /contournement/.test(text) ? "oui, mais c'est gênant" : /Qui est touché/.test(text) ? 'mon équipe' : 'non');
    }
    const created = await chat.say({ type: 'message', text: '', value: { intake: 'create' } } as never);
    const number = /INC-\d{4}-\d{6}/.exec(created)![0];
    text = await chat.say("re, vous avez des nouvelles pour l'imprimante du poste de soins ? tjs erreur 49");
    expect(text).toContain(number);
    text = await chat.say("ok. personne peut passer avant midi ? l'hdj ouvre à 8h demain et on a 15 patients en chimio, il nous faut les plans de soins");
    expect(text).toContain(number);
    expect(text).not.toContain("pas bien compris");
    const ticket = await runtime().services.tickets.get(number);
    const events = await runtime().services.tickets.events(ticket.id);
    expect(JSON.stringify(events)).toContain('15 patients en chimio');
  });
});
