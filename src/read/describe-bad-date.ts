import { showValue } from '../errors.js';
/**
 * Why a date cell is refused: the wrong form, a time of day in a date column, or a date of the
 * right form that does not exist.
 *
 * @example
 * describeBadDate('12/31/2023'); // 'expected a date as YYYY-MM-DD or DD.MM.YYYY, got "12/31/2023"'
 * describeBadDate('2023-02-29'); // 'expected a date as YYYY-MM-DD or DD.MM.YYYY, got "2023-02-29", which does not exist in the calendar'
 */
export function describeBadDate(text: string): string {
  const expected = `expected a date as YYYY-MM-DD or DD.MM.YYYY, got "${showValue(text)}"`;
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text)) return `${expected}, a time of day; hourly counts give it in a time column (or date and hour)`;
  const exists = /^(\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})$/.test(text) ? ', which does not exist in the calendar' : '';
  return `${expected}${exists}`;
}
