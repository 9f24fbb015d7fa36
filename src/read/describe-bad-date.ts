import { showValue } from '../errors.js';
/**
 * Why a date cell is refused: the wrong form, or a date of the right form that does not exist.
 *
 * @example
 * describeBadDate('31.12.2023'); // 'expected a date as YYYY-MM-DD, got "31.12.2023"'
 * describeBadDate('2023-02-29'); // 'expected a date as YYYY-MM-DD, got "2023-02-29", which does not exist in the calendar'
 */
export function describeBadDate(text: string): string {
  const exists = /^\d{4}-\d{2}-\d{2}$/.test(text) ? ', which does not exist in the calendar' : '';
  return `expected a date as YYYY-MM-DD, got "${showValue(text)}"${exists}`;
}
