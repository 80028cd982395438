import { understandText, type IncidentFields } from '../triage/index.js';

/**
 * "2 things: cristal-net says my account has expired… Also the big printer in the secretariat jams on every page":
 * two problems in one message, each for its own ticket, the one that cannot wait first. The second starts at a
 * sentence opening with "also", "autre chose", "et sinon"…, at a new sentence opening with "et"/"and" ("…depuis ce
 * matin. et l'imprimante…"), or at ", et …" when the second part says it fails as well ("…aussi", "…too"); it is split
 * off when the message announces two things, or when the two parts read as different kinds of problem (an account and a
 * printer), not a detail of the first ("Also it beeps").
 */
export interface TwoProblems {
  first: string;
  second: string;
  /** The problem told second is taken first: it cannot wait. */
  urgentFirst: boolean;
}

const ANNOUNCED = /\b(2|two|deux) (things|issues|problems|choses|soucis|problemes|pbs?|trucs)\b/;
const SECOND_OPENS =
  /(?:^|[.!?;\n]\s*|\s-\s|,\s+(?=(?:and )?also\b|et aussi\b|autre chose\b)|,?\s+(?=et en plus\b|and on top of that\b)|\s+(?=2\)))((?:and )?also|another thing|other thing|second(?:ly)?|et aussi|aussi|et en plus|en plus|(?:and )?on top of that|autre chose|autre souci|autre probl[eè]me|autre truc|par ailleurs|et sinon|sinon|deuxi[eè]me(?:ment)?|2\)|2\s*[-:])[\s,:]+/giu;

const GOES_ON = /^(il|elle|ils|elles|it|its|it s|they|ca|cela|ce|c est|this|that|the same|le meme|la meme|pareil|same)\b/;

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** "2 trucs : mon dect s'éteint…, et l'imprimante du poste de soins fait bourrage…": announced, joined by "et". */
const AND_THEN = /,?\s+(?:et|and)\s+(?=(?:l['’]|le |la |les |mon |ma |mes |the |my |our |nos |notre ))/giu;

/** "…depuis ce matin. et l'imprimante du secrétariat fait des traces noires": a new sentence opening on another thing. */
const SENTENCE_AND = /(?<=[.!?;\n])\s*(?:et|and)\s+(?=(?:l['’]|le |la |les |mon |ma |mes |the |my |our |nos |notre ))/giu;
/** "…, et l'imprimante du bureau bourre aussi": the second thing said to fail as well. */
const AS_WELL = /\b(aussi|egalement|too|as well)[\s.!]*$/;

export function splitTwoProblems(text: string): TwoProblems | undefined {
  const marked = splitAt(text, SECOND_OPENS, false);
  if (marked) return marked;
  // A new sentence opening with "et" before a mid-sentence "et": "…les urgences et la réa nous appellent pour les
  // résultats. et la douchette du PC-LAB-0706 lit plus…" is cut at the sentence, not inside the first problem.
  if (ANNOUNCED.test(fold(text))) return splitAt(text, SENTENCE_AND, true) ?? splitAt(text, AND_THEN, true);
  return splitAt(text, SENTENCE_AND, true) ?? splitAt(text, AND_THEN, true, { secondFits: (second) => AS_WELL.test(fold(second)) });
}

interface SplitOptions {
  /** The second part must fit this too ("…aussi"). */
  secondFits?: (second: string) => boolean;
  /** The order told is kept, whichever problem is more urgent. */
  keepOrder?: boolean;
}

/**
 * The first join (`openers`) whose two parts read as different kinds of problem (or, unless `announcedOnly`, any two
 * problems when the first part announces two): the message told apart, the one that cannot wait first.
 */
export function splitAt(text: string, openers: RegExp, announcedOnly: boolean, { secondFits = () => true, keepOrder = false }: SplitOptions = {}): TwoProblems | undefined {
  for (const match of text.matchAll(openers)) {
    const at = match.index ?? 0;
    const first = text.slice(0, at).trim();
    const second = text.slice(at + match[0].length).trim();
    if (first.split(/\s+/).length < 4 || second.split(/\s+/).length < 4 || !secondFits(second)) continue;
    // "Aussi il fait un bruit bizarre": a pronoun goes on about the first problem's device.
    if (GOES_ON.test(fold(second)) && !ANNOUNCED.test(fold(first))) continue;
    const a = understandText(first).fields;
    const b = understandText(second).fields;
    if (!a || !b) continue;
    const differ = a.category.value !== b.category.value;
    if (!(announcedOnly ? differ : differ || ANNOUNCED.test(fold(first)))) continue;
    const told = second.charAt(0).toUpperCase() + second.slice(1);
    return !keepOrder && moreUrgent(b, a) ? { first: told, second: first, urgentFirst: true } : { first, second: told, urgentFirst: false };
  }
  return undefined;
}

/** A patient's device or a threat with care at stake goes before the rest at the same priority. */
const AT_THE_BEDSIDE = new Set(['biomedical', 'security']);

/**
 * "2 trucs: l'imprimante étiquettes du bloc imprime plus et le scope de la salle 3 freeze, on a une intervention en
 * cours": the problem that cannot wait is taken first, whatever the order it was told in.
 */
function moreUrgent(a: IncidentFields, b: IncidentFields): boolean {
  if (a.priority !== b.priority) return a.priority < b.priority;
  const bedside = (f: IncidentFields) => f.patient_care_impact.value && AT_THE_BEDSIDE.has(f.category.value);
  return bedside(a) && !bedside(b);
}
