import { DateTime } from 'luxon';
import type { Language } from '../../triage/index.js';

/** Zone in which instants are told to people: the hospital's. */
export const DISPLAY_ZONE = 'Europe/Paris';

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/**
 * An instant as a person says it, relative to `now` in Paris time: "aujourd'hui à 14 h 30",
 * "demain à 8 h 05", "lundi 1 décembre à 10 h 00"; "today at 2:30 pm", "Monday 1 December at 10:00 am".
 */
export function whenInWords(at: string | Date, now: string | Date, lang: Language): string {
  const when = DateTime.fromJSDate(new Date(at), { zone: DISPLAY_ZONE }).setLocale(lang === 'fr' ? 'fr' : 'en-GB');
  const today = DateTime.fromJSDate(new Date(now), { zone: DISPLAY_ZONE }).startOf('day');
  const days = daysFrom(at, now);
  const time = lang === 'fr' ? `${when.hour} h ${when.toFormat('mm')}` : when.toFormat('h:mm a').toLowerCase();
  const sameYear = when.year === today.year;
  if (lang === 'fr') {
    const day = days === 0 ? "aujourd'hui" : days === 1 ? 'demain' : when.toFormat(sameYear ? 'cccc d LLLL' : 'cccc d LLLL yyyy');
    return `${day} à ${time}`;
  }
  const day = days === 0 ? 'today' : days === 1 ? 'tomorrow' : when.toFormat(sameYear ? 'cccc d LLLL' : 'cccc d LLLL yyyy');
  return `${day} at ${time}`;
}

/** Calendar days from `now` to `at` in the hospital's zone: 0 today, 1 tomorrow, -1 yesterday. */
/** The calendar day of an instant in Paris, YYYY-MM-DD. */
export function parisDay(at: string | Date): string {
  return DateTime.fromJSDate(new Date(at), { zone: DISPLAY_ZONE }).toISODate()!;
}

export function daysFrom(at: string | Date, now: string | Date): number {
  const day = (instant: string | Date) => DateTime.fromJSDate(new Date(instant), { zone: DISPLAY_ZONE }).startOf('day');
  return Math.round(day(at).diff(day(now), 'days').days);
}

/** A duration rounded down to the minute, for people: "2 h 05 min", "12 min", "3 j 4 h" / "3 d 4 h". */
export function durationInWords(ms: number, lang: Language): string {
  const minutes = Math.floor(Math.max(0, ms) / MINUTE_MS);
  const hours = Math.floor(minutes / 60);
  if (hours >= 48) {
    const days = Math.floor(hours / 24);
    return `${days} ${lang === 'fr' ? 'j' : 'd'} ${hours % 24} h`;
  }
  if (hours > 0) return `${hours} h ${String(minutes % 60).padStart(2, '0')} min`;
  return ms > 0 && minutes === 0 ? (lang === 'fr' ? "moins d'une minute" : 'under a minute') : `${minutes} min`;
}

/** A ten-cell text bar of the share of a target used: "█████░░░░░ 52 %" (capped at ten cells). */
export function textBar(percent: number): string {
  const cells = Math.max(0, Math.min(10, Math.floor(percent / 10)));
  return `${'█'.repeat(cells)}${'░'.repeat(10 - cells)} ${Math.floor(percent)} %`;
}

export { HOUR_MS, MINUTE_MS };
