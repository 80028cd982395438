import type { CalendarSpec } from '../../src/sla/index.js';

const weekdays = (ranges: string[]) => ({ mon: ranges, tue: ranges, wed: ranges, thu: ranges, fri: ranges });
const everyDay = (ranges: string[]) => ({ ...weekdays(ranges), sat: ranges, sun: ranges });

/** Monday to Friday 08:00–18:00 Paris time, closed on French public holidays. */
export const office: CalendarSpec = { kind: 'business-hours', timezone: 'Europe/Paris', hours: weekdays(['08:00-18:00']), holidays: 'FR' };

/** Monday to Friday 08:30–12:30 and 13:30–17:30 Paris time, closed on French public holidays. */
export const vendor: CalendarSpec = {
  kind: 'business-hours',
  timezone: 'Europe/Paris',
  hours: weekdays(['08:30-12:30', '13:30-17:30']),
  holidays: 'FR',
};

/** Every day 08:00–18:00 Paris time, no holidays (for daylight-saving Sundays). */
export const everyDayOffice: CalendarSpec = { kind: 'business-hours', timezone: 'Europe/Paris', hours: everyDay(['08:00-18:00']), holidays: 'none' };

/** Every local day in full, 00:00–24:00 Paris time. */
export const wholeLocalDays: CalendarSpec = { kind: 'business-hours', timezone: 'Europe/Paris', hours: everyDay(['00:00-24:00']), holidays: 'none' };

export const always: CalendarSpec = { kind: '24/7' };

export const MIN = 60_000;
export const HOURS = 3_600_000;
