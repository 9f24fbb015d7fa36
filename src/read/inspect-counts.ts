import { open } from 'node:fs/promises';
import { fileError } from '../errors.js';
import { chooseScanThreads } from '../pool/choose-threads.js';
import { plainHeader } from './scan-counts-csv.js';
import { sniffCsv, type CsvDialect } from './sniff-csv.js';

/**
 * Why a file is read as rows rather than scanned straight into a grid:
 * - `arrow`: an Arrow file already holds columns of rows;
 * - `dialect`: not comma-separated UTF-8, so csv-parse reads it;
 * - `header`: a header the byte scanner does not take (csv-parse reads it, and names what is wrong);
 * - `segmented`: segments are laid out one by one from the rows;
 * - `rejects`: lenient reading lists the rows it skips;
 * - `parallel`: the file is scanned in parts on worker threads, which hand back rows;
 * - `not-plain`: the scan met what only csv-parse reads (a quoted cell, say), and handed over;
 * - `duplicate`: the scan met a second row for an area and day, which the rows locate by line;
 * - `empty`: the file has no data row, which the rows' reader reports.
 */
export type RowsReason = 'arrow' | 'dialect' | 'header' | 'segmented' | 'rejects' | 'parallel' | 'not-plain' | 'duplicate' | 'empty';

/** What a counts file is and the way it is read, decided once, before any scan. */
export interface CountsPlan {
  file: string;
  format: 'csv' | 'arrow';
  /** CSV only: the delimiter and encoding its first bytes show. */
  dialect?: CsvDialect;
  /** What the header says (CSV): daily or hourly counts; unknown for Arrow until read. */
  unit?: 'day' | 'hour';
  /** `grid`: scanned straight into a grid, no rows kept; `rows`: read as rows, then laid out. */
  path: 'grid' | 'rows';
  /** Why `rows`; absent for `grid`. */
  reason?: RowsReason;
}

/**
 * Look at a counts file once, from its first bytes and header, and decide how to read it: a
 * plain, comma-separated UTF-8 CSV of unsegmented counts goes straight into a grid; anything
 * else is read as rows, and the plan says why (`RowsReason`). Arrow is told by its first bytes
 * (`ARROW1`, or a stream's continuation marker), not by its name.
 *
 * @example
 * await inspectCounts('fixtures/hallingdal/counts.csv'); // { format: 'csv', unit: 'day', path: 'grid', … }
 * await inspectCounts('counts.csv', { lenient: true }); // { path: 'rows', reason: 'rejects', … }
 */
export async function inspectCounts(file: string, options: { lenient?: boolean; workers?: number | 'auto' } = {}): Promise<CountsPlan> {
  if (await isArrow(file)) return { file, format: 'arrow', path: 'rows', reason: 'arrow' };
  const dialect = await sniffCsv(file);
  const rows = (reason: RowsReason, unit?: 'day' | 'hour'): CountsPlan => ({ file, format: 'csv', dialect, ...(unit && { unit }), path: 'rows', reason });
  if (dialect.delimiter !== ',' || dialect.encoding !== 'utf8') return rows('dialect');
  const columns = (await plainHeader(file))?.columns;
  if (columns === undefined) return rows('header');
  const unit = columns.hour !== -1 || columns.time !== -1 ? 'hour' : 'day';
  if (columns.segment !== -1) return rows('segmented', unit);
  if (options.lenient) return rows('rejects', unit);
  if (chooseScanThreads(options.workers ?? 'auto') > 1) return rows('parallel', unit);
  return { file, format: 'csv', dialect, unit, path: 'grid' };
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
