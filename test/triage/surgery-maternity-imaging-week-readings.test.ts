import { describe, expect, it } from 'vitest';
import { fieldsOf, readingOf } from '../support/rules-reading.js';

describe('a surgery day, maternity and psychiatry nights, imaging and the lab: readings that hold whatever the models say', () => {
  it('"ambu" is the day-surgery unit, not a patient ventilated by hand; ventilated with the bag, it still is', () => {
    for (const text of [
      'souris HS poste infirmier ambu',
      "L'imprimante du poste de soins ambu n'a plus de toner, et pas de cartouche d'avance",
      "Bonjour, je n'arrive plus à imprimer sur l'imprimante du secrétariat de chir ambu, ça dit hors ligne. Les collègues y arrivent sans problème.",
      "Je suis pharmacien, le logiciel de prescription plante quand je valide les ordonnances de la chir ambu ('erreur 500'). Je valide par téléphone avec les IDE en attendant.",
    ]) {
      expect(fieldsOf(text).patient_care_impact.value, text).toBe(false);
      expect(fieldsOf(text).priority, text).not.toBe('P1');
    }
    for (const text of [
      "URGENT réa : le respirateur du lit 7 a redémarré tout seul, patient ventilé à l'ambu pendant 2 min. Il remarche mais on n'a plus confiance, il nous faut un échange.",
      'the transport ventilator died in the lift, we are bagging the patient with the ambu bag',
    ]) expect(fieldsOf(text).patient_care_impact.value, text).toBe(true);
  });

  it('"du bloc et de l\'ambu": two units named together reach beyond one department', () => {
    const text = "Urgent : plusieurs collègues du bloc et de l'ambu ont reçu un mail avec une pièce jointe 'planning_bloc.zip'. Une secrétaire l'a ouvert et son pc affiche un message de rançon, on l'a débranché du réseau";
    expect(fieldsOf(text).scope.value).toBe('site');
    expect(fieldsOf(text).priority).toBe('P1');
    expect(fieldsOf("Plus personne peut se connecter au DPI en ambu, tout le monde est bloqué sur 'serveur indisponible', les patients de 8h sont arrivés et on peut pas les préparer").scope.value).toBe('service');
  });

  it('"it\'s delaying the induction decisions": care late, whatever the phoning round', () => {
    const text = "Lab results aren't coming through to the EPR for the whole maternity unit since about 2pm. We're phoning the lab for every result and it's delaying the induction decisions.";
    expect(readingOf(text).care).toBe(true);
    expect(readingOf(text).priority).toBe('P1');
  });

  it('"for a stroke call NOW": the emergency waits on the locked account', () => {
    const text = 'Locum here, can\'t log into PACS, says account locked. Was working yesterday. Need to review a head CT for a stroke call NOW';
    expect(readingOf(text).care).toBe(true);
    expect(readingOf(text).urgency).toBe('high');
    expect(readingOf(text).priority).toBe('P1');
  });

  it('"rien de grave j\'espère": a hope, not word that the repair can wait', () => {
    const text = "Bonsoir, rien de grave j'espère : le frigo de la banque du sang affiche 12°C depuis une heure au lieu de 4, et l'alarme n'a pas sonné. On a des culots pour le bloc dedans";
    expect(readingOf(text).urgency).toBe('high');
    expect(readingOf(text).priority).toBe('P1');
    // Said outright, it still can wait.
    expect(readingOf("la souris du poste de l'accueil accroche un peu, rien de grave").urgency).toBe('low');
  });

  it('"missed calls about a patient getting worse at home": a patient deteriorating waits on the line', () => {
    const text = "Hi team, the HAD coordination desk phone line has been down since this morning. Patients and GPs can't reach us, we've had two missed calls about a patient getting worse at home.";
    expect(readingOf(text).care).toBe(true);
    expect(readingOf(text).priority).toBe('P1');
  });

  it('a locked ward\'s door left unlocked: the whole unit, and it cannot wait even with someone at the door', () => {
    const text = 'The badge reader on the locked psych ward door has failed and the door stays unlocked. We have patients under section who could walk out, someone is standing at the door.';
    expect(readingOf(text).scope).toBe('service');
    expect(readingOf(text).urgency).toBe('high');
    expect(readingOf(text).priority).toBe('P1');
    // A changing room's door is no locked unit.
    expect(readingOf('Badge reader of the cath lab changing room is broken, the door stays unlocked all the time').priority).not.toBe('P1');
  });

  it.each([
    "Tout le monde au secrétariat du bloc a 'accès refusé' sur le lecteur P:, on ne peut plus ouvrir le programme opératoire de demain. Pour aujourd'hui c'est imprimé.",
    "Tout le monde au secrétariat d'imagerie a perdu l'accès au dossier partagé des CR depuis ce matin (on est 5). Les autres services je sais pas",
    "Team drive for the lab QA files is read-only for all of us since this morning, can't save SOPs. Not affecting patients.",
  ])('%s → a shared folder\'s rights refused: access', (text) => {
    expect(fieldsOf(text).category.value).toBe('access');
  });

  it('"j\'ai l\'impression que c\'est tout l\'hôpital" is a feeling, not printing', () => {
    const text = "Plus d'accès au lecteur S: , et les collègues de cardio et de la pharmacie ont le même souci, j'ai l'impression que c'est tout l'hôpital";
    expect(fieldsOf(text).category.value).not.toBe('printer');
    expect(fieldsOf("l'imprimante du secrétariat fait des traces, j'ai l'impression que c'est le toner").category.value).toBe('printer');
  });

  it.each([
    "The lab's label printer for theatre specimens is jammed and I can't clear it. Samples are piling up but none are urgent.",
    'Hello, since the Windows update our theatre PCs in rooms 1-12 take 10 minutes to boot. Annoying more than blocking.',
  ])('%s → "none are urgent", "annoying more than blocking": it can wait', (text) => {
    expect(readingOf(text).urgency).toBe('low');
    expect(readingOf(text).priority).not.toBe('P1');
  });
});
