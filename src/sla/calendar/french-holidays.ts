import Holidays from 'date-holidays';
import { CodedError } from '../../errors.js';

/**
 * The eleven French public holidays (jours fériés, Code du travail art. L3133-1), identified by the
 * rule under which the `date-holidays` library computes them. The library's other public days for
 * France without region (none today) and its observances (Easter Sunday, Whit Sunday, Mother's Day)
 * are left out; Alsace-Moselle's extra days (Good Friday, 26 December) need region 57/67/68.
 */
const ELEVEN: Readonly<Record<string, string>> = {
  '01-01': "New Year's Day",
  'easter 1': 'Easter Monday',
  '05-01': 'Labour Day',
  '05-08': 'Victory in Europe Day',
  'easter 39': 'Ascension Day',
  'easter 50': 'Whit Monday',
  '07-14': 'Bastille Day',
  '08-15': 'Assumption of Mary',
  '11-01': "All Saints' Day",
  '11-11': 'Armistice Day',
  '12-25': 'Christmas Day',
};

export interface PublicHoliday {
  /** Local date YYYY-MM-DD. */
  date: string;
  name: string;
  /** French name as given by the library, e.g. "Lundi de Pentecôte". */
  localName: string;
}

const library = new Holidays('FR', { types: ['public'] });
const byYear = new Map<number, PublicHoliday[]>();

/**
 * The eleven French public holidays of `year`, in date order. Fails loudly (config_invalid) if the
 * holiday library does not yield exactly those eleven, rather than silently running a wrong calendar.
 */
export function frenchPublicHolidays(year: number): PublicHoliday[] {
  const cached = byYear.get(year);
  if (cached) return cached;
  const found = library
    .getHolidays(year)
    .filter((holiday) => holiday.type === 'public' && holiday.rule in ELEVEN)
    .map((holiday) => ({ date: holiday.date.slice(0, 10), name: ELEVEN[holiday.rule]!, localName: holiday.name }));
  // Two holidays may share a date (Ascension fell on 1 May in 2008), so count names, not dates.
  if (found.length !== 11 || new Set(found.map((h) => h.name)).size !== 11) {
    throw new CodedError(
      'config_invalid',
      `The holiday library gave ${found.length} of the 11 French public holidays for ${year}; check the date-holidays version`,
      { year, found },
    );
  }
  found.sort((a, b) => a.date.localeCompare(b.date));
  byYear.set(year, found);
  return found;
}

/** Whether local date `date` (YYYY-MM-DD) is a French public holiday. */
export function isFrenchPublicHoliday(date: string): boolean {
  return frenchPublicHolidays(Number(date.slice(0, 4))).some((holiday) => holiday.date === date);
}
