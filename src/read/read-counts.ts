import { open, stat } from 'node:fs/promises';
import { chooseScanThreads } from '../pool/choose-threads.js';
import type { CountColumns } from './count-columns.js';
import type { CountGrid, OnDuplicate } from '../grid/count-grid.js';
import { fileError } from '../errors.js';
import { DuplicateRow, expectedGrid, GridBuilder } from '../grid/grid-builder.js';
import { localDaysOfHours, type HourGrid } from '../hourly/hour-grid.js';
import { readCountsArrow } from './read-counts-arrow.js';
import type { ReadCountsOptions } from './rejected-row.js';
import { CHUNK_BYTES, plainHeader, scanCountsCsv, scanPart } from './scan-counts-csv.js';
import { sniffCsv } from './sniff-csv.js';

/** Counts read from a file, with notes worth telling the user (ignored columns). */
export interface CountsRead {
  counts: CountColumns;
  notes: string[];
}

/**
 * Read device counts from a CSV or an Arrow IPC file, told apart by their first bytes
 * (Arrow files begin with `ARROW1`, Arrow streams with a continuation marker), not by name.
 * A plain UTF-8, comma-separated CSV goes through the byte scanner; anything it does not
 * handle, and every file with an error, through csv-parse (same columns, see scan-counts-csv).
 *
 * @example
 * const { counts, notes } = await readCounts('fixtures/hallingdal/counts.csv');
 */
export async function readCounts(file: string, options: ReadCountsOptions = {}): Promise<CountsRead> {
  if (await isArrow(file)) return readCountsArrow(file, options);
  const dialect = await sniffCsv(file);
  const plain = dialect.delimiter === ',' && dialect.encoding === 'utf8' ? await scanPlainCsv(file, options.workers ?? 'auto') : undefined;
  // csv-parse is loaded only when a file needs it: ~35 ms of start-up a plain file does not pay.
  const read = plain ?? (await (await import('./read-counts-csv.js')).readCountsCsv(file, options, dialect));
  await noteMissingLineEnding(file, read.notes);
  return read;
}

/** Counts read straight into a grid (see `readCountGrid`). */
export interface CountGridRead {
  grid: CountGrid;
  /** The data rows read. */
  rows: number;
  /** How a second row for an area and date was taken as the grid was read. */
  onDuplicate: OnDuplicate;
  notes: string[];
}

/** How `readCountGrid` and `readHourGrid` read. */
export interface GridReadOptions {
  /** How a second row for an area and date (or hour) is taken (default: an error, left to the rows to report). */
  onDuplicate?: OnDuplicate;
  /** The bytes scanned at a time (default 8 MiB). */
  chunkBytes?: number;
  /**
   * Asked with the area codes each chunk shows for the first time: true leaves the file to the
   * rows there and then (say, a code that is to be recoded: `estimateGrid` would decline the grid).
   */
  leaveToRows?: (newCodes: readonly string[]) => boolean;
}

/** Hourly counts read straight into an hour grid (see `readHourGrid`). */
export interface HourGridRead extends Omit<CountGridRead, 'grid'> {
  grid: HourGrid;
  /** The file, for messages. */
  source: string;
}

/**
 * Read a plain, daily CSV (what the byte scanner takes, without hours) straight into a count grid,
 * 8 MiB at a time: each chunk's rows are laid out (`GridBuilder`) and the scanner's columns
 * reused, so memory follows the grid, not the rows. Undefined for anything else (Arrow, another
 * dialect, hourly or segmented counts, anything the scanner hands over), at a duplicate when
 * duplicates are errors, and where `leaveToRows` says so: `readCounts` reads those, and reports
 * what is wrong with the lines it names.
 *
 * @example
 * const read = await readCountGrid('national.csv'); // read?.grid.dayCount === 3653
 */
export async function readCountGrid(file: string, options: GridReadOptions = {}): Promise<CountGridRead | undefined> {
  const scanned = await scanIntoGrid(file, 'day', options);
  if (scanned === undefined) return undefined;
  const { builder, areaCodes, areaNames, ...read } = scanned;
  return { ...read, grid: builder.finish(areaCodes, areaNames) };
}

/**
 * `readCountGrid` for plain hourly counts (`date,hour` or `time`, unsegmented): laid out by UTC
 * hour as they are scanned (the repeated 02:00 of October told apart as the rows give it), and
 * packed onto the whole local days they fall on: the hour grid `buildHourGrid` gives for the rows.
 * Undefined for daily or segmented counts, and for what `readCountGrid` leaves to the rows.
 *
 * @example
 * const read = await readHourGrid('hourly.csv'); // read?.grid.slotCount === 8784 for 2024
 */
export async function readHourGrid(file: string, options: GridReadOptions = {}): Promise<HourGridRead | undefined> {
  const scanned = await scanIntoGrid(file, 'hour', options);
  if (scanned === undefined) return undefined;
  const { builder, areaCodes, areaNames, ...read } = scanned;
  const days = localDaysOfHours(builder.span.first, builder.span.last);
  const byHour = builder.finish(areaCodes, areaNames, { first: days.firstHour, count: days.slotCount });
  // The builder's last row is the region's (for daily counts); an hour grid has none.
  const values = byHour.devices.subarray(0, byHour.areaCodes.length * days.slotCount);
  const grid = { ...days, areaCodes: byHour.areaCodes, areaNames: byHour.areaNames, segmentNames: [''], values, duplicateRows: byHour.duplicateRows };
  return { ...read, grid, source: file };
}

/** Thrown inside the scan when `leaveToRows` says so. */
class LeftToRows extends Error {}

/** The scan behind `readCountGrid` (cells by day) and `readHourGrid` (cells by UTC hour): the rows laid out, to be finished. */
async function scanIntoGrid(
  file: string,
  unit: 'day' | 'hour',
  options: GridReadOptions,
): Promise<(Omit<CountGridRead, 'grid'> & { builder: GridBuilder; areaCodes: string[]; areaNames: string[] }) | undefined> {
  const { onDuplicate = 'error', chunkBytes = CHUNK_BYTES, leaveToRows } = options;
  if (await isArrow(file)) return undefined;
  const dialect = await sniffCsv(file);
  if (dialect.delimiter !== ',' || dialect.encoding !== 'utf8') return undefined;
  // Which kind of counts, and segmented ones (read as rows), from the header, before any scanning.
  const columns = (await plainHeader(file))?.columns;
  if (columns === undefined || columns.segment !== -1 || (columns.hour !== -1 || columns.time !== -1) !== (unit === 'hour')) return undefined;
  const { size } = await stat(file);
  let grid: GridBuilder | undefined;
  let rows = 0;
  let codesAsked = 0;
  let part: Awaited<ReturnType<typeof scanPart>>;
  try {
    part = await scanPart(file, undefined, {
      chunkBytes,
      // Columns for one chunk's rows, emptied after each.
      sizeFor: chunkBytes * 1.1,
      onRows: (builder) => {
        const columns = builder.reserveRows(0);
        if (columns.length === 0) return;
        const { areaCodes } = builder.finish();
        if (leaveToRows !== undefined && areaCodes.length > codesAsked) {
          if (leaveToRows(areaCodes.slice(codesAsked))) throw new LeftToRows();
          codesAsked = areaCodes.length;
        }
        // The header said which: hourly rows have their UTC hour.
        const cells = { length: columns.length, day: unit === 'hour' ? columns.utcHour! : columns.day, area: columns.area, devices: columns.devices };
        if (grid === undefined) {
          const expected = expectedGrid(cells, areaCodes.length, size / chunkBytes);
          grid = new GridBuilder(onDuplicate, unit === 'hour' ? onLocalDays(expected) : expected);
        }
        grid.add(cells, 0, cells.length);
        rows += cells.length;
        builder.setLength(0);
      },
    });
  } catch (error) {
    if (error instanceof DuplicateRow || error instanceof LeftToRows) return undefined;
    throw error;
  }
  if (part === undefined || grid === undefined) return undefined;
  const { areaCodes, areaNames } = part.builder.finish();
  const notes = [...part.notes];
  await noteMissingLineEnding(file, notes);
  return { builder: grid, areaCodes, areaNames, rows, onDuplicate, notes };
}

/** Room for hours widened to the whole local days they fall on, the span `readHourGrid` lays the grid on. */
function onLocalDays(expected: { firstDay: number; days: number; areas: number }): { firstDay: number; days: number; areas: number } {
  const days = localDaysOfHours(expected.firstDay, expected.firstDay + expected.days - 1);
  return { firstDay: days.firstHour, days: days.slotCount, areas: expected.areas };
}

/** A file cut off inside its last number still parses; a missing final line ending is the only trace. */
async function noteMissingLineEnding(file: string, notes: string[]): Promise<void> {
  if (!(await endsWithNewline(file))) notes.push(`${file}: the last line has no line ending; check that the file is complete`);
}

/** The byte scanner, in parts on worker threads when asked to (`workers` ≥ 2), else whole. */
async function scanPlainCsv(file: string, workers: number | 'auto'): Promise<CountsRead | undefined> {
  const threads = chooseScanThreads(workers);
  // Loaded only when used: Piscina's start-up is not paid by a file read whole.
  const inParts = threads > 1 ? await (await import('./scan-in-parallel.js')).scanInParallel(file, threads) : undefined;
  return inParts ?? scanCountsCsv(file);
}

async function endsWithNewline(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const last = Buffer.alloc(1);
    await handle.read(last, 0, 1, Math.max(0, size - 1));
    return last[0] === 10;
  } finally {
    await handle.close();
  }
}

async function isArrow(file: string): Promise<boolean> {
  const head = Buffer.alloc(6);
  let bytesRead: number;
  try {
    const handle = await open(file, 'r');
    try {
      ({ bytesRead } = await handle.read(head, 0, 6, 0));
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw fileError(file, 'read', error);
  }
  return head.subarray(0, bytesRead).toString('latin1') === 'ARROW1' || (bytesRead >= 4 && head.readUInt32LE(0) === 0xffffffff);
}
