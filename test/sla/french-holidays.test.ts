import { describe, expect, it } from 'vitest';
import { frenchPublicHolidays, isFrenchPublicHoliday } from '../../src/sla/index.js';

// Hand-checked against the Code du travail list (art. L3133-1). Easter Sundays: 2024-03-31,
// 2025-04-20, 2026-04-05, 2027-03-28, 2028-04-16, 2029-04-01, 2030-04-21; Easter Monday = +1 day,
// Ascension = +39 days (a Thursday), Whit Monday = +50 days.
const EXPECTED: Record<number, [easterMonday: string, ascension: string, whitMonday: string]> = {
  2024: ['04-01', '05-09', '05-20'],
  2025: ['04-21', '05-29', '06-09'],
  2026: ['04-06', '05-14', '05-25'],
  2027: ['03-29', '05-06', '05-17'],
  2028: ['04-17', '05-25', '06-05'],
  2029: ['04-02', '05-10', '05-21'],
  2030: ['04-22', '05-30', '06-10'],
};

describe('the eleven French public holidays, from the holiday library', () => {
  for (const [year, [easterMonday, ascension, whitMonday]] of Object.entries(EXPECTED)) {
    it(`are exactly the eleven days of ${year}`, () => {
      const expected = ['01-01', easterMonday, '05-01', '05-08', ascension, whitMonday, '07-14', '08-15', '11-01', '11-11', '12-25']
        .map((day) => `${year}-${day}`)
        .sort();
      expect(frenchPublicHolidays(Number(year)).map((h) => h.date)).toEqual(expected);
    });
  }

  it('names each holiday', () => {
    expect(frenchPublicHolidays(2026).map((h) => h.name)).toEqual([
      "New Year's Day", 'Easter Monday', 'Labour Day', 'Victory in Europe Day', 'Ascension Day', 'Whit Monday',
      'Bastille Day', 'Assumption of Mary', "All Saints' Day", 'Armistice Day', 'Christmas Day',
    ]);
  });

  it('leaves out the observances the library also knows (Easter Sunday, Whit Sunday, Mothers\' Day)', () => {
    expect(isFrenchPublicHoliday('2026-04-05')).toBe(false); // Easter Sunday
    expect(isFrenchPublicHoliday('2026-05-24')).toBe(false); // Whit Sunday
    expect(isFrenchPublicHoliday('2026-05-31')).toBe(false); // Mothers' Day
    expect(isFrenchPublicHoliday('2026-05-25')).toBe(true); // Whit Monday
  });

  it('keeps both holidays when two fall on the same day (Ascension on 1 May 2008)', () => {
    const may1 = frenchPublicHolidays(2008).filter((h) => h.date === '2008-05-01').map((h) => h.name);
    expect(may1.sort()).toEqual(['Ascension Day', 'Labour Day']);
  });
});
