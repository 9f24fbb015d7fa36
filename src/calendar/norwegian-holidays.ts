import { dayOfDate } from '../clock/day-number.js';
import { easterSunday } from './easter-sunday.js';

/** A public holiday: its day number and its Norwegian name. */
export interface Holiday {
  day: number;
  name: string;
}

/**
 * Norway's public holidays (offentlige fridager) in a year, in date order: the church holidays
 * of the Act on public holidays (lov om helligdager og helligdagsfred, 1995, § 2) and the two
 * official days of 1 and 17 May (lov om 1. og 17. mai som høgtidsdagar, 1947). Sundays are
 * holidays in law but are left to the `weekend` day type. Easter Eve, Whitsun Eve and
 * Christmas Eve are not public holidays. Two holidays can fall on one day (Ascension was
 * 1 May in 2008 and 17 May in 2012): both are listed.
 *
 * @example
 * norwegianHolidays(2024).map(({ day, name }) => `${formatDay(day)} ${name}`)[1];
 * // '2024-03-28 Skjærtorsdag'
 */
export function norwegianHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const holidays: Holiday[] = [
    { day: dayOfDate(year, 1, 1), name: 'Første nyttårsdag' },
    { day: easter - 3, name: 'Skjærtorsdag' }, // Maundy Thursday
    { day: easter - 2, name: 'Langfredag' }, // Good Friday
    { day: easter, name: 'Første påskedag' }, // Easter Sunday
    { day: easter + 1, name: 'Andre påskedag' }, // Easter Monday
    { day: dayOfDate(year, 5, 1), name: 'Offentlig høytidsdag' }, // 1 May
    { day: dayOfDate(year, 5, 17), name: 'Grunnlovsdag' }, // Constitution Day
    { day: easter + 39, name: 'Kristi himmelfartsdag' }, // Ascension Day
    { day: easter + 49, name: 'Første pinsedag' }, // Whit Sunday
    { day: easter + 50, name: 'Andre pinsedag' }, // Whit Monday
    { day: dayOfDate(year, 12, 25), name: 'Første juledag' },
    { day: dayOfDate(year, 12, 26), name: 'Andre juledag' },
  ];
  // Stable: on a shared day the fixed holiday stays before the movable one.
  return holidays.sort((a, b) => a.day - b.day);
}
