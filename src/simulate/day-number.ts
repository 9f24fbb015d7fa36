/**
 * Day numbers for the simulator: days since 1970-01-01 (UTC calendar days), as in the rest of
 * teleguest. Written out here (Howard Hinnant's civil-from-days arithmetic) so that the simulator
 * depends on no other folder of `src/`; integer arithmetic only, no `Date` per day.
 */

/** A calendar date: year, month 1–12, day of month 1–31. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/**
 * The day number of a calendar date (month 1–12). Valid for every Gregorian date.
 *
 * @example
 * dayOfCivil(2024, 2, 29); // 19782
 */
export function dayOfCivil(year: number, month: number, day: number): number {
  // Years start in March, so the leap day is the last day of the (shifted) year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * The calendar date of a day number.
 *
 * @example
 * civilOfDay(19782); // { year: 2024, month: 2, day: 29 }
 */
export function civilOfDay(dayNumber: number): CivilDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * The weekday of a day number, Monday 0 to Sunday 6 (1970-01-01 was a Thursday).
 *
 * @example
 * weekdayOf(19813); // 6: 2024-03-31 was a Sunday
 */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

/**
 * Parse `YYYY-MM-DD` into a day number; undefined for anything else, impossible dates included.
 *
 * @example
 * parseIsoDay('2024-02-29'); // 19782
 * parseIsoDay('2023-02-29'); // undefined
 */
export function parseIsoDay(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return undefined;
  const dayNumber = dayOfCivil(year, month, day);
  return civilOfDay(dayNumber).month === month ? dayNumber : undefined;
}

/**
 * Format a day number as `YYYY-MM-DD`.
 *
 * @example
 * formatIsoDay(19782); // '2024-02-29'
 */
export function formatIsoDay(dayNumber: number): string {
  const { year, month, day } = civilOfDay(dayNumber);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
