import { describe, expect, it } from 'vitest';
import { firstSentenceTitle, textNamingDoor, textNamingRoom, titleNamingDevice, withoutGreeting } from '../../src/bot/intake/index.js';

describe('a ticket title from the user\'s words', () => {
  it('skips a short question aside before the facts', () => {
    expect(firstSentenceTitle("je vous l'ai écrit au-dessus non ? Thomas Lambert, interne, cardiologie, arrivée lundi 7/12"))
      .toBe('Thomas Lambert, interne, cardiologie, arrivée lundi 7/12');
  });

  it('starts where the writer comes to the point ("… bref l\'imprimante kyocera affiche C6000"), not on a colleague who called', () => {
    expect(firstSentenceTitle("comment ça aucun ticket?? c'est peut etre ma collègue Sabrina qui a appelé. bref l'imprimante kyocera du secrétariat affiche erreur C6000 et imprime plus rien depuis mardi")).toBe(
      "l'imprimante kyocera du secrétariat affiche erreur C6000 et imprime plus rien depuis mardi",
    );
  });

  it('leaves out thanks for what came before ("merci. par contre on a 3 patients…")', () => {
    expect(firstSentenceTitle("merci. par contre on a 3 patients dont les dossiers ont été créés en double pendant la panne, qui s'en occupe ?")).toBe(
      "on a 3 patients dont les dossiers ont été créés en double pendant la panne, qui s'en occupe ?",
    );
  });

  it('keeps a long question, which is the problem itself', () => {
    const question = 'Est-ce normal que le DPI ouvre le dossier du patient de la chambre 8 quand je scanne le bracelet de la 9 ?';
    expect(firstSentenceTitle(`${question} On a arrêté de scanner.`)).toBe(question);
  });

  it('keeps the words as written when they name two devices of the same series ("DECT-REA-0103 and 0106")', () => {
    const said = "two of the ICU dect phones show 'no network'. DECT-REA-0103 and 0106. we've shared the remaining ones";
    expect(titleNamingDevice(said, 'DECT-REA-0103', ['DECT-REA-0103', 'DECT-REA-0106'])).toBe(said);
    // One device named, another set since: the words follow the correction.
    expect(titleNamingDevice('le DECT-SSPI-0103 ne capte plus', 'DECT-SSPI-0105', ['DECT-SSPI-0103', 'DECT-SSPI-0105'])).toBe('le DECT-SSPI-0105 ne capte plus');
  });

  it('drops a greeting written short ("bjr", "bsr")', () => {
    expect(firstSentenceTitle(withoutGreeting("bjr le dect de nuit (celui avec le bouton alarme) se décharge en 1h alors qu'il a chargé toute la journée")))
      .toMatch(/^le dect de nuit/);
  });

  it('skips who is writing when the problem follows ("cadre de nuit / gestion des lits.", "locum in ED tonight.")', () => {
    expect(firstSentenceTitle("Bonsoir, cadre de nuit / gestion des lits. Mon compte GAM est bloqué (trop d'essais apparemment), je peux plus faire les mutations"))
      .toBe("Mon compte GAM est bloqué (trop d'essais apparemment), je peux plus faire les mutations");
    expect(firstSentenceTitle('hi, locum in ED tonight. cant log in to the patient record (cristal net), says account expired.'))
      .toBe('cant log in to the patient record (cristal net), says account expired.');
    expect(firstSentenceTitle('Bonjour, labo de garde. Le SIL est planté depuis 20 min')).toBe('Le SIL est planté depuis 20 min');
    // Alone, or after the problem, who is writing stays in the words.
    expect(firstSentenceTitle('le DPI plante. interne de garde en mater')).toBe('le DPI plante. interne de garde en mater');
  });

  it('drops "bon je recommence :" before the problem told again', () => {
    expect(firstSentenceTitle('bon je recommence : une agente a cliqué sur un lien de phishing. Que fait-on ?'))
      .toBe('une agente a cliqué sur un lien de phishing.');
  });
});

describe('the room corrected in the user\'s words', () => {
  it('is written in when the first message names one room, never when it names two', () => {
    expect(textNamingRoom('le scope de télémétrie chambre 3 ne marche plus', 'chambre 4')).toBe('le scope de télémétrie chambre 4 ne marche plus');
    const twoRooms = 'en salle de naissance 2 le monito ne trace plus. On a ramené celui de la salle 1 qui était libre';
    expect(textNamingRoom(twoRooms, 'salle 2')).toBe(twoRooms);
  });
});

describe('a door code corrected after the first words', () => {
  it('"in the lab meeting room D021" names D020 once the place is corrected to D020', () => {
    expect(textNamingDoor('wifi keeps droping on my laptop in the lab meeting room D021 since yesterday', 'D020 Bureau médical')).toBe(
      'wifi keeps droping on my laptop in the lab meeting room D020 since yesterday',
    );
  });

  it('leaves an error code alone, and a place in another building', () => {
    expect(textNamingDoor("l'écran affiche erreur E203 depuis ce matin", 'E305 Bureau')).toBe("l'écran affiche erreur E203 depuis ce matin");
    expect(textNamingDoor('le wifi coupe en salle D021', 'C120 Bureau médical')).toBe('le wifi coupe en salle D021');
  });
});

describe('a first sentence of context before the problem', () => {
  it('titles the ticket with the sentence that tells what is broken, not who is writing and why they are there', () => {
    expect(firstSentenceTitle("Hi, I'm the OB/GYN intern on call tonight and I'm seeing a pregnant patient in the ER (box 5). Cristal-Net lets me open her file but the 'Urgences' unit isn't in my profile so I can't write the consult note.")).toMatch(/^Cristal-Net lets me open her file/);
    expect(firstSentenceTitle("cardio de garde, je suis aux urgences box 1 pour un avis. l'ECG du box n'envoie plus les tracés dans cristal net.")).toBe("l'ECG du box n'envoie plus les tracés dans cristal net.");
    expect(firstSentenceTitle("je suis à l'accueil, l'imprimante est en panne.")).toBe("je suis à l'accueil, l'imprimante est en panne.");
  });
});

describe('a request titled by what was asked, not by an answer that repeats it', () => {
  it('"technical validation, like I said…", "ben VoxMed…, c\'est dans mon message": the first message titles the request', async () => {
    const { ticketTitle } = await import('../../src/bot/dialogs/intake-dialog.js');
    const request = {
      kind: 'request' as const, lang: 'en' as const, requestType: 'access' as const, candidates: [], homePlace: null, retries: 0,
      text: 'Hello, I need my SIL account upgraded from read-only to technical validation rights. I finished the training last week.',
      requestDetail: "technical validation, like I said - same profile as Corinne Besson who's a tech here too",
    };
    expect(ticketTitle(request)).toContain('I need my SIL account upgraded');
    expect(ticketTitle({ ...request, lang: 'fr', requestType: 'software', text: 'pourriez vous installer VoxMed sur le poste du Dr Boyer ?', requestDetail: "ben VoxMed sur le PC-ONCO-0602, c'est dans mon message" })).not.toContain("c'est dans mon message");
    expect(ticketTitle({ ...request, requestDetail: 'technical validation, same profile as Corinne Besson' })).toContain('technical validation');
  });
});

describe('a device said to work is not renamed', () => {
  it('"on a l\'autre zebra qui marche (LBL-MAT-0002)" keeps its number when LBL-MAT-0001 is the one at fault', () => {
    const said = "l'imprimante à bracelets de la salle de naissance imprime blanc, on a l'autre zebra qui marche (LBL-MAT-0002)";
    expect(titleNamingDevice(said, 'LBL-MAT-0001', ['LBL-MAT-0001', 'LBL-MAT-0002'])).toBe(said);
    expect(titleNamingDevice('le DECT-SSPI-0103 ne capte plus', 'DECT-SSPI-0105', ['DECT-SSPI-0103', 'DECT-SSPI-0105'])).toBe('le DECT-SSPI-0105 ne capte plus');
  });
});

describe('who is writing, then what it is about', () => {
  it('"hi, im agency staff, 2nd night here…" and "je suis nouvelle (intérim)…" do not title the ticket', () => {
    expect(firstSentenceTitle('hi, im agency staff, 2nd night here in paediatrics. I typed my password wrong a few times and now windows says my account is locked out. I need to chart obs for a kid on the ward, what do I do?'))
      .toBe('I typed my password wrong a few times and now windows says my account is locked out.');
    expect(firstSentenceTitle("Bonjour, je suis nouvelle (intérim) et on m'a mise en renfort en pédiatrie cette nuit. on m'a donné une carte CPS mais je sais pas comment m'en servir pour me connecter, le PC me demande un code ?"))
      .toBe("on m'a donné une carte CPS mais je sais pas comment m'en servir pour me connecter, le PC me demande un code ?");
    // A short question after who is writing is an aside; the context stays the title.
    expect(firstSentenceTitle('je suis au bureau des entrées. vous pouvez venir ?')).toBe('je suis au bureau des entrées. vous pouvez venir ?');
  });
});

// From conversations with staff: the how-to that led to a guide, followed by the words of the problem.
describe('a how-to first, then the problem', () => {
  it('"hi, how do i print the lab results from the DPI? need it for the morning staff" does not title the printer fault told next', () => {
    const told = 'hi, how do i print the lab results from the DPI? need it for the morning staff\n' +
      'no thats not my question, results are there. i click print and nothing comes out, the printer next to me says offline i think';
    expect(firstSentenceTitle(told)).not.toContain('how do i');
    expect(firstSentenceTitle(told)).toContain('the printer next to me says offline');
    expect(firstSentenceTitle("comment on imprime le plan de soins ?\nnon c'est pas ma question, l'imprimante du poste affiche hors ligne"))
      .toBe("l'imprimante du poste affiche hors ligne");
  });
});
