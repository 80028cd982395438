import type { Span } from './kinds.js';

/**
 * People named with a title, as staff write about patients: "Mme DURAND Josiane", "M. Dupont", "monsieur durand",
 * "Mr. Smith", "née LEBLANC". The title stays; the name goes. One letter ("Mme X", "Mme Y") is already anonymous.
 * Doctors ("Dr Martin") are staff and stay readable.
 */
const TITLE = String.raw`(?:\b(?:[Mm]me|MME|[Mm]lle|MLLE|[Mm]adame|MADAME|[Mm]onsieur|MONSIEUR|[Mm]ademoiselle|MADEMOISELLE|Mrs|Mr|Ms|Miss)\.?|\bM\.|\b[Nn]ée?s?)`;
/** A name: a capitalised word, or after the title one lower-case word that is not a common word ("mme durand"). */
const CAPITALISED = String.raw`\p{Lu}[\p{L}'’\-]*\p{L}`;
const ANY_WORD = String.raw`\p{L}[\p{L}'’\-]*\p{L}`;
const PERSON = new RegExp(`(?<title>${TITLE})(?<gap>[ \\u00a0]+)(?<first>${ANY_WORD})(?<rest>(?:[ \\u00a0]+${CAPITALISED}){0,2})`, 'gu');

/** Words that follow a title without being a name: "Mme la cadre", "née le", "Monsieur est sorti", "Mr Smith's". */
const NOT_A_NAME = new Set([
  'le', 'la', 'les', 'l', 'un', 'une', 'de', 'du', 'des', 'd', 'et', 'ou', 'en', 'à', 'a', 'au', 'aux', 'sur', 'dans', 'par', 'pour', 'avec', 'sans',
  'qui', 'que', 'est', 'était', 'sera', 'se', 'ne', 'n', 'il', 'elle', 'vous', 'nous', 'on', 'son', 'sa', 'ses', 'votre', 'vos', 'mon', 'ma', 'mes',
  'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'is', 'was', 'has', 'had', 'his', 'her', 'their', 'who', 'from', 'by',
  'chambre', 'lit', 'box', 'room', 'bed', 'bay', 'patient', 'patiente', 'vers', 'hier', 'ce', 'cette', 'aujourd', 'today', 'yesterday',
  'janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre', 'décembre', 'decembre',
  'directeur', 'directrice', 'cadre', 'docteur', 'professeur', 'maire', 'ministre', 'teams', 'word', 'office', 'excel', 'outlook',
]);

/** A date of birth after the words that announce it: "née le 12/03/1948", "DDN 12.03.48", "date of birth: 1948-03-12", "born 1948". */
const MONTHS = 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december|janv?|févr?|fevr?|avr|juil|sept?|oct|nov|déc|dec|jan|feb|mar|apr|jun|jul|aug';
const DATE = String.raw`(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}(?:er)?[ \u00a0]+(?:${MONTHS})\.?[ \u00a0]+\d{4}|(?:${MONTHS})[ \u00a0]+\d{1,2}(?:st|nd|rd|th)?,?[ \u00a0]+\d{4}|(?:19|20)\d{2})`;
const BIRTH = new RegExp(
  String.raw`(?:\b[Nn][ée]e?s?|\b[Nn]é\(e\)|\bDDN|\bddn|\b[Dd]ate de naissance|\b[Dd]ate of birth|\bDOB|\bdob|\bD\.O\.B\.?|\b[Bb]orn)(?:[ \u00a0]*[:\-][ \u00a0]*|[ \u00a0]+)(?:(?:le|en|on|in)[ \u00a0]+)?(?<date>${DATE})(?![\p{L}\p{N}])`,
  'giu',
);

export function detectPersons(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(PERSON)) {
    const { title, gap, first, rest } = match.groups!;
    const lower = first!.toLowerCase();
    if (NOT_A_NAME.has(lower)) continue;
    // A lower-case word after "née" is a verb's participle more often than a maiden name ("née prématurée").
    if (/^[Nn]é/.test(title!) && first![0] === first![0]!.toLowerCase()) continue;
    const start = match.index + title!.length + gap!.length;
    spans.push({ kind: 'person', start, end: start + first!.length + rest!.length });
  }
  return spans;
}

export function detectBirthDates(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(BIRTH)) {
    const date = match.groups!.date!;
    const end = match.index + match[0].length;
    spans.push({ kind: 'birth_date', start: end - date.length, end });
  }
  return spans;
}
