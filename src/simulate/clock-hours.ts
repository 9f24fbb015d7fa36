import { civilOfDay, dayOfCivil, weekdayOf } from './day-number.js';

/**
 * The Europe/Oslo clock hours of a local day, in the order the clock shows them: 0–23 on most
 * days; no 02 on the last Sunday of March (clocks jump from 02:00 to 03:00); 02 twice on the last
 * Sunday of October (summer time first, then winter time). The EU rule (Directive 2000/84/EC),
 * which Norway follows, written out so that it needs no time-zone data.
 *
 * @example
 * clockHours(dayOfCivil(2024, 3, 31)).length;  // 23
 * clockHours(dayOfCivil(2024, 10, 27)).slice(0, 5); // [0, 1, 2, 2, 3]
 */
export function clockHours(day: number): number[] {
  const hours = Array.from({ length: 24 }, (_, hour) => hour);
  const { march, october } = summerTimeSundays(day);
  if (day === march) hours.splice(2, 1);
  if (day === october) hours.splice(2, 0, 2);
  return hours;
}

/** The last Sundays of March and October of the year a day falls in (day numbers). */
function summerTimeSundays(day: number): { march: number; october: number } {
  const { year } = civilOfDay(day);
  return { march: lastSunday(year, 3), october: lastSunday(year, 10) };
}

function lastSunday(year: number, month: number): number {
  const last = dayOfCivil(year, month, 31); // March and October both have 31 days
  return last - ((weekdayOf(last) + 1) % 7);
}
