import type { ColumnSource, SchemaElement, Writer as ByteSink } from 'hyparquet-writer';
import { REGION_CODE } from '../grid/count-grid.js';
import { PUBLISHED, SUPPRESSION_REASONS } from '../disclosure/suppression-status.js';
import type { DailyColumns, Estimate } from '../pipeline/estimate.js';

/** Rows per row group: a national table (358 rows × 3 653 days) is 14 groups. */
const ROWS_PER_GROUP = 100_000;

/**
 * The daily results as a Parquet file (`daily.parquet`), in chunks of one row group each so that a
 * national file is never built as arrays of every row: the rows and columns of `dailyTable`
 * (date, area, devices, persons, one column per deduction, guestNights, filled, and with
 * disclosure control suppressed), written by hyparquet-writer (pure JavaScript) with Snappy
 * pages. `date` is an INT32 `DATE` (days since 1970-01-01, the engine's own day numbers), `area`
 * UTF-8 text (dictionary-encoded by the writer, as the codes repeat), the figures nullable
 * DOUBLE (null where the engine has NaN: no observation, a withheld count, or a figure that does
 * not apply), `filled` a BOOLEAN, `suppressed` nullable UTF-8 text (`primary`, `secondary`; null
 * where published). `date` and `area` carry min/max statistics, so a reader filtering on them skips row groups; the figures do not (they
 * cost half the writing time and no query here filters on them). DuckDB, polars, pandas and R's
 * arrow read the file without an extension. hyparquet-writer is imported only when the file is written.
 *
 * @example
 * const chunks = await dailyParquet(await estimate(counts, model, { daily: true }));
 * await writeFilesAtomically([{ target: 'out/daily.parquet', content: () => chunks }]);
 * // duckdb: SELECT area, sum(guestNights) FROM 'out/daily.parquet' GROUP BY area
 */
export async function dailyParquet(result: Estimate & { daily: DailyColumns }): Promise<Iterable<Uint8Array>> {
  const { ParquetWriter, ByteWriter } = await import('hyparquet-writer');
  // Each iteration writes the file anew: `writeFilesAtomically` may be handed the same files twice.
  return { [Symbol.iterator]: () => writeRowGroups(result, ParquetWriter, ByteWriter) };
}

function* writeRowGroups(
  result: Estimate & { daily: DailyColumns },
  Writer: typeof import('hyparquet-writer').ParquetWriter,
  Bytes: typeof import('hyparquet-writer').ByteWriter,
): Generator<Uint8Array> {
  const { grid, deductions, daily } = result;
  const status = result.disclosure?.status;
  const codes = [...grid.areaCodes, REGION_CODE];
  const { dayCount } = grid;
  const length = codes.length * dayCount;
  const figures: Array<[string, Float64Array]> = [
    ['devices', grid.devices],
    ['persons', daily.persons],
    ...deductions.names.map((name): [string, Float64Array] => [name, deductions.valuesOf(name)]),
    ['guestNights', daily.guestNights],
  ];
  const schema: SchemaElement[] = [
    { name: 'root', num_children: 3 + figures.length + (status === undefined ? 0 : 1) },
    { name: 'date', type: 'INT32', converted_type: 'DATE', logical_type: { type: 'DATE' }, repetition_type: 'REQUIRED' },
    { name: 'area', type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' }, repetition_type: 'REQUIRED' },
    ...figures.map(([name]): SchemaElement => ({ name, type: 'DOUBLE', repetition_type: 'OPTIONAL' })),
    { name: 'filled', type: 'BOOLEAN', repetition_type: 'REQUIRED' },
    ...(status === undefined
      ? []
      : [{ name: 'suppressed', type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' }, repetition_type: 'OPTIONAL' } as SchemaElement]),
  ];
  // The writer's buffer is handed out after each row group and reused: `flush` empties it.
  const bytes: ByteSink & { index: number } = new Bytes(1 << 20);
  const written: Uint8Array[] = [];
  bytes.flush = () => {
    written.push(new Uint8Array(bytes.buffer.slice(0, bytes.index)));
    bytes.index = 0;
  };
  bytes.finish = bytes.flush;
  const writer = new Writer({ writer: bytes, schema, createdBy: 'teleguest' });
  for (let start = 0; start < length; start += ROWS_PER_GROUP) {
    const end = Math.min(length, start + ROWS_PER_GROUP);
    const dates = new Int32Array(end - start);
    const areas = new Array<string>(end - start);
    const filled = new Array<boolean>(end - start);
    for (let at = start; at < end; at++) {
      const day = at % dayCount;
      dates[at - start] = grid.firstDay + day;
      areas[at - start] = codes[(at - day) / dayCount]!;
      filled[at - start] = result.filled[at] === 1;
    }
    const columnData: ColumnSource[] = [
      { name: 'date', data: dates, nullable: false },
      { name: 'area', data: areas, nullable: false },
      ...figures.map(([name, values]): ColumnSource => ({ name, data: nullWhereNaN(values, start, end), statistics: false })),
      { name: 'filled', data: filled, nullable: false, statistics: false },
      ...(status === undefined ? [] : [{ name: 'suppressed', data: reasonsOf(status, start, end), statistics: false }]),
    ];
    void writer.write({ columnData, rowGroupSize: end - start });
    yield* written.splice(0);
  }
  void writer.finish();
  yield* written.splice(0);
}

/** Why each row of the group is withheld (`primary`, `secondary`), null where it is published. */
function reasonsOf(status: Uint8Array, start: number, end: number): Array<string | null> {
  const out = new Array<string | null>(end - start);
  for (let at = start; at < end; at++) out[at - start] = status[at] === PUBLISHED ? null : SUPPRESSION_REASONS[status[at]!]!;
  return out;
}

/** Parquet marks a missing value by its absence (a definition level), not NaN: null it. */
function nullWhereNaN(values: Float64Array, start: number, end: number): Array<number | null> {
  const out = new Array<number | null>(end - start);
  for (let at = start; at < end; at++) {
    const value = values[at]!;
    out[at - start] = value === value ? value : null;
  }
  return out;
}
