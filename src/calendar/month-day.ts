import { MS_PER_DAY } from '../clock/day-number.js';

/** Days before each month in a leap year: the numbering gives 29 February a place every year. */
const LEAP_MONTH_START = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366];

/** How many month-days there are: 1 January is 0, 29 February 59, 31 December 365. */
export const MONTH_DAYS = 366;

/**
 * Parse a recurring day of the year `MM-DD` into its month-day: the day's place in a leap year
 * (0 = 01-01, 59 = 02-29, 365 = 12-31), so that a season's date range means the same days in
 * every year. `02-29` is accepted (it exists in leap years); `02-30`, `13-01` and `2-5` are not.
 *
 * @example
 * parseMonthDay('03-01'); // 60
 * parseMonthDay('02-30'); // undefined
 */
export function parseMonthDay(text: string): number | undefined {
  const match = /^(\d\d)-(\d\d)$/.exec(text);
  if (match === null) return undefined;
  const [month, day] = [Number(match[1]), Number(match[2])];
  if (month < 1 || month > 12 || day < 1) return undefined;
  const start = LEAP_MONTH_START[month - 1]!;
  return start + day - 1 < LEAP_MONTH_START[month]! ? start + day - 1 : undefined;
}

/**
 * The month-day (see `parseMonthDay`) of a day number. In a common year 1 March is still 60:
 * the place of 29 February is left empty, not given to 1 March.
 *
 * @example
 * monthDayOfDay(parseDay('2023-03-01')!); // 60
 * monthDayOfDay(parseDay('2024-02-29')!); // 59
 */
export function monthDayOfDay(day: number): number {
  const date = new Date(day * MS_PER_DAY);
  return LEAP_MONTH_START[date.getUTCMonth()]! + date.getUTCDate() - 1;
}

/**
 * A month-day as `MM-DD`, for messages.
 *
 * @example
 * formatMonthDay(59); // '02-29'
 */
export function formatMonthDay(monthDay: number): string {
  let month = 0;
  while (LEAP_MONTH_START[month + 1]! <= monthDay) month++;
  return `${String(month + 1).padStart(2, '0')}-${String(monthDay - LEAP_MONTH_START[month]! + 1).padStart(2, '0')}`;
}
