import { readFile } from 'node:fs/promises';
import { CountColumnsBuilder } from '../count-columns.js';
import { REGION_CODE, REGION_RESERVED } from '../count-grid.js';
import { describeBadDate } from './read-counts-csv.js';
import { InputError } from '../errors.js';
import { findColumns } from './find-columns.js';
import type { CountsRead } from './read-counts.js';
import { everyRowRejected, type ReadCountsOptions } from './rejected-row.js';
import { MS_PER_DAY, parseDay } from '../day-number.js';

/**
 * Read device counts from an Arrow IPC file (file or stream format) with the CSV's columns:
 * `date` (a date type, or text `YYYY-MM-DD`), `area` (text, dictionary-encoded text or an
 * integer), `devices` (any number type; null = missing) and optional `area_name`.
 * apache-arrow is imported only here, so commands on CSV input do not pay for loading it.
 * With `onReject`, a row with a bad cell is skipped and reported instead of failing the read.
 *
 * @example
 * const { counts } = await readCountsArrow('counts.arrow');
 */
export async function readCountsArrow(file: string, options: ReadCountsOptions = {}): Promise<CountsRead> {
  const { tableFromIPC } = await import('apache-arrow');
  let table: ReturnType<typeof tableFromIPC>;
  try {
    table = tableFromIPC(await readFile(file));
  } catch (error) {
    // apache-arrow's own messages speak of its internals (a null 'fieldsLength'): say it plainly.
    throw new InputError('E_ARROW', `not a readable Arrow IPC file; it is cut short or damaged`, { file });
  }
  const header = table.schema.fields.map((field) => field.name);
  const columns = findColumns(header, { file });
  const date = table.getChildAt(columns.date)!;
  const area = table.getChildAt(columns.area)!;
  const devices = table.getChildAt(columns.devices)!;
  const areaName = columns.areaName === -1 ? undefined : table.getChildAt(columns.areaName)!;
  const builder = new CountColumnsBuilder(file, 'row');
  const readRow = (i: number, row: number) => {
    const at = (index: number, field: string) => ({ file, row, column: index + 1, field });
    const day = toDay(date.get(i));
    if (day === undefined) throw new InputError('E_DATE', describeBadDate(String(date.get(i))), at(columns.date, 'date'));
    const code = area.get(i);
    if (code === null || code === '') throw new InputError('E_AREA', 'expected an area code, got null', at(columns.area, 'area'));
    if (String(code) === REGION_CODE) throw new InputError('E_AREA', REGION_RESERVED, at(columns.area, 'area'));
    const count = devices.get(i);
    const value = count === null ? NaN : Number(count);
    if (count !== null && !(value >= 0 && Number.isFinite(value))) {
      throw new InputError('E_DEVICES', `expected a number ≥ 0 or null, got ${String(count)}`, at(columns.devices, 'devices'));
    }
    builder.push(day, String(code), areaName === undefined ? '' : String(areaName.get(i) ?? ''), value, row);
  };
  let firstRejection: InputError | undefined;
  for (let i = 0; i < table.numRows; i++) {
    try {
      readRow(i, i + 1);
    } catch (error) {
      if (options.onReject === undefined || !(error instanceof InputError)) throw error;
      builder.reject();
      firstRejection ??= error;
      const { column, field } = error.location;
      const text = [date.get(i), area.get(i), devices.get(i)].map(String).join(',');
      options.onReject({ line: i + 1, column, field, reason: error.problem, text });
    }
  }
  const counts = builder.finish();
  if (counts.length === 0 && firstRejection === undefined) throw new InputError('E_NO_ROWS', 'the table has no rows', { file });
  if (counts.length === 0) throw everyRowRejected(file, counts.rejectedRows, firstRejection!);
  return { counts, notes: columns.notes };
}

/** Arrow hands dates back as epoch milliseconds (or Date objects); text dates go through parseDay. */
function toDay(value: unknown): number | undefined {
  if (typeof value === 'string') return parseDay(value);
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' || typeof value === 'bigint' ? Number(value) : NaN;
  return Number.isInteger(ms / MS_PER_DAY) ? ms / MS_PER_DAY : undefined;
}
