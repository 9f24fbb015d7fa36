import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DEFAULT_SUPPRESSION_MARKERS, parseColumnNames, parseSuppressionMarkers, suppressionMarker } from '../../src/read/counts-layout.js';
import { findColumns } from '../../src/read/find-columns.js';
import { InputError } from '../../src/errors.js';
import { Float64, Table, tableToIPC, Utf8, vectorFromArray } from 'apache-arrow';
import { readCounts, readGrid, readRows } from '../../src/read/read-counts.js';
import { inspectCounts } from '../../src/read/inspect-counts.js';
import { scanInParallel } from '../../src/read/scan-in-parallel.js';
import { BUILT_IN_CODE_HISTORY } from '../../src/areas/built-in-code-history.js';
import { tempDir } from '../helpers/temp-dir.js';

const Layout = suite("an operator's layout: its column names and suppression markers");

Layout("reads --columns as the file name of each of teleguest's columns", () => {
  assert.equal(parseColumnNames('date=dato, area=kommune,devices=antall'), { date: 'dato', area: 'kommune', devices: 'antall' });
  assert.equal(parseColumnNames('area_name=Kommune navn'), { area_name: 'Kommune navn' });
});

Layout('refuses an unknown column, a pair without a name, a column twice and a name twice', () => {
  assert.match(parseColumnNames('dato=date') as string, /^unknown column "dato"; teleguest's columns are date, hour, time/);
  assert.match(parseColumnNames('date=') as string, /^expected column=name pairs/);
  assert.is(parseColumnNames('date=a,date=b'), 'column date is given twice');
  assert.is(parseColumnNames('date=x,area=X'), 'the file\'s column "X" is given for two of teleguest\'s columns');
});

Layout("finds the columns under the names given, and ignores a column that has a name of teleguest's but is not the one given", () => {
  const columns = findColumns(['dato', 'kommune', 'antall', 'date'], { file: 'f.csv', line: 1 }, { date: 'dato', area: 'kommune', devices: 'antall' });
  assert.equal([columns.date, columns.area, columns.devices], [0, 1, 2]);
  assert.equal(columns.notes, ['f.csv: ignoring column date']);
});

Layout('names the column given that the header lacks, and hints at --columns when the header has other names', () => {
  const fail = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      assert.instance(error, InputError);
      return (error as InputError).message;
    }
    return 'accepted';
  };
  assert.is(
    fail(() => findColumns(['date', 'area', 'devices'], { file: 'f.csv', line: 1 }, { devices: 'antall' })),
    `f.csv:1: missing column "antall", given for devices by --columns or the model's counts.columns (found: date, area, devices)`,
  );
  assert.match(
    fail(() => findColumns(['dato', 'kommune', 'antall'], { file: 'f.csv', line: 1 })),
    /missing column "date"; .* with --columns date=<name>/,
  );
});

Layout('takes <n as any < before a whole number, and the other markers as written', () => {
  for (const cell of ['<5', '< 10', '<0', '..', ':', '-']) assert.is(suppressionMarker(cell, DEFAULT_SUPPRESSION_MARKERS), cell, cell);
  for (const cell of ['<', '<5.5', '<x', '...', '--', 'x', '']) assert.is(suppressionMarker(cell, DEFAULT_SUPPRESSION_MARKERS), undefined, cell);
  assert.is(suppressionMarker('x', parseSuppressionMarkers('x, ..')), 'x');
  assert.is(suppressionMarker('<5', parseSuppressionMarkers('x')), undefined);
  assert.equal(parseSuppressionMarkers(''), []);
});

Layout('reads an Arrow file by the names given, its text dates as DD.MM.YYYY', async () => {
  const table = new Table({
    dato: vectorFromArray(['31.12.2023', '01.01.2024'], new Utf8()),
    kommune: vectorFromArray(['3320', '3320'], new Utf8()),
    antall: vectorFromArray([5, null], new Float64()),
  });
  const file = tempDir().write('counts.arrow', tableToIPC(table, 'file'));
  const { counts } = await readCounts(file, { layout: { columns: { date: 'dato', area: 'kommune', devices: 'antall' } } });
  // 2023-12-31 is day 19722 (parse-count-date's test works it out); null is a blank row.
  assert.equal([...counts.day], [19722, 19723]);
  assert.equal([...counts.devices], [5, NaN]);
  assert.is(counts.blankRows, 1);
});

const PlainMapped = suite("an operator's column names on a plain comma-separated UTF-8 file, on each way the byte scanner reads it");

/** Two days of one area: `devices` 1000 and `antall` 2000 on each; `--columns devices=antall` means antall's. */
const BOTH_COLUMNS = 'date,area,devices,antall\n2024-01-01,3320,1000,2000\n2024-01-02,3320,1000,2000\n';
const ANTALL = { columns: { devices: 'antall' } };

PlainMapped('reads the mapped column, whole and in parts, and notes the column of the same name as ignored', async () => {
  const file = tempDir().write('two.csv', BOTH_COLUMNS);
  for (const workers of ['auto', 2] as const) {
    const { counts, notes } = await readCounts(file, { layout: ANTALL, workers });
    // antall's cells, not devices' 1000s.
    assert.equal([...counts.devices], [2000, 2000], `workers ${workers}`);
    assert.equal(notes, [`${file}: ignoring column devices`], `workers ${workers}`);
  }
  // In parts for certain (readCounts scans the file whole where the parts hand it over): the second row is the worker's.
  const inParts = await scanInParallel(file, 2, ANTALL.columns);
  assert.equal(inParts && [...inParts.counts.devices], [2000, 2000]);
});

PlainMapped('plans the grid for a mapped plain file, and the grid holds the mapped column', async () => {
  const dir = tempDir();
  const file = dir.write('two.csv', BOTH_COLUMNS);
  const plan = await inspectCounts(file, { layout: ANTALL });
  assert.equal([plan.path, plan.unit, plan.columns], ['grid', 'day', ANTALL.columns]);
  const result = await readGrid({ ...plan, unit: 'day' }, { history: BUILT_IN_CODE_HISTORY });
  assert.ok(!('declined' in result) && result.unit === 'day');
  // One area over two days: its row is the grid's first two cells, antall's 2000 on each.
  assert.equal([...result.read.grid.devices.subarray(0, 2)], [2000, 2000]);
  assert.equal(result.read.notes, [`${file}: ignoring column devices`]);
  // The rows read from the plan alone take the names it was made with.
  assert.equal([...(await readRows(plan)).counts.devices], [2000, 2000]);
  // A mapped time column makes the file hourly: the plan reads the header with the names.
  const hourly = dir.write('hourly.csv', 'tid,area,devices\n2024-01-01T03:00,3320,5\n');
  assert.equal((await inspectCounts(hourly, { layout: { columns: { time: 'tid' } } })).unit, 'hour');
});

PlainMapped('refuses a mapped column the header lacks, at line 1, whole and in parts', async () => {
  const file = tempDir().write('two.csv', BOTH_COLUMNS);
  const layout = { columns: { date: 'x' } };
  assert.equal((await inspectCounts(file, { layout })).reason, 'header');
  for (const workers of ['auto', 2] as const) {
    try {
      await readCounts(file, { layout, workers });
      assert.unreachable(`workers ${workers}: read without column x`);
    } catch (error) {
      assert.instance(error, InputError);
      assert.is((error as InputError).code, 'E_COLUMNS');
      assert.is(
        (error as InputError).message,
        `${file}:1: missing column "x", given for date by --columns or the model's counts.columns (found: date, area, devices, antall)`,
      );
    }
  }
});

Layout.run();
PlainMapped.run();
