import { describe, expect, it } from 'vitest';
import { tellsCareGoesOn, tellsWorkaround, understandText } from '../../src/triage/index.js';
import { readingOf as read } from '../support/rules-reading.js';
import { extractLocationHint } from '../../src/triage/location-hint.js';
import { prepare } from '../../src/triage/matcher.js';

// Readings of two late-November weeks' messages (labelled by people who had not seen the code).
describe('ways round told in other words', () => {
  it.each([
    "maternité : l'imprimante d'étiquettes de prélèvements des bébés imprime décalé, les étiquettes sortent à cheval sur 2. on découpe, ça passe",
    'badge refusé sur la porte du vestiaire du bloc depuis ce matin, je passe derrière les collègues',
    'theatre 3: the wall screen that shows PACS images during surgery has no signal. surgeon is using the laptop on the side trolley, annoying but workable',
    'Hi, locum in the ED here this week. The DPI logs me out every 5 minutes or so and I have to type my password again. Annoying but I can work.',
  ])('"%s"', (message) => {
    expect(tellsWorkaround(message)).toBe(true);
  });

  it('a way round that holds turns a care-area P1 into the quiet ticket it is', () => {
    expect(read("maternité : l'imprimante d'étiquettes de prélèvements des bébés imprime décalé, les étiquettes sortent à cheval sur 2. on découpe, ça passe").priority).toBe('P4');
    expect(read("réa : la pompe de nutrition entérale du lit 3 affiche 'err 12' et refuse de démarrer. on en avait une autre en stock, c'est branché").care).toBe(false);
    expect(read('theatre 3: the wall screen that shows PACS images during surgery has no signal. surgeon is using the laptop on the side trolley, annoying but workable').priority).toBe('P4');
  });
});

describe('care said not to be affected', () => {
  it.each([
    "Hello, the guest wifi in the dialysis unit drops every few minutes, patients on 4h sessions are complaining they can't watch anything. Staff are on wired PCs so no clinical issue",
    "le wifi patients ne marche plus en pédiatrie depuis hier, les parents se plaignent (et les ados encore plus 😅). rien d'urgent côté soins",
    "Plus de wifi dans toute l'aile B au 3e (cardio et pneumo) depuis ~14h. Les chariots perdent la session DPI à chaque couloir, on a ressorti les feuilles de traçabilité papier pour le tour de 16h. Ça tient mais c'est galère",
    "Cardiology step-down: the telemetry receiver isn't picking up 3 patients' transmitters since the battery change. We've put them on bedside monitors so they're watched, but we're short of those",
  ])('"%s"', (message) => {
    expect(tellsCareGoesOn(message) || !read(message).care).toBe(true);
  });
});

describe('a credential refused', () => {
  it('"the dictation software keeps saying my password is wrong" stays access after the learned refinement', () => {
    expect(understandText('The dictation software keeps saying my password is wrong since this morning. the dictation one is more annoying, i have discharge letters to do').fields?.category.value).toBe('access');
  });
});

describe('who is hit', () => {
  it('"no wifi at all in geriatrics… both floors… none of the med carts" names the whole unit, not the nurses as a team', () => {
    expect(read("Hello, no wifi at all in geriatrics since about 7:30, both floors (F1 and F2). None of the med carts can connect so we can't chart the med round at the bedside. The fixed PCs in the nurses station still work so we're writing on paper and typing it in after, but its a lot of double work").scope).toBe('service');
  });

  it('"c\'est seulement les 3 premiers qui plantent" is a group, short of the unit', () => {
    expect(read("ah attendez on me dit que les guichets 4 et 5 fonctionnent en fait, c'est seulement les 3 premiers qui plantent").scope).toBe('team');
  });
});

describe('a machine gone missing', () => {
  it('"le pc portable du bureau médical a disparu ce weekend… des courriers patients dessus" is a security matter', () => {
    expect(read("le pc portable du bureau médical d'addicto a disparu ce weekend (bureau fermé à clé pourtant). il y avait sûrement des courriers patients enregistrés sur le bureau").category).toBe('security');
  });
});

describe('the priority of a ticket asked', () => {
  it.each(['et le dect du coup? il est repassé en urgent?', 'le ticket du dect il est passé en urgent ?', 'is my dect ticket urgent again?'])('"%s" asks the status', (message) => {
    expect(understandText(message).intent.value).toBe('ticket_status');
  });
});

describe('care held up all the same', () => {
  it('"the patient call bells ring on the dects so we\'re missing calls" holds up care, whatever way round is run', () => {
    expect(read("now 3 other dects on F210 show 'no network' since 10 min, incl the spare. the patient call bells ring on the dects so we're missing calls, we're running up and down the corridor. pls hurry").care).toBe(true);
  });
});

describe('a unit spoken to on the phone', () => {
  it.each(["ah attendez je viens d'avoir la DRH au tel, elle commence le 15 décembre en fait", 'had HR on the phone, she starts on the 15th'])('"%s" names no place', (message) => {
    expect(extractLocationHint(prepare(message))?.unit).toBeUndefined();
  });
});

describe('a subject said to have nothing to do with it', () => {
  it('"?? rien a voir avec une clé usb. c\'est pharmatrace qui plante…" is no security matter; "rien à voir avec les soins" still clears care', () => {
    expect(understandText("?? rien a voir avec une clé usb. c'est pharmatrace qui plante sur les 3 postes de la prépa, message erreur serveur au lancement. on peut plus libérer les chimios").fields?.category.value).not.toBe('security');
    expect(read("l'imprimante du bureau des cadres bourre, rien à voir avec les soins").care).toBe(false);
  });
});

describe('when the technician comes, asked', () => {
  it.each(['ok mais du coup il passe quand ?', 'il sera là quand ?', "qqn s'en occupe ?", "quelqu'un passe aujourd'hui ?"])('"%s" asks the status', (message) => {
    expect(understandText(message).intent.value).toBe('ticket_status');
  });
});

describe('phrases whose several-word alternatives were split wrongly', () => {
  it('"can a technician call me", "saisi mon identifiant", "le bip de la sage femme" read as their phrases say', () => {
    expect(understandText('can a technician call me please').intent.value).toBe('talk_to_human');
    expect(understandText('could an agent call me').intent.value).toBe('talk_to_human');
    expect(read("4 gestionnaires RH ont reçu le même mail, et deux d'entre elles ont aussi cliqué et saisi leur mot de passe").category).toBe('security');
    expect(read("j'ai reçu un mail de la DSI avec un lien, j'ai saisi mon identifiant sur la page").category).toBe('security');
    expect(read("le bip de la sage femme de garde ne sonne plus, la salle de naissance n'arrive pas à la joindre").scope).toBe('single_user');
  });
});
