import { readFile } from 'node:fs/promises';
import { parseDay } from '../day-number.js';
import { fileError, InputError } from '../errors.js';
import { describeBadDate } from './describe-bad-date.js';

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
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    throw fileError(file, 'read', error);
  }
  const { parse } = await import('csv-parse/sync');
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(content.replace(/^\uFEFF/, ''), { trim: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
  } catch (error) {
    const { message, lines } = error as Error & { lines?: number };
    throw new InputError('E_CSV', message.replace(/^Invalid Record Length: /, ''), { file, line: lines });
  }
  const header = (records[0]?.record ?? []).map((name) => name.toLowerCase());
  const [date, area, value] = ['date', 'area', 'value'].map((name) => header.indexOf(name)) as [number, number, number];
  if (date === -1 || value === -1) throw new InputError('E_COLUMNS', `expected a header with date, value and optionally area (found: ${header.join(', ')})`, { file, line: 1 });
  const values = new Map<string, Map<number, number>>();
  for (const { record, info } of records.slice(1)) {
    const at = (column: number, field: string) => ({ file, line: info.lines, column: column + 1, field });
    const day = parseDay(record[date]!);
    if (day === undefined) throw new InputError('E_DATE', describeBadDate(record[date]!), at(date, 'date'));
    const code = area === -1 ? WHOLE_SELECTION : record[area]!;
    if (area !== -1 && code === '') throw new InputError('E_AREA', 'expected an area code, got an empty cell', at(area, 'area'));
    const text = record[value]!;
    if (!/^\d+(\.\d+)?$/.test(text)) throw new InputError('E_VALUE', `expected persons per day, a number ≥ 0 with a decimal point, got "${text}"`, at(value, 'value'));
    const days = values.get(code) ?? new Map<number, number>();
    if (days.has(day)) throw new InputError('E_DUPLICATE', `a second value for ${area === -1 ? '' : `area ${code} on `}${record[date]}`, at(date, 'date'));
    days.set(day, Number(text));
    values.set(code, days);
  }
  return { file, perArea: area !== -1, values };
}
