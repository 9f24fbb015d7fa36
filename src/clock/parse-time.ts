import { showValue } from '../errors.js';
import { parseDay } from './day-number.js';
import { localHourToUtc } from './local-hour-to-utc.js';

/** A `time` cell read: its UTC hour number, and whether it was local time (no zone given). */
export interface ParsedTime {
  utcHour: number;
  /** No `Z` or offset: Europe/Oslo clock time, where 02 on the last Sunday of October is ambiguous. */
  local: boolean;
}

const TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.0+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * Parse an ISO 8601 time on the hour: `2024-03-31T03:00`, with seconds or not, `T` or a space,
 * and `Z` or an offset (`+01:00`, `+0100`, `+01`) for an instant; without a zone it is a
 * Europe/Oslo clock time. Returns a reason (text) where the cell is not such a time, or names an
 * hour the Oslo clock skipped.
 *
 * @example
 * parseTime('2024-10-27T02:00');      // { utcHour: 480552, local: true } (the first 02:00)
 * parseTime('2024-10-27T01:00Z');     // { utcHour: 480553, local: false }
 * parseTime('2024-03-31T02:00');      // '2024-03-31 02:00 does not exist in Norway: …'
 */
export function parseTime(text: string): ParsedTime | string {
  const match = TIME.exec(text);
  const expected = `expected an ISO time on the hour such as 2024-03-31T03:00 (Norwegian local time) or 2024-03-31T01:00Z, got "${showValue(text)}"`;
  if (match === null) return expected;
  const [, date, hourText, minuteText, secondText = '00', zone] = match;
  const day = parseDay(date!);
  const hour = Number(hourText);
  if (day === undefined || hour > 23 || Number(minuteText) > 59 || Number(secondText) > 59) return expected;
  if (minuteText !== '00' || secondText !== '00') return `expected a time on the hour (hourly counts), got "${showValue(text)}"`;
  if (zone === undefined) {
    const utcHour = localHourToUtc(day, hour);
    return typeof utcHour === 'string' ? utcHour : { utcHour, local: true };
  }
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    offsetMinutes = (zone[0] === '-' ? -1 : 1) * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
  }
  // Zones on Earth run from UTC−12:00 to UTC+14:00; +99:00 is a typing error, not a place.
  if (offsetMinutes < -12 * 60 || offsetMinutes > 14 * 60 || Number(zone.slice(1).replace(':', '').slice(2) || '0') > 59) {
    return `expected a UTC offset from -12:00 to +14:00, got "${showValue(text)}" (offset ${zone})`;
  }
  if (offsetMinutes % 60 !== 0) return `expected a time on a whole UTC hour, got "${showValue(text)}" (offset ${zone})`;
  return { utcHour: day * 24 + hour - offsetMinutes / 60, local: false };
}
