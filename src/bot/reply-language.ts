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

export interface LanguageClues {
  /** The language of the conversation so far, if any. */
  previous?: Language;
  user?: DirectoryUser;
  locale?: string;
  /** The language the understanding read in the message. */
  detected?: Language;
  text: string;
}

/**
 * The language to answer in: the one the user writes in when the message says enough, else the one
 * already known (the conversation's, the directory's, the client's locale). A message that mixes both
 * languages says nothing about which one the person prefers: the known language stays.
 */
export function replyLanguage({ previous, user, locale, detected, text }: LanguageClues): Language {
  const known = previous ?? user?.preferredLanguage ?? localeLanguage(locale);
  const words = text.split(/\s+/).filter((w) => w.length > 1).length;
  if (previous && words < 3) return known;
  // "BIO-MAT-0002 — Cardiotocographe Philips Avalon FM30": a device button, in the inventory's words, not the user's.
  if (previous && DEVICE_CHOICE.test(text.trim())) return known;
  if (isMixed(text)) return known;
  return detected ?? known;
}
