import { DateTime } from 'luxon';
const DISPLAY_ZONE = 'Europe/Paris';

/** A manager's request for a monthly SLA report: the month asked for (YYYY-MM). */
export interface SlaReportRequest {
  month: string;
}

const MONTHS: Record<string, number> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Recognises "rapport SLA novembre", "rapport sla 2026-11", "SLA report November 2026",
 * "rapport SLA du mois dernier"; the month without a year is the latest one not in the future.
 * Undefined when the text is not such a request.
 */
export function matchesSlaReportRequest(text: string, now: Date = new Date()): SlaReportRequest | undefined {
  const folded = fold(text).trim();
  if (!/\bsla\b/.test(folded) || !/\b(rapport|report|bilan)\b/.test(folded)) return undefined;
  const today = DateTime.fromJSDate(now, { zone: DISPLAY_ZONE });
  const iso = /\b(20\d{2})-(0[1-9]|1[0-2])\b/.exec(folded);
  if (iso) return { month: `${iso[1]}-${iso[2]}` };
  if (/\b(mois dernier|mois precedent|last month|previous month)\b/.test(folded)) return { month: today.minus({ months: 1 }).toFormat('yyyy-MM') };
  const named = Object.keys(MONTHS).find((name) => new RegExp(`\\b${name}\\b`).test(folded));
  const year = /\b(20\d{2})\b/.exec(folded)?.[1];
  if (named) {
    const m = MONTHS[named]!;
    const y = year ? Number(year) : m > today.month ? today.year - 1 : today.year;
    return { month: `${y}-${String(m).padStart(2, '0')}` };
  }
  return { month: today.toFormat('yyyy-MM') };
}

/** Job roles that may ask for SLA reports: cadres, directors, heads of department or unit, managers. */
export function isManagerRole(jobRole: string): boolean {
  return /\b(cadre|directeur|directrice|direction|chef|cheffe|responsable|manager|head)\b/.test(fold(jobRole));
}
