import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { InputError } from '../../src/errors.js';
import { readCounts } from '../../src/read/read-counts.js';
import { readCountsArrow } from '../../src/read/read-counts-arrow.js';
import { readCountsCsv } from '../../src/read/read-counts-csv.js';
import { scanCountsCsv } from '../../src/read/scan-counts-csv.js';
import { tempDir } from '../helpers/temp-dir.js';

const AreaCodes = suite('area codes and names are data');

const messageOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: unknown) => {
      assert.instance(error, InputError);
      return (error as Error).message;
    },
  );

AreaCodes('refuses an area code with a zero-width space, at its line, on every CSV path', async () => {
  const file = tempDir().write('counts.csv', 'date,area,devices\n2024-01-01,3320,1\n2024-01-01,33\u200b20,2\n');
  assert.is(await scanCountsCsv(file), undefined);
  const expected = `${file}:3:2 (area): the area code "33\\u200B20" holds an invisible character (U+200B), which no table would show; remove it`;
  assert.is(await messageOf(readCountsCsv(file)), expected);
  assert.is(await messageOf(readCounts(file)), expected);
});

AreaCodes('refuses a control character in an area name, and takes a zero-width joiner there', async () => {
  const bell = tempDir().write('counts.csv', 'date,area,devices,area_name\n2024-01-01,3320,1,Fl\u0007å\n');
  assert.is(
    await messageOf(readCountsCsv(bell)),
    `${bell}:2:4 (area_name): the area name "Fl\\u0007å" holds a control character (U+0007), which no table would show; remove it`,
  );
  const joiner = tempDir().write('counts.csv', 'date,area,devices,area_name\n2024-01-01,3320,1,Fl\u200då\n');
  assert.equal((await readCountsCsv(joiner)).counts.areaNames, ['Fl\u200då']);
});

AreaCodes('refuses an area code longer than 64 characters, quoting only its start', async () => {
  const code = '9'.repeat(100_000);
  const file = tempDir().write('counts.csv', `date,area,devices\n2024-01-01,${code},1\n`);
  assert.is(
    await messageOf(readCounts(file)),
    `${file}:2:2 (area): the area code is 100000 characters long, more than the 64 an area code may have: "${'9'.repeat(40)}… (100000 characters)"`,
  );
});

AreaCodes('refuses Arrow area codes 3320.5, NaN and -5', async () => {
  const { Float64, Table, tableToIPC, vectorFromArray } = await import('apache-arrow');
  for (const [code, shown] of [
    [3320.5, '3320.5'],
    [NaN, 'NaN'],
    [-5, '-5'],
  ] as const) {
    const table = new Table({
      date: vectorFromArray(['2024-01-01']),
      area: vectorFromArray([code], new Float64()),
      devices: vectorFromArray([1], new Float64()),
    });
    const file = tempDir().write('counts.arrow', tableToIPC(table, 'file'));
    assert.is(await messageOf(readCountsArrow(file)), `${file} row 1 column 2 (area): expected an area code (text, or a whole number ≥ 0), got ${shown}`);
  }
});

AreaCodes.run();
