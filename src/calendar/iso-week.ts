import { dayOfDate, yearMonthOfDay } from '../clock/day-number.js';

/**
 * The ISO 8601 weekday of a day number: 1 = Monday … 7 = Sunday. Day 0, 1970-01-01, was a
 * Thursday.
 *
 * @example
 * isoWeekday(parseDay('2024-02-24')!); // 6 (a Saturday)
 */
export function isoWeekday(day: number): number {
  // ((day % 7) + 7) % 7 keeps days before 1970 (negative numbers) in 0–6.
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/**
 * The ISO 8601 week number (1–53) of a day number: weeks run Monday to Sunday, and week 1 is
 * the week holding the year's first Thursday, so 1–3 January can be in week 52 or 53 of the
 * year before and 29–31 December in week 1 of the next. Written out (a few lines of
 * arithmetic) rather than imported from date-fns, whose import cost ~33 ms of CLI start-up
 * (measured for getDaysInYear, see calendar-months.ts).
 *
 * @example
 * isoWeek(parseDay('2021-01-03')!); // 53 (of 2020)
 * isoWeek(parseDay('2024-12-30')!); // 1 (of 2025)
 */
export function isoWeek(day: number): number {
  // A week belongs to the year its Thursday falls in.
  const thursday = day - isoWeekday(day) + 4;
  const { year } = yearMonthOfDay(thursday);
  return Math.floor((thursday - dayOfDate(year, 1, 1)) / 7) + 1;
}
