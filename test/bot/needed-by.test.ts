import { describe, expect, it } from 'vitest';
import { dateSaid, requestDetailsGiven, urgencyForDate, withoutPointerBack } from '../../src/bot/intake/index.js';

const today = new Date('2026-11-29T10:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('dates in requests', () => {
  it('does not take the day a manager is away until for the day it is needed ("mon chef de service est en congé jusqu\'à lundi")', () => {
    expect(dateSaid("Bjr, faudrait installer Adobe Acrobat Pro sur mon poste. Faut l'accord de qqn ? mon chef de service est en congé jusqu'a lundi", today)).toBeUndefined();
    expect(dateSaid('my manager is on leave until Monday, do I need her approval to install Acrobat?', today)).toBeUndefined();
    expect(dateSaid("ma cadre est absente jusqu'à mercredi, qui valide l'accès ?", today)).toBeUndefined();
    expect(dateSaid('mon cadre rentre lundi, il faut que ce soit installé pour lundi', today)?.date).toEqual(day('2026-11-30'));
    expect(dateSaid("elle revient jeudi donc pas d'urgence, idéalement pour son retour", today)?.date).toEqual(day('2026-12-03'));
  });

  it('reads a day and month in words or digits, this year or, when well past, next year', () => {
    expect(dateSaid('pour son arrivée le 14 décembre', today)).toEqual({ date: day('2026-12-14'), words: '14 decembre' });
    expect(dateSaid('arrive lundi 7/12 (CDD 6 mois)', today)?.date).toEqual(day('2026-12-07'));
    expect(dateSaid('by December 3rd please', today)?.date).toEqual(day('2026-12-03'));
    expect(dateSaid('arrivée le 16 juin', today)?.date).toEqual(day('2027-06-16'));
    expect(dateSaid('il devait arriver le 27/11', today)?.date).toEqual(day('2026-11-27'));
    expect(dateSaid('le 31/02', today)).toBeUndefined();
    expect(dateSaid('dès que possible', today)).toBeUndefined();
  });

  it('reads a part of a month ("avant la mi-décembre", "by mid-January", "fin mars", "début janvier") as its 15th, last or 1st day', () => {
    expect(dateSaid('avant la mi-décembre svp', today)).toEqual({ date: day('2026-12-15'), words: 'mi-decembre' });
    expect(dateSaid('by mid-January', today)?.date).toEqual(day('2027-01-15'));
    expect(dateSaid('pour fin mars', today)?.date).toEqual(day('2027-03-31'));
    expect(dateSaid('il faut ça pour début janvier', today)?.date).toEqual(day('2027-01-01'));
    expect(dateSaid('pour le 14 décembre, pas la mi-décembre', today)?.date).toEqual(day('2026-12-14'));
  });

  it('reads "demain", "pour lundi matin" and "by Friday" from today, but not "depuis lundi"', () => {
    expect(dateSaid('il commence demain', today)).toEqual({ date: day('2026-11-30'), words: 'demain' });
    expect(dateSaid('pour lundi matin', today)).toEqual({ date: day('2026-11-30'), words: 'lundi' });
    expect(dateSaid('by Friday please', today)?.date).toEqual(day('2026-12-04'));
    expect(dateSaid('dimanche prochain', today)?.date).toEqual(day('2026-12-06'));
    expect(dateSaid("depuis lundi je n'ai plus accès", today)).toBeUndefined();
    expect(dateSaid('depuis le 12/11 plus rien', today)).toBeUndefined();
  });

  it('reads "auj", as staff shorten "aujourd\'hui", as today: "auj si possible, les médecins doivent signer les courriers"', () => {
    expect(dateSaid('auj si possible, les médecins doivent signer les courriers', today)).toEqual({ date: day('2026-11-29'), words: 'auj' });
    expect(urgencyForDate(dateSaid('auj si possible', today)!.date, today)).toBe('high');
  });

  it('reads a day of the month said alone ("avant son arrivée le 7") as the next such day, not room numbers or counts', () => {
    expect(dateSaid("avant son arrivée le 7 qu'elle ait ses codes le 1er jour", today)).toEqual({ date: day('2026-12-07'), words: 'le 7' });
    expect(dateSaid('by the 30th', today)?.date).toEqual(day('2026-11-30'));
    expect(dateSaid('le 1er', today)?.date).toEqual(day('2026-12-01'));
    expect(dateSaid('c est la 3 pas le 2', today)).toBeUndefined();
    expect(dateSaid('le 2 patients attendent', today)).toBeUndefined();
    expect(dateSaid('depuis le 12 plus rien', today)).toBeUndefined();
    // "crashes on the 3 reading consoles": a count before a noun, not the 3rd.
    expect(dateSaid('the PACS viewer crashes when opening CT series on the 3 reading consoles', today)).toBeUndefined();
    expect(dateSaid('il me le faut pour le 3 svp', today)?.date).toEqual(day('2026-12-03'));
  });

  it('takes the day it is needed, not the day something happened', () => {
    expect(dateSaid('le fichier était là vendredi soir, il a disparu', today)).toBeUndefined();
    expect(dateSaid("j'ai supprimé vendredi le fichier, j'en ai besoin pour mardi", today)?.words).toBe('mardi');
    expect(dateSaid("c'est pour mardi pas vendredi", today)?.words).toBe('mardi');
  });

  it('makes a date within two days high, within two weeks medium, later low', () => {
    expect(urgencyForDate(day('2026-11-30'), today)).toBe('high');
    expect(urgencyForDate(day('2026-11-27'), today)).toBe('high');
    expect(urgencyForDate(day('2026-12-07'), today)).toBe('medium');
    expect(urgencyForDate(day('2027-06-16'), today)).toBe('low');
  });

  it('takes a new account request as detailed when it names the person; access rights never', () => {
    expect(requestDetailsGiven("Bonjour, une nouvelle sage-femme arrive lundi 7/12 (Mme Inès Garnier), il lui faut un compte", 'account', false)).toBe(true);
    expect(requestDetailsGiven("Bonjour, j'ai une nouvelle IDE qui arrive en pédiatrie, il lui faut un compte windows + DPI + messagerie svp. Elle s'appelle Sarah Lemaitre", 'account', false)).toBe(true);
    expect(requestDetailsGiven('Bonjour, il faut un compte pour une nouvelle infirmière qui arrive bientôt dans le service', 'account', false)).toBe(false);
    expect(requestDetailsGiven("est ce que vous pouvez m'installer la dictée numérique (VoxMed) sur mon portable ?", 'software', true)).toBe(true);
    expect(requestDetailsGiven("j'ai besoin des droits sur le logiciel de la pharmacie pour valider les dispensations svp merci", 'access', false)).toBe(false);
  });
});

describe('words that point back to an earlier message', () => {
  it('are left out of a request detail', () => {
    expect(withoutPointerBack("je l'ai mis au dessus... Inès Garnier, sage-femme")).toBe('Inès Garnier, sage-femme');
    expect(withoutPointerBack('je viens de le dire... Paul Martin, agent')).toBe('Paul Martin, agent');
    expect(withoutPointerBack("ben comme j'ai dit, Paul Martin")).toBe('Paul Martin');
    expect(withoutPointerBack('déjà dit : Paul Martin')).toBe('Paul Martin');
    expect(withoutPointerBack('Paul Martin, IDE')).toBe('Paul Martin, IDE');
    expect(withoutPointerBack('je viens de vous le dire : Justine Marchal, Cristal-Net profil IDE')).toBe('Justine Marchal, Cristal-Net profil IDE');
    expect(withoutPointerBack('restauration du dossier Plannings supprimé, cf mon msg.')).toBe('restauration du dossier Plannings supprimé');
  });
});

describe('days that tell what happened, not when it is needed', () => {
  // Sunday 29 November 2026.
  const sunday = new Date('2026-11-29T12:00:00Z');
  it('"supprimé par erreur le fichier … dans S:\\FINANCES\\Budget vendredi" and "la DRH a envoyé le dossier vendredi" are past days', () => {
    expect(dateSaid("j'ai supprimé par erreur le fichier Suivi_budget_2026.xlsx dans S:\\FINANCES\\Budget vendredi en fin de journée", sunday)).toBeUndefined();
    expect(dateSaid('La DRH a envoyé le dossier vendredi apparemment', sunday)).toBeUndefined();
  });

  it('"ce matin" is today, before a past day named later; "pour vendredi" after what happened is still needed', () => {
    expect(dateSaid("une nouvelle IDE qui commence ce matin à 7h. La DRH a envoyé le dossier vendredi", sunday)?.words).toBe('ce matin');
    expect(dateSaid("j'ai supprimé le tableau des gardes, il me le faut pour vendredi", sunday)?.words).toBe('vendredi');
    expect(dateSaid("I saved over the CIQ file by mistake. Could you restore yesterday evening's version? We need it for the COFRAC audit on Thursday.", sunday)?.words).toBe('thursday');
  });
});

describe('a day gone by', () => {
  // Monday 30 November 2026.
  const today = new Date('2026-11-30T15:00:00Z');
  it('"la fiche je l\'ai faite mercredi dernier… elle arrive à 7h lundi" is needed Monday, not Wednesday', () => {
    const said = dateSaid("la fiche arrivée je l'ai faite mercredi dernier sur le portail, aucun retour. oui créez le ticket, et elle arrive à 7h lundi donc faut que ce soit prêt avant", today);
    expect(said?.words).toBe('lundi');
    expect(said?.date.toISOString().slice(0, 10)).toBe('2026-12-07');
  });

  it('"since last Tuesday" gives no day', () => {
    expect(dateSaid('it has not worked since last tuesday', today)).toBeUndefined();
  });
});

describe('a restore whose folder is written as a path', () => {
  it('"excel sur le partage Gériatrie > Plannings" says which file and where: the details question is not asked', () => {
    expect(requestDetailsGiven("j'ai enregistré par dessus le planning de décembre des IDE (excel sur le partage Gériatrie > Plannings) avec la version de novembre", 'restore', false)).toBe(true);
    expect(requestDetailsGiven("j'ai supprimé un fichier hier, vous pouvez le récupérer ?", 'restore', false)).toBe(false);
  });
});
