import { summerTime } from '../clock/summer-time.js';
import { yearMonthOfDay } from '../clock/day-number.js';

/**
 * The Europe/Oslo clock hours of a local day, in the order the clock shows them: 0–23 on most
 * days; no 02 on the last Sunday of March (clocks jump from 02:00 to 03:00); 02 twice on the last
 * Sunday of October (summer time first, then winter time), by the rule `summerTime` writes out.
 *
 * @example
 * clockHours(dayOfDate(2024, 3, 31)).length;  // 23
 * clockHours(dayOfDate(2024, 10, 27)).slice(0, 5); // [0, 1, 2, 2, 3]
 */
export function clockHours(day: number): number[] {
  const hours = Array.from({ length: 24 }, (_, hour) => hour);
  // Summer time starts and ends at 01:00 UTC on those Sundays: their day numbers.
  const [start, end] = summerTime(yearMonthOfDay(day).year).map((utcHour) => Math.floor(utcHour / 24));
  if (day === start) hours.splice(2, 1);
  if (day === end) hours.splice(2, 0, 2);
  return hours;
}
