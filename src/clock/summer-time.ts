import { dayOfDate, weekdayOfDay } from './day-number.js';

/**
 * When Norway keeps summer time (CEST, UTC+2) in a year, as UTC hour numbers (hours since
 * 1970-01-01T00:00Z): from the last Sunday of March 01:00 UTC to the last Sunday of October
 * 01:00 UTC, the end excluded. The EU rule (Directive 2000/84/EC), which Norway follows;
 * hand-coded rather than asked of `Intl`, so it does not depend on the machine's time-zone data
 * and costs nothing per row.
 *
 * @example
 * summerTime(2024); // [475513, 480553]: 2024-03-31T01:00Z to 2024-10-27T01:00Z
 */
export function summerTime(year: number): [number, number] {
  return [lastSunday(year, 3) * 24 + 1, lastSunday(year, 10) * 24 + 1];
}

function lastSunday(year: number, month: number): number {
  const last = dayOfDate(year, month, 31); // March and October both have 31 days
  // weekdayOfDay: Monday 0 … Sunday 6, so this steps back to the Sunday on or before.
  return last - ((weekdayOfDay(last) + 1) % 7);
}
