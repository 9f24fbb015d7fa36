import { open } from 'node:fs/promises';
import { CountColumnsBuilder } from '../count-columns.js';
import { REGION_CODE } from '../count-grid.js';
import { parseDay } from '../day-number.js';
import { fileError } from '../errors.js';
import { osloUtcHour } from '../clock/oslo-utc-hour.js';
import { parseTime } from '../clock/parse-time.js';
import { findColumns } from './find-columns.js';
import { parseDevices } from './parse-devices.js';
import type { CountsRead } from './read-counts.js';

const CHUNK_BYTES = 8 * 1024 * 1024;
const COMMA = 44;
const LF = 10;
const CR = 13;
const QUOTE = 34;
const DOT = 46;
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
 * @example
 * const read = await scanCountsCsv('fixtures/hallingdal/counts.csv');
 * read?.counts.length; // 3282
 */
export async function scanCountsCsv(file: string): Promise<CountsRead | undefined> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw fileError(file, 'read', error);
  }
  try {
    const { size } = await handle.stat();
    return await scan(file, size, (buffer, offset, length) => handle.read(buffer, offset, length, null).then((read) => read.bytesRead));
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  } finally {
    await handle.close();
  }
}

type ReadInto = (buffer: Buffer, offset: number, length: number) => Promise<number>;

async function scan(file: string, size: number, read: ReadInto): Promise<CountsRead> {
  let buffer = Buffer.alloc(CHUNK_BYTES);
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
    columns = findColumns(names, { file, line: 1 });
  } catch {
    throw new NotPlain(); // csv-parse's path gives the error
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
    builder: new CountColumnsBuilder(file, 'line', Math.ceil((size / bytesPerRow) * 1.02) + 16, false, hourly),
    hourly,
    utcHourOfKey: new Map(),
    kinds,
    crlf,
    hasName: columns.areaName !== -1,
    line: 1,
    dayOfKey: new Map(),
    lastDayKey: -1,
    lastDay: 0,
    areaOfKey: new Int32Array(SMALL_CODE_KEYS).fill(-1),
    areaOfText: new Map(),
  };
  start = headerEnd + 1;
  for (;;) {
    const lastLf = buffer.lastIndexOf(LF, filled - 1);
    if (lastLf >= start) start = scanRows(buffer, start, lastLf + 1, state);
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
      if (rest > 0) scanRows(buffer, 0, rest, state);
      break;
    }
  }
  const counts = state.builder.finish();
  if (counts.length === 0) throw new NotPlain();
  return { counts, notes: columns.notes };
}

/** What the scan carries from row to row and chunk to chunk. */
interface ScanState {
  builder: CountColumnsBuilder;
  kinds: Int8Array;
  /** Whether lines end CR LF, as the header's does; a row ending otherwise is handed over. */
  crlf: boolean;
  hasName: boolean;
  line: number;
  /** Day numbers by the date's digits as one number (20240229). */
  dayOfKey: Map<number, number>;
  /** The previous row's date: files come sorted by date, so most rows repeat it. */
  lastDayKey: number;
  lastDay: number;
  /** Areas by an all-digit code of up to five digits: value × 8 + length (so 0301 and 301 differ); -1 for none. */
  areaOfKey: Int32Array;
  areaOfText: Map<string, number>;
  /** The file has an `hour` or a `time` column. */
  hourly: boolean;
  /** `time` cells by their digits and zone as one number (see `timeKey`): UTC hour × 2 + 1 for local time. */
  utcHourOfKey: Map<number, number>;
}

/**
 * Scan the rows in `buffer[start, end)`, each ending with a line feed except perhaps the last
 * one of the file. Returns `end`. One loop over the bytes, no object per row.
 */
function scanRows(buffer: Buffer, start: number, end: number, state: ScanState): number {
  const { kinds, builder, hasName, crlf } = state;
  const width = kinds.length;
  let line = state.line;
  let position = start;
  while (position < end) {
    line++;
    let byte = buffer[position]!;
    if (byte === (crlf ? CR : LF)) {
      // An empty line: skipped, as csv-parse skips it.
      if (crlf && buffer[position + 1] !== LF) throw new NotPlain();
      position += crlf ? 2 : 1;
      continue;
    }
    let day = 0;
    let hour = -1;
    let coded = 0;
    let area = -1;
    let devices = NaN;
    let nameFrom = 0;
    let nameTo = 0;
    for (let field = 0; field < width; field++) {
      const from = position;
      // One pass per row: each field ends at a comma, a line ending or the end of the data.
      while (position < end && (byte = buffer[position]!) !== COMMA && byte !== LF && byte !== CR) {
        if (byte === QUOTE) throw new NotPlain();
        position++;
      }
      const last = field === width - 1;
      if (last ? position < end && byte === COMMA : position >= end || byte !== COMMA) throw new NotPlain();
      const to = position;
      // The line must end as the header's does: CR LF, or LF alone; a lone CR is handed over.
      if (last && position < end && (byte === CR) !== crlf) throw new NotPlain();
      if (last && byte === CR && position < end) {
        if (buffer[position + 1] !== LF) throw new NotPlain();
        position++;
      }
      const kind = kinds[field]!;
      if (kind === FIELD_DATE) day = readDay(buffer, from, to, state);
      else if (kind === FIELD_AREA) area = readArea(buffer, from, to, state);
      else if (kind === FIELD_DEVICES) devices = readDevices(buffer, from, to);
      else if (kind === FIELD_HOUR) hour = readHour(buffer, from, to);
      else if (kind === FIELD_TIME) coded = readTime(buffer, from, to, state);
      else if (kind === FIELD_NAME) {
        nameFrom = from;
        nameTo = to;
      }
      position++;
    }
    if (hasName) readName(buffer, nameFrom, nameTo, area, builder);
    if (!state.hourly) builder.pushRow(day, area, devices, line);
    else if (hour === -1) builder.pushHourRow(area, -1, devices, line, Math.floor(coded / 2), coded % 2 !== 0);
    else {
      const utcHour = osloUtcHour(day, hour);
      if (Number.isNaN(utcHour)) throw new NotPlain(); // the skipped spring hour: csv-parse's path says so
      builder.pushHourRow(area, -1, devices, line, utcHour, true);
    }
  }
  state.line = line;
  return end;
}

function readDay(buffer: Buffer, from: number, to: number, state: ScanState): number {
  if (to - from !== 10 || buffer[from + 4] !== 45 || buffer[from + 7] !== 45) throw new NotPlain();
  let key = 0;
  for (let i = from; i < to; i++) {
    if (i === from + 4 || i === from + 7) continue;
    const digit = buffer[i]! - 48;
    if (digit < 0 || digit > 9) throw new NotPlain();
    key = key * 10 + digit;
  }
  if (key === state.lastDayKey) return state.lastDay;
  let day = state.dayOfKey.get(key);
  if (day === undefined) {
    day = parseDay(buffer.toString('latin1', from, to));
    if (day === undefined) throw new NotPlain();
    state.dayOfKey.set(key, day);
  }
  state.lastDayKey = key;
  state.lastDay = day;
  return day;
}

/** An `hour` cell: one or two digits, 0–23. */
function readHour(buffer: Buffer, from: number, to: number): number {
  if (to - from < 1 || to - from > 2) throw new NotPlain();
  let hour = 0;
  for (let i = from; i < to; i++) {
    const digit = buffer[i]! - 48;
    if (digit < 0 || digit > 9) throw new NotPlain();
    hour = hour * 10 + digit;
  }
  if (hour > 23) throw new NotPlain();
  return hour;
}

/**
 * A `time` cell of the plain forms `YYYY-MM-DDTHH:MM[:SS]` (`T` or a space) with an optional
 * `Z` or `±HH:MM`, on the hour; parsed by `parseTime` once per distinct value. Returns UTC hour × 2
 * + 1 for local time, 0 for an instant.
 */
function readTime(buffer: Buffer, from: number, to: number, state: ScanState): number {
  const length = to - from;
  let clockEnd = from + 16;
  if (length < 16 || buffer[from + 4] !== 45 || buffer[from + 7] !== 45 || buffer[from + 13] !== 58) throw new NotPlain();
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
  else if (rest === 6 && (buffer[clockEnd] === 43 || buffer[clockEnd] === 45) && buffer[clockEnd + 3] === 58) {
    let offset = 0;
    for (let i = 1; i <= 5; i++) {
      if (i === 3) continue;
      const digit = buffer[clockEnd + i]! - 48;
      if (digit < 0 || digit > 9) throw new NotPlain();
      offset = offset * 10 + digit;
    }
    zone = 2 + offset * 2 + (buffer[clockEnd] === 45 ? 1 : 0);
  } else if (rest !== 0) throw new NotPlain();
  key = key * 100_000 + zone;
  let coded = state.utcHourOfKey.get(key);
  if (coded === undefined) {
    const parsed = parseTime(buffer.toString('latin1', from, to));
    if (typeof parsed === 'string') throw new NotPlain();
    coded = parsed.utcHour * 2 + (parsed.local ? 1 : 0);
    state.utcHourOfKey.set(key, coded);
  }
  return coded;
}

function readArea(buffer: Buffer, from: number, to: number, state: ScanState): number {
  if (to === from) throw new NotPlain();
  // Codes of up to five digits index a table directly (value × 8 + length, so 0301 ≠ 301).
  let key = to - from <= 5 ? 0 : -1;
  for (let i = from; key !== -1 && i < to; i++) {
    const digit = buffer[i]! - 48;
    key = digit < 0 || digit > 9 ? -1 : key * 10 + digit;
  }
  if (key !== -1) {
    key = key * 8 + (to - from);
    const known = state.areaOfKey[key]!;
    if (known !== -1) return known;
  }
  const code = buffer.toString('utf8', from, to);
  if (!isPlainText(code) || code === REGION_CODE) throw new NotPlain();
  let area = state.areaOfText.get(code);
  if (area === undefined) {
    area = state.builder.areaIndexOf(code, '');
    state.areaOfText.set(code, area);
    if (key !== -1) state.areaOfKey[key] = area;
  }
  return area;
}

function readDevices(buffer: Buffer, from: number, to: number): number {
  if (to === from) return NaN;
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (let i = from; i < to; i++) {
    const byte = buffer[i]!;
    if (byte >= 48 && byte <= 57) {
      mantissa = mantissa * 10 + (byte - 48);
      digits++;
      if (fraction !== -1) fraction++;
    } else if (byte === DOT && fraction === -1 && i > from && i < to - 1) fraction = 0;
    else throw new NotPlain();
  }
  // Fifteen digits fit a double exactly, so one correctly rounded division gives what Number() gives.
  if (digits <= 15) return fraction <= 0 ? mantissa : mantissa / POWERS_OF_TEN[fraction]!;
  const value = parseDevices(buffer.toString('latin1', from, to), false);
  if (typeof value !== 'number') throw new NotPlain();
  return value;
}

/** Names are decoded only while an area has none, or when they hold non-ASCII bytes to check. */
function readName(buffer: Buffer, from: number, to: number, area: number, builder: CountColumnsBuilder): void {
  let ascii = true;
  for (let i = from; i < to && ascii; i++) ascii = buffer[i]! < 0x80;
  // ASCII at the edges: only a space or a control character would be trimmed.
  if (ascii && to > from && (buffer[from]! <= SPACE || buffer[to - 1]! <= SPACE)) throw new NotPlain();
  if (ascii && !builder.lacksName(area)) return;
  const name = buffer.toString('utf8', from, to);
  if (!isPlainText(name)) throw new NotPlain(); // the csv-parse path trims it or reports the line
  builder.nameArea(area, name);
}

/** Text csv-parse would keep as it is: valid UTF-8, nothing that `trim` removes at its edges. */
function isPlainText(text: string): boolean {
  return !text.includes('\uFFFD') && text.trim() === text;
}
