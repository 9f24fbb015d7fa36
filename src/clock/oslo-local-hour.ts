import { yearMonthOfDay } from './day-number.js';
import { summerTime } from './summer-time.js';

// The year last asked about, so that a run of rows costs no Date per row.
let yearFrom = 0;
let yearTo = -1;
let summerFrom = 0;
let summerTo = 0;

/**
 * The Europe/Oslo local clock hour of a UTC hour number, as a local hour number:
 * local day number × 24 + clock hour (0–23). UTC+1 in winter, UTC+2 in summer time; the
 * changes are never near New Year, so the UTC year decides which rule applies.
 *
 * @example
 * osloLocalHour(480552); // 480554: 2024-10-27T00:00Z is 02:00 summer time (day 20023 × 24 + 2)
 * osloLocalHour(480553); // 480554: 01:00Z is 02:00 again, winter time (the repeated hour)
 */
export function osloLocalHour(utcHour: number): number {
  if (utcHour < yearFrom || utcHour >= yearTo) cacheYear(utcHour);
  return utcHour + (utcHour >= summerFrom && utcHour < summerTo ? 2 : 1);
}

function cacheYear(utcHour: number): void {
  const { year } = yearMonthOfDay(Math.floor(utcHour / 24));
  const january = Date.UTC(year, 0, 1) / 3_600_000;
  yearFrom = january;
  yearTo = Date.UTC(year + 1, 0, 1) / 3_600_000;
  [summerFrom, summerTo] = summerTime(year);
}

/**
 * Whether a UTC hour is the first of the two that share a local clock hour: 02:00 summer time
 * on the last Sunday of October, followed by 02:00 winter time.
 *
 * @example
 * isFirstOfRepeatedHour(480552); // true (2024-10-27T00:00Z)
 * isFirstOfRepeatedHour(480553); // false
 */
export function isFirstOfRepeatedHour(utcHour: number): boolean {
  return osloLocalHour(utcHour + 1) === osloLocalHour(utcHour);
}
