import { describe, expect, it } from 'vitest';
import { understandText } from '../../src/triage/index.js';

const read = (text: string) => {
  const fields = understandText(text, { models: null }).fields!;
  return {
    category: fields.category.value,
    scope: fields.scope.value,
    care: fields.patient_care_impact.value,
    urgency: fields.urgency.value,
    priority: fields.priority,
  };
};

// Readings of a January week's messages (labelled by people who had not seen the code).
describe('where the thing is is not what it holds up', () => {
  it('a document printer at the nurses\' station jams: care goes on ("Imprimante du poste de soins de maternité bourrage")', () => {
    expect(read('Imprimante du poste de soins de maternité bourrage encore une fois')).toMatchObject({ care: false });
    expect(read("L'imprimante du poste de soins chir fait bourrage papier, j'ai tout essayé").priority).not.toBe('P1');
  });

  it('a wristband printer in a care unit still holds up care', () => {
    expect(read("l'imprimante à bracelets des urgences n'imprime plus rien").care).toBe(true);
  });

  it('the guests\' Wi-Fi or the rooms\' TV down: patients are bored, not waiting for care', () => {
    expect(read('Wifi invité ne marche pas en pédiatrie, les parents se plaignent de ne pas pouvoir occuper les enfants')).toMatchObject({ care: false, urgency: 'low' });
    expect(read('the guest wifi is down in the whole hospital')).toMatchObject({ care: false, urgency: 'low' });
  });

  it('a letter to the patient\'s own doctor that will not go: paperwork, not care ("envoyer le compte-rendu au médecin traitant")', () => {
    expect(read("MSSanté : je n'arrive pas à envoyer le compte-rendu au médecin traitant, erreur de certificat")).toMatchObject({ care: false, priority: 'P4' });
  });
});

describe('the writer says how much it matters', () => {
  it('"Not critical, just painful" can wait', () => {
    expect(read('Internet is super slow in the admin building, the whole 2nd floor (HR and finance). Not critical, just painful.').urgency).toBe('low');
  });

  it('"otherwise it works fine", "le tracé s\'affiche quand même": the device still does its job', () => {
    expect(read("Ventilator in ICU box 3 (BIO-REA-0011) shows a 'service due' warning at startup, otherwise it works fine.")).toMatchObject({ care: false, priority: 'P4' });
    expect(read("Cardiotocographe de la salle de naissance 2 n'imprime plus sur papier, le tracé s'affiche quand même à l'écran")).toMatchObject({ care: false, priority: 'P4' });
  });
});

describe('who and what', () => {
  it('colleagues "de différents services" are several departments', () => {
    expect(read("Plusieurs collègues de différents services reçoivent des mails qui demandent de réinitialiser leur mot de passe")).toMatchObject({ scope: 'site', priority: 'P1' });
    expect(read('people in various departments are getting the same phishing email').scope).toBe('site');
  });

  it('a call that does not get through is a phone problem: "impossible de joindre le poste de soins, ça sonne occupé"', () => {
    expect(read('Standard : impossible de joindre le poste de soins de cardio, ça sonne occupé en permanence depuis ce matin').category).toBe('phone');
  });

  it('the remote or virtual desktop is software, not a desktop PC', () => {
    expect(read("Is the remote desktop down everywhere? Pharmacy, maternity and the lab all say they can't open it.").category).toBe('software');
    expect(read('le bureau virtuel ne se lance plus').category).toBe('software');
    expect(read("the desktop PC in my office won't turn on").category).toBe('hardware');
  });
});

describe('a place named after people is not the people', () => {
  it('"I\'m at the nurses station" does not make a locked account a team\'s; "the nurses can\'t log in" does', () => {
    expect(read("my account is locked, I'm at the nurses station in the ED").scope).toBe('single_user');
    expect(read("the nurses can't log in to the EHR").scope).toBe('team');
  });
});

describe('a colleague with the same problem is a team', () => {
  it('"ma collègue a le même pb", "my colleague has the same issue"', () => {
    expect(read("le fixe ne sonne plus, ma collègue Karine a le meme pb sur son poste").scope).toBe('team');
    expect(read('Outlook keeps crashing, my colleague has the same issue').scope).toBe('team');
  });
});

describe('the writer says it can wait until tomorrow, or how they get round it', () => {
  it('"ça peut attendre demain" is low; "ça peut attendre cet après-midi" is not said to be low', () => {
    expect(read("Scanner de documents de l'accueil des admissions ne numérise plus, les papiers s'accumulent mais ça peut attendre demain").urgency).toBe('low');
    expect(read("Le logiciel de plannings plante, ça peut attendre cet après-midi").urgency).not.toBe('low');
  });

  it('"je contourne avec l\'identité provisoire" is a way round', () => {
    expect(read("GAM plante quand je crée une admission pour un patient sans carte vitale, 'erreur 500'. Je contourne avec l'identité provisoire.").urgency).toBe('low');
  });
});
