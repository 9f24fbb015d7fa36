import { countsFileReads } from './counts-file-reads.js';
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { MS_PER_DAY } from '../clock/day-number.js';
import { findColumns } from './find-columns.js';
import type { CountsRead } from './read-counts.js';
import type { ReadCountsOptions } from './rejected-row.js';
import { readTableRows } from './read-table-rows.js';

/**
 * Read device counts from a Parquet file with the CSV's columns, as `readCountsArrow` reads an
 * Arrow file and with the same checks and messages: `date` (a `DATE`, or text `YYYY-MM-DD`),
 * `area` (text or an integer), `devices` (any number type; null = missing), optional
 * `area_name` and `segment`; hourly counts add `hour` (an integer or text 0–23, Norwegian clock
 * time) or give `time` instead of `date` (a timestamp, which is an instant, or ISO text). Rows
 * are numbered from 1 in messages. Read by hyparquet (pure JavaScript) with every codec
 * hyparquet-compressors adds to its Snappy: DuckDB, pandas and R write Snappy, polars ZSTD.
 * Both are imported only here. Parquet files begin and end with the four bytes `PAR1`.
 * With `onReject`, a row with a bad cell is skipped and reported instead of failing the read.
 *
 * @example
 * const { counts } = await readCountsParquet('counts.parquet');
 */
export async function readCountsParquet(file: string, options: ReadCountsOptions = {}): Promise<CountsRead> {
  const { parquetMetadata, parquetSchema, parquetRead } = await import('hyparquet');
  countsFileReads.count++;
  const bytes = await readFile(file);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // A DATE arrives as epoch milliseconds, as Arrow hands its dates over: no Date object per row.
  const parsers = { dateFromDays: (days: number) => days * MS_PER_DAY };
  let metadata: ReturnType<typeof parquetMetadata>;
  try {
    metadata = parquetMetadata(buffer, { parsers });
  } catch {
    // hyparquet's own messages speak of its internals (an invalid footer length): say it plainly.
    throw new InputError('E_PARQUET', 'not a readable Parquet file; it is cut short or damaged', { file });
  }
  const header = parquetSchema(metadata).children.map((child) => child.element.name);
  const columns = findColumns(header, { file }, options.layout?.columns);
  const wanted = [columns.date, columns.time, columns.hour, columns.area, columns.devices, columns.areaName, columns.segment].filter((index) => index !== -1);
  const rows = Number(metadata.num_rows);
  const data = new Map<number, unknown[]>(wanted.map((index) => [index, new Array<unknown>(rows)]));
  const { compressors } = await import('hyparquet-compressors');
  try {
    await parquetRead({
      file: buffer,
      metadata,
      parsers,
      compressors,
      columns: wanted.map((index) => header[index]!),
      onChunk: ({ columnName, columnData, rowStart }) => {
        const target = data.get(header.indexOf(columnName))!;
        for (let i = 0; i < columnData.length; i++) target[rowStart + i] = columnData[i];
      },
    });
  } catch (error) {
    throw new InputError('E_PARQUET', `cannot read the Parquet data: ${(error as Error).message}`, { file });
  }
  return readTableRows(
    file,
    rows,
    columns,
    (index) => {
      const values = data.get(index)!;
      return (i) => values[i] ?? null;
    },
    options,
  );
}
