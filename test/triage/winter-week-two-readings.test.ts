import { describe, expect, it } from 'vitest';
import { tellsWorkaround, understandText } from '../../src/triage/index.js';

const read = (text: string) => {
  const fields = understandText(text, { models: null }).fields!;
  return { care: fields.patient_care_impact.value, urgency: fields.urgency.value, priority: fields.priority };
};

// Readings of a late-November week's messages (labelled by people who had not seen the code).
describe('ways round told in so many words', () => {
  it('carrying on on paper is a way round: "on fait le partogramme sur papier", "les médecins font des ordos papier"', () => {
    expect(read("la sage-femme n'arrive plus à ouvrir sa session en salle de naissance 3, code CPS refusé alors qu'il est bon. on fait le partogramme sur papier").care).toBe(false);
    expect(tellsWorkaround('les médecins font des ordos papier et on retranscrit')).toBe(true);
  });

  it('another station: "on fait les transmissions au poste de soins", "on va sur le poste d\'à côté", "we chart at the desk"', () => {
    expect(tellsWorkaround('on fait les transmissions au poste de soins')).toBe(true);
    expect(tellsWorkaround("les médecins ne peuvent plus signer dessus, on va sur le poste d'à côté")).toBe(true);
    expect(tellsWorkaround("the carts keep disconnecting, we chart at the desk afterwards but it's a pain")).toBe(true);
  });

  it("a colleague's station or the other device: \"sur le poste de ma collègue\", \"ma collègue elle y arrive\", \"avec l'autre CTG\"", () => {
    expect(tellsWorkaround('les courriers urgents je peux les faire sur le poste de ma collègue')).toBe(true);
    expect(tellsWorkaround('juste moi, ma collègue elle y arrive sur son poste')).toBe(true);
    expect(tellsWorkaround("ma collègue n'y arrive pas non plus")).toBe(false);
    expect(tellsWorkaround("la patiente est monitorée avec l'autre CTG")).toBe(true);
  });

  it('"j\'ai pris celui de la salle 1… donc ça va pour l\'instant mais on n\'en a plus de rechange": the way round holds; no spare is for next time', () => {
    const ctg = read("le monito de la salle de naissance 2 reste noir. J'ai pris celui de la salle 1 pour ma patiente en travail donc ça va pour l'instant mais on n'en a plus de rechange");
    expect(ctg.care).toBe(false);
    expect(ctg.priority).not.toBe('P1');
    // No spare before any way round: there is none to take.
    expect(tellsWorkaround("pas de rechange, on s'est débrouillé")).toBe(false);
  });
});

describe('a refusal is the way round failing only near it', () => {
  it('"code CPS refusé" is the fault; "le labo refuse les tubes étiquetés à la main" is the way round refused', () => {
    expect(tellsWorkaround("code CPS refusé alors qu'il est bon. Accouchement en cours, on fait le partogramme sur papier")).toBe(true);
    expect(tellsWorkaround('le labo refuse les tubes étiquetés à la main')).toBe(false);
  });
});

describe('paper for a whole unit', () => {
  it('a pharmacy on downtime paper goes on (P2); an emergency department on paper is held up (P1)', () => {
    const pharmacy = read('Le logiciel de pharmacie affiche "base de données indisponible" pour tout le monde à la pharmacie, plus de dispensation informatisée. On est passés en mode dégradé papier');
    expect(pharmacy.care).toBe(false);
    expect(pharmacy.priority).toBe('P2');
    expect(read('plus personne ne peut se connecter au dpi aux urgences depuis 14h, on est passé en mode dégradé papier').priority).toBe('P1');
  });
});

describe('"soins" in a place\'s name', () => {
  it('"imprimante du poste de soins bloquée" says where the printer is, not that care is blocked', () => {
    const printer = understandText("imprimante du poste de soins bloquée, elle affiche bourrage papier mais y a rien dedans", { models: null }).fields!;
    expect(printer.patient_care_impact.source).not.toBe('stated');
    expect(printer.priority).not.toBe('P1');
    // Care still blocked when the words say so.
    expect(read('au poste de soins on ne peut plus valider les soins, le DPI est bloqué').care).toBe(true);
  });
});

describe('patients on a device, or their data', () => {
  it('"les noms des patients dedans", "des courriers patients dessus": data on a lost or stolen device, not a patient waiting', () => {
    const lost = understandText("on a perdu le DECT-PED-0103 cette nuit, introuvable. Il y a les SMS avec les noms des patients dedans", { models: null }).fields!;
    expect(lost.category.value).toBe('security');
    expect(lost.patient_care_impact.value).toBe(false);
    expect(read('mon portable pro a été volé dans ma voiture, il y a des courriers patients dessus').care).toBe(false);
    // A patient in the machine still is one.
    expect(read("l'IRM s'est arrêtée avec une patiente dedans").care).toBe(true);
  });
});

describe('a battery that no longer holds', () => {
  it('a pump showing "batterie faible" on the mains, or handsets whose batteries last 4 hours, are not presumed to hold up care', () => {
    expect(read("la pompe Agilia de la chambre 3 en onco affiche 'batterie faible' alors qu'elle est sur secteur depuis hier").care).toBe(false);
    expect(read('les batteries des DECT de la maternité ne tiennent plus 4h, on a 5 téléphones et que 2 chargeurs qui marchent').care).toBe(false);
  });

  it("a defibrillator's battery fault still is: it runs on its battery when it is needed", () => {
    expect(read("Le défibrillateur du chariot d'urgence de cardiologie affiche un défaut batterie").priority).toBe('P1');
  });
});

describe('"I\'m on…"', () => {
  it('"I\'m on shift in the ED and can\'t prescribe" is no way round; "we\'re on paper", "we\'re on the other pc" are', () => {
    expect(read("Hi, I can't log in to Cristal-Net, it says my account is locked. I'm on shift in the ED and can't prescribe").care).toBe(true);
    expect(tellsWorkaround("we're on paper")).toBe(true);
    expect(tellsWorkaround("we're on the other pc")).toBe(true);
  });
});

describe('a way round that costs', () => {
  it('"on passe par celle du guichet d\'à côté en attendant mais ça fait la queue" stays medium', () => {
    expect(read("l'imprimante à bracelets du guichet 2 imprime plus rien, ça clignote rouge. on passe par celle du guichet d'à côté en attendant mais ça fait la queue").urgency).toBe('medium');
    expect(read("l'imprimante du secrétariat ne marche plus, on passe par celle du couloir mais c'est pénible").urgency).toBe('medium');
    expect(read("l'imprimante du secrétariat ne marche plus, on passe par celle du couloir en attendant").urgency).toBe('low');
  });
});

describe("a colleague's machine", () => {
  it('"using a colleague\'s pc for now" leaves one person affected, even after "it beeps 3 times"', () => {
    const fields = understandText("my office pc wont start, fans spin but screen stays black and it beeps 3 times. using a colleague's pc for now", { models: null }).fields!;
    expect(fields.scope.value).toBe('single_user');
  });
});

describe('departments and rooms named', () => {
  it('"la direction des finances" is the finance department, and it is one department, not two', () => {
    const finance = understandText('Bonjour, plus de réseau dans toute la direction des finances depuis 10h, ni internet ni oracle', { models: null }).fields!;
    expect(finance.location_hint?.unit).toBe('finance');
    expect(understandText("Outlook : tous les mails vers l'extérieur restent bloqués dans la boîte d'envoi, pour toute la direction des finances.", { models: null }).fields!.scope.value).toBe('service');
  });

  it('"les salles d\'op" are the operating theatre', () => {
    expect(understandText("plus de wifi dans les salles d'op depuis ce matin", { models: null }).fields!.location_hint?.unit).toBe('operating_theatre');
  });
});

describe('one person among others', () => {
  it('"my account is locked, can\'t log in on any PC in ED" is one person\'s access; "les collègues font…, mais moi" too', () => {
    const locked = understandText("my account is locked, can't log in on any PC in ED. i have patients waiting for prescriptions, pls hurry", { models: null }).fields!;
    expect(locked.scope.value).toBe('single_user');
    expect(locked.category.value).toBe('access');
    expect(understandText('les collègues font les dispensations, mais moi je peux rien faire de ma journée, mon compte est bloqué', { models: null }).fields!.scope.value).toBe('single_user');
    expect(understandText('Cristal-Net refuses my login in ED, the others can log in fine', { models: null }).fields!.scope.value).toBe('single_user');
    expect(understandText('the DPI crashes in ED, the others are fine', { models: null }).fields!.scope.value).toBe('single_user');
  });
});

describe('where other people are', () => {
  it('"my senior is in the OR" says where the senior is, not where the problem is; "soins c\'est pas impacté" says care goes on', () => {
    expect(understandText("I can't open the prescription module in Cristal-Net, my senior is in the OR so she has to do all my prescriptions", { models: null }).fields!.location_hint?.unit).toBeUndefined();
    expect(understandText("le scope il est aux urgences, il ne s'allume plus", { models: null }).fields!.location_hint?.unit).toBe('emergency');
    expect(read("la ligne du secrétariat ne reçoit plus d'appels de l'extérieur, les soins c'est pas impacté").care).toBe(false);
  });
});

describe('going back to other machines', () => {
  it('"we\'re going back to the fixed PCs at the nurses station in between cases" is a way round', () => {
    expect(tellsWorkaround("we lose the anesthesia chart every 10 min. we're going back to the fixed PCs at the nurses station in between cases")).toBe(true);
  });
});

describe('where one works from', () => {
  it('"I\'m working from the ED nursing station (A010), not A020" says where, not a way round; "I\'m working from the other pc" is one', () => {
    expect(tellsWorkaround("location is wrong, I'm working from the ED nursing station (A010), not A020")).toBe(false);
    expect(tellsWorkaround("I'm working from the other pc")).toBe(true);
  });
});
