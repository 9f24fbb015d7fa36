import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DEFAULT_SUPPRESSION_MARKERS, parseColumnNames, parseSuppressionMarkers, suppressionMarker } from '../../src/read/counts-layout.js';
import { findColumns } from '../../src/read/find-columns.js';
import { InputError } from '../../src/errors.js';
import { Float64, Table, tableToIPC, Utf8, vectorFromArray } from 'apache-arrow';
import { readCounts } from '../../src/read/read-counts.js';
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
    'f.csv:1: missing column "antall", given for devices by --columns (found: date, area, devices)',
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

Layout.run();
