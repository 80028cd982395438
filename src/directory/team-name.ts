import type { SupportTeam } from './types.js';

/** A support team's name in the reader's language: its English name for English readers when it has one; its code when unknown. */
export function teamNameFor(team: SupportTeam | undefined, code: string, lang: 'fr' | 'en' = 'fr'): string {
  if (!team) return code;
  return lang === 'en' && team.nameEn ? team.nameEn : team.name;
}
