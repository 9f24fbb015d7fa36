import { dayOfDate, formatDay, parseDay } from '../clock/day-number.js';

/** `D.M.YYYY` or `DD.MM.YYYY`: the date as Norwegian Excel writes it. */
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
/** An ISO timestamp at midnight, as databases and pandas write a date: `2024-03-01T00:00:00`, with or without `Z` or an offset. */
const MIDNIGHT = /^(\d{4}-\d{2}-\d{2})[T ]00:00(:00(\.0+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A `date` cell's day number: `YYYY-MM-DD`, `DD.MM.YYYY` (day first, as in Norway; `D.M.YYYY`
 * too), or an ISO timestamp at midnight (the date it names, whatever its zone). Undefined for
 * anything else, including dates that do not exist (`29.02.2023`) and timestamps with a time
 * of day, which belong in a `time` column.
 *
 * @example
 * parseCountDate('2024-02-29'); // 19782
 * parseCountDate('29.02.2024'); // 19782
 * parseCountDate('2024-02-29T00:00:00Z'); // 19782
 * parseCountDate('29.02.2023'); // undefined
 */
export function parseCountDate(text: string): number | undefined {
  const iso = parseDay(text);
  if (iso !== undefined) return iso;
  const dotted = DOTTED.exec(text);
  if (dotted !== null) {
    const [day, month, year] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
    if (month < 1 || month > 12 || day < 1) return undefined;
    const result = dayOfDate(year, month, day);
    // A rolled-over date (31.04 → 1 May) does not exist.
    return formatDay(result).endsWith(`-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`) ? result : undefined;
  }
  const midnight = MIDNIGHT.exec(text);
  return midnight === null ? undefined : parseDay(midnight[1]!);
}
