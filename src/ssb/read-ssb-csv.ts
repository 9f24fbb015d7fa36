import { parse } from 'csv-parse/sync';
import { InputError, showValue } from '../errors.js';
import { SSB_SYMBOLS, type SsbDimension, type SsbTable } from './ssb-table.js';
import { parseTimeCode } from './ssb-time-code.js';

/** Column names StatBank gives the time variable, in Norwegian and English, and its code. */
const TIME_COLUMNS = new Set(['tid', 'år', 'måned', 'kvartal', 'year', 'month', 'quarter', 'time']);
/** Column names of the contents variable ("statistikkvariabel"). */
const CONTENTS_COLUMNS = new Set(['statistikkvariabel', 'contents', 'contentscode']);

/**
 * Read StatBank's CSV export (PxWebApi v2 `outputFormat=csv`, or a download from the web
 * table): UTF-8 or ISO-8859-1 (what the API sends), `,` `;` or tab between fields, decimal comma
 * allowed with `;`, an optional title line (`IncludeTitle`). Two layouts: long, with a time
 * column (`år`, `måned`, `kvartal`, `Tid`, …) and the value in the last column; or wide, with a
 * value column per period, named by the period (`2024M01`, `Personer 2024`; the words beside the
 * period become a contents dimension). A column named `region` is required; its cells may be
 * codes (`3320`), codes and names (`3320 Flå`, `3320 - Flå`) or SSB's `K-3320`. SSB's symbols
 * (`..`, `:`, `.`, `...`, `-`) and empty cells are missing values, kept with their symbol.
 *
 * @example
 * const table = readSsbCsv(await readFile('fixtures/ssb/guest-nights-monthly.csv'), 'guest-nights-monthly.csv');
 * table.dimensions[table.time]!.codes[0]; // '2023M01'
 */
export function readSsbCsv(bytes: Buffer, file: string): SsbTable {
  const text = decode(bytes).replace(/^\uFEFF/, '');
  const lines = text.split('\n');
  // A title line (IncludeTitle) is one quoted field; the header is the first line with a delimiter outside quotes.
  const headerAt = lines.findIndex((line) => /[;,\t]/.test(line.replace(/"[^"]*"/g, '')));
  if (headerAt < 0) throw new InputError('E_SSB_CSV', 'no header line with fields separated by , ; or tab', { file, line: 1 });
  const unquoted = lines[headerAt]!.replace(/"[^"]*"/g, '');
  const delimiter = unquoted.includes(';') ? ';' : unquoted.includes('\t') ? '\t' : ',';
  const records = parse(lines.slice(headerAt).join('\n'), {
    delimiter,
    relax_quotes: true,
    relax_column_count: true,
    trim: true,
    skip_empty_lines: true,
    info: true,
  }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  const lineOf = (index: number) => records[index]!.info.lines + headerAt;
  const header = records[0]!.record;
  const at = (line: number, column: number, problem: string, code = 'E_SSB_CSV'): never => {
    throw new InputError(code, problem, { file, line, column: column + 1, field: header[column] });
  };
  const names = header.map((name) => name.toLowerCase());
  const regionColumn = names.indexOf('region');
  if (regionColumn < 0)
    throw new InputError('E_SSB_CSV', `no region column: expected one named region among ${header.map((name) => `"${name}"`).join(', ')}`, {
      file,
      line: lineOf(0),
    });
  const timeColumn = names.findIndex((name) => TIME_COLUMNS.has(name));
  const contentsColumn = names.findIndex((name) => CONTENTS_COLUMNS.has(name));

  // Long: every column but the last is a variable. Wide: columns named by a period hold values.
  const periodOfColumn = header.map((name) => periodIn(name));
  const valueColumns = timeColumn >= 0 ? [header.length - 1] : header.flatMap((_, column) => (periodOfColumn[column] === undefined ? [] : [column]));
  if (valueColumns.length === 0) {
    throw new InputError('E_SSB_CSV', 'no period: expected a time column (år, måned, kvartal, Tid) or value columns named by a period such as 2024M01', {
      file,
      line: lineOf(0),
    });
  }
  if (valueColumns[0] === regionColumn || valueColumns[0] === timeColumn) {
    throw new InputError(
      'E_SSB_CSV',
      `expected the values in the last column, after region and the period, got "${showValue(header[valueColumns[0]!])}" there`,
      { file, line: lineOf(0) },
    );
  }
  const stubColumns = header.flatMap((_, column) => (column < valueColumns[0]! ? [column] : []));
  const strayColumn = header.findIndex((_, column) => column > valueColumns[0]! && !valueColumns.includes(column));
  if (strayColumn >= 0) at(lineOf(0), strayColumn, 'expected a value column named by a period after the first one');

  const dimensions: SsbDimension[] = stubColumns.map((column) => ({ id: header[column]!, codes: [], labels: [] }));
  const positions = dimensions.map(() => new Map<string, number>());
  const wideTime = timeColumn < 0 ? dimensions.push({ id: 'Tid', codes: [], labels: [] }) - 1 : undefined;
  const contentsOfColumn = header.map((name, column) => (periodOfColumn[column] === undefined ? '' : name.replace(periodOfColumn[column]!, '').trim()));
  const wideContents =
    timeColumn < 0 && valueColumns.some((column) => contentsOfColumn[column] !== '')
      ? dimensions.push({ id: 'contents', codes: [], labels: [] }) - 1
      : undefined;
  while (positions.length < dimensions.length) positions.push(new Map());
  const categoryOf = (dimension: number, code: string, label: string) => {
    let position = positions[dimension]!.get(code);
    if (position === undefined) {
      position = dimensions[dimension]!.codes.push(code) - 1;
      dimensions[dimension]!.labels.push(label);
      positions[dimension]!.set(code, position);
    }
    return position;
  };

  const coordinates: number[][] = dimensions.map(() => []);
  const values: number[] = [];
  const statuses = new Map<number, string>();
  const places: Array<[number, number]> = [];
  const seen = new Map<string, number>();
  // No minus: guest-nights, residents and holiday homes are never negative.
  const number = delimiter === ';' ? /^\d+(?:[.,]\d+)?$/ : /^\d+(?:\.\d+)?$/;
  for (let index = 1; index < records.length; index++) {
    const { record } = records[index]!;
    const line = lineOf(index);
    if (record.length !== header.length)
      at(line, Math.min(record.length, header.length - 1), `expected ${header.length} fields as in the header, got ${record.length}`);
    const stub = stubColumns.map((column, dimension) => {
      const cell = record[column]!;
      if (column === regionColumn) {
        const { code, name } = areaOfCell(cell);
        if (code === '') at(line, column, 'expected a region code, got an empty cell');
        return categoryOf(dimension, code, name);
      }
      if (column === timeColumn) {
        const code = cell.split(/\s/, 1)[0]!;
        if (parseTimeCode(code) === undefined) at(line, column, `expected a StatBank period (2024, 2024M01 or 2024K1), got "${showValue(cell)}"`);
        return categoryOf(dimension, code, code);
      }
      return categoryOf(dimension, cell, cell);
    });
    for (const column of valueColumns) {
      const cell = record[column]!;
      const coordinate = [...stub];
      if (wideTime !== undefined) coordinate[wideTime] = categoryOf(wideTime, periodOfColumn[column]!, periodOfColumn[column]!);
      if (wideContents !== undefined) coordinate[wideContents] = categoryOf(wideContents, contentsOfColumn[column]!, contentsOfColumn[column]!);
      const key = coordinate.join(',');
      const earlier = seen.get(key);
      if (earlier !== undefined) at(line, column, `the same cell as on line ${earlier} (a repeated row)`, 'E_DUPLICATE');
      seen.set(key, line);
      const cellIndex = values.length;
      coordinate.forEach((position, dimension) => coordinates[dimension]!.push(position));
      places.push([line, column + 1]);
      if (cell === '' || Object.hasOwn(SSB_SYMBOLS, cell)) {
        values.push(NaN);
        if (cell !== '') statuses.set(cellIndex, cell);
      } else if (number.test(cell)) {
        values.push(Number(cell.replace(',', '.')));
      } else {
        at(
          line,
          column,
          `expected a number ≥ 0${delimiter === ';' ? ' (decimal comma allowed)' : ''} or an SSB symbol (.. : . ... -), got "${showValue(cell)}"`,
          'E_NUMBER',
        );
      }
    }
  }
  const contents = timeColumn >= 0 ? (contentsColumn >= 0 && contentsColumn < valueColumns[0]! ? contentsColumn : undefined) : wideContents;
  return {
    file,
    label: headerAt > 0 ? lines.slice(0, headerAt).join(' ').replace(/"/g, '').trim() : '',
    dimensions,
    region: regionColumn,
    time: timeColumn >= 0 ? timeColumn : wideTime!,
    contents,
    coordinates: coordinates.map((list) => Int32Array.from(list)),
    values: Float64Array.from(values),
    statuses,
    place: (cell) => `line ${places[cell]![0]}, column ${places[cell]![1]}`,
  };
}

/** UTF-8 when the bytes are valid UTF-8; otherwise ISO-8859-1, the charset PxWebApi's CSV is sent in. */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

/** The one word in a column name that is a StatBank period (`Personer 2024` → `2024`). */
function periodIn(name: string): string | undefined {
  const periods = name.split(/\s+/).filter((word) => parseTimeCode(word) !== undefined);
  return periods.length === 1 ? periods[0] : undefined;
}

/** `3320`, `3320 Flå`, `3320 - Flå` and `K-3320` all give the code 3320; a name alone stays as it is. */
function areaOfCell(cell: string): { code: string; name: string } {
  const match = /^(?:K-)?(\S*\d\S*)(?:\s+(?:-\s+)?(.*))?$/.exec(cell);
  return match === null ? { code: cell, name: cell } : { code: match[1]!, name: match[2] ?? '' };
}
