import { describe, expect, it } from 'vitest';
import { t } from '../../src/bot/messages/index.js';
import { ticketTitle } from '../../src/bot/dialogs/intake-dialog.js';
import { answerUntilSummary, chatAs, runtimeForThisFile } from './chat-harness.js';

const runtime = runtimeForThisFile();

describe('a nurse who cannot tell which of the two pumps of the box it is', () => {
  it('keeps the box as the place of the incident instead of asking for the unit', async () => {
    const chat = chatAs(runtime(), 'yasmine.sanchez@chv.fr');
    const choose = await chat.say('le pousse-seringue du box 7 sonne occlusion en boucle alors que la ligne est libre');
    expect(choose).toContain('BIO-REA-0015');
    expect(choose).toContain('BIO-REA-0023');
    const next = await chat.say(t('fr', 'choice.dont_know'));
    expect(next).not.toContain('Le problème est-il en');
    expect(next).toContain('Box 7');
  });

  it('takes "je sais pas lequel" for "je ne sais pas"', async () => {
    const chat = chatAs(runtime(), 'yasmine.sanchez@chv.fr');
    await chat.say('le pousse-seringue du box 7 sonne occlusion en boucle alors que la ligne est libre');
    const next = await chat.say('je sais pas lequel');
    expect(next).not.toContain('Je ne trouve pas');
    expect(next).toContain('Box 7');
  });
});

describe('the place of a unit named without a room', () => {
  it('is the nurse\'s own station when the unit is hers, not the unit\'s secretariat', async () => {
    const chat = chatAs(runtime(), 'david.leroux@chv.fr');
    const summary = await chat.say('Cristal-Net ne répond plus sur aucun poste du bloc depuis 10 minutes, on ne peut plus tracer les interventions');
    expect(summary).toContain('Lieu: Bloc opératoire, bâtiment A, étage 2, A210 Poste de soins');
  });

  it('is the care station of another unit the message names', async () => {
    const chat = chatAs(runtime(), 'celine.joly@chv.fr');
    const summary = await answerUntilSummary(chat, await chat.say('plus aucun PC ne démarre en réa, tout le service est bloqué'));
    expect(summary).toContain('Réanimation polyvalente, bâtiment A, étage 1, A110 Poste de soins');
  });
});

describe('a device named by its model before the kind of problem is known', () => {
  it('proposes the two care carts of the unit once the nurse says it is a hardware problem', async () => {
    const chat = chatAs(runtime(), 'mathilde.guerin@chv.fr');
    let text = await chat.say("le chariot de soins ne s'allume plus, impossible de faire le tour des constantes");
    if (text.includes(t('fr', 'intake.ask.category'))) text = await chat.say('1');
    expect(text).toContain(t('fr', 'intake.ask.asset_choose'));
    expect(text).toContain('PC-CHIR-0409');
    expect(text).toContain('PC-CHIR-0410');
    expect(text).not.toContain('PC-CHIR-0405');
  });
});

describe('"non, en fait c\'est l\'imprimante" in answer to another question', () => {
  const CORRECTION = "non, pardon, en fait c'est l'imprimante du poste de soins qui ne s'allume plus, pas le chariot";

  it('asks about the printer on the summary, the "je ne sais pas" said of the cart not carried over', async () => {
    const chat = chatAs(runtime(), 'mathilde.guerin@chv.fr');
    let text = await chat.say("le chariot de soins ne s'allume plus, impossible de faire le tour des constantes");
    if (text.includes(t('fr', 'intake.ask.category'))) text = await chat.say('1');
    text = await chat.say('je sais pas');
    expect(text).toContain('Résumé de votre incident');
    const corrected = await chat.say(CORRECTION);
    expect(corrected).toContain(t('fr', 'category.printer'));
    expect(corrected).toContain("S'agit-il de PRN-CHIR-0011 (imprimante)");
  });

  it('does not take the "non" for "not in this unit" when it opens a correction of the kind of problem', async () => {
    const chat = chatAs(runtime(), 'mathilde.guerin@chv.fr');
    let text = await chat.say("le PC ne s'allume plus du tout");
    if (text.includes('Voici la fiche')) text = await chat.say('non');
    expect(text).toContain(t('fr', 'intake.ask.asset_tag', { example: 'PC-CHIR-0001' }).split(' (par exemple')[0]);
    text = await chat.say('je sais pas');
    expect(text).toContain('Le problème est-il en Chirurgie');
    const corrected = await chat.say(CORRECTION.replace('le chariot', 'le PC'));
    expect(corrected).toContain(t('fr', 'category.printer'));
    expect(corrected).not.toContain(t('fr', 'intake.ask.location'));
    expect(corrected).toContain("S'agit-il de PRN-CHIR-0011 (imprimante)");
  });
});

describe('a correction that retells the problem', () => {
  it('titles the ticket with the retold problem and keeps both in the description', async () => {
    const chat = chatAs(runtime(), 'mathilde.guerin@chv.fr');
    let text = await chat.say("le chariot de soins ne s'allume plus, impossible de faire le tour des constantes");
    if (text.includes(t('fr', 'intake.ask.category'))) text = await chat.say('1');
    await chat.say('je sais pas');
    await chat.say("non, pardon, en fait c'est l'imprimante du poste de soins qui ne s'allume plus, pas le chariot");
    const summary = await answerUntilSummary(chat, await chat.say('oui'));
    expect(summary).toContain("Problème: le chariot de soins ne s'allume plus");
    expect(summary).toContain("Précisions: c'est l'imprimante du poste de soins qui ne s'allume plus, pas le chariot");
    const intake = {
      kind: 'incident', lang: 'fr', text: "le chariot de soins ne s'allume plus", retold: "c'est l'imprimante du poste de soins qui ne s'allume plus", retoldTitles: true,
      candidates: [], homePlace: null, retries: 0,
    } as const;
    expect(ticketTitle({ ...intake, candidates: [] })).toBe("c'est l'imprimante du poste de soins qui ne s'allume plus");
  });
});

describe('an operating theatre named in English', () => {
  it('reads "theatre 3" as the operating room 3 and proposes its anaesthesia station', async () => {
    const chat = chatAs(runtime(), 'guillaume.leroy@chv.fr', 'en-GB');
    const text = await chat.say('the anaesthesia machine in theatre 3 fails its self-test with a leak alarm, first case is at 8am');
    expect(text).toContain('Is it BIO-BLOC-0003');
  });

  it('matches the words of the room, not any number of the message', async () => {
    const { isRoomNamed } = await import('../../src/bot/intake/device-match.js');
    expect(isRoomNamed("A233 Salle d'opération 3", 'theatre 3')).toBe(true);
    expect(isRoomNamed("A233 Salle d'opération 3", 'OR 3')).toBe(true);
    expect(isRoomNamed('A133 Box 3', 'theatre 3')).toBe(false);
  });
});
