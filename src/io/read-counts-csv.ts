import { createReadStream } from 'node:fs';
import { parse, CsvError } from 'csv-parse';
import { CountColumnsBuilder, type CountColumns } from '../count-columns.js';
import { InputError } from '../errors.js';
import { parseDay } from '../day-number.js';
import { parseDevices } from './parse-devices.js';
import { sniffCsv } from './sniff-csv.js';
import { findColumns } from './find-columns.js';
import type { CountsRead } from './read-counts.js';

/**
 * Read a device-count CSV (`date,area,devices[,area_name]`, any column order, `,` `;` or tab,
 * UTF-8 with or without BOM, LF or CRLF) into typed columns, streaming: memory grows with the
 * rows, not the file's text. Every bad cell stops the read with the file, line and column.
 *
 * @example
 * const { counts, notes } = await readCountsCsv('fixtures/hallingdal/counts.csv');
 * counts.length; // 3282
 */
export async function readCountsCsv(file: string): Promise<CountsRead> {
  const { delimiter, decimalComma } = await sniffCsv(file);
  const parser = createReadStream(file).pipe(
    parse({ delimiter, bom: true, info: true, trim: true, skip_empty_lines: true }),
  );
  const builder = new CountColumnsBuilder(file, 'line');
  const dayCache = new Map<string, number>();
  let columns: ReturnType<typeof findColumns> | undefined;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const line = info.lines;
      if (columns === undefined) {
        columns = findColumns(record, { file, line });
        continue;
      }
      const { date, area, devices, areaName } = columns;
      const at = (index: number, field: string) => ({ file, line, column: index + 1, field });

      const dateText = record[date]!;
      let day = dayCache.get(dateText);
      if (day === undefined) {
        day = parseDay(dateText);
        if (day === undefined) {
          throw new InputError('E_DATE', `expected a date as YYYY-MM-DD, got "${dateText}"`, at(date, 'date'));
        }
        dayCache.set(dateText, day);
      }
      const code = record[area]!;
      if (code === '') throw new InputError('E_AREA', 'expected an area code, got an empty cell', at(area, 'area'));
      const count = parseDevices(record[devices]!, decimalComma);
      if (count === 'negative') throw new InputError('E_DEVICES', `a device count cannot be negative, got "${record[devices]}"`, at(devices, 'devices'));
      if (count === 'invalid') {
        const expected = decimalComma ? 'a number ≥ 0 with a decimal comma (1234,5)' : 'a number ≥ 0 (1234.5)';
        throw new InputError('E_DEVICES', `expected ${expected} or a blank cell, got "${record[devices]}"`, at(devices, 'devices'));
      }
      builder.push(day, code, areaName === -1 ? '' : record[areaName]!, count === 'blank' ? NaN : count, line);
    }
  } catch (error) {
    throw error instanceof CsvError ? fromCsvError(error, file) : error;
  }
  if (columns === undefined) throw new InputError('E_EMPTY', 'the file has no header line; expected date,area,devices', { file });
  const counts: CountColumns = builder.finish();
  if (counts.length === 0) throw new InputError('E_NO_ROWS', 'the file has a header but no data rows', { file, line: 2 });
  return { counts, notes: columns.notes };
}

function fromCsvError(error: CsvError, file: string): InputError {
  const { lines } = error as CsvError & { lines?: number };
  const counts = /expect (\d+), got (\d+)/.exec(error.message);
  if (counts !== null) {
    // Point at the first missing field, or the first extra one.
    const [expected, got] = [Number(counts[1]), Number(counts[2])];
    return new InputError('E_CSV', `expected ${expected} fields as in the header, got ${got}`, { file, line: lines, column: Math.min(expected, got) + 1 });
  }
  return new InputError('E_CSV', error.message.replace(/ on line \d+$/, ''), { file, line: lines });
}
