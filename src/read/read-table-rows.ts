import { CountColumnsBuilder } from './count-columns.js';
import { REGION_CODE, REGION_RESERVED } from '../grid/count-grid.js';
import { describeBadDate } from './describe-bad-date.js';
import { checkAreaText } from './hidden-characters.js';
import { DEFAULT_DATE_WINDOW, outsideDateWindow } from './date-window.js';
import { InputError, showValue } from '../errors.js';
import type { CountsColumnPositions } from './find-columns.js';
import type { CountsRead } from './read-counts.js';
import { everyRowRejected, type ReadCountsOptions } from './rejected-row.js';
import { MS_PER_DAY } from '../clock/day-number.js';
import { parseCountDate } from './parse-count-date.js';
import { localHourToUtc } from '../clock/local-hour-to-utc.js';
import { parseHour } from '../clock/parse-hour.js';
import { parseTime, type ParsedTime } from '../clock/parse-time.js';

/** A typed table's column as a reader hands it over: the value of row `i` (0-based), null where missing. */
export type CellOf = (i: number) => unknown;

/**
 * Read the counts of a typed table (Arrow or Parquet) row by row, with the checks and messages of
 * both readers: `date` a date (epoch milliseconds, a `Date`) or text as in CSV (`YYYY-MM-DD`, `DD.MM.YYYY`), `area` text or
 * an integer, `devices` any number (null = missing), optional `area_name` and `segment`; hourly
 * counts add `hour` (an integer or text 0–23, Norwegian clock time) or give `time` instead of
 * `date` (a timestamp, which is an instant, or ISO text as in CSV). Rows are numbered from 1.
 * With `onReject`, a row with a bad cell is skipped and reported instead of failing the read.
 *
 * @example
 * const read = readTableRows('counts.parquet', rows, findColumns(header, { file }), (index) => (i) => data[index]![i]);
 */
export function readTableRows(
  file: string,
  rows: number,
  columns: CountsColumnPositions,
  cellsOf: (index: number) => CellOf,
  options: ReadCountsOptions = {},
): CountsRead {
  // With a `time` column there is no `date`: the time column stands in for it where rows are quoted.
  const date = cellsOf(columns.date === -1 ? columns.time : columns.date);
  const area = cellsOf(columns.area);
  const devices = cellsOf(columns.devices);
  const areaName = columns.areaName === -1 ? undefined : cellsOf(columns.areaName);
  const segment = columns.segment === -1 ? undefined : cellsOf(columns.segment);
  const hourColumn = columns.hour === -1 ? undefined : cellsOf(columns.hour);
  const hourly = columns.hour !== -1 || columns.time !== -1;
  const builder = new CountColumnsBuilder(file, 'row', rows, segment !== undefined, hourly);
  const dateWindow = options.dateWindow ?? DEFAULT_DATE_WINDOW;
  const readRow = (i: number, row: number) => {
    const at = (index: number, field: string) => ({ file, row, column: index + 1, field });
    let day = 0;
    let utcHour = NaN;
    let local = true;
    if (columns.time !== -1) {
      const time = toTime(date(i));
      if (typeof time === 'string') throw new InputError('E_TIME', time, at(columns.time, 'time'));
      ({ utcHour, local } = time);
      const outside = outsideDateWindow(Math.floor(utcHour / 24), dateWindow);
      if (outside !== undefined) throw new InputError('E_TIME', outside, at(columns.time, 'time'));
    } else {
      const known = toDay(date(i));
      if (known === undefined) throw new InputError('E_DATE', describeBadDate(String(date(i))), at(columns.date, 'date'));
      const outside = outsideDateWindow(known, dateWindow);
      if (outside !== undefined) throw new InputError('E_DATE', outside, at(columns.date, 'date'));
      day = known;
    }
    if (hourColumn !== undefined) {
      const clockHour = parseHour(String(hourColumn(i)));
      if (typeof clockHour === 'string') throw new InputError('E_HOUR', clockHour, at(columns.hour, 'hour'));
      const known = localHourToUtc(day, clockHour);
      if (typeof known === 'string') throw new InputError('E_HOUR', known, at(columns.hour, 'hour'));
      utcHour = known;
    }
    const code = area(i);
    if (code === null || code === undefined || code === '') throw new InputError('E_AREA', 'expected an area code, got null', at(columns.area, 'area'));
    // A number is a code only when whole and ≥ 0: 3320.5, NaN and -5 are no municipality.
    if ((typeof code === 'number' && !(Number.isSafeInteger(code) && code >= 0)) || (typeof code === 'bigint' && code < 0n)) {
      throw new InputError('E_AREA', `expected an area code (text, or a whole number ≥ 0), got ${showValue(String(code))}`, at(columns.area, 'area'));
    }
    if (String(code) === REGION_CODE) throw new InputError('E_AREA', REGION_RESERVED, at(columns.area, 'area'));
    const codeProblem = checkAreaText(String(code));
    if (codeProblem !== undefined) throw new InputError('E_AREA', codeProblem, at(columns.area, 'area'));
    const count = devices(i) ?? null;
    const value = count === null ? NaN : Number(count);
    if (count !== null && !(value >= 0 && value <= Number.MAX_SAFE_INTEGER)) {
      throw new InputError(
        'E_DEVICES',
        `expected a number from 0 to ${Number.MAX_SAFE_INTEGER} or null, got ${showValue(String(count))}`,
        at(columns.devices, 'devices'),
      );
    }
    const segmentName = segment?.(i) ?? null;
    if (segment !== undefined && (segmentName === null || segmentName === ''))
      throw new InputError('E_SEGMENT', 'expected a segment name (home, foreign…), got null', at(columns.segment, 'segment'));
    const name = areaName === undefined ? '' : String(areaName(i) ?? '');
    const nameProblem = checkAreaText(name, 'name');
    if (nameProblem !== undefined) throw new InputError('E_AREA', nameProblem, at(columns.areaName, 'area_name'));
    if (hourly)
      builder.pushHourRow(
        builder.areaIndexOf(String(code), name),
        segment === undefined ? -1 : builder.segmentIndexOf(String(segmentName)),
        value,
        row,
        utcHour,
        local,
      );
    else builder.push(day, String(code), name, value, row, segment === undefined ? undefined : String(segmentName));
  };
  let firstRejection: InputError | undefined;
  for (let i = 0; i < rows; i++) {
    try {
      readRow(i, i + 1);
    } catch (error) {
      if (options.onReject === undefined || !(error instanceof InputError)) throw error;
      builder.reject();
      firstRejection ??= error;
      const { column, field } = error.location;
      const text = [date(i), area(i), devices(i)].map(String).join(',');
      options.onReject({ line: i + 1, column, field, reason: error.problem, text });
    }
  }
  const counts = builder.finish();
  if (counts.length === 0 && firstRejection === undefined) throw new InputError('E_NO_ROWS', 'the table has no rows', { file });
  if (counts.length === 0) throw everyRowRejected(file, counts.rejectedRows, firstRejection!);
  return { counts, notes: columns.notes };
}

/** A `time` cell: text as in CSV, or a timestamp (epoch milliseconds or a `Date`: an instant). */
function toTime(value: unknown): ParsedTime | string {
  if (typeof value === 'string') return parseTime(value);
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' || typeof value === 'bigint' ? Number(value) : NaN;
  if (!Number.isInteger(ms / 3_600_000)) return `expected a timestamp on a whole hour, got ${showValue(String(value))}`;
  return { utcHour: ms / 3_600_000, local: false };
}

/** Dates come as epoch milliseconds (or Date objects); text dates as in CSV (`parseCountDate`). */
function toDay(value: unknown): number | undefined {
  if (typeof value === 'string') return parseCountDate(value);
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' || typeof value === 'bigint' ? Number(value) : NaN;
  return Number.isInteger(ms / MS_PER_DAY) ? ms / MS_PER_DAY : undefined;
}
