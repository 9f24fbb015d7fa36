import { open } from 'node:fs/promises';
import { fileError } from '../errors.js';
import { chooseScanThreads } from '../pool/choose-threads.js';
import { plainHeader } from './scan-counts-csv.js';
import { sniffCsv, type CsvDialect } from './sniff-csv.js';
import type { CountsLayout } from './counts-layout.js';

/**
 * Why a file is read as rows rather than scanned straight into a grid:
 * - `arrow`: an Arrow file already holds columns of rows;
 * - `parquet`: a Parquet file is read row group by row group into rows;
 * - `dialect`: not comma-separated UTF-8, so csv-parse reads it;
 * - `layout`: an encoding given (`--encoding`); the file's own column names (`--columns`) the byte scanner reads by, as csv-parse's reader does;
 * - `header`: a header the byte scanner does not take, or one without a column `--columns` names (csv-parse reads it, and names what is wrong);
 * - `segmented`: segments are laid out one by one from the rows;
 * - `rejects`: lenient reading lists the rows it skips;
 * - `parallel`: the file is scanned in parts on worker threads, which hand back rows;
 * - `not-plain`: the scan met what only csv-parse reads (a quoted cell, say), and handed over;
 * - `duplicate`: the scan met a second row for an area and day, which the rows locate by line;
 * - `empty`: the file has no data row, which the rows' reader reports.
 */
export type RowsReason = 'arrow' | 'parquet' | 'dialect' | 'layout' | 'header' | 'segmented' | 'rejects' | 'parallel' | 'not-plain' | 'duplicate' | 'empty';

/** What a counts file is and the way it is read, decided once, before any scan. */
export interface CountsPlan {
  file: string;
  format: 'csv' | 'arrow' | 'parquet';
  /** CSV only: the delimiter and encoding its first bytes show. */
  dialect?: CsvDialect;
  /** What the header says (CSV): daily or hourly counts; unknown for Arrow until read. */
  unit?: 'day' | 'hour';
  /** `grid`: scanned straight into a grid, no rows kept; `rows`: read as rows, then laid out. */
  path: 'grid' | 'rows';
  /** Why `rows`; absent for `grid`. */
  reason?: RowsReason;
  /**
   * The file's own names for teleguest's columns (`--columns`), which the header was read by;
   * absent when none were given. Every reader of the plan (`readGrid`, `readRows`) reads by them.
   */
  columns?: CountsLayout['columns'];
}

/**
 * Look at a counts file once, from its first bytes and header, and decide how to read it: a
 * plain, comma-separated UTF-8 CSV of unsegmented counts goes straight into a grid, its header
 * read by the file's own column names where they are given (`layout.columns`, kept in the plan);
 * anything else is read as rows, and the plan says why (`RowsReason`). Arrow and Parquet are told by their
 * first bytes (`ARROW1` or a stream's continuation marker; `PAR1`), not by their names.
 *
 * @example
 * await inspectCounts('fixtures/hallingdal/counts.csv'); // { format: 'csv', unit: 'day', path: 'grid', … }
 * await inspectCounts('counts.csv', { lenient: true }); // { path: 'rows', reason: 'rejects', … }
 * await inspectCounts('counts.csv', { layout: { columns: { devices: 'antall' } } }); // { path: 'grid', columns: { devices: 'antall' }, … }
 */
export async function inspectCounts(file: string, options: { lenient?: boolean; workers?: number | 'auto'; layout?: CountsLayout } = {}): Promise<CountsPlan> {
  const { columns: names, encoding } = options.layout ?? {};
  const given = names === undefined ? {} : { columns: names };
  const format = await binaryFormat(file);
  if (format !== undefined) return { file, format, path: 'rows', reason: format, ...given };
  const dialect = await sniffCsv(file, encoding);
  const rows = (reason: RowsReason, unit?: 'day' | 'hour'): CountsPlan => ({
    file,
    format: 'csv',
    dialect,
    ...(unit && { unit }),
    path: 'rows',
    reason,
    ...given,
  });
  if (dialect.delimiter !== ',' || dialect.encoding !== 'utf-8') return rows('dialect');
  if (encoding !== undefined) return rows('layout');
  const columns = (await plainHeader(file, names))?.columns;
  if (columns === undefined) return rows('header');
  const unit = columns.hour !== -1 || columns.time !== -1 ? 'hour' : 'day';
  if (columns.segment !== -1) return rows('segmented', unit);
  if (options.lenient) return rows('rejects', unit);
  if (chooseScanThreads(options.workers ?? 'auto') > 1) return rows('parallel', unit);
  return { file, format: 'csv', dialect, unit, path: 'grid', ...given };
}

/** Arrow or Parquet by the file's first bytes; undefined for anything else (CSV, or what its sniffing refuses). */
async function binaryFormat(file: string): Promise<'arrow' | 'parquet' | undefined> {
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
  const text = head.subarray(0, bytesRead).toString('latin1');
  if (text === 'ARROW1' || (bytesRead >= 4 && head.readUInt32LE(0) === 0xffffffff)) return 'arrow';
  return text.startsWith('PAR1') ? 'parquet' : undefined;
}
