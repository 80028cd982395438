import type { Language } from '../../triage/index.js';
import { en } from './en.js';
import { fr, type MessageKey } from './fr.js';

export type { MessageKey };

const catalogues: Record<Language, Record<MessageKey, string>> = { fr, en };

/** A message in the user's language with its {parameters} filled in. */
export function t(lang: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  return catalogues[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Every phrasing of a key across languages (to recognise a button label the user clicked or typed). */
export function allPhrasings(key: MessageKey): string[] {
  return [fr[key], en[key]];
}

/** The keys of every button the bot offers. */
export function choiceKeys(): MessageKey[] {
  return (Object.keys(fr) as MessageKey[]).filter((key) => key.startsWith('choice.'));
}
