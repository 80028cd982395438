import type { DirectoryUser } from '../directory/index.js';
import { languageEvidence } from '../knowledge/index.js';
import type { Language } from '../triage/index.js';

export function localeLanguage(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

/** A device proposed as a button: its tag, then its model as the inventory names it. */
const DEVICE_CHOICE = /^[A-Z]{2,6}-[A-Z0-9]{2,8}-\d{2,6}\b/;

/** The weaker language must weigh at least this share of the stronger one for a message to count as mixed ("fyi it's a philips speechmike, on my laptop", where "on" reads as French too, is English). */
const MIXED_SHARE = 0.4;

/**
 * Whether a message is written in both languages ("my password ne marche plus"): each has function
 * words, and neither outweighs the other four to one.
 */
export function isMixed(text: string): boolean {
  const { fr, en } = languageEvidence(text);
  const weaker = Math.min(fr, en);
  return weaker >= 1 && weaker >= MIXED_SHARE * Math.max(fr, en);
}

/** How much more one language must weigh than the other for a conversation under way to change to it. */
const SWITCH_MARGIN = 1;

export interface LanguageClues {
  /** The language of the conversation so far, if any. */
  previous?: Language;
  user?: DirectoryUser;
  locale?: string;
  text: string;
}

/**
 * "sorry, english pls", "in English please", "can you answer in english", "en français svp": the person names the
 * language they want, with a courtesy or a verb of speech; "des messages en anglais que je ne comprends pas" does not.
 */
const COURTESY = "(please|pls|plz|svp|stp|s'il vous pla[iî]t|s'il te pla[iî]t|merci|thanks)";
const LANGUAGE_ASKED: ReadonlyArray<readonly [RegExp, Language]> = [
  [new RegExp(`\\b(in |en )?(english|anglais)( ${COURTESY})\\b|\\b(speak|write|answer|reply|talk|continue|carry on|switch|go on)( to| in)? english\\b|^\\W*(in )?english\\W*$`, 'i'), 'en'],
  [new RegExp(`\\b(in |en )?(french|fran[cç]ais)( ${COURTESY})\\b|(?:^|\\s)(parlez|parle|parler|[ée]crivez|[ée]crire|r[ée]pondez|r[ée]pondre|continuez|continuer|passez|passer)( en| le)? fran[cç]ais\\b|^\\W*(en )?fran[cç]ais\\W*$`, 'i'), 'fr'],
];

export function languageAsked(text: string): Language | undefined {
  return LANGUAGE_ASKED.find(([asks]) => asks.test(text))?.[1];
}

/** Words that only carry the request: "sorry, english pls", "ok en français svp merci". */
const ONLY_COURTESY = /^(sorry|pardon|d[ée]sol[ée]e?|ok|okay|can|could|you|please|pls|plz|svp|stp|merci|thanks|thx|vous|tu|pouvez|peux|pourriez|pouvez-vous|continue[rz]?|go|on|carry|switch|answer|reply|write|speak|talk|parlez|parle|parler|r[ée]pondez|r[ée]pondre|[ée]crivez|[ée]crire|passez|passer|in|en|english|anglais|french|fran[cç]ais|the|le|de|du|me|moi|to)$/i;

/** The message asks for a language and says nothing else. */
export function onlyAsksLanguage(text: string): boolean {
  if (!languageAsked(text)) return false;
  const words = text.toLowerCase().replace(/s'il vous pla[iî]t/g, ' ').split(/[\s,.!?;:]+/).filter(Boolean);
  return words.every((word) => ONLY_COURTESY.test(word));
}

/**
 * The language to answer in: the one the person asks for, else the one they write in when the message says
 * enough, else the one already known (the conversation's, the directory's, the client's locale). A message
 * that mixes both languages, or whose words belong to neither ("zebra printing blank labels" reads English
 * from its endings; "tried. says account locked" too; "scope HS" from nothing), keeps the known language.
 */
export function replyLanguage({ previous, user, locale, text }: LanguageClues): Language {
  const asked = languageAsked(text);
  if (asked) return asked;
  const known = previous ?? user?.preferredLanguage ?? localeLanguage(locale);
  const words = text.split(/\s+/).filter((w) => w.length > 1).length;
  if (previous && words < 3) return known;
  // "BIO-MAT-0002 — Cardiotocographe Philips Avalon FM30": a device button, in the inventory's words, not the user's.
  if (previous && DEVICE_CHOICE.test(text.trim())) return known;
  if (isMixed(text)) return known;
  const { fr, en } = languageEvidence(text);
  // The understanding's own reading says French when nothing tells; here nothing telling keeps the known language,
  // and a conversation under way changes language on clear evidence only ("Sarah Lopez, intern, starts mon 7 dec"
  // has one French-looking word).
  const margin = previous ? SWITCH_MARGIN : 0;
  if (en - fr > margin) return 'en';
  if (fr - en > margin) return 'fr';
  return known;
}
