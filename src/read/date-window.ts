import { showValue } from '../errors.js';
import { formatDay, parseDay } from '../clock/day-number.js';

/** The days counts may fall on, as day numbers (days since 1970-01-01), both ends included. */
export interface DateWindow {
  first: number;
  last: number;
}

/**
 * Dates outside this window are taken for typing errors (a year 2924, a 1900 default of a
 * spreadsheet) and refused with their line: mobile networks counted no devices before 1990,
 * and a grid spanning centuries would take gigabytes for nothing.
 */
export const DEFAULT_DATE_WINDOW: DateWindow = { first: parseDay('1990-01-01')!, last: parseDay('2100-12-31')! };

/**
 * Read a date window written `YYYY-MM-DD..YYYY-MM-DD` (as `--date-window` and a model's
 * `dateWindow` give it); a reason (text) where it is not one.
 *
 * @example
 * parseDateWindow('1980-01-01..2100-12-31'); // { first: 3652, last: 47846 }
 * parseDateWindow('2100..1990');              // 'expected a date window as YYYY-MM-DD..YYYY-MM-DD, got "2100..1990"'
 */
export function parseDateWindow(text: string): DateWindow | string {
  const [from = '', to = '', ...rest] = text.split('..');
  const [first, last] = [parseDay(from.trim()), parseDay(to.trim())];
  if (rest.length > 0 || first === undefined || last === undefined) return `expected a date window as YYYY-MM-DD..YYYY-MM-DD, got "${showValue(text)}"`;
  if (last < first) return `the date window ends (${to.trim()}) before it starts (${from.trim()})`;
  return { first, last };
}

/**
 * Why a day outside the window is refused, or undefined when it lies inside.
 *
 * @example
 * outsideDateWindow(parseDay('2924-01-01')!, DEFAULT_DATE_WINDOW);
 * // '2924-01-01 lies outside the plausible dates 1990-01-01..2100-12-31; a typing error? (widen the window with --date-window if it is right)'
 */
export function outsideDateWindow(day: number, window: DateWindow): string | undefined {
  if (day >= window.first && day <= window.last) return undefined;
  // Dates reach ±100 million days from 1970; a damaged Arrow file can give any integer.
  const shown = Math.abs(day) <= 100_000_000 ? formatDay(day) : `day ${day} (counted from 1970-01-01)`;
  return `${shown} lies outside the plausible dates ${formatDay(window.first)}..${formatDay(window.last)}; a typing error? (widen the window with --date-window if it is right)`;
}
