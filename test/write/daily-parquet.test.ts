import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { estimate } from '../../src/pipeline/estimate.js';
import { readCounts } from '../../src/read/read-counts.js';
import { readModel } from '../../src/model/read-model.js';
import { outputFiles } from '../../src/write/output-files.js';
import { writeFilesAtomically } from '../../src/write/write-files-atomically.js';
import { queryDuckDb, sqlString } from '../helpers/duckdb.js';
import { repoRoot } from '../helpers/repo-root.js';
import { tempDir } from '../helpers/temp-dir.js';
import { tinyCounts, tinyModel } from '../helpers/tiny-counts.js';

const DailyParquet = suite('daily.parquet');

DailyParquet('DuckDB reads the tiny table back with its types, its values and nulls where the CSV is blank', async () => {
  const out = join(tempDir().dir, 'out');
  await writeFilesAtomically(await outputFiles(out, await estimate(tinyCounts(), tinyModel, { daily: true })));
  const file = sqlString(join(out, 'daily.parquet'));
  const columns = await queryDuckDb(`DESCRIBE SELECT * FROM read_parquet(${file})`);
  assert.equal(
    columns.map((column) => `${column.column_name} ${column.column_type}`),
    ['date DATE', 'area VARCHAR', 'devices DOUBLE', 'persons DOUBLE', 'residents DOUBLE', 'workers DOUBLE', 'guestNights DOUBLE', 'filled BOOLEAN'],
  );
  const rows = await queryDuckDb(
    `SELECT strftime(date, '%Y-%m-%d') AS date, area, devices, round(guestNights, 9) AS guestNights, filled FROM read_parquet(${file})`,
  );
  // By hand (see daily-outputs.test.ts): uplift 10 %; area 1 deducts 70, area 2 45, the region 115.
  assert.equal(rows, [
    { date: '2024-02-28', area: '1', devices: 100, guestNights: 40, filled: false },
    { date: '2024-02-29', area: '1', devices: 200, guestNights: 150, filled: false },
    { date: '2024-03-01', area: '1', devices: null, guestNights: null, filled: false },
    { date: '2024-02-28', area: '2', devices: 50, guestNights: 10, filled: false },
    { date: '2024-02-29', area: '2', devices: 0, guestNights: -45, filled: false },
    { date: '2024-03-01', area: '2', devices: 30, guestNights: -12, filled: false },
    { date: '2024-02-28', area: 'region', devices: 150, guestNights: 50, filled: false },
    { date: '2024-02-29', area: 'region', devices: 200, guestNights: 105, filled: false },
    { date: '2024-03-01', area: 'region', devices: null, guestNights: null, filled: false },
  ]);
});

DailyParquet("gives, in DuckDB with no extension, each area's sums that daily.csv gives", async () => {
  const { counts } = await readCounts(join(repoRoot, 'fixtures/hallingdal/counts.csv'));
  const { model } = await readModel(join(repoRoot, 'fixtures/hallingdal/model.json'));
  const out = join(tempDir().dir, 'out');
  await writeFilesAtomically(await outputFiles(out, await estimate(counts, model, { daily: true })));
  // The CSV side, summed here from csv-parse's text cells: blank cells are skipped, as SQL's sum skips nulls.
  const lines: Array<Record<string, string>> = parse(readFileSync(join(out, 'daily.csv')), { columns: true });
  const figures = ['devices', 'persons', 'residents', 'guestNights'];
  const fromCsv = new Map<string, { rows: number; filled: number; sums: number[] }>();
  for (const line of lines) {
    const area = fromCsv.get(line.area!) ?? { rows: 0, filled: 0, sums: figures.map(() => 0) };
    area.rows++;
    if (line.filled === 'true') area.filled++;
    figures.forEach((name, index) => (area.sums[index]! += line[name] === '' ? 0 : Number(line[name])));
    fromCsv.set(line.area!, area);
  }
  const file = sqlString(join(out, 'daily.parquet'));
  const sums = figures.map((name) => `coalesce(sum("${name}"), 0) AS "${name}"`).join(', ');
  const fromParquet = await queryDuckDb(
    `SELECT area, count(*) AS rows, count(*) FILTER (filled) AS filled, ${sums} FROM read_parquet(${file}) GROUP BY area ORDER BY area`,
  );
  assert.equal(
    fromParquet.map((row) => row.area),
    [...fromCsv.keys()].sort(),
  );
  assert.is(fromParquet.length, 7, 'six municipalities and the region');
  for (const row of fromParquet) {
    const csv = fromCsv.get(row.area as string)!;
    assert.is(Number(row.rows), csv.rows, `${row.area}: rows`);
    assert.is(Number(row.filled), csv.filled, `${row.area}: filled days`);
    figures.forEach((name, index) => {
      const [parquet, text] = [row[name] as number, csv.sums[index]!];
      // Summed in another order: equal to 1e-9 of the total, not to the last bit.
      assert.ok(Math.abs(parquet - text) <= 1e-9 * Math.max(1, Math.abs(text)), `${row.area} ${name}: ${parquet} vs ${text}`);
    });
  }
  // The region has guest-nights; the municipalities (region-wide deductions) have none.
  assert.ok((fromParquet.find((row) => row.area === 'region')!.guestNights as number) > 0);
});

DailyParquet.run();
