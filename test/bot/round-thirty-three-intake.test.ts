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
