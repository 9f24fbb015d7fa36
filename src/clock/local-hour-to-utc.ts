import { formatDay } from './day-number.js';
import { osloUtcHour } from './oslo-utc-hour.js';

/**
 * A Norwegian clock hour of a day as a UTC hour number, or the reason it has none: the hour the
 * clocks skip on the last Sunday of March. Shared by every reader of `hour` and `time` cells.
 *
 * @example
 * localHourToUtc(19813, 2); // '2024-03-31 02:00 does not exist in Norway: the clocks went from 02:00 to 03:00 that night'
 */
export function localHourToUtc(day: number, hour: number): number | string {
  const utcHour = osloUtcHour(day, hour);
  return Number.isNaN(utcHour)
    ? `${formatDay(day)} ${String(hour).padStart(2, '0')}:00 does not exist in Norway: the clocks went from 02:00 to 03:00 that night`
    : utcHour;
}
