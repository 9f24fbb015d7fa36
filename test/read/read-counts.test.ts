import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { InputError } from '../../src/errors.js';
import { readCounts } from '../../src/read/read-counts.js';
import { parseDay } from '../../src/clock/day-number.js';
import { tempDir } from '../helpers/temp-dir.js';

const ReadCounts = suite('readCounts');

async function rejects(content: string | Uint8Array, expected: string, code: string): Promise<void> {
  const file = tempDir().write('counts.csv', content);
  try {
    await readCounts(file);
  } catch (error) {
    assert.instance(error, InputError);
    assert.is((error as InputError).code, code);
    assert.is((error as Error).message, expected.replace('FILE', file));
    return;
  }
  assert.unreachable(`no error for ${JSON.stringify(content)}`);
}

ReadCounts('reads a comma file into typed columns in file order', async () => {
  const file = tempDir().write('counts.csv', 'date,area,devices,area_name\n2024-01-02,3326,1500.5,Hemsedal\n2024-01-01,3320,200,Flå\n');
  const { counts, notes } = await readCounts(file);
  assert.is(counts.length, 2);
  assert.equal([...counts.day], [parseDay('2024-01-02'), parseDay('2024-01-01')]);
  assert.equal(counts.areaCodes, ['3326', '3320']);
  assert.equal(counts.areaNames, ['Hemsedal', 'Flå']);
  assert.equal([...counts.devices], [1500.5, 200]);
  assert.equal([...counts.line], [2, 3]);
  assert.equal(notes, []);
});

ReadCounts('reads semicolons with decimal commas, a BOM and CRLF the same way', async () => {
  const file = tempDir().write('counts.csv', '\uFEFFdate;area;devices\r\n2024-01-02;3326;1500,5\r\n2024-01-01;3320;200\r\n');
  const { counts } = await readCounts(file);
  assert.equal([...counts.devices], [1500.5, 200]);
  assert.equal(counts.areaCodes, ['3326', '3320']);
});

ReadCounts('keeps a blank devices cell as a missing observation (NaN), not zero', async () => {
  const file = tempDir().write('counts.csv', 'date,area,devices\n2024-01-01,3320,\n2024-01-02,3320,5\n');
  const { counts } = await readCounts(file);
  assert.ok(Number.isNaN(counts.devices[0]));
  assert.is(counts.devices[1], 5);
});

ReadCounts('ignores unknown columns and says so', async () => {
  const file = tempDir().write('counts.csv', 'date,operator,area,devices\n2024-01-01,Telia,3320,5\n');
  const { counts, notes } = await readCounts(file);
  assert.is(counts.devices[0], 5);
  assert.equal(notes, [`${file}: ignoring column operator`]);
});

ReadCounts('names file, line, column and field for a bad cell', async () => {
  await rejects(
    'date,area,devices\n2024-01-01,3320,5\n2024-01-02,3320,abc\n',
    'FILE:3:3 (devices): expected a number ≥ 0 (1234.5), a blank cell or a suppression marker (<n .. : -), got "abc"',
    'E_DEVICES',
  );
  await rejects(
    'date,area,devices\n2023-02-29,3320,5\n',
    'FILE:2:1 (date): expected a date as YYYY-MM-DD or DD.MM.YYYY, got "2023-02-29", which does not exist in the calendar',
    'E_DATE',
  );
  await rejects('date,area,devices\n2024-01-01,,5\n', 'FILE:2:2 (area): expected an area code, got an empty cell', 'E_AREA');
  await rejects('date,area,devices\n2024-01-01,3320,-4\n', 'FILE:2:3 (devices): a device count cannot be negative, got "-4"', 'E_DEVICES');
  await rejects('date,area,devices\n2024-01-01,3320,4,9\n', 'FILE:2:4: expected 3 fields as in the header, got 4', 'E_CSV');
  await rejects(
    'date;area;devices\n2024-01-01;3320;1.5\n',
    'FILE:2:3 (devices): expected a number ≥ 0 with a decimal comma (1234,5), a blank cell or a suppression marker (<n .. : -), got "1.5"',
    'E_DEVICES',
  );
});

ReadCounts('refuses a missing column, a short row, an empty file and a header without rows', async () => {
  await rejects(
    'date,area,count\n2024-01-01,3320,5\n',
    'FILE:1: missing column "devices"; the header must name date, area and devices, or say which columns are which with --columns devices=<name> (found: date, area, count)',
    'E_COLUMNS',
  );
  await rejects('date,area,devices\n2024-01-01,3320\n', 'FILE:2:3: expected 3 fields as in the header, got 2', 'E_CSV');
  await rejects('', 'FILE:1: the file is empty; expected a header line such as date,area,devices', 'E_EMPTY');
  await rejects('date,area,devices\n', 'FILE:2: the file has a header but no data rows', 'E_NO_ROWS');
  await rejects(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'FILE:1: the file is binary, not CSV text', 'E_NOT_CSV');
});

ReadCounts('reads an Arrow IPC file to the same columns as the CSV', async () => {
  const { tableFromArrays, tableToIPC } = await import('apache-arrow');
  const table = tableFromArrays({ date: ['2024-01-02', '2024-01-01'], area: ['3326', '3320'], devices: Float64Array.of(1500.5, 200) });
  const file = tempDir().write('counts.arrow', tableToIPC(table, 'file'));
  const { counts } = await readCounts(file);
  assert.equal([...counts.day], [parseDay('2024-01-02'), parseDay('2024-01-01')]);
  assert.equal(counts.areaCodes, ['3326', '3320']);
  assert.equal([...counts.devices], [1500.5, 200]);
});

ReadCounts('reads Arrow date types, dictionary and integer areas, integer counts and nulls', async () => {
  const { DateDay, DateMillisecond, Dictionary, Int32, Int64, Table, Utf8, tableToIPC, vectorFromArray } = await import('apache-arrow');
  const dates = [new Date(Date.UTC(2024, 0, 2)), new Date(Date.UTC(2024, 0, 1))];
  const variants = [
    new Table({
      date: vectorFromArray(dates, new DateDay()),
      area: vectorFromArray(['3326', '3320'], new Dictionary(new Utf8(), new Int32())),
      devices: vectorFromArray([7n, null], new Int64()),
    }),
    new Table({
      date: vectorFromArray(dates, new DateMillisecond()),
      area: vectorFromArray([3326, 3320], new Int32()),
      devices: vectorFromArray([7, null], new Int32()),
    }),
  ];
  for (const table of variants) {
    const file = tempDir().write('counts.arrow', tableToIPC(table, 'stream'));
    const { counts } = await readCounts(file);
    assert.equal([...counts.day], [parseDay('2024-01-02'), parseDay('2024-01-01')]);
    assert.equal(counts.areaCodes, ['3326', '3320']);
    assert.is(counts.devices[0], 7);
    assert.ok(Number.isNaN(counts.devices[1]), 'null is a missing observation');
  }
});

ReadCounts.run();
