export { isoInstantSchema, isoUtc, toMs, type Instant } from './instant.js';
export { normalizeIntervals, type Interval } from './intervals.js';
export {
  alwaysOpenSpecSchema,
  businessHoursSpecSchema,
  calendarSpecSchema,
  WEEKDAYS,
  type AlwaysOpenSpec,
  type BusinessHoursSpec,
  type CalendarInput,
  type CalendarSpec,
  type Weekday,
} from './calendar-spec.js';
export { frenchPublicHolidays, isFrenchPublicHoliday, type PublicHoliday } from './french-holidays.js';
export { asCalendar, compileCalendar, parseCalendar, type Calendar } from './calendar.js';
export { addOpenTime, deadline, openMsBetween, openTimeBetween, pauseIntervals, type Pause } from './open-time.js';
export { DAY, HOUR, MINUTE } from './wall-clock.js';
