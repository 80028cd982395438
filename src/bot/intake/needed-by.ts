import { tellsNotUrgent, type Urgency } from '../../triage/index.js';
import type { IntakeState } from './state.js';
import { foldAnswer } from './answers.js';

const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, january: 1, jan: 1, fevrier: 2, fevr: 2, fev: 2, february: 2, feb: 2, mars: 3, march: 3, mar: 3,
  avril: 4, avr: 4, april: 4, apr: 4, mai: 5, may: 5, juin: 6, june: 6, jun: 6, juillet: 7, juil: 7, july: 7, jul: 7,
  aout: 8, august: 8, aug: 8, septembre: 9, sept: 9, september: 9, sep: 9, octobre: 10, oct: 10, october: 10,
  novembre: 11, nov: 11, november: 11, decembre: 12, dec: 12, december: 12,
};
const MONTH_NAMES = Object.keys(MONTHS).join('|');
// "7 décembre", "7th December", "le 1er mars".
const DAY_MONTH_WORDS = new RegExp(`\\b(1er|\\d{1,2})(?:st|nd|rd|th|e|eme)? (${MONTH_NAMES})\\b`);
const MONTH_WORDS_DAY = new RegExp(`\\b(${MONTH_NAMES}) (\\d{1,2})(st|nd|rd|th)?\\b`);
/** "avant la mi-décembre", "by mid-January", "fin mars", "early February": a part of a month, read as its 15th, last or 1st day. */
const PART_OF_MONTH = new RegExp(`\\b(mi-|mi |mid-|mid |milieu (?:de |du mois de )?|fin |fin de |fin du mois de |end of |late |debut |debut de |beginning of |early )(${MONTH_NAMES})\\b`);
const DAY_MONTH_DIGITS = /\b(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?\b/;
/** "avant son arrivée le 7", "by the 14th": a day of the month alone (not "le 3 pas le 2" of rooms, not "le 2 patients"). */
const DAY_ONLY = /(?<!\b(?:pas|not|non|no) )\b(?:le|the) (?:(1er|\d{1,2})(?:st|nd|rd|th)\b(?! (?:floor|storey|story|level|ward|wing|room|bed|bay|etage|niveau|aile|chambre|lit|box|salle|batiment|building)\b)|(1er|\d{1,2})(?= *$| (?:svp|stp|merci|please|pls|thanks|au|a|matin|soir|apres midi|morning|afternoon|evening|at|a|pour|for|car|because|parce|sinon|otherwise|si|if|dernier|dernier delai|max|maximum|au plus tard|latest|prochain|next|de ce mois|du mois|of this month|of the month|ce|cette|this|c|it|il|elle|she|he|on|we|je|j|i|donc|so|qu|que|quand|when|as|comme|vu|since|si possible|if possible|idealement|ideally)\b))(?! ?[,/-] ?\d)/;

/** A date the words give as an end: "his contract ends 13 Dec", "jusqu'au 31/01", "13 Dec is the expiry date". */
const DATE_FORM = `(?:le |on |the )?(?:1er|\\d{1,2})(?:st|nd|rd|th|e)?(?: (?:${MONTH_NAMES})|\\/\\d{1,2}(?:\\/\\d{2,4})?)`;
const END_DATE = new RegExp(
  `\\b(?:ends?|ending|expir\\w*|until|till|jusqu a|jusqu au|fin|finit|se termine|termine)\\b(?: \\w+){0,3}? ${DATE_FORM}\\b|${DATE_FORM} (?:is|est|c est) (?:the |la |l |sa |his |her )?(?:expiry|expiration|end|fin)\\b`,
  'g',
);

const DAY_MS = 24 * 60 * 60 * 1000;
/** "mercredi pas demain", "instead of tomorrow": a day taken back is not when it is needed. */
const DENIED_DAY =
  /\b(?:pas|not|plutot que|au lieu de|instead of|rather than)(?: (?:le|la|pour|for|on))? (?:apres demain|demain|aujourd hui|tomorrow|today|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}(?: \d{1,2})?)\b/g;
/** "mercredi dernier", "last Wednesday": a day gone by, never when something is needed. */
const PAST_WEEKDAY =
  /\b(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (?:dernier|passe)|last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:last|gone))\b/g;
/** "mon chef de service est en congé jusqu'à lundi", "my manager is on leave until Monday": who approves is away, nothing is due then. */
const MANAGER_AWAY =
  /\b(?:chef|cheffe|cadre|responsable|directeur|directrice|manager|boss|supervisor|n 1)\b[^.;!?]{0,40}?\b(?:conge|conges|vacances|absent|absente|arret|leave|holiday|away|off)\b[^.,;!?]{0,30}/g;
const SINCE = /\b(depuis|since|dernier|last)( (le|ce|the|on))?( \S+){1,2}/g;
/** "je suis arrivée lundi à l'EHPAD", "I started on Monday": when someone came, already past, not when it is needed. */
const ARRIVED = /\b(suis|est|sommes|sont|etait|etais) (arrive|arrivee|arrives|arrivees)\b[^.,;!?]{0,30}|\b(i|she|he|we|they) (arrived|started|joined)\b[^.,;!?]{0,30}/g;

const WEEKDAYS: Record<string, number> = {
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
const WEEKDAY = new RegExp(`\\b(${Object.keys(WEEKDAYS).join('|')})\\b`);
const HOUR_ALONE = /\b(avant|pour|d ici|by|before) (\d{1,2}) ?(h|heures?|pm|am)(\d{2})?\b/;
const TOMORROW = /\b(apres demain|demain|day after tomorrow|tomorrow|aujourd ?hui|auj|today|ce soir|tonight|ce matin|this morning|cet apres midi|this afternoon)\b/;

/** Words of what already happened, a few words before a day. */
const PAST = new Set([
  'etait', 'etaient', 'avait', 'ete', 'vu', 'vue', 'supprime', 'supprimee', 'efface', 'effacee', 'perdu', 'perdue', 'disparu', 'disparue', 'envoye', 'envoyee', 'envoyes', 'recu', 'recue',
  'ecrase', 'ecrasee', 'ecrases', 'remplace', 'remplacee', 'enregistre', 'enregistree',
  'was', 'were', 'deleted', 'lost', 'saw', 'seen', 'sent', 'received', 'overwrote', 'overwritten', 'hier', 'yesterday',
]);
/** How far before a day the words of what already happened reach: "supprimé par erreur le fichier … dans S:\Budget vendredi". */
const PAST_REACH = 16;

/** The copy wanted back, a few words before a day: "la version de vendredi", "Friday's backup" is what, not when. */
const COPY_OF = new Set(['version', 'versions', 'sauvegarde', 'sauvegardes', 'copie', 'copies', 'etat', 'backup', 'backups', 'snapshot', 'copy']);
const COPY_AFTER = new Set(['version', 'versions', 'backup', 'backups', 'copy', 'snapshot']);
const DENIED = new Set(['pas', 'not', 'non']);

/** Words that say when it is needed, a few words before the day: "pour la réunion de mardi", "by Friday". */
const NEEDED_BY = new Set(['pour', 'avant', 'ici', 'faut', 'besoin', 'by', 'for', 'before', 'until', 'need', 'needed', 'due']);

/**
 * The weekday it is needed on: "supprimé vendredi, il me le faut pour la réunion de mardi" is Tuesday,
 * "pour mardi pas vendredi" too; else the first one named.
 */
/**
 * The words before a day tell what already happened ("supprimé … vendredi", "deleted this morning"), unless they
 * say it is needed by that day ("il me le faut pour vendredi").
 */
function happened(before: string[]): boolean {
  // "we need it for the COFRAC audit on Thursday": the need is said between what happened and the day.
  if (before.slice(-6).some((word) => NEEDED_BY.has(word))) return false;
  return before.slice(-PAST_REACH).some((word) => PAST.has(word));
}

function neededWeekday(folded: string): string | undefined {
  const tokens = folded.split(' ');
  // "pas vendredi", "non pas pour vendredi": the day denied.
  const named = tokens.flatMap((token, i) => (token in WEEKDAYS && !tokens.slice(Math.max(0, i - 2), i).some((word) => DENIED.has(word)) ? [{ day: token, at: i }] : []))
    // "il était là vendredi soir", "supprimé vendredi": when it happened, not when it is needed.
    // A day the words say it is needed by ("pour vendredi") stays, whatever happened before.
    .filter(({ at }) => !happened(tokens.slice(0, at)))
    // "récupérer la version de vendredi", "Friday's backup", "vendredi c'est la version que je veux": the copy wanted back.
    .filter(({ at }) => !tokens.slice(Math.max(0, at - 3), at).some((word) => COPY_OF.has(word)) && !tokens.slice(at + 1, at + 5).some((word) => COPY_AFTER.has(word)));
  const needed = named.find(({ at }) => tokens.slice(Math.max(0, at - 4), at).some((word) => NEEDED_BY.has(word)));
  return (needed ?? named[0])?.day;
}

const FRIDAY = 5;
/** "fin de semaine", "d'ici la fin de la semaine prochaine", "end of the week", "by end of next week"; not a week gone by. */
const END_OF_WEEK = /\b(?:fin de (?:la |cette )?semaine( prochaine)?|end of (?:the |this )?(next )?(?:working )?week)\b(?! (?:derniere|passee|last))/;

/** "pour lundi matin", "demain", "by Friday": the next such day (a weekday named today is next week's). */
function relativeDay(folded: string, today: Date): { date: Date; words: string } | undefined {
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  // "écrasé ce matin… il me le faut pour demain 9h": the first day that is not when something happened.
  const near = [...folded.matchAll(new RegExp(TOMORROW.source, 'g'))].find((found) => !happened(folded.slice(0, found.index).split(' ').filter(Boolean)));
  if (near) {
    const offset = /apres demain|day after/.test(near[0]) ? 2 : /demain|tomorrow/.test(near[0]) ? 1 : 0;
    return { date: new Date(start + offset * DAY_MS), words: near[0] };
  }
  // "j'en aurai besoin avant la fin de semaine", "by the end of the week": this week's Friday (next week's when said).
  const weekEnd = END_OF_WEEK.exec(folded);
  if (weekEnd) {
    const later = weekEnd[1] || weekEnd[2] ? 7 : 0;
    return { date: new Date(start + (((FRIDAY - today.getUTCDay() + 7) % 7) + later) * DAY_MS), words: weekEnd[0] };
  }
  const weekday = neededWeekday(folded);
  // "il la faut avant 14h", "needed by 2pm": an hour alone, with no day, is today's.
  const hour = HOUR_ALONE.exec(folded);
  if (!weekday && hour) return { date: new Date(start), words: hour[0] };
  if (!weekday) return undefined;
  const ahead = (WEEKDAYS[weekday]! - today.getUTCDay() + 7) % 7 || 7;
  return { date: new Date(start + ahead * DAY_MS), words: weekday };
}

/** "le 7" said on the 29th is the 7th of next month; said on the 3rd, the 7th of this month. */
function dayOfMonth(folded: string, today: Date): { date: Date; words: string } | undefined {
  const found = DAY_ONLY.exec(folded);
  if (!found) return undefined;
  const told = found[1] ?? found[2];
  const day = told === '1er' ? 1 : Number(told);
  if (day < 1 || day > 31) return undefined;
  const [year, month] = [today.getUTCFullYear(), today.getUTCMonth()];
  for (const ahead of [0, 1, 2]) {
    const date = new Date(Date.UTC(year, month + ahead, day));
    if (date.getUTCDate() === day && date.getTime() >= Date.UTC(year, month, today.getUTCDate())) return { date, words: found[0] };
  }
  return undefined;
}

/**
 * The date a text gives and the words that give it: "pour son arrivée le 14 décembre", "le 14/12", "by
 * December 14th", "demain", "pour lundi". Without a year, this year's, or next year's when this year's is
 * more than two months past. Undefined when it gives none ("depuis lundi" tells when it started).
 */
export function dateSaid(text: string, today: Date): { date: Date; words: string } | undefined {
  // "depuis lundi", "since the 12th": when it started, not when it is needed.
  // "depuis lundi" tells when it started, "contract ends 13 Dec" when it stops: neither is when it is needed.
  // A path or a file's name ("S:\\Direction\\CS_2026-11.docx") tells no date, and would put words between the deed and its day.
  const withoutFiles = text.replace(/\b[a-z]:\\\S*/gi, ' ').replace(/\\\\\S+/g, ' ').replace(FILE_NAME, ' ');
  const folded = foldAnswer(withoutFiles).replace(PAST_WEEKDAY, ' ').replace(ARRIVED, ' ').replace(SINCE, ' ').replace(END_DATE, ' ').replace(DENIED_DAY, ' ').replace(MANAGER_AWAY, ' ');
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  const words = DAY_MONTH_WORDS.exec(folded);
  const englishWords = MONTH_WORDS_DAY.exec(folded);
  const digits = DAY_MONTH_DIGITS.exec(folded);
  const said = (words ?? englishWords ?? digits ?? PART_OF_MONTH.exec(folded))?.[0] ?? '';
  if (words) [day, month] = [words[1] === '1er' ? 1 : Number(words[1]), MONTHS[words[2]!]];
  else if (englishWords) [day, month] = [Number(englishWords[2]), MONTHS[englishWords[1]!]];
  else if (digits) {
    [day, month] = [Number(digits[1]), Number(digits[2])];
    if (digits[3]) year = Number(digits[3].length === 2 ? `20${digits[3]}` : digits[3]);
  }
  const part = words ?? englishWords ?? digits ? null : PART_OF_MONTH.exec(folded);
  if (part) {
    month = MONTHS[part[2]!]!;
    const lead = part[1]!.trim();
    const lastDay = new Date(Date.UTC(today.getUTCFullYear(), month, 0)).getUTCDate();
    day = /^(mi|mid|milieu)/.test(lead) ? 15 : /^(fin|end|late)/.test(lead) ? lastDay : 1;
  } else if (!words && !englishWords && !digits) return dayOfMonth(folded, today) ?? relativeDay(folded, today);
  if (!day || !month || month > 12 || day > 31) return undefined;
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  let date = new Date(Date.UTC(year ?? today.getUTCFullYear(), month - 1, day));
  if (date.getUTCDate() !== day) return undefined; // 31/02
  // "le 16 juin" said in November is next June; "le 27/11" said on the 29th is two days ago (overdue).
  if (year === undefined && date.getTime() < start - 60 * DAY_MS) date = new Date(Date.UTC(date.getUTCFullYear() + 1, month - 1, day));
  return { date, words: said };
}

/**
 * "c'est mardi pas lundi" when Monday was next week's: the day named in the week of the day it replaces, not the
 * next Tuesday to come. Undefined when the words do not put a weekday in place of another.
 */
function dayOfTheSameWeek(text: string, previousDay: string, today: Date): { date: Date; words: string } | undefined {
  const folded = foldAnswer(text);
  const replaced = /\b(pas|not|plutot que|au lieu de|instead of|rather than)( (le|pour|for|on))? (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/.test(folded);
  // "ah non elle arrive mardi finalement", "actually it's Tuesday": a day given instead of the one before.
  const changed = /\b(finalement|en fait|plutot|ah non|non pardon|actually|instead|in the end)\b/.test(folded);
  if (!replaced && !changed) return undefined;
  const named = WEEKDAY.exec(folded.replace(DENIED_DAY, ' '))?.[1];
  const previous = new Date(`${previousDay}T00:00:00Z`);
  if (!named || Number.isNaN(previous.getTime())) return undefined;
  const isoDay = (day: number) => (day === 0 ? 7 : day);
  const date = new Date(previous.getTime() + (isoDay(WEEKDAYS[named]!) - isoDay(previous.getUTCDay())) * DAY_MS);
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return date.getTime() > start ? { date, words: named } : undefined;
}

/**
 * How urgent a request is when it is needed on `date`: within two days is high, within two weeks medium,
 * later low (the request's resolution target then falls well before it).
 */
export function urgencyForDate(date: Date, today: Date): Urgency {
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const days = Math.round((date.getTime() - start) / DAY_MS);
  if (days <= 2) return 'high';
  return days <= 14 ? 'medium' : 'low';
}

/** "profil IDE pédiatrie", "with the radiologist role": the profile the access needs. */
const PROFILE_NAMED = /\b(profil|profile|role|habilitation) \w+|\b(from|de) (read only|lecture seule|consultation) (to|a|en|vers) \w+|\b(validation|prescri\w*|administrat\w*|admin|write|ecriture) (rights|droits)\b|\bdroits (de|d) (validation|prescription|ecriture|administration)\b|\b(en consultation|en lecture( seule)?|lecture seule|read only|view(ing)? only|meme profil|same (profile|access|rights) as)\b/;
/** "il me faut", "pour moi", "I need": the access is the requester's own. */
const FOR_ME = /\b(il me faut|j ai besoin|pour moi|mes acces|mon acces|i need|for me|my access|je voudrais|j aimerais|je souhaite|je souhaiterais|i d like|i would like|(je n ai|j ai) (pas|toujours pas|pas encore) (d )?acces|i (still )?don t have|can i (get|have)|could i (get|have))\b/;

/** A role as rights are given for it: "interne", "IDE", "sage-femme"; the profile the access needs. */
const ROLE_NAMED = /\b(interne|externe|ide|infirmier|infirmiere|aide soignante?|sage femme|secretaire( medicale)?|cadre de sante|kine\w*|resident|nurse|midwife|medical secretary)\b/;

/** A person named as staff write it: "Mme Inès Garnier", "Dr Petit", "Claire Fontaine"; not "Oracle RH" (a surname has three letters or more). */
const PERSON_NAMED = /\b(mme|mlle|m\.|mr|mrs|ms|dr|docteur|madame|monsieur)\s+\p{Lu}|\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}\p{Lu}-]{2,}/u;

/**
 * The first message of a request already says what the details question asks: for a new account, who (a
 * name; when it starts is what "for when?" asks next); for an installation, on which machine (`machineKnown`) in a sentence of ten
 * words or more; for access rights, the profile and whose (a name, or the requester's own).
 */
export function requestDetailsGiven(text: string, type: string | undefined, machineKnown: boolean): boolean {
  const personNamed = PERSON_NAMED.test(text.replace(/^\s*\p{Lu}\p{Ll}*/u, ''));
  if (type === 'account') return personNamed;
  // "l'accès Cristal-Net profil IDE pédiatrie pour Justine Marchal": who and which profile are said.
  // "l'accès DPI pour Mme Julie Bernard, interne": the role is the profile.
  if (type === 'access') return (PROFILE_NAMED.test(foldAnswer(text)) || ROLE_NAMED.test(foldAnswer(text))) && (personNamed || FOR_ME.test(foldAnswer(text)));
  // "R:\Paie\2026\variables_novembre.xlsx, écrasé ce matin": the file, by its path or its name.
  // "le dossier "Budget 2026 - arbitrages" sur le S: vendredi soir": the folder by its name, the drive by its letter.
  // "excel sur le partage Gériatrie > Plannings": a folder written as a path.
  if (type === 'restore') return FILE_NAMED.test(text) || DRIVE_NAMED.test(text) || QUOTED_NAME.test(text) || FOLDER_PATH.test(text);
  // "est ce que ce serait possible d'avoir un 2e ecran sur mon poste au secretariat": the equipment asked is said.
  if (type === 'other') return foldAnswer(text).split(' ').length >= 8;
  return type === 'software' && machineKnown && foldAnswer(text).split(' ').length >= 10;
}

/** "accès DPI et PACS pour Dr Thomas Petit": the person the access is for is named. */
export function namesAPerson(text: string): boolean {
  return PERSON_NAMED.test(text.replace(/^\s*\p{Lu}\p{Ll}*/u, ''));
}

/** "il faudrait installer Adobe Acrobat Pro", "install the Natus NeuroWorks reader": the software named by its name. */
const SOFTWARE_NAMED = /\b(?:install\w*|instal\w*)\s+(?:the\s+|le\s+|la\s+|l'|l’|un\s+|une\s+|a\s+)?(?:logiciel\s+|software\s+)?\p{Lu}[\p{L}\d-]+/u;

export function namesTheSoftware(text: string): boolean {
  return SOFTWARE_NAMED.test(text);
}

/** "I still don't have PACS access", "je voudrais un accès à Oracle": access asked for the writer themself. */
export function asksOwnAccess(text: string): boolean {
  return FOR_ME.test(foldAnswer(text));
}

/** A file by its path or name: "R:\Paie\variables.xlsx", "\\srv\partage\dossier", "planning_janvier.docx". */
const FILE_EXTENSIONS = 'xlsx?|xlsm|xltx|docx?|dotx?|pptx?|potx|rtf|pdf|csv|txt|odt|ods|odp|msg|pst|zip|jpe?g|png';
const FILE_NAMED = new RegExp(`(\\b[a-z]:\\\\|\\\\\\\\\\w|\\b[\\w-]+\\.(${FILE_EXTENSIONS})\\b)`, 'i');
/** A network drive by its letter: "sur le S:", "lecteur T". */
const DRIVE_NAMED = /\b(?:le|lecteur|drive|the)\s+[a-z]:?(?=[\s,.;)]|$)|\b[a-z]:(?=[\s,.;)]|$)/i;
/** A folder written as a path with ">" between its parts: "partage Gériatrie > Plannings", "S: > SSPI > Secretariat". */
const FOLDER_PATH = /[\p{L}\d:]\s*>\s*\p{L}/u;
/** A file or folder named between quotes: "le dossier « Budget 2026 - arbitrages »", "the file 'rota v2'". */
const QUOTED_NAME = /\b(?:dossier|fichier|classeur|tableau|document|folder|file|spreadsheet)\s+(?:"|«|“|')\s*[^"»”']{3,}/i;
/** A file by its name and extension, in any script: "budget_CA_v3.xlsx". */
const FILE_NAME = new RegExp(`[\\p{L}\\d_.-]+\\.(${FILE_EXTENSIONS})\\b`, 'giu');

/** The last file the words name by its name and extension ("budget_CA_v3.xlsx"), if any. */
export function lastFileNamed(text: string): string | undefined {
  return [...text.matchAll(FILE_NAME)].map((match) => match[0]).pop();
}

/**
 * The date a request's words give, set on the intake: its urgency follows from it and the words go into the
 * ticket as "Pour quand". Returns the words taken, or undefined when the text gives no date.
 */
export function takeNeededBy(state: IntakeState, text: string, today: Date): string | undefined {
  const needed = (state.neededByDay ? dayOfTheSameWeek(text, state.neededByDay, today) : undefined) ?? dateSaid(text, today);
  if (!needed) return undefined;
  // "elle revient jeudi donc pas d'urgence, idéalement pour son retour": the date is when, not how urgent.
  state.urgency = tellsNotUrgent(text) ? 'low' : urgencyForDate(needed.date, today);
  state.neededBy = needed.words;
  state.neededByDay = needed.date.toISOString().slice(0, 10);
  return needed.words;
}
