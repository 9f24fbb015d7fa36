import { open, stat } from 'node:fs/promises';
import { chooseScanThreads } from '../pool/choose-threads.js';
import type { CountColumns } from './count-columns.js';
import type { CountGrid, OnDuplicate } from '../grid/count-grid.js';
import { DuplicateRow, expectedGrid, GridBuilder } from '../grid/grid-builder.js';
import { localDaysOfHours, type HourGrid } from '../hourly/hour-grid.js';
import { recodeAreas } from '../areas/recode-areas.js';
import type { CodeHistory } from '../areas/code-history.js';
import { inspectCounts, type CountsPlan } from './inspect-counts.js';
import { readCountsArrow } from './read-counts-arrow.js';
import type { ReadCountsOptions } from './rejected-row.js';
import type { DateWindow } from './date-window.js';
import type { CountsLayout } from './counts-layout.js';
import { CHUNK_BYTES, scanCountsCsv, scanPart } from './scan-counts-csv.js';

/** Counts read from a file, with notes worth telling the user (ignored columns). */
export interface CountsRead {
  counts: CountColumns;
  notes: string[];
}

/**
 * Read device counts from a CSV, an Arrow IPC or a Parquet file as rows (`inspectCounts` tells
 * them apart by their first bytes). A plain UTF-8, comma-separated CSV goes through the byte scanner;
 * anything it does not handle, and every file with an error, through csv-parse (same columns,
 * see scan-counts-csv). Every reader takes the file's own column names (`options.layout.columns`).
 *
 * @example
 * const { counts, notes } = await readCounts('fixtures/hallingdal/counts.csv');
 */
export async function readCounts(file: string, options: ReadCountsOptions = {}): Promise<CountsRead> {
  return readRows(await inspectCounts(file, { lenient: options.onReject !== undefined, workers: options.workers, layout: options.layout }), options);
}

/**
 * `readCounts` on a file already inspected: its first bytes are not looked at again. The file's
 * own column names are `options.layout.columns`, else those the plan was made with: every reader,
 * the byte scanner's included, reads the header by them.
 */
export async function readRows(plan: CountsPlan, options: ReadCountsOptions = {}): Promise<CountsRead> {
  const { file, dialect } = plan;
  const names = options.layout?.columns ?? plan.columns;
  if (names !== undefined) options = { ...options, layout: { ...options.layout, columns: names } };
  if (plan.format === 'parquet') return (await import('./read-counts-parquet.js')).readCountsParquet(file, options);
  if (dialect === undefined) return readCountsArrow(file, options);
  const plain =
    dialect.delimiter === ',' && dialect.encoding === 'utf-8' ? await scanPlainCsv(file, options.workers ?? 'auto', options.dateWindow, names) : undefined;
  // csv-parse is loaded only when a file needs it: ~35 ms of start-up a plain file does not pay.
  const read = plain ?? (await (await import('./read-counts-csv.js')).readCountsCsv(file, options, dialect));
  await noteMissingLineEnding(file, read.notes);
  return read;
}

/** Counts read straight into a grid (see `readGrid`). */
export interface CountGridRead {
  grid: CountGrid;
  /** The data rows read. */
  rows: number;
  /** Rows whose devices cell was blank. */
  blankRows: number;
  /** How a second row for an area and date was taken as the grid was read. */
  onDuplicate: OnDuplicate;
  /** Old codes the scan gave today's (`old → new`); empty when every code was today's. */
  joins: string[];
  notes: string[];
}

/** Hourly counts read straight into an hour grid (see `readGrid`). */
export interface HourGridRead extends Omit<CountGridRead, 'grid'> {
  grid: HourGrid;
  /** The file, for messages. */
  source: string;
}

/** How `readGrid` reads. */
export interface GridReadOptions {
  /** Today's codes for old ones, applied to each area as the scan first sees it. */
  history: CodeHistory;
  /** How a second row for an area and date (or hour) is taken (default: an error, located by the rows). */
  onDuplicate?: OnDuplicate;
  /** The bytes scanned at a time (default 8 MiB). */
  chunkBytes?: number;
  /** The days counts may fall on (default `DEFAULT_DATE_WINDOW`); a row outside hands the file to the rows, which name it. */
  dateWindow?: DateWindow;
}

/** What `readGrid` gives: the grid, or why the rows must be read after all. */
export type GridReadResult = { unit: 'day'; read: CountGridRead } | { unit: 'hour'; read: HourGridRead } | { declined: 'not-plain' | 'duplicate' | 'empty' };

/**
 * Scan a file that `inspectCounts` planned for the grid straight into one, 8 MiB at a time:
 * each chunk's rows are laid out (`GridBuilder`) and the scanner's columns reused, so memory
 * follows the grid, not the rows. The header is read by the file's own column names the plan
 * was made with (`plan.columns`). Each area gets today's code as it is first seen. Daily counts
 * give a count grid; hourly counts are laid out by UTC hour (the repeated 02:00 of October told
 * apart as the rows give it) and packed onto the whole local days they fall on, the hour grid
 * `buildHourGrid` gives for the rows. Declines, saying why, where the byte scanner hands over to
 * csv-parse, at a duplicate when duplicates are errors, and on a file without data rows: the
 * rows then say where and what is wrong.
 *
 * @example
 * const result = await readGrid(plan, { history: BUILT_IN_CODE_HISTORY });
 * 'declined' in result ? result.declined : result.read.grid.areaCodes;
 */
export async function readGrid(plan: CountsPlan & { unit: 'day' | 'hour' }, options: GridReadOptions): Promise<GridReadResult> {
  const { file, unit } = plan;
  const { onDuplicate = 'error', chunkBytes = CHUNK_BYTES, history, dateWindow } = options;
  const { size } = await stat(file);
  let grid: GridBuilder | undefined;
  let rows = 0;
  let blankRows = 0;
  let recoded = recodeAreas([], [], history);
  let part: Awaited<ReturnType<typeof scanPart>>;
  try {
    part = await scanPart(file, undefined, {
      chunkBytes,
      dateWindow,
      names: plan.columns,
      // Columns for one chunk's rows, emptied after each.
      sizeFor: chunkBytes * 1.1,
      onRows: (builder) => {
        const columns = builder.reserveRows(0);
        if (columns.length === 0) return;
        // The chunk's rows: their areas so far, and how many had no count.
        const { areaCodes, areaNames, blankRows: blank } = builder.finish();
        // Codes first seen in this chunk get today's; the chunk's area indices are mapped through them.
        if (areaCodes.length > recoded.newArea.length) recoded = recodeAreas(areaCodes, areaNames, history);
        const area = recoded.joins.length === 0 ? columns.area : columns.area.map((index) => recoded.newArea[index]!);
        // The header said which: hourly rows have their UTC hour.
        const cells = { length: columns.length, day: unit === 'hour' ? columns.utcHour! : columns.day, area, devices: columns.devices };
        if (grid === undefined) {
          const expected = expectedGrid(cells, recoded.areaCodes.length, size / chunkBytes);
          grid = new GridBuilder(onDuplicate, unit === 'hour' ? onLocalDays(expected) : expected, file);
        }
        grid.add(cells, 0, cells.length);
        rows += cells.length;
        blankRows += blank;
        builder.setLength(0);
      },
    });
  } catch (error) {
    if (error instanceof DuplicateRow) return { declined: 'duplicate' };
    throw error;
  }
  if (part === undefined) return { declined: 'not-plain' };
  if (grid === undefined) return { declined: 'empty' };
  const { areaCodes, areaNames } = part.builder.finish();
  recoded = recodeAreas(areaCodes, areaNames, history);
  // Without a join the areas are the file's, named as it names them, as the rows keep them.
  const areas = recoded.joins.length > 0 ? recoded : { areaCodes, areaNames };
  const notes = [...part.notes];
  await noteMissingLineEnding(file, notes);
  const read = { rows, blankRows, onDuplicate, joins: recoded.joins, notes };
  const builder: GridBuilder = grid;
  if (unit === 'day') return { unit, read: { ...read, grid: builder.finish(areas.areaCodes, areas.areaNames) } };
  const days = localDaysOfHours(builder.span.first, builder.span.last);
  const byHour = builder.finish(areas.areaCodes, areas.areaNames, { first: days.firstHour, count: days.slotCount });
  // The builder's last row is the region's (for daily counts); an hour grid has none.
  const values = byHour.devices.subarray(0, byHour.areaCodes.length * days.slotCount);
  const hours = {
    ...days,
    areaCodes: byHour.areaCodes,
    areaNames: byHour.areaNames,
    segmentNames: [''],
    values,
    duplicateRows: byHour.duplicateRows,
    missingSums: byHour.missingSums,
  };
  return { unit, read: { ...read, grid: hours, source: file } };
}

/** Room for hours widened to the whole local days they fall on, the span `readGrid` lays the hour grid on. */
function onLocalDays(expected: { firstDay: number; days: number; areas: number }): { firstDay: number; days: number; areas: number } {
  const days = localDaysOfHours(expected.firstDay, expected.firstDay + expected.days - 1);
  return { firstDay: days.firstHour, days: days.slotCount, areas: expected.areas };
}

/** A file cut off inside its last number still parses; a missing final line ending is the only trace. */
async function noteMissingLineEnding(file: string, notes: string[]): Promise<void> {
  if (!(await endsWithNewline(file))) notes.push(`${file}: the last line has no line ending; check that the file is complete`);
}

/**
 * The byte scanner, in parts on worker threads when asked to (`workers` ≥ 2), else whole, the header
 * read by the file's own column names (`names`); dates outside the window go to csv-parse, which names them.
 */
async function scanPlainCsv(
  file: string,
  workers: number | 'auto',
  dateWindow: DateWindow | undefined,
  names: CountsLayout['columns'],
): Promise<CountsRead | undefined> {
  const threads = chooseScanThreads(workers);
  // Loaded only when used: Piscina's start-up is not paid by a file read whole.
  const inParts = threads > 1 ? await (await import('./scan-in-parallel.js')).scanInParallel(file, threads, names, dateWindow) : undefined;
  return inParts ?? scanCountsCsv(file, CHUNK_BYTES, dateWindow, names);
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
