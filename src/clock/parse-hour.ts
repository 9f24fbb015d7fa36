import { showValue } from '../errors.js';
/**
 * Parse an `hour` cell: the Norwegian clock hour 0–23 as one or two digits. Returns a reason
 * (text) for anything else.
 *
 * @example
 * parseHour('02'); // 2
 * parseHour('24'); // 'expected an hour 0–23 (Norwegian local time), got "24"'
 */
export function parseHour(text: string): number | string {
  const hour = /^\d{1,2}$/.test(text) ? Number(text) : NaN;
  return hour <= 23 ? hour : `expected an hour 0–23 (Norwegian local time), got "${showValue(text)}"`;
}
