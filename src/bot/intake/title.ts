import { tellsAFault } from '../../triage/index.js';
import { foldAnswer } from './answers.js';
import { withDeviceRenamed } from './device-correction.js';
import type { IntakeState } from './state.js';

/** The longest title a ticket gets from the user's words. */
const MAX_TITLE = 120;

/** "bon je recommence :", "je reprends :" before the problem told again. */
const RESTART = /^(bon,?\s+|ok,?\s+|alors,?\s+)?(je recommence|je reprends|on recommence|let me start again|starting again)\s*[:,.-]?\s*/i;

/** "c pas ça, c l'imprimante à bracelets…", "no, it's the wristband printer": the next words replace what was first said. */
const REPLACES_FIRST =
  /^(non,?\s+|no,?\s+)?((c|c'|c’|c'est|c’est|ce n'est|ce n’est|c est)\s*pas\s+((ça|ca)|(le|la|l'|l’|un|une|mon|ma)\s*[\p{L}\d-]+)|pas ça|pas ca|not that( one)?|(it's|its|it is)\s+not\s+(the|my|a|an)\s+[\p{L}\d-]+)[\s,.:;!-]*(c'est|c’est|c est|c|it's|it is)\s+/iu;

/**
 * "Bonsoir, cadre de nuit / gestion des lits.", "hi, locum in ED tonight.", "labo de garde.": who is writing, told
 * before the problem. Such a sentence does not title a ticket when words follow it.
 */
const INTRODUCTION =
  /^((bonjour|bonsoir|salut|hello|hi|hey|coucou)[\s,!.]*)?((je suis|j'suis|i am|i'm|i m|ici|c'est|moi c'est)\s+)?((l'|la |le |un |une |a |an |the )?(nouvel(le)? |new |visiting )?)?(cadre|ide|infirmi\p{L}*|interne|m[ée]decin|docteur|dr|secr[ée]taire|labo|laboratoire|technicien\p{L}*|manip\p{L}*|aide[- ]soignant\p{L}*|sage[- ]femme|locum|nurse|doctor|researcher|intern|resident|pharmacien\p{L}*|brancardier|agent d'accueil|infirmier)\b[^.!?]{0,60}[.!]?$/iu;

/** "je suis de nuit à la sécurité.", "I'm on call tonight.": who is writing, told by their shift. */
const ON_SHIFT = /^((bonjour|bonsoir|salut|hello|hi|hey)[\s,!.]*)?(je suis|j'suis|on est|i am|i'm|i m|we're|ici)\s+(de nuit|de garde|d['’]astreinte|en garde|on call|on nights|on the night shift|on nights tonight)\b[^.!?]{0,40}[.!]?$/iu;

/**
 * "Hi, I'm the OB/GYN intern on call tonight and I'm seeing a pregnant patient in the ER (box 5).", "cardio de garde, je
 * suis aux urgences box 1 pour un avis.": who is writing and why they are there, longer than an introduction, telling
 * of nothing broken; the sentence after it tells the problem.
 */
const CONTEXT_OPENING = /^((bonjour|bonsoir|salut|hello|hi|hey|coucou)[\s,!.]*)?(je suis|j'suis|jsuis|chui|i am|i'm|i m|im|ici|we're|we are|on est|[\p{L}/]+ (de garde|d'astreinte|on call))\b/iu;

/**
 * "je suis nouvelle (intérim) et on m'a mise en renfort en pédiatrie cette nuit." before "on m'a donné une carte CPS mais
 * je sais pas comment m'en servir, le PC me demande un code ?": a long question after the context is what it is about.
 */
function tellsWhatItIsAbout(sentence: string): boolean {
  return tellsAFault(sentence) || (sentence.trim().endsWith('?') && sentence.trim().split(/\s+/).length >= 8);
}

function isContext(sentence: string, next: string | undefined): boolean {
  return next !== undefined && CONTEXT_OPENING.test(sentence.trim()) && !tellsAFault(sentence) && tellsWhatItIsAbout(next);
}

function isIntroduction(sentence: string): boolean {
  return sentence.trim().split(/\s+/).length <= 12 && (INTRODUCTION.test(sentence.trim()) || ON_SHIFT.test(sentence.trim()));
}

/** "merci.", "ok thanks!": thanks for what came before, not the new problem. */
const THANKS_ONLY = /^(ok |super |parfait )?(merci|thanks|thank you|thx)( beaucoup| bien| a lot| so much)?[\s.!]*$/i;

function isAside(sentence: string): boolean {
  const trimmed = sentence.trim();
  return (trimmed.endsWith('?') && trimmed.split(/\s+/).length <= 8) || THANKS_ONLY.test(trimmed);
}

/** "…c'est peut-être ma collègue qui a appelé. bref l'imprimante affiche C6000": where the writer comes to the point. */
const TO_THE_POINT = /^(bon |enfin |mais )?(bref|anyway|anyhow|en tout cas|bottom line)[\s,:;.-]+/i;

/** "par contre on a 3 dossiers en double…": the linking word that opened the problem after thanks. */
const LINK_FIRST = /^(par contre|sinon|en revanche|but|however|otherwise|(et |sinon |ah )?(autre chose|une autre chose|un autre (souci|probleme|problème|truc))|(also |oh )?(another thing|something else|one more thing))[\s,:;]+/i;

/** "ah ok je demanderai à Jérôme. sinon autre chose : il me faudrait…": the matter the ticket is for starts here. */
const ANOTHER_MATTER = /^(sinon |et |ah |oh |also |but )?(autre chose|une autre chose|un autre (souci|probleme|problème|truc|sujet)|another thing|something else|one more thing|other thing)\b/i;

/**
 * "c pas ça, c l'imprimante à bracelets" replaces the first words; "c pas le dect, c la sonnette du patient" after
 * "sonnete ch4 sonne pas au poste" and a DECT guide denies the guide's reading, and the first words still say it best.
 */
function replacesWhatWasSaid(line: string, first: string): boolean {
  const found = REPLACES_FIRST.exec(line);
  if (!found) return false;
  const denied = foldAnswer(found[0]).split(' ').filter((word) => word.length >= 3 && !/^(pas|non|est|not|its|the|une|mon)$/.test(word));
  if (denied.length === 0 || denied.every((word) => /^(ca|that|one)$/.test(word))) return true;
  const said = ` ${foldAnswer(first)} `;
  return denied.some((word) => said.includes(` ${word}`));
}

/**
 * A ticket title from free text: its first sentence that is not a short question aside, at most 120
 * characters, cut on a word; undefined when fewer than three characters are left.
 */
export function firstSentenceTitle(text: string): string | undefined {
  // The first message is the problem; what came after it (on later lines) is detail for the description.
  const told = text.split('\n').filter((line) => line.trim().length > 0);
  // "how do i reset my pwd?" then "tried. says account locked": a first line of asides only (the how-to that led to a
  // guide) does not title the problem the next line tells.
  const howToFirst = told.length > 1 && (sentencesOfLine(told[0]!).every(isAside) || asksHowTo(told[0]!)) && told[1]!.trim().split(/\s+/).length >= 3;
  const all = howToFirst ? [told[1]!.trim().replace(NOT_MY_QUESTION, ''), ...told.slice(2)] : told;
  // "bjr l'imprimante marche pas" then "c pas ça, c l'imprimante à bracelets…": the second line says what it is.
  const replacing = all.findIndex((line, index) => index > 0 && replacesWhatWasSaid(line.trim(), all[0]!));
  const lines = replacing > 0 ? [all[replacing]!.trim().replace(REPLACES_FIRST, ''), ...all.slice(replacing + 1)] : all;
  const cleaned = (line: string) => line.replace(/\s+/g, ' ').trim().replace(RESTART, '');
  // "le directeur général M. Fernandez": a title's dot ends no sentence.
  const sentencesOf = (line: string) => cleaned(line).split(/(?<=[.!?])(?<!\b(?:M|Mr|Mrs|Ms|Mme|Mlle|Dr|Pr|St|Ste|cf|ex|p|n°|No)\.)\s/).filter((part) => part.trim().length > 0);
  const clean = cleaned(lines[0] ?? text);
  const sentences = sentencesOf(lines[0] ?? text);
  // "je vous l'ai écrit au-dessus non ? Thomas Lambert, interne…": a short question aside is not what the
  // ticket is about; a long question usually is the problem ("est-ce normal que le DPI ouvre le mauvais dossier ?").
  let at = Math.max(0, sentences.findIndex((part) => !isAside(part)));
  while (sentences[at + 1] && (isIntroduction(sentences[at]!) || isContext(sentences[at]!, sentences[at + 1]))) at++;
  const point = sentences.findIndex((part, index) => index > at && (TO_THE_POINT.test(part.trim()) || ANOTHER_MATTER.test(part.trim())));
  if (point > at) at = point;
  let sentence = withoutDenialFirst((sentences[at] ?? clean).trim().replace(TO_THE_POINT, '').replace(LINK_FIRST, ''));
  // "j'ai fait une bêtise je crois. J'ai cliqué sur le lien…": a few words of feeling say nothing alone; "le dpi
  // rame a mort" then "tout le service de chir est bloqué…" on the next line: the next words say what it is.
  const nextTold = sentences[at + 1] ?? sentencesOf(lines[1] ?? '').find((part) => !isAside(part));
  const next = nextTold === undefined ? undefined : withoutDenialFirst(nextTold);
  if (sentence.split(/\s+/).length <= 6 && next) sentence = sentences[at + 1] ? `${sentence} ${next}` : `${sentence.replace(/[.!]+$/, '')} — ${next}`;
  const title = sentence.length <= MAX_TITLE ? sentence : sentence.slice(0, MAX_TITLE).replace(/\s+\S*$/, '') + '…';
  return title.length >= 3 ? title : undefined;
}

/** "how do I get my work email on my own phone?", "comment on fait pour …?": the how-to that led to a guide. */
const HOW_TO_LINE = /^\s*(bonjour|hello|hi|salut)?[\s,!.]*(comment|how|est[- ]ce qu['’]?on peut|peut[- ]on|puis[- ]je|can i|can we|is it possible|c['’]est possible|o[uù] (est|sont|trouver)|where)\b[^\n]*\?\s*$/i;

/** The line, or its first sentence: "hi, how do i print the lab results from the DPI? need it for the morning staff". */
function asksHowTo(line: string): boolean {
  return HOW_TO_LINE.test(line) || HOW_TO_LINE.test(sentencesOfLine(line)[0] ?? '');
}

/** "no thats not my question, …", "non c'est pas ma question, …": the how-to put aside, before the problem. */
const NOT_MY_QUESTION = /^((non|no|nope)[\s,.!]+)?(c['’]est pas|c pas|ce n['’]est pas|that['’]s not|thats not|it['’]s not|its not|not) (ma|my) (question|demande|probl[eè]me|problem)[\s,.:;!-]*/i;

function sentencesOfLine(line: string): string[] {
  return line.replace(/\s+/g, ' ').trim().split(/(?<=[.!?])\s/).filter((part) => part.trim().length > 0);
}

/** "c'est pas l'imprimante, c'est PharmaTrace qui plante…": what it is not does not open the title. */
const DENIAL_FIRST = /^((non|no|nope|ah|oh)[\s,.!]+)?((en fait|actually|in fact)[\s,]+)?(c['’]est |c |ce n['’]est |ce |it['’]s |its |it is )?(pas|not) (le |la |l['’]|les |un |une |mon |ma |mes |the |my |a |an )?[^,.;:!?]{1,40}[,;:]\s*(c['’]est |c |it['’]s |its |it is |mais |but )/i;

function withoutDenialFirst(sentence: string): string {
  const rest = sentence.replace(DENIAL_FIRST, '').trim();
  return rest.length >= 3 ? rest : sentence;
}

/** "je l'ai mis au-dessus…", "cf. plus haut", "as I said above": words that point back to an earlier message. */
const POINTER_BACK =
  /^\s*(ben |bah |euh |mais )?(je (te |vous )?l['’]ai (d[ée]j[àa] )?(mis|[ée]crit|dit|indiqu[ée]|not[ée])|je (viens de|vous ai) (vous |te )?(le |l['’])?(dire|[ée]crire|dit|[ée]crit)|(c['’]est )?d[ée]j[àa] dit|c['’]est (d[ée]j[àa] )?([ée]crit|dit|marqu[ée]|indiqu[ée])|cf\.?|voir|comme (je (vous |te )?l['’]ai |j['’]ai )?(d[ée]j[àa] )?(dit|indiqu[ée]|[ée]crit)|as (i )?(said|wrote|mentioned)|see)\s*(plus haut|au[- ]?dessus|ci[- ]dessus|en haut|avant|above|before|earlier)?\s*[.…:,;!)-]*\s*/i;

/** "…, cf mon msg.", "(voir mon message)": a pointer back at the end. */
const POINTER_BACK_AT_END = /[\s,;(-]*\(?\s*(cf\.?|voir|see)\s+(mon|le|my|the)\s+(msg|message|mail)( pr[ée]c[ée]dent| ci[- ]dessus| above| before)?\s*\)?[.…!]*\s*$/i;

/** "…, c'est dans mon message", "like I said, …", "je viens de l'écrire": an answer that repeats what was said before. */
const POINTS_BACK_ANYWHERE =
  /\b(c['’]est (d[ée]j[àa] )?(dans|sur) mon (premier )?(message|msg|mail)|comme (je l['’]ai |j['’]ai )?(d[ée]j[àa] )?(dit|[ée]crit|indiqu[ée])|je (vous |te )?l['’]ai (d[ée]j[àa] )?(dit|[ée]crit|mis)|je viens de (l['’])?(le )?(dire|[ée]crire)|(like|as) i (already )?(said|wrote|mentioned)|(it['’]?s|it is) (already )?in my (first )?message|i (already|just) (said|wrote|told you))\b/i;

/** Whether an answer points back at an earlier message anywhere in it: the earlier words title the ticket better. */
export function pointsBack(text: string): boolean {
  return POINTS_BACK_ANYWHERE.test(text);
}

/** The words without those pointing back to an earlier message ("" when nothing else is said). */
export function withoutPointerBack(text: string): string {
  const rest = text.replace(POINTER_BACK, '').replace(POINTER_BACK_AT_END, '').trim();
  return rest.length >= 3 ? rest : rest === text.trim() ? rest : '';
}

/** The words before a tag that say it is the other one, the one that works: "l'autre zebra qui marche (", "the spare one, ". */
const SAID_TO_WORK_BEFORE = /\b(autre|other|spare|rechange|secours|qui marche|qui fonctionne|that works|which works|working|marche bien|works fine)\b[^.;!?]*$/i;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A title that names the device the ticket is about: another device of the same series in the user's
 * words ("…it's DECT-SSPI-0103", "la console 0511") is the one they corrected afterwards, so it gives way
 * to the device set. A bare number counts only when it ends a device `known` to the intake.
 */
export function titleNamingDevice(title: string, deviceTag: string | undefined, known: readonly string[]): string {
  const series = deviceTag ? /^(.*?)(\d+)$/.exec(deviceTag) : null;
  if (!deviceTag || !series) return title;
  const [, prefix, number] = series as unknown as [string, string, string];
  const sameSeries = new RegExp(`\\b${escapeRegExp(prefix)}(\\d+)\\b`, 'gi');
  // Two devices named ("DECT-REA-0103 and 0106"): both are meant, and the person's words stay as written.
  const named = new Set([
    ...[...title.matchAll(sameSeries)].map((match) => match[1]!),
    ...[...title.matchAll(/(?<![\w-])(\d{2,6})\b/g)].map((match) => match[1]!).filter((digits) => known.includes(`${prefix}${digits}`)),
  ]);
  if (named.size > 1) return title;
  return title
    // "on a l'autre zebra qui marche (LBL-MAT-0002)": the one that works, named as such, is not the one at fault.
    .replace(sameSeries, (tag, digits: string, at: number) => (digits.length === number.length && !SAID_TO_WORK_BEFORE.test(title.slice(Math.max(0, at - 45), at)) ? deviceTag : tag))
    .replace(/(?<![\w-])(\d{2,6})\b/g, (digits) =>
      digits !== number && digits.length === number.length && known.includes(`${prefix}${digits}`) ? number : digits,
    );
}

const ROOM_IN_TEXT = /\b(chambre|ch\.?|box|salle|room|bed|lit|bay|emplacement)\s*(?:n°\s*|no\s*)?(\d{1,3})\b/gi;
/** Rooms named with their use between the word and the number: "salle de naissance 2", "salle d'accouchement 1". */
const ROOM_NAMED_LOOSELY = /\b(chambre|box|salle|room|bed|lit|bay|emplacement)(?:\s+(?:de|d'|d’|du|des)?\s*[\p{L}-]+){0,2}\s+(\d{1,3})\b/giu;

/**
 * The words with the room corrected afterwards: "le scope de télémétrie chambre 3" becomes "… chambre 4"
 * once the person said "c'est la chambre 4, pas la 3" (`room`, as the intake points at it).
 */
export function textNamingRoom(text: string, room: string | undefined): string {
  const corrected = room ? /(\d{1,3})\s*$/.exec(room)?.[1] : undefined;
  // "la chambre 4 (B334)": the room is named by its door code too, and the words already say where it is.
  const doorCode = room ? /^[A-Za-z]\d{3}\b/.exec(room.trim())?.[0] : undefined;
  if (doorCode && new RegExp(`\\b${doorCode}\\b`, 'i').test(text)) return text;
  // Two rooms named ("de la chambre 3 vers la 5", "en salle de naissance 2… celui de la salle 1"): which one
  // was corrected cannot be told, and the person's words stay as written.
  const loosely = (text.match(ROOM_NAMED_LOOSELY) ?? []).length;
  const plainly = (text.match(ROOM_IN_TEXT) ?? []).length;
  if (!corrected || loosely > 1 || plainly > 1 || loosely + plainly === 0) return text;
  // "salle de naissance 3", "ch. 3": the one room named, in whichever form.
  const named = loosely === 1 ? ROOM_NAMED_LOOSELY : ROOM_IN_TEXT;
  return text.replace(named, (said, word: string, number: string) => (number === corrected ? said : said.replace(new RegExp(`${number}$`), corrected)));
}

/** A door code as the hospital writes them, after a word for a room: "room D021", "bureau C120" (not "erreur E203"). */
const DOOR_CODE = /(?<=\b(?:salle|room|bureau|office|chambre|local|porte|door|box)\b[^.,;!?]{0,25}?)\b([A-Za-z])(\d{3})\b/giu;

/**
 * The words with the door code corrected afterwards: "in the lab meeting room D021" becomes "… D020" once the
 * person said "ah no sorry it's D020, the one next door" (`room`, the place the ticket is at: "D020 Bureau médical").
 * Two codes named, or a place in another building: the words stay as written.
 */
export function textNamingDoor(text: string, room: string | undefined): string {
  const door = room ? /^([A-Za-z])(\d{3})\b/.exec(room.trim()) : null;
  const named = [...text.matchAll(DOOR_CODE)];
  if (!door || named.length !== 1) return text;
  const [said, letter] = [named[0]![0], named[0]![1]!];
  if (letter.toUpperCase() !== door[1]!.toUpperCase() || said.toUpperCase() === door[0]!.toUpperCase()) return text;
  return text.replace(said, door[0]!.toUpperCase());
}

/**
 * The user's words as the ticket tells them: their first message with the device and the room they
 * corrected since; the lines added after it (which may hold the correction itself: "it's DECT-SSPI-0105
 * not 0103") as written.
 */
export function problemAsCorrected(intake: Pick<IntakeState, 'text' | 'pointer' | 'asset' | 'candidates' | 'location'> & Partial<Pick<IntakeState, 'addedDetails' | 'deviceRenamed'>>, text = intake.text): string {
  const [said = '', ...added] = text.split('\n');
  const later = [...added, ...(intake.addedDetails ?? [])];
  const first = textWithNumbersCorrected(withDeviceRenamed(said, intake.deviceRenamed), later);
  // The device's own room when a device is set: a room tried since ("au poste de soins B310 ça plante pareil") does
  // not move the device named in the first words. Only a room or door the person named since rewrites their words:
  // "the printer in my office B121" stays so when the printer found sits in B101.
  const room = toldSince(intake.pointer?.room, later);
  const door = toldSince(intake.asset?.place?.room ?? intake.location?.room ?? undefined, later);
  const roomCorrected = textNamingDoor(textNamingRoom(first, room), door);
  const corrected = titleNamingDevice(roomCorrected, intake.asset?.tag, intake.candidates.map((device) => device.tag));
  return [corrected, ...added].join('\n');
}

/** "ah non pardon c est au guichet 3 pas 2", "its delivery room 3 not 4": a numbered thing said again with its right number. */
const NUMBER_CORRECTED = /(?<![\p{L}\d])(\p{L}{3,})\s+(\d{1,4}),?\s+(?:et\s+)?(?:pas|not|non|and not)\s+(?:(?:le|la|l'|l’|au|à la|en|the)\s*)?(?:\1\s+)?(\d{1,4})(?![\p{L}\d])/giu;

/** The words with each number corrected since put right: "…marche plus au guichet 2" becomes "… guichet 3". */
export function textWithNumbersCorrected(text: string, laterWords: readonly string[]): string {
  let result = text;
  for (const words of laterWords) {
    for (const [, noun, now, before] of words.matchAll(NUMBER_CORRECTED)) {
      if (now === before) continue;
      result = result.replace(new RegExp(`(?<![\\p{L}\\d])(${escapeRegExp(noun!)}\\s+)${before}(?![\\p{L}\\d])`, 'giu'), `$1${now}`);
    }
  }
  return result;
}

/** The room, when the words said since name it (its number, or its door code). */
function toldSince(room: string | undefined, later: readonly string[]): string | undefined {
  if (!room) return undefined;
  const words = foldAnswer(later.join(' '));
  const door = /^([a-z]\d{3})\b/i.exec(room.trim())?.[1]?.toLowerCase();
  const number = /(\d{1,3})\s*$/.exec(room)?.[1] ?? (door ? String(Number(door.slice(1))) : undefined);
  const named = (door !== undefined && new RegExp(`\\b${door}\\b`).test(words)) || (number !== undefined && new RegExp(`\\b0*${number}\\b`).test(words));
  return named ? room : undefined;
}

/**
 * The answers kept for the technician, without one that only repeats the problem retold in a correction
 * ("no it's just my account…" after "it's just my account…"): each said once.
 */
export function detailsAdded(intake: Pick<IntakeState, 'retold' | 'addedDetails'>): string[] {
  const retold = intake.retold ? foldAnswer(intake.retold) : undefined;
  return (intake.addedDetails ?? []).filter((detail) => !retold || !foldAnswer(detail).includes(retold));
}

