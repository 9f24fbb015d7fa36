import { countsFileReads } from './counts-file-reads.js';
import { open, type FileHandle } from 'node:fs/promises';
import { CountColumnsBuilder, type CountColumns } from './count-columns.js';
import { REGION_CODE } from '../grid/count-grid.js';
import { parseDay } from '../clock/day-number.js';
import { fileError } from '../errors.js';
import { isFirstOfRepeatedHour, osloLocalHour } from '../clock/oslo-local-hour.js';
import { osloUtcHour } from '../clock/oslo-utc-hour.js';
import { parseTime } from '../clock/parse-time.js';
import { findColumns, type CountsColumnPositions } from './find-columns.js';
import { parseDevices } from './parse-devices.js';
import { checkAreaText } from './hidden-characters.js';
import { DEFAULT_DATE_WINDOW, type DateWindow } from './date-window.js';
import type { CountsLayout } from './counts-layout.js';
import type { CountsRead } from './read-counts.js';

/** The bytes read and scanned at a time. */
export const CHUNK_BYTES = 8 * 1024 * 1024;
const COMMA = 44;
const LF = 10;
const CR = 13;
const QUOTE = 34;
const DOT = 46;
const DASH = 45;
const SPACE = 32;
/** A line longer than this is no plain row: hand over rather than grow the buffer without end. */
const MAX_LINE_BYTES = 1024 * 1024;
/** Entries of the table of codes of up to five digits: 10^5 values × 8 lengths. */
const SMALL_CODE_KEYS = 100_000 * 8;
/** Powers of ten up to 10^15, each exact as a double. */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => Number(`1e${k}`));
const FIELD_IGNORED = 0;
const FIELD_DATE = 1;
const FIELD_AREA = 2;
const FIELD_DEVICES = 3;
const FIELD_NAME = 4;
const FIELD_HOUR = 5;
const FIELD_TIME = 6;

/** Thrown inside the scan when a row is not of the plain layout; the caller falls back to csv-parse. */
class NotPlain extends Error {}

/**
 * The fast path for the plain layout operators deliver: UTF-8, `,`, no quotes, an ISO date,
 * a code and a plain decimal in each row. Scans the bytes straight into typed columns, in
 * chunks (memory grows with the rows, not the file), with dates parsed once per distinct day.
 * Returns `undefined` as soon as anything is not plain (a quote, a space to trim, a bad or
 * unusual cell, a missing field, a CR that does not end a line as the header's does, white
 * space that csv-parse would trim), so that the csv-parse reader reads the file instead and
 * reports any error; on every file it accepts it gives exactly the columns csv-parse would
 * (a property test compares them).
 *
 * `names` are the file's own names for teleguest's columns (`--columns`), as `findColumns` takes
 * them. `chunkBytes` is for tests: a small chunk puts many rows across chunk boundaries.
 *
 * @example
 * const read = await scanCountsCsv('fixtures/hallingdal/counts.csv');
 * read?.counts.length; // 3282
 */
export async function scanCountsCsv(
  file: string,
  chunkBytes = CHUNK_BYTES,
  dateWindow = DEFAULT_DATE_WINDOW,
  names?: CountsLayout['columns'],
): Promise<CountsRead | undefined> {
  const part = await scanPart(file, undefined, { chunkBytes, dateWindow, names });
  if (part === undefined) return undefined;
  const counts = part.builder.finish();
  return counts.length === 0 ? undefined : { counts, notes: part.notes };
}

/** A part of a file scanned on its own (see `scanPart`). */
export interface ScannedPart {
  builder: CountColumnsBuilder;
  /** The lines in the part, blank ones included. */
  lines: number;
  /** What the header says about the file's columns (ignored ones). */
  notes: string[];
  /** The file has an `hour` column: its hours are clock time, so the repeated 02:00 matters. */
  hasHour: boolean;
}

/**
 * Scan the header and then the bytes `[range.from, range.to)` of a file, or the whole file without
 * `range`; a range starts and ends at line boundaries. Lines are numbered as if the range came
 * straight after the header. `sizeFor` is the bytes whose rows the columns are sized for (the
 * whole file's, for a part that other parts' rows are to join; the part's own by default).
 * `onRows` is handed the builder after each chunk, to take its rows (and empty it, `setLength(0)`).
 * `names`: the file's own names for teleguest's columns (`--columns`). Undefined when the bytes
 * are not plain, or the header lacks a column: the csv-parse reader reads the file, or says what is missing.
 */
export async function scanPart(
  file: string,
  range: { from: number; to: number } | undefined,
  options: {
    chunkBytes?: number;
    sizeFor?: number;
    onRows?: (builder: CountColumnsBuilder) => void;
    dateWindow?: DateWindow;
    names?: CountsLayout['columns'];
  } = {},
): Promise<ScannedPart | undefined> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw fileError(file, 'read', error);
  }
  try {
    const { size } = await handle.stat();
    let read: ReadInto = (buffer, offset, length) => handle.read(buffer, offset, length, null).then((got) => got.bytesRead);
    let bytes = size;
    if (range !== undefined) {
      // The header's bytes first, then the range: the scan reads them as one file.
      const header = await readHeader(handle);
      let position = -header.length;
      bytes = header.length + range.to - range.from;
      read = async (buffer, offset, length) => {
        if (position < 0) {
          const got = header.copy(buffer, offset, header.length + position, Math.min(header.length, header.length + position + length));
          position += got;
          return got;
        }
        const { bytesRead } = await handle.read(buffer, offset, Math.min(length, range.to - range.from - position), range.from + position);
        position += bytesRead;
        return bytesRead;
      };
    }
    if (range === undefined) countsFileReads.count++;
    return await scan(
      file,
      bytes,
      options.chunkBytes ?? CHUNK_BYTES,
      read,
      options.sizeFor ?? bytes,
      options.onRows,
      options.dateWindow ?? DEFAULT_DATE_WINDOW,
      options.names,
    );
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  } finally {
    await handle.close();
  }
}

/**
 * `scanPart` for a worker thread: the part's columns (copied back to the caller) and its lines.
 *
 * @example
 * await scanCountsPart({ file: 'counts.csv', range: { from: 18, to: 4096 } }); // { counts, lines } or undefined
 */
export async function scanCountsPart(task: {
  file: string;
  range: { from: number; to: number };
  names?: CountsLayout['columns'];
  dateWindow?: DateWindow;
}): Promise<{ counts: CountColumns; lines: number } | undefined> {
  const part = await scanPart(task.file, task.range, { names: task.names, dateWindow: task.dateWindow });
  return part && { counts: part.builder.finish(), lines: part.lines };
}

/**
 * The columns a plain file's header names (its first line, split at commas, names trimmed) and
 * the header's bytes, line feed included; undefined where the header is not plain or not one of
 * counts (under `names`, the file's own names for teleguest's columns): the csv-parse path reports
 * it. For readers that choose a way by the columns before they scan.
 *
 * @example
 * (await plainHeader('fixtures/hourly/known-truth.csv'))?.columns.hour !== -1; // true
 * (await plainHeader('counts.csv', { devices: 'antall' }))?.columns.devices; // antall's position
 */
export async function plainHeader(file: string, names?: CountsLayout['columns']): Promise<{ columns: CountsColumnPositions; bytes: number } | undefined> {
  const handle = await open(file, 'r');
  try {
    const header = await readHeader(handle);
    const cells = header
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .replace(/\r?\n$/, '')
      .split(',');
    return {
      columns: findColumns(
        cells.map((name) => name.trim()),
        { file, line: 1 },
        names,
      ),
      bytes: header.length,
    };
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
}

/** The file's first line, line feed included (a header longer than a line may be is not plain). */
async function readHeader(handle: FileHandle): Promise<Buffer> {
  const head = Buffer.alloc(MAX_LINE_BYTES);
  const { bytesRead } = await handle.read(head, 0, head.length, 0);
  const end = head.subarray(0, bytesRead).indexOf(LF);
  if (end === -1) throw new NotPlain();
  return head.subarray(0, end + 1);
}

type ReadInto = (buffer: Buffer, offset: number, length: number) => Promise<number>;

async function scan(
  file: string,
  size: number,
  chunkBytes: number,
  read: ReadInto,
  sizeFor: number,
  onRows: ((builder: CountColumnsBuilder) => void) | undefined,
  dateWindow: DateWindow,
  given: CountsLayout['columns'],
): Promise<ScannedPart> {
  // No bigger than the file: a small file costs no 8 MiB buffer.
  let buffer = Buffer.alloc(Math.min(chunkBytes, size + 1));
  let filled = await read(buffer, 0, buffer.length);
  let start = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  const headerEnd = buffer.indexOf(LF, start);
  if (headerEnd === -1 || headerEnd >= filled) throw new NotPlain();
  const crlf = buffer[headerEnd - 1] === CR;
  const header = buffer.toString('utf8', start, crlf ? headerEnd - 1 : headerEnd);
  if (/["\t;\r]/.test(header)) throw new NotPlain();
  // Trimmed as csv-parse trims them, so that notes name the columns alike.
  const names = header.split(',').map((name) => name.trim());
  let columns;
  try {
    // The file's own names (`--columns`) are read here as csv-parse reads them: a mapped column, not a default one beside it.
    columns = findColumns(names, { file, line: 1 }, given);
  } catch {
    throw new NotPlain(); // csv-parse's path gives the error (a missing column, a mapped one too)
  }
  if (columns.segment !== -1) throw new NotPlain(); // segmented files are small; csv-parse reads them
  const width = names.length;
  const kinds = new Int8Array(width).fill(FIELD_IGNORED);
  if (columns.date !== -1) kinds[columns.date] = FIELD_DATE;
  kinds[columns.area] = FIELD_AREA;
  kinds[columns.devices] = FIELD_DEVICES;
  if (columns.areaName !== -1) kinds[columns.areaName] = FIELD_NAME;
  if (columns.hour !== -1) kinds[columns.hour] = FIELD_HOUR;
  if (columns.time !== -1) kinds[columns.time] = FIELD_TIME;
  const hourly = columns.hour !== -1 || columns.time !== -1;

  // Size the columns from the first chunk's rows per byte, so they rarely grow (each growth copies).
  let rowsInChunk = 0;
  for (let lf = buffer.indexOf(LF, headerEnd + 1); lf !== -1 && lf < filled; lf = buffer.indexOf(LF, lf + 1)) rowsInChunk++;
  // At least 13 bytes a row (2024-01-01,1,), so a first chunk of blank lines cannot inflate the guess.
  const bytesPerRow = Math.max(13, (filled - headerEnd) / Math.max(1, rowsInChunk));
  const state: ScanState = {
    builder: new CountColumnsBuilder(file, 'line', Math.ceil((sizeFor / bytesPerRow) * 1.02) + 16, false, hourly),
    hourly,
    hasHour: columns.hour !== -1,
    utcHourOfKey: new Map(),
    lastTimeKey: -1,
    lastTime: 0,
    // NaN matches no key (-1 would: 1969-12-31 hour 23).
    lastHour: { key: NaN, utcHour: 0, day: 0, repeated: false },
    kinds,
    crlf,
    hasName: columns.areaName !== -1,
    dayOfKey: new Map(),
    lastDayKey: -1,
    lastDay: 0,
    // Zero for none: a fresh table needs no fill, and only the pages of codes seen are touched.
    areaOfKey: new Int32Array(SMALL_CODE_KEYS),
    areaOfText: new Map(),
    dateWindow,
  };
  start = headerEnd + 1;
  let line = 1;
  for (;;) {
    const lastLf = buffer.lastIndexOf(LF, filled - 1);
    if (lastLf >= start) {
      line = scanRows(buffer, start, lastLf + 1, line, state);
      onRows?.(state.builder);
      start = lastLf + 1;
    }
    // Carry the incomplete last line over to the next chunk, in a bigger buffer if it is long.
    const rest = filled - start;
    if (rest > MAX_LINE_BYTES) throw new NotPlain();
    const next = rest * 2 > buffer.length ? Buffer.alloc(buffer.length * 2) : buffer;
    buffer.copy(next, 0, start, filled);
    buffer = next;
    start = 0;
    const got = await read(buffer, rest, buffer.length - rest);
    filled = rest + got;
    if (got === 0) {
      // The last line, without a line feed.
      if (rest > 0) line = scanRows(buffer, 0, rest, line, state);
      onRows?.(state.builder);
      break;
    }
  }
  return { builder: state.builder, lines: line - 1, notes: columns.notes, hasHour: state.hasHour };
}

/** What the scan carries from row to row and chunk to chunk. */
interface ScanState {
  builder: CountColumnsBuilder;
  kinds: Int8Array;
  /** Whether lines end CR LF, as the header's does; a row ending otherwise is handed over. */
  crlf: boolean;
  hasName: boolean;
  /** Day numbers by the date's digits as one number (20240229). */
  dayOfKey: Map<number, number>;
  /** The previous row's date: files come sorted by date, so most rows repeat it. */
  lastDayKey: number;
  lastDay: number;
  /** Areas by an all-digit code of up to five digits (value × 8 + length, so 0301 and 301 differ), as area index + 1; 0 for none. */
  areaOfKey: Int32Array;
  areaOfText: Map<string, number>;
  /** The file has an `hour` or a `time` column. */
  hourly: boolean;
  /** The file has an `hour` column (beside `date`), not a `time` column. */
  hasHour: boolean;
  /** `time` cells by their digits and zone as one number (see `readTime`): UTC hour × 2 + 1 for local time. */
  utcHourOfKey: Map<number, number>;
  /** The previous row's `time`: files come sorted by time, so most rows repeat it. */
  lastTimeKey: number;
  lastTime: number;
  /** The dates rows may have; a row outside hands the file over. */
  dateWindow: DateWindow;
  /** The previous row's hour (its cell as read, see `finishHourRow`) and what it became: most rows repeat it. */
  lastHour: { key: number; utcHour: number; day: number; repeated: boolean };
}

/**
 * Scan the rows in `buffer[start, end)`, each ending with a line feed except perhaps the last
 * one of the file; `line` is the line before them. Returns the line of the last row.
 * One pass over the bytes: each cell's reader reads its bytes up to the first byte its cell
 * cannot hold (which must be the comma or line ending that closes it) and writes its value
 * straight into the builder's columns; no object per row.
 */
function scanRows(buffer: Buffer, start: number, end: number, line: number, state: ScanState): number {
  const { kinds, builder, hasName, crlf, hourly } = state;
  const lastField = kinds.length - 1;
  const endOfLine = crlf ? CR : LF;
  let { length: row, day, area, devices, line: lineOf, utcHour } = builder.reserveRows(1);
  let position = start;
  while (position < end) {
    line++;
    if (buffer[position] === endOfLine) {
      // An empty line: skipped, as csv-parse skips it.
      if (crlf && buffer[position + 1] !== LF) throw new NotPlain();
      position += crlf ? 2 : 1;
      continue;
    }
    if (row === day.length) {
      builder.setLength(row);
      ({ day, area, devices, line: lineOf, utcHour } = builder.reserveRows(1));
    }
    let nameFrom = 0;
    let nameTo = 0;
    for (let field = 0; ; field++) {
      const kind = kinds[field];
      if (kind === FIELD_DATE) position = readDay(buffer, position, end, state, day, row);
      else if (kind === FIELD_AREA) position = readArea(buffer, position, end, state, area, row);
      else if (kind === FIELD_DEVICES) position = readDevices(buffer, position, end, devices, row);
      else if (kind === FIELD_HOUR) position = readHour(buffer, position, end, utcHour!, row);
      else if (kind === FIELD_TIME) position = readTime(buffer, position, end, state, utcHour!, row);
      else {
        const from = position;
        position = findCellEnd(buffer, position, end);
        if (kind === FIELD_NAME) {
          nameFrom = from;
          nameTo = position;
        }
      }
      if (field === lastField) break;
      position = afterComma(buffer, position, end);
    }
    // The line must end as the header's does: CR LF, or LF alone; a lone CR is handed over.
    if (position < end) {
      if (buffer[position] !== endOfLine || (crlf && buffer[position + 1] !== LF)) throw new NotPlain();
      position += crlf ? 2 : 1;
    }
    if (hasName) readName(buffer, nameFrom, nameTo, area[row]!, state);
    if (hourly) finishHourRow(row, day, area[row]!, utcHour!, state);
    lineOf[row] = line;
    row++;
  }
  builder.setLength(row);
  return line;
}

/**
 * An hourly row's `hour` or `time` cell, as `readHour` or `readTime` left it in `utcHour[row]`,
 * made its UTC hour, and its day the Oslo day of that hour (as `pushHourRow` does).
 */
function finishHourRow(row: number, day: Int32Array, area: number, utcHour: Int32Array, state: ScanState): void {
  const last = state.lastHour;
  const key = state.hasHour ? day[row]! * 24 + utcHour[row]! : utcHour[row]!;
  if (key !== last.key) {
    let hour = utcHour[row]!;
    let local = true;
    if (state.hasHour) {
      hour = osloUtcHour(day[row]!, hour);
      if (Number.isNaN(hour)) throw new NotPlain(); // the skipped spring hour: csv-parse's path says so
    } else {
      local = hour % 2 !== 0;
      hour = Math.floor(hour / 2);
    }
    last.key = key;
    last.utcHour = hour;
    last.day = Math.floor(osloLocalHour(hour) / 24);
    last.repeated = local && isFirstOfRepeatedHour(hour);
  }
  // Which of the two 02:00 a row is depends on the rows before it, so that is never cached.
  utcHour[row] = last.repeated ? state.builder.resolveRepeatedHour(area, -1, last.utcHour, true) : last.utcHour;
  // The second 02:00 is the same clock hour as the first, so the day is the same either way.
  day[row] = last.day;
}

/**
 * Past the comma at `position` that closes a cell. Every reader stops at the first byte its cell
 * cannot hold: anything but a comma there (or the end of the data) hands the file over.
 */
function afterComma(buffer: Buffer, position: number, end: number): number {
  if (position >= end || buffer[position] !== COMMA) throw new NotPlain();
  return position + 1;
}

/** Whether the cell before `position` is closed there: by a comma, a line ending or the end of the data. */
function closesCell(buffer: Buffer, position: number, end: number): boolean {
  if (position >= end) return true;
  const byte = buffer[position]!;
  return byte === COMMA || byte === LF || byte === CR;
}

/** The end of a cell read as text: the next comma or line ending; a quote hands the file over. */
function findCellEnd(buffer: Buffer, position: number, end: number): number {
  for (; position < end; position++) {
    const byte = buffer[position]!;
    if (byte === COMMA || byte === LF || byte === CR) break;
    if (byte === QUOTE) throw new NotPlain();
  }
  return position;
}

/** A `YYYY-MM-DD` cell at `from` into `day[row]`; returns where it ends. */
function readDay(buffer: Buffer, from: number, end: number, state: ScanState, day: Int32Array, row: number): number {
  const to = from + 10;
  if (to > end || buffer[from + 4] !== DASH || buffer[from + 7] !== DASH) throw new NotPlain();
  const year = readDigits(buffer, from, from + 4);
  const month = readDigits(buffer, from + 5, from + 7);
  const date = readDigits(buffer, from + 8, to);
  if ((year | month | date) < 0) throw new NotPlain();
  // The digits as one number (20240229), the key of the caches.
  const key = year * 10_000 + month * 100 + date;
  if (key !== state.lastDayKey) {
    let parsed = state.dayOfKey.get(key);
    if (parsed === undefined) {
      parsed = parseDay(buffer.toString('latin1', from, to));
      // Outside the window: the csv-parse path refuses it with its line, or takes it where the window is wider.
      if (parsed === undefined || parsed < state.dateWindow.first || parsed > state.dateWindow.last) throw new NotPlain();
      state.dayOfKey.set(key, parsed);
    }
    state.lastDayKey = key;
    state.lastDay = parsed;
  }
  day[row] = state.lastDay;
  return to;
}

/** The number the digits in `buffer[from, to)` make, or -1 if any byte is not a digit. */
function readDigits(buffer: Buffer, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = buffer[i]! - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** An `hour` cell, one or two digits 0–23, into `utcHour[row]` for `finishHourRow`; returns where it ends. */
function readHour(buffer: Buffer, from: number, end: number, utcHour: Int32Array, row: number): number {
  let hour = 0;
  let position = from;
  for (let digit; position < end && (digit = buffer[position]! - 48) >= 0 && digit <= 9; position++) hour = hour * 10 + digit;
  if (position - from < 1 || position - from > 2 || hour > 23) throw new NotPlain();
  utcHour[row] = hour;
  return position;
}

/**
 * A `time` cell of the plain forms `YYYY-MM-DDTHH:MM[:SS]` (`T` or a space) with an optional
 * `Z` or `±HH:MM`, on the hour; parsed by `parseTime` once per distinct value. Writes UTC hour × 2
 * + 1 for local time, 0 for an instant, into `utcHour[row]` for `finishHourRow`; returns where it ends.
 */
function readTime(buffer: Buffer, from: number, end: number, state: ScanState, utcHour: Int32Array, row: number): number {
  const to = findCellEnd(buffer, from, end);
  const length = to - from;
  let clockEnd = from + 16;
  if (length < 16 || buffer[from + 4] !== DASH || buffer[from + 7] !== DASH || buffer[from + 13] !== 58) throw new NotPlain();
  if (buffer[from + 10] !== 84 && buffer[from + 10] !== SPACE) throw new NotPlain();
  if (length >= 19 && buffer[from + 16] === 58) clockEnd = from + 19;
  // The digits YYYYMMDDHH; minutes and seconds must be zeros.
  let key = 0;
  for (let i = from; i < clockEnd; i++) {
    if (i === from + 4 || i === from + 7 || i === from + 10 || i === from + 13 || i === from + 16) continue;
    const digit = buffer[i]! - 48;
    if (digit < 0 || digit > 9) throw new NotPlain();
    if (i < from + 13) key = key * 10 + digit;
    else if (digit !== 0) throw new NotPlain();
  }
  // The zone: none 0, Z 1, ±HH:MM 2 + (HHMM × 2 + sign).
  let zone = 0;
  const rest = to - clockEnd;
  if (rest === 1 && buffer[clockEnd] === 90) zone = 1;
  else if (rest === 6 && (buffer[clockEnd] === 43 || buffer[clockEnd] === DASH) && buffer[clockEnd + 3] === 58) {
    let offset = 0;
    for (let i = 1; i <= 5; i++) {
      if (i === 3) continue;
      const digit = buffer[clockEnd + i]! - 48;
      if (digit < 0 || digit > 9) throw new NotPlain();
      offset = offset * 10 + digit;
    }
    zone = 2 + offset * 2 + (buffer[clockEnd] === DASH ? 1 : 0);
  } else if (rest !== 0) throw new NotPlain();
  key = key * 100_000 + zone;
  if (key !== state.lastTimeKey) {
    let coded = state.utcHourOfKey.get(key);
    if (coded === undefined) {
      const parsed = parseTime(buffer.toString('latin1', from, to));
      if (typeof parsed === 'string') throw new NotPlain();
      const day = Math.floor(parsed.utcHour / 24);
      if (day < state.dateWindow.first || day > state.dateWindow.last) throw new NotPlain();
      coded = parsed.utcHour * 2 + (parsed.local ? 1 : 0);
      state.utcHourOfKey.set(key, coded);
    }
    state.lastTimeKey = key;
    state.lastTime = coded;
  }
  utcHour[row] = state.lastTime;
  return to;
}

/** An `area` cell at `from` into `area[row]` as an index into the builder's areas; returns where it ends. */
function readArea(buffer: Buffer, from: number, end: number, state: ScanState, area: Int32Array, row: number): number {
  let key = 0;
  let position = from;
  for (let digit; position < end && (digit = buffer[position]! - 48) >= 0 && digit <= 9; position++) key = key * 10 + digit;
  // Codes of up to five digits index a table directly (value × 8 + length, so 0301 ≠ 301).
  if (closesCell(buffer, position, end)) key = position - from <= 5 ? key * 8 + (position - from) : -1;
  else {
    key = -1;
    position = findCellEnd(buffer, position, end);
  }
  if (position === from) throw new NotPlain();
  if (key !== -1) {
    const known = state.areaOfKey[key]!;
    if (known !== 0) {
      area[row] = known - 1;
      return position;
    }
  }
  const code = buffer.toString('utf8', from, position);
  if (!isPlainText(code) || code === REGION_CODE || checkAreaText(code) !== undefined) throw new NotPlain();
  let index = state.areaOfText.get(code);
  if (index === undefined) {
    index = state.builder.areaIndexOf(code, '');
    state.areaOfText.set(code, index);
    if (key !== -1) state.areaOfKey[key] = index + 1;
  }
  area[row] = index;
  return position;
}

/**
 * A `devices` cell at `from` into `devices[row]`: digits with at most one inner `.`, NaN when
 * blank; returns where it ends.
 */
function readDevices(buffer: Buffer, from: number, end: number, devices: Float64Array, row: number): number {
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  let position = from;
  for (; position < end; position++) {
    const byte = buffer[position]!;
    if (byte >= 48 && byte <= 57) {
      mantissa = mantissa * 10 + (byte - 48);
      digits++;
      if (fraction !== -1) fraction++;
    } else if (byte === DOT && fraction === -1 && position > from) fraction = 0;
    else break;
  }
  // A `.` must have digits after it as well as before.
  if (fraction === 0) throw new NotPlain();
  if (position === from) devices[row] = NaN;
  // Fifteen digits fit a double exactly, so one correctly rounded division gives what Number() gives.
  else if (digits <= 15) devices[row] = fraction === -1 ? mantissa : mantissa / POWERS_OF_TEN[fraction]!;
  else {
    const value = parseDevices(buffer.toString('latin1', from, position), false);
    if (typeof value !== 'number') throw new NotPlain();
    devices[row] = value;
  }
  return position;
}

/** Names are decoded only while an area has none, or when they hold non-ASCII buffer to check. */
function readName(buffer: Buffer, from: number, to: number, area: number, state: ScanState): void {
  let ascii = true;
  for (let i = from; i < to && ascii; i++) ascii = buffer[i]! < 0x80;
  // ASCII at the edges: only a space or a control character would be trimmed.
  if (ascii && to > from && (buffer[from]! <= SPACE || buffer[to - 1]! <= SPACE)) throw new NotPlain();
  if (ascii && !state.builder.lacksName(area)) return;
  const name = buffer.toString('utf8', from, to);
  if (!isPlainText(name) || checkAreaText(name, 'name') !== undefined) throw new NotPlain(); // the csv-parse path trims it or reports the line
  state.builder.nameArea(area, name);
}

/** Text csv-parse would keep as it is: valid UTF-8, nothing that `trim` removes at its edges. */
function isPlainText(text: string): boolean {
  return !text.includes('\uFFFD') && text.trim() === text;
}
