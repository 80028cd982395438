import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { ONE_PERSON_OR_DEVICE } from '../../src/bot/intake/answer-phrases.js';
import { foldAnswer } from '../../src/bot/intake/answers.js';
import { answerUntilSummary, chatAs, runtimeForThisFile } from './chat-harness.js';

// Monday 30 November 2026, 16:00 in Paris. A runtime of its own: no imaging ticket is open yet.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-30T15:00:00Z')) });

describe('round fifty-five, a question then the real problem', () => {
  it('"non c pas ça ma question… bon on verra. par contre vrai souci : depuis 14h les images du scanner arrivent plus dans le PACS…" opens the PACS incident with its own words', async () => {
    const chat = chatAs(runtime(), 'emilie.brun@chv.fr');
    let text = await chat.say("bonjour, comment on fait pour graver un CD d'examen pour un patient depuis le PACS ? c'est pour une sortie");
    expect(text).toContain('Cela a-t-il résolu');
    text = await chat.say("non c pas ça ma question, je demandais pour graver un CD. bon on verra. par contre vrai souci : depuis 14h les images du scanner arrivent plus dans le PACS, les radiologues peuvent rien interpréter et on a 6 patients des urg en attente");
    text = await answerUntilSummary(chat, text);
    expect(text).toMatch(/Problème: [Dd]epuis 14h les images du scanner/);
    expect(text).not.toContain('graver');
  });
});

describe('round fifty-six', () => {
  it('"ok merci je vais essayer. Par contre autre souci, le kyocera fait bourrage…" after the scan fiche opens the printer incident with its words', async () => {
    const chat = chatAs(runtime(), 'agnes.renaud@chv.fr');
    let text = await chat.say('Bonjour, comment on fait pour scanner un courrier vers ma boite mail avec le copieur kyocera du secrétariat ?');
    expect(text).toContain('Cela a-t-il résolu');
    text = await chat.say("ok merci je vais essayer. Par contre autre souci, le kyocera fait bourrage a chaque impression depuis ce matin, ma collègue et moi on peut plus imprimer les CR de consult. On les imprime sur la brother du poste de soins en attendant mais c pas top");
    expect(text).not.toContain('Tant mieux');
    text = await answerUntilSummary(chat, text);
    expect(text).toMatch(/Problème: [Ll]e kyocera fait bourrage/);
  });
});

describe('round fifty-seven', () => {
  it('"screen says no network" about the on-call DECT keeps it a phone problem', async () => {
    const chat = chatAs(runtime(), 'marc.dufour@chv.fr', 'en-GB');
    let text = await chat.say('hello, on call phone not working');
    text = await chat.say("no idea of the number, it's the peds on-call one. nurses say it rings on their side but nothing on mine, screen says no network. I'm down in the ER seeing a kid");
    expect(text).not.toContain('Network, Wi-Fi');
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Type: Phone, DECT, pager');
  });

  it('"on les ressaisit a la main… donc ça bloque pas les urgences" is no care held up and no emergency unit', async () => {
    const chat = chatAs(runtime(), 'agnes.renaud@chv.fr');
    const text = await answerUntilSummary(chat, await chat.say("slt, les résultats du cobas pro n°2 remontent plus dans le SIL depuis ce matin. on les ressaisit a la main pour l'instant donc ça bloque pas les urgences mais c'est long et risque d'erreur. les collègues du plateau ont le meme pb"));
    expect(text).toContain('Soins impactés: non');
    expect(text).not.toContain('Lieu: Urgences');
    expect(text).not.toContain('Priorité: P1');
  });
});

describe('round fifty-eight', () => {
  it('"nurses… tried to reach me for a post-op pt bleeding, nothing rang, they had to come get me in the on-call room, 20 min lost" holds up care, names no room', async () => {
    const chat = chatAs(runtime(), 'hugo.prevost@chv.fr', 'en-GB');
    let text = await chat.say('hi, on call phone not ringing');
    text = await chat.say('nurses on the ward tried to reach me for a post-op pt bleeding, nothing rang, they had to come get me in the on-call room, 20 min lost');
    expect(text).not.toContain('patient care affected: no');
    text = await answerUntilSummary(chat, text);
    expect(text).toContain('Patient care affected: yes');
    expect(text).not.toMatch(/room 20/i);
    expect(text).toContain('Priority: P1');
  });

  it('"patient care WAS affected, a bleeding pt waited 20 min" on the summary sets care', async () => {
    const chat = chatAs(runtime(), 'hugo.prevost@chv.fr', 'en-GB');
    let text = await answerUntilSummary(chat, await chat.say('the label printer in the doctors office prints blank labels'));
    text = await chat.say('patient care WAS affected, a bleeding pt waited 20 min because of this');
    expect(text).toContain('Patient care affected: yes');
  });
});

describe('round fifty-eight, the machine used meanwhile', () => {
  it('"je valide sur le 0610 en attendant" on the summary keeps PC-ONCO-0609', async () => {
    const chat = chatAs(runtime(), 'melanie.huet@chv.fr');
    let text = await answerUntilSummary(chat, await chat.say("le DPI rame a mort sur le PC du poste de soins, impossible de valider les prescriptions de chimio, ca tourne dans le vide. c'est le WVAL-ONCO-0609"));
    expect(text).toContain('Appareil: PC-ONCO-0609');
    text = await chat.say('non non pas tout le service, juste ce poste la (on est 4 IDE dessus ce soir). je valide sur le 0610 en attendant');
    expect(text).toContain('Appareil: PC-ONCO-0609');
  });
});

describe('round fifty-eight, a newcomer\'s request corrected', () => {
  it('"ah non elle arrive mardi finalement, et il lui faut aussi l\'acces au logiciel de pharmacie" takes the Tuesday after that Monday and stays one person', async () => {
    const chat = chatAs(runtime(), 'corinne.dupont@chv.fr');
    let text = await answerUntilSummary(chat, await chat.say("bonjour, j'ai une nouvelle IDE qui arrive lundi en pédiatrie (Léa Fontaine, CDD 6 mois), il lui faut un compte + accès DPI"));
    expect(text).toContain('Urgence: moyenne');
    text = await chat.say("ah non elle arrive mardi finalement, et il lui faut aussi l'acces au logiciel de pharmacie");
    expect(text).toContain('Pour quand: mardi');
    expect(text).not.toContain('plusieurs services ou tout le site');
    expect(text).toContain('Urgence: moyenne');
    expect(text).toContain('Priorité: P4');
  });

  it('"ça concerne qu\'elle" is one person', () => {
    expect(ONE_PERSON_OR_DEVICE.test(foldAnswer("c'est pas urgent et ça concerne qu'elle, pas tout le site"))).toBe(true);
  });
});
