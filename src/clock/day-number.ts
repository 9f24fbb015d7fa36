/** Milliseconds in a UTC day. Day numbers count UTC days, so every day has exactly this many. */
export const MS_PER_DAY = 86_400_000;

/**
 * Parse an ISO calendar date `YYYY-MM-DD` into a day number (days since 1970-01-01, UTC).
 * Returns `undefined` for anything else, including impossible dates such as 2023-02-29.
 * Reads the digits directly: this runs once per distinct date string, not through date-fns.
 *
 * @example
 * parseDay('1970-01-02'); // 1
 * parseDay('2024-02-29'); // 19782
 * parseDay('2023-02-29'); // undefined
 */
export function parseDay(text: string): number | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return undefined;
  const result = dayOfDate(year, month, day);
  // A rolled-over month (2023-02-29 → 1 March) means the date does not exist.
  if (yearMonthOfDay(result).month !== month) return undefined;
  return result;
}

/**
 * The day number of a calendar date given as numbers (month 1–12). A day past the month's end
 * rolls over into the next month, as `Date` does; `parseDay` is the checked way in from text.
 *
 * @example
 * dayOfDate(2024, 2, 29); // 19782
 * dayOfDate(2024, 1, 0);  // 19722 (2023-12-31)
 */
export function dayOfDate(year: number, month: number, day: number): number {
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime() / MS_PER_DAY;
}

function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Format a day number as `YYYY-MM-DD`.
 *
 * @example
 * formatDay(19782); // '2024-02-29'
 */
export function formatDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The UTC calendar year and month (1–12) of a day number.
 *
 * @example
 * yearMonthOfDay(19782); // { year: 2024, month: 2 }
 */
export function yearMonthOfDay(day: number): { year: number; month: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

/**
 * The weekday of a day number, Monday 0 to Sunday 6 (day 0, 1970-01-01, was a Thursday).
 *
 * @example
 * weekdayOfDay(19813); // 6: 2024-03-31, Easter Sunday
 */
export function weekdayOfDay(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}
