import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../src/errors.js';
import type { CountColumns } from '../../src/read/count-columns.js';
import { estimate } from '../../src/pipeline/estimate.js';
import { readCounts } from '../../src/read/read-counts.js';
import { readCountsParquet } from '../../src/read/read-counts-parquet.js';
import { readModel } from '../../src/model/read-model.js';
import type { RejectedRow } from '../../src/read/rejected-row.js';
import { queryDuckDb, sqlString } from '../helpers/duckdb.js';
import { repoRoot } from '../helpers/repo-root.js';
import { tempDir } from '../helpers/temp-dir.js';

const fixture = (name: string) => join(repoRoot, 'fixtures', name);

/** Write `select` (over `csv`, read by DuckDB) to a Parquet file with DuckDB, Snappy pages as it writes by default. */
async function duckDbParquet(select: string, name = 'counts.parquet'): Promise<string> {
  const file = join(tempDir().dir, name);
  await queryDuckDb(`COPY (${select}) TO ${sqlString(file)} (FORMAT parquet)`);
  return file;
}

/** Each row as plain values, area and segment by name, so reads with different index orders compare. */
function rowsOf(counts: CountColumns): unknown[][] {
  return Array.from({ length: counts.length }, (_, i) => [
    counts.day[i],
    counts.areaCodes[counts.area[i]!],
    counts.devices[i],
    counts.utcHour?.[i],
    counts.segments?.segmentNames[counts.segments.segment[i]!],
  ]);
}

function namesOf(counts: CountColumns): Record<string, string> {
  return Object.fromEntries(counts.areaCodes.map((code, index) => [code, counts.areaNames[index]!]));
}

const ReadCountsParquet = suite('readCountsParquet');

ReadCountsParquet('reads the Hallingdal counts DuckDB wrote (DATE dates, integer areas) as the CSV, to the same estimate', async () => {
  const csv = fixture('hallingdal/counts.csv');
  // DuckDB's own sniffing: `date` becomes a DATE, `area` a BIGINT, `devices` a BIGINT with nulls.
  const file = await duckDbParquet(`SELECT * FROM read_csv(${sqlString(csv)})`);
  const types = await queryDuckDb(`SELECT name, type FROM parquet_schema(${sqlString(file)}) WHERE name <> 'duckdb_schema'`);
  assert.equal(
    types.map((row) => `${row.name} ${row.type}`),
    ['date INT32', 'area INT64', 'area_name BYTE_ARRAY', 'devices INT64'],
  );
  const fromCsv = (await readCounts(csv)).counts;
  const fromParquet = (await readCountsParquet(file)).counts;
  assert.is(fromParquet.length, fromCsv.length);
  assert.equal(rowsOf(fromParquet), rowsOf(fromCsv));
  assert.equal(namesOf(fromParquet), namesOf(fromCsv));
  const { model } = await readModel(fixture('hallingdal/model.json'));
  const [summaryOfCsv, summaryOfParquet] = [(await estimate(fromCsv, model)).summary, (await estimate(fromParquet, model)).summary];
  assert.equal(summaryOfParquet, summaryOfCsv);
  // The README's figure for this fixture.
  assert.is(Math.round(summaryOfParquet.region.guestNightsPerDay!), 26527);
});

ReadCountsParquet('reads text areas and text dates as the CSV gives them', async () => {
  const csv = fixture('hallingdal/counts.csv');
  const file = await duckDbParquet(`SELECT * FROM read_csv(${sqlString(csv)}, all_varchar = true)`);
  assert.equal(rowsOf((await readCountsParquet(file)).counts), rowsOf((await readCounts(csv)).counts));
});

ReadCountsParquet('reads segmented counts as the CSV', async () => {
  const csv = fixture('every-form/counts-segments.csv');
  const file = await duckDbParquet(`SELECT * FROM read_csv(${sqlString(csv)}, types = {'area': 'VARCHAR'})`);
  const [fromCsv, fromParquet] = [(await readCounts(csv)).counts, (await readCountsParquet(file)).counts];
  assert.equal(fromParquet.segments!.segmentNames, fromCsv.segments!.segmentNames);
  assert.equal(rowsOf(fromParquet), rowsOf(fromCsv));
});

ReadCountsParquet('reads hourly counts with the repeated October hour as the CSV', async () => {
  const csv = fixture('hourly/dst-october-2024.csv');
  const file = await duckDbParquet(`SELECT * FROM read_csv(${sqlString(csv)}, types = {'time': 'VARCHAR', 'area': 'VARCHAR'})`);
  const [fromCsv, fromParquet] = [(await readCounts(csv)).counts, (await readCountsParquet(file)).counts];
  assert.ok(fromParquet.utcHour !== undefined);
  assert.equal(rowsOf(fromParquet), rowsOf(fromCsv));
});

ReadCountsParquet('reads a date and a clock hour beside it, and a UTC timestamp as an instant', async () => {
  // 2024-03-31 is the spring change: clock hour 03 is 01:00 UTC (02:00 does not exist).
  const file = await duckDbParquet("SELECT DATE '2024-03-31' AS date, 3 AS hour, '3320' AS area, 10.0 AS devices");
  const { counts } = await readCountsParquet(file);
  assert.is(counts.utcHour![0], Date.UTC(2024, 2, 31, 1) / 3_600_000);
  const instant = await duckDbParquet("SELECT TIMESTAMP '2024-03-31 01:00:00' AS time, '3320' AS area, 10 AS devices");
  assert.is((await readCountsParquet(instant)).counts.utcHour![0], Date.UTC(2024, 2, 31, 1) / 3_600_000);
});

ReadCountsParquet('names the row and column of a bad cell, as readCountsArrow does, and skips it with onReject', async () => {
  const file = await duckDbParquet(
    "SELECT * FROM (VALUES (DATE '2024-01-01', '3320', 5), (DATE '2024-01-02', NULL, 6), (DATE '2024-01-03', '3320', -1)) AS t(date, area, devices)",
  );
  const error = await readCountsParquet(file).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  assert.instance(error, InputError);
  assert.is((error as InputError).code, 'E_AREA');
  assert.is((error as Error).message, `${file} row 2 column 2 (area): expected an area code, got null`);
  const rejected: RejectedRow[] = [];
  const { counts } = await readCountsParquet(file, { onReject: (row) => rejected.push(row) });
  assert.is(counts.length, 1);
  assert.is(counts.rejectedRows, 2);
  assert.equal(
    rejected.map(({ line, field }) => [line, field]),
    [
      [2, 'area'],
      [3, 'devices'],
    ],
  );
  assert.is(rejected[1]!.reason, `expected a number from 0 to ${Number.MAX_SAFE_INTEGER} or null, got -1`);
});

ReadCountsParquet('refuses a file cut short, and one without a devices column, in plain words', async () => {
  const whole = await duckDbParquet("SELECT DATE '2024-01-01' AS date, '3320' AS area, 5 AS devices");
  const cut = tempDir().write('cut.parquet', readFileSync(whole).subarray(0, 40));
  const error = await readCountsParquet(cut).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  assert.instance(error, InputError);
  assert.is((error as Error).message, `${cut}: not a readable Parquet file; it is cut short or damaged`);
  const noDevices = await duckDbParquet("SELECT DATE '2024-01-01' AS date, '3320' AS area");
  const missing = await readCountsParquet(noDevices).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  assert.is((missing as InputError).code, 'E_COLUMNS');
});

ReadCountsParquet('reads ZSTD pages, as polars writes them', async () => {
  const file = join(tempDir().dir, 'zstd.parquet');
  await queryDuckDb(
    `COPY (SELECT DATE '2024-01-01' + i::INTEGER AS date, '3320' AS area, i * 2 AS devices FROM range(5) t(i)) TO ${sqlString(file)} (FORMAT parquet, COMPRESSION zstd)`,
  );
  assert.equal([...(await readCountsParquet(file)).counts.devices], [0, 2, 4, 6, 8]);
});

ReadCountsParquet.run();
