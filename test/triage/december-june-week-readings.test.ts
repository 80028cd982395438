import { describe, expect, it } from 'vitest';
import { tellsWorkaround } from '../../src/triage/index.js';
import { readingOf as read } from '../support/rules-reading.js';

// Readings of a December week and a June week's messages (labelled by people who had not seen the code).
describe('a P1 told without the usual words', () => {
  it('"plus aucun gazo possible pour les urgences": the work itself can no longer be done, for the unit', () => {
    const gas = read("Labo : l'automate de gaz du sang des urgences est en panne (erreur capteur) et celui du labo central est HS aussi depuis la mise à jour. Plus aucun gazo possible pour les urgences");
    expect(gas.scope).toBe('service');
    expect(gas.priority).toBe('P1');
  });

  it('a mailbox sending mails its owner never sent is a compromise under way: urgent', () => {
    const mailbox = read("Tout le service de pédiatrie reçoit des mails de ma boîte que j'ai jamais envoyés, avec une pièce jointe 'facture_juin.zip'. Ça continue encore là");
    expect(mailbox.urgency).toBe('high');
    expect(mailbox.priority).toBe('P1');
  });

  it('a hijacked mailbox writing to the whole contact list reaches the hospital', () => {
    const spread = read("I clicked the link in the payroll email and typed my login before realizing... now my Outlook is sending emails I never wrote to my whole contact list, and it's still going");
    expect(spread.scope).toBe('site');
    expect(spread.priority).toBe('P1');
    // One's own address book named without a compromise widens nothing.
    expect(read("Outlook won't open my contact list since this morning").scope).toBe('single_user');
  });
});

describe('ways round told in so many words', () => {
  it('a sheet, binders, a borrowed device, the device\'s own screen, a key, the lab on the phone', () => {
    for (const text of [
      'les pousse-seringues se connectent plus à la passerelle, on note les débits sur la feuille',
      "L'intranet est inaccessible. Pour les procédures urgentes on a les classeurs papier",
      "OR scheduling software won't load today's list, we're working from the printed list",
      "ECG machine won't print. We're borrowing the one from the next ward.",
      "le monitoring foetal envoie plus les tracés sur la centrale, on les suit en direct sur l'appareil",
      'les portes du service restent bloquées fermées, on entre et sort avec la clé du cadre',
      'Lab results show up in the DPI with 6h delay. We phone the lab for the urgent ones',
    ]) expect(tellsWorkaround(text), text).toBe(true);
  });

  it('the device or the other phones still do the job, unless the next word denies it', () => {
    expect(tellsWorkaround("l'imprimante d'étiquettes fait un bruit bizarre, elle imprime quand même")).toBe(true);
    expect(tellsWorkaround('le fixe de la salle de soins ne sonne plus. Les DECT marchent')).toBe(true);
    expect(tellsWorkaround('les DECT marchent plus depuis ce matin')).toBe(false);
    expect(tellsWorkaround('elle imprime quand même pas')).toBe(false);
  });

  it('with the way round told, the wristband printer that still prints is not a P1', () => {
    expect(read("l'imprimante d'étiquettes de l'accueil des urgences fait un bruit bizarre et sort les étiquettes de travers, elle imprime quand même").priority).not.toBe('P1');
  });
});
