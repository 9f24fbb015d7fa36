import { parseDay } from '../clock/day-number.js';
import { InputError, showValue } from '../errors.js';
import { MOST_PERSONS_PER_DAY } from './model-schema.js';
import { describeBadDate } from '../read/describe-bad-date.js';
import { readSmallCsv } from '../read/read-small-csv.js';

/** The value key of a file without an `area` column: the whole selection of areas. */
export const WHOLE_SELECTION = '';

/** Values per day read from a CSV, per area or for the whole selection. */
export interface DailyValues {
  file: string;
  /** True when the file has an `area` column. */
  perArea: boolean;
  /** Area code (or `WHOLE_SELECTION`) → day number → value. */
  values: Map<string, Map<number, number>>;
}

/**
 * Read a CSV of values per day: `date,area,value`, or `date,value` for the whole selection of
 * areas (any column order, names compared without case). Values are persons per day, ≥ 0, with
 * a decimal point. A bad cell or a second row for the same area and date names file, line and
 * column.
 *
 * @example
 * const { values } = await readDailyValues('fixtures/hallingdal/day-trippers.csv');
 * values.get('')?.get(19813); // day-trippers on 2024-03-31
 */
export async function readDailyValues(file: string): Promise<DailyValues> {
  const { columns, rows } = await readSmallCsv(file, { required: ['date', 'value'], optional: ['area'], role: 'a deduction file' });
  const { date, area, value } = columns as { date: number; area: number; value: number };
  const values = new Map<string, Map<number, number>>();
  for (const { cells, line } of rows) {
    const at = (column: number, field: string) => ({ file, line, column: column + 1, field });
    const day = parseDay(cells[date] ?? '');
    if (day === undefined) throw new InputError('E_DATE', describeBadDate(cells[date] ?? ''), at(date, 'date'));
    const code = area === -1 ? WHOLE_SELECTION : (cells[area] ?? '');
    if (area !== -1 && code === '') throw new InputError('E_AREA', 'expected an area code, got an empty cell', at(area, 'area'));
    const text = cells[value] ?? '';
    if (!/^\d+(\.\d+)?$/.test(text))
      throw new InputError('E_VALUE', `expected persons per day, a number ≥ 0 with a decimal point, got "${showValue(text)}"`, at(value, 'value'));
    // As in the model: more would overflow the figures (400 digits read as Infinity).
    if (Number(text) > MOST_PERSONS_PER_DAY)
      throw new InputError('E_VALUE', `expected persons per day, at most 1e9, got ${showValue(text)}`, at(value, 'value'));
    const days = values.get(code) ?? new Map<number, number>();
    if (days.has(day)) throw new InputError('E_DUPLICATE', `a second value for ${area === -1 ? '' : `area ${code} on `}${cells[date]}`, at(date, 'date'));
    days.set(day, Number(text));
    values.set(code, days);
  }
  return { file, perArea: area !== -1, values };
}
