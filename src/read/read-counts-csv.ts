import { countsFileReads } from './counts-file-reads.js';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { parse, CsvError } from 'csv-parse';
import { CountColumnsBuilder } from './count-columns.js';
import { REGION_CODE, REGION_RESERVED } from '../grid/count-grid.js';
import { parseCountDate } from './parse-count-date.js';
import { DEFAULT_SUPPRESSION_MARKERS, suppressionMarker } from './counts-layout.js';
import { transcodeToUtf8, type DetectedEncoding } from './transcode-to-utf8.js';
import { InputError, showValue } from '../errors.js';
import { localHourToUtc } from '../clock/local-hour-to-utc.js';
import { parseHour } from '../clock/parse-hour.js';
import { parseTime } from '../clock/parse-time.js';
import { describeBadDate } from './describe-bad-date.js';
import { checkAreaText } from './hidden-characters.js';
import { DEFAULT_DATE_WINDOW, outsideDateWindow } from './date-window.js';
import { findColumns } from './find-columns.js';
import { parseDevices } from './parse-devices.js';
import type { CountsRead } from './read-counts.js';
import { everyRowRejected, type ReadCountsOptions } from './rejected-row.js';
import { sniffCsv, type CsvDialect } from './sniff-csv.js';

/** The longest line csv-parse collects (1 MiB): a runaway quote or a file that is not CSV stops there, not at the end of memory. */
const MAX_RECORD_BYTES = 1024 * 1024;

/** U+FFFD: what a UTF-8 decoder puts where the bytes were not UTF-8. */
const REPLACEMENT = '\uFFFD';

/**
 * Read a device-count CSV (`date,area,devices[,area_name]`, or hourly with `hour` or `time`, any column order, `,` `;` or tab,
 * UTF-8 with or without BOM or else Windows-1252 or Latin-1, LF or CRLF) into typed columns, streaming: memory
 * grows with the rows, not the file's text. The layout (`options.layout`) names the file's own
 * columns, its encoding and its suppression markers; a marker (`<5`, `..`) is a missing count,
 * and the notes count each. A bad cell stops the read with the file, line and
 * column, or, with `onReject`, skips the row and reports it.
 *
 * @example
 * const { counts, notes } = await readCountsCsv('fixtures/hallingdal/counts.csv');
 * counts.length; // 3282
 */
export async function readCountsCsv(file: string, options: ReadCountsOptions = {}, dialect?: CsvDialect): Promise<CountsRead> {
  const layout = options.layout ?? {};
  const { delimiter, decimalComma, encoding } = dialect ?? (await sniffCsv(file, layout.encoding));
  countsFileReads.count++;
  const dateWindow = options.dateWindow ?? DEFAULT_DATE_WINDOW;
  const markers = layout.suppressed ?? DEFAULT_SUPPRESSION_MARKERS;
  const markerCounts = new Map<string, number>();
  let detected: DetectedEncoding = { encoding };
  const parser = pipeline(
    createReadStream(file),
    // UTF-8 from the first bytes is decided over the whole file: the first byte beyond ASCII tells.
    transcodeToUtf8(layout.encoding ?? (encoding === 'utf-8' ? 'detect' : encoding), (found) => (detected = found)),
    // Field counts are checked per row below, so that lenient reading can skip such a row.
    // A quote inside a cell (Nes"byen) is text, as in spreadsheets; a cell that opens with one must close it.
    // Both line endings are accepted in one file (an edited export mixes them).
    parse({
      delimiter,
      encoding: 'utf8',
      bom: true,
      info: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      relax_quotes: true,
      record_delimiter: ['\r\n', '\n'],
      max_record_size: MAX_RECORD_BYTES,
    }),
    // Errors reach the loop below through the parser, which the pipeline destroys with them.
    () => {},
  );
  let builder = new CountColumnsBuilder(file, 'line');
  const dayCache = new Map<string, number>();
  const timeCache = new Map<string, number>();
  let columns: ReturnType<typeof findColumns> | undefined;
  let width = 0;
  let firstRejection: InputError | undefined;
  let header: string[] = [];
  let lastLine = 0;
  let localTime = false;

  const readRow = (record: string[], line: number) => {
    const { date, hour, time, area, devices, areaName, segment } = columns!;
    const at = (index: number, field: string) => ({ file, line, column: index + 1, field });
    const nul = record.findIndex((cell) => cell.includes('\u0000'));
    if (nul !== -1)
      throw new InputError('E_NOT_CSV', 'NUL bytes: the file is binary from here on, or was padded with zeros (a crash or a full disk while it was written)', {
        file,
        line,
        column: nul + 1,
      });
    if (record.length !== width) {
      // Point at the first missing field, or the first extra one.
      throw new InputError('E_CSV', `expected ${width} fields as in the header, got ${record.length}`, {
        file,
        line,
        column: Math.min(width, record.length) + 1,
      });
    }
    let day = 0;
    let utcHour = NaN;
    if (time !== -1) {
      // Cached as utcHour × 2 + 1 for local time: a file repeats each time once per area.
      let coded = timeCache.get(record[time]!);
      if (coded === undefined) {
        const parsed = parseTime(record[time]!);
        if (typeof parsed === 'string') throw new InputError('E_TIME', parsed, at(time, 'time'));
        const outside = outsideDateWindow(Math.floor(parsed.utcHour / 24), dateWindow);
        if (outside !== undefined) throw new InputError('E_TIME', outside, at(time, 'time'));
        timeCache.set(record[time]!, (coded = parsed.utcHour * 2 + (parsed.local ? 1 : 0)));
      }
      utcHour = Math.floor(coded / 2);
      localTime = coded % 2 !== 0;
    } else {
      const dateText = record[date]!;
      let known = dayCache.get(dateText);
      if (known === undefined) {
        known = parseCountDate(dateText);
        if (known === undefined) throw new InputError('E_DATE', describeBadDate(dateText), at(date, 'date'));
        const outside = outsideDateWindow(known, dateWindow);
        if (outside !== undefined) throw new InputError('E_DATE', outside, at(date, 'date'));
        dayCache.set(dateText, known);
      }
      day = known;
    }
    if (hour !== -1) {
      const clockHour = parseHour(record[hour]!);
      if (typeof clockHour === 'string') throw new InputError('E_HOUR', clockHour, at(hour, 'hour'));
      const known = localHourToUtc(day, clockHour);
      if (typeof known === 'string') throw new InputError('E_HOUR', known, at(hour, 'hour'));
      utcHour = known;
      localTime = true;
    }
    const code = record[area]!;
    if (code === '') throw new InputError('E_AREA', 'expected an area code, got an empty cell', at(area, 'area'));
    if (code === REGION_CODE) throw new InputError('E_AREA', REGION_RESERVED, at(area, 'area'));
    const name = areaName === -1 ? '' : record[areaName]!;
    for (const [index, field, text] of [
      [area, 'area', code],
      [areaName, 'area_name', name],
    ] as const) {
      if (text.includes(REPLACEMENT))
        throw new InputError('E_ENCODING', 'bytes that are not UTF-8 (the file began as UTF-8); save the whole file as UTF-8', at(index, field));
      const problem = checkAreaText(text, field === 'area' ? 'code' : 'name');
      if (problem !== undefined) throw new InputError('E_AREA', problem, at(index, field));
    }
    let count = parseDevices(record[devices]!, decimalComma);
    if (count === 'invalid') {
      const marker = suppressionMarker(record[devices]!, markers);
      if (marker !== undefined) {
        markerCounts.set(marker, (markerCounts.get(marker) ?? 0) + 1);
        count = 'blank';
      }
    }
    if (typeof count === 'string' && count !== 'blank')
      throw new InputError('E_DEVICES', describeBadCount(count, record[devices]!, decimalComma, markers), at(devices, 'devices'));
    if (segment !== -1 && record[segment] === '')
      throw new InputError('E_SEGMENT', 'expected a segment name (home, foreign…), got an empty cell', at(segment, 'segment'));
    if (!Number.isNaN(utcHour)) {
      const segmentIndex = segment === -1 ? -1 : builder.segmentIndexOf(record[segment]!);
      builder.pushHourRow(builder.areaIndexOf(code, name), segmentIndex, count === 'blank' ? NaN : count, line, utcHour, localTime);
      return;
    }
    builder.push(day, code, name, count === 'blank' ? NaN : count, line, segment === -1 ? undefined : record[segment]);
  };

  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      // info.lines is the line where the record ends; one with a quoted line break starts lines before.
      const line = info.lines - (info.lines - lastLine > 1 ? lineBreaksIn(record) : 0);
      lastLine = info.lines;
      if (columns === undefined) {
        header = record;
        columns = findColumns(record, { file, line }, layout.columns);
        width = record.length;
        const hourly = columns.hour !== -1 || columns.time !== -1;
        if (columns.segment !== -1 || hourly) builder = new CountColumnsBuilder(file, 'line', 1024, columns.segment !== -1, hourly);
        continue;
      }
      try {
        readRow(record, line);
      } catch (error) {
        if (options.onReject === undefined || !(error instanceof InputError)) throw error;
        builder.reject();
        firstRejection ??= error;
        const { column, field } = error.location;
        options.onReject({ line: error.location.line ?? line, column, field, reason: error.problem, text: record.join(delimiter) });
      }
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const quote = error.code === 'CSV_QUOTE_NOT_CLOSED' ? await findUnclosedQuote(file, delimiter) : undefined;
    if (quote !== undefined) {
      const where = { file, line: quote.line, column: quote.field + 1, field: header[quote.field]?.trim().toLowerCase() };
      throw new InputError('E_CSV', 'the quote (") that opens this field is never closed', where);
    }
    throw fromCsvError(error, file, lastLine, header);
  }
  if (columns === undefined) throw new InputError('E_EMPTY', 'the file has no header line; expected date,area,devices', { file, line: 1 });
  const counts = builder.finish();
  if (counts.length === 0 && firstRejection === undefined) throw new InputError('E_NO_ROWS', 'the file has a header but no data rows', { file, line: 2 });
  if (counts.length === 0) throw everyRowRejected(file, counts.rejectedRows, firstRejection!);
  return { counts, notes: [...encodingNotes(file, detected, layout.encoding !== undefined), ...columns.notes, ...markerNotes(file, markerCounts)] };
}

/** What the reader decided about the encoding, where the user did not say. */
function encodingNotes(file: string, { encoding, line }: DetectedEncoding, given: boolean): string[] {
  if (given || encoding === 'utf-8') return [];
  const from = line === undefined || line === 1 ? '' : ` from line ${line} on (ASCII before)`;
  return [`${file}: not UTF-8${from}; read as Windows-1252 (Latin-1); say --encoding utf-8, latin1 or windows-1252 if that is wrong`];
}

/** How many devices cells each suppression marker stood in, read as missing. */
function markerNotes(file: string, counts: Map<string, number>): string[] {
  if (counts.size === 0) return [];
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  const each = [...counts].map(([marker, count]) => `${marker} ×${count}`).join(', ');
  return [`${file}: ${total} devices cell${total === 1 ? '' : 's'} marked as suppressed (${each}), read as missing`];
}

/** The line breaks inside a record's (quoted) cells, each CR and each LF one, as csv-parse counts lines. */
function lineBreaksIn(record: string[]): number {
  let breaks = 0;
  for (const cell of record) for (let i = 0; i < cell.length; i++) if (cell.charCodeAt(i) === 10 || cell.charCodeAt(i) === 13) breaks++;
  return breaks;
}

function describeBadCount(kind: 'invalid' | 'negative' | 'thousands' | 'huge', text: string, decimalComma: boolean, markers: readonly string[]): string {
  if (kind === 'negative') return `a device count cannot be negative, got "${showValue(text)}"`;
  if (kind === 'huge') return `a device count cannot be above ${Number.MAX_SAFE_INTEGER}, got "${showValue(text)}"`;
  if (kind === 'thousands') return `"${text}" has a thousands separator; write the number without one (${decimalComma ? '1234,5' : '1234.5'})`;
  const expected = decimalComma ? 'a number ≥ 0 with a decimal comma (1234,5)' : 'a number ≥ 0 (1234.5)';
  const suppressed = markers.length === 0 ? ' or a blank cell' : `, a blank cell or a suppression marker (${markers.join(' ')})`;
  return `expected ${expected}${suppressed}, got "${showValue(text)}"`;
}

/** csv-parse's structural errors, located; `lastLine` is where the last whole record ended. */
function fromCsvError(error: CsvError, file: string, lastLine: number, header: string[]): InputError {
  const { lines, column } = error as CsvError & { lines?: number; column?: number };
  if (error.code === 'CSV_QUOTE_NOT_CLOSED' && typeof column === 'number') {
    // csv-parse notices at the end of the file; the quote opened in the record after the last whole one.
    const where = { file, line: lastLine + 1, column: column + 1, field: header[column]?.trim().toLowerCase() };
    return new InputError('E_CSV', 'the quote (") that opens this field is never closed', where);
  }
  if (error.code === 'CSV_INVALID_CLOSING_QUOTE' || error.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE') {
    return new InputError('E_CSV', 'a quoted field goes on after its closing quote; write "" for a quote inside quotes', { file, line: lines });
  }
  if (error.code === 'CSV_MAX_RECORD_SIZE') {
    return new InputError('E_CSV', `a line longer than ${MAX_RECORD_BYTES} bytes: a quote left open, or the file is not CSV text`, {
      file,
      line: lastLine + 1,
    });
  }
  return new InputError('E_CSV', error.message.replace(/ on line \d+$/, ''), { file, line: lines });
}

/**
 * Where the quote that is never closed opens: its line and field (0-based), found by reading the
 * file again as csv-parse reads it (a quote opens a field only at its start, after any blanks;
 * `""` inside is a quote). Only on the error's path: csv-parse notices at the end of the file.
 */
async function findUnclosedQuote(file: string, delimiter: string): Promise<{ line: number; field: number } | undefined> {
  const separator = delimiter.charCodeAt(0);
  let [line, field, atFieldStart, inQuote, quoteClosing] = [1, 0, true, false, false];
  let opened = { line: 0, field: 0 };
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (const byte of chunk) {
      if (quoteClosing) {
        quoteClosing = false;
        // "" is a quote inside the field; anything else after a quote closes it.
        if (byte === 34) continue;
        inQuote = false;
      }
      if (inQuote) {
        if (byte === 34) quoteClosing = true;
        else if (byte === 10) line++;
        continue;
      }
      if (byte === 10) [line, field, atFieldStart] = [line + 1, 0, true];
      else if (byte === separator) [field, atFieldStart] = [field + 1, true];
      else if (byte === 34 && atFieldStart) [inQuote, opened] = [true, { line, field }];
      else if (byte !== 32 && byte !== 9 && byte !== 13) atFieldStart = false;
    }
  }
  return inQuote && !quoteClosing ? opened : undefined;
}
