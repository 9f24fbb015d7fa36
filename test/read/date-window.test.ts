import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseDay } from '../../src/clock/day-number.js';
import { InputError } from '../../src/errors.js';
import { DEFAULT_DATE_WINDOW, parseDateWindow } from '../../src/read/date-window.js';
import { readCounts } from '../../src/read/read-counts.js';
import { readCountsArrow } from '../../src/read/read-counts-arrow.js';
import { readCountsCsv } from '../../src/read/read-counts-csv.js';
import { scanCountsCsv } from '../../src/read/scan-counts-csv.js';
import { countsTable } from '../../src/write/counts-table.js';
import { tempDir } from '../helpers/temp-dir.js';

const DateWindowSuite = suite('dates outside the plausible window');

const messageOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: unknown) => {
      assert.instance(error, InputError);
      return (error as Error).message;
    },
  );

const OUTSIDE = 'lies outside the plausible dates 1990-01-01..2100-12-31; a typing error? (widen the window with --date-window if it is right)';

DateWindowSuite('parses a window and refuses one that runs backwards', () => {
  assert.equal(parseDateWindow('1980-01-01..2100-12-31'), { first: parseDay('1980-01-01'), last: parseDay('2100-12-31') });
  assert.is(parseDateWindow('2100-01-01..1990-01-01'), 'the date window ends (1990-01-01) before it starts (2100-01-01)');
  assert.is(parseDateWindow('2100'), 'expected a date window as YYYY-MM-DD..YYYY-MM-DD, got "2100"');
  // 1990-01-01 is day 7305: 20 years of 365 days and 5 leap days (1972 … 1988).
  assert.is(DEFAULT_DATE_WINDOW.first, 20 * 365 + 5);
});

DateWindowSuite('refuses a year 2924 in a plain CSV at its line and column, in every CSV reader', async () => {
  const file = tempDir().write('counts.csv', 'date,area,devices\n2024-01-01,3320,10\n2924-01-02,3320,11\n');
  // The byte scanner hands such a file over; the csv-parse reader names the line.
  assert.is(await scanCountsCsv(file), undefined);
  const expected = `${file}:3:1 (date): 2924-01-02 ${OUTSIDE}`;
  assert.is(await messageOf(readCountsCsv(file)), expected);
  assert.is(await messageOf(readCounts(file)), expected);
});

DateWindowSuite('refuses 1900 in an hourly time column', async () => {
  const file = tempDir().write('hours.csv', 'time;area;devices\n1900-01-01T00:00Z;3320;10\n');
  assert.is(await messageOf(readCountsCsv(file)), `${file}:2:1 (time): 1900-01-01 ${OUTSIDE}`);
});

DateWindowSuite('takes a date outside the default window when the window is widened', async () => {
  const file = tempDir().write('counts.csv', 'date,area,devices\n1985-06-01,3320,10\n');
  const dateWindow = parseDateWindow('1980-01-01..2100-12-31') as { first: number; last: number };
  const { counts } = await readCounts(file, { dateWindow });
  assert.equal([...counts.day], [parseDay('1985-06-01')]);
});

DateWindowSuite('refuses a date outside a narrowed window in the second part of a file scanned in parts', async () => {
  // 20 days of January and, on line 22 (the header is line 1), 31 December: in the second half of the file, read by a worker.
  const days = Array.from({ length: 20 }, (_, index) => `2024-01-${String(index + 1).padStart(2, '0')},3320,10\n`).join('');
  const file = tempDir().write('counts.csv', `date,area,devices\n${days}2024-12-31,3320,11\n`);
  const dateWindow = parseDateWindow('2024-01-01..2024-06-30') as { first: number; last: number };
  const expected = `${file}:22:1 (date): 2024-12-31 lies outside the plausible dates 2024-01-01..2024-06-30; a typing error? (widen the window with --date-window if it is right)`;
  assert.is(await messageOf(readCounts(file, { dateWindow, workers: 2 })), expected);
  assert.is(await messageOf(readCounts(file, { dateWindow, workers: 0 })), expected);
});

DateWindowSuite('refuses a far date in Arrow, on the typed path and the row path alike', async () => {
  const { tableFromArrays, tableToIPC } = await import('apache-arrow');
  const far = parseDay('3000-01-01')!;
  // The layout convert writes (DateDay, dictionary areas), read by the typed path until the window check.
  const typed = countsTable({
    source: 'x',
    lineKind: 'row',
    length: 2,
    day: Int32Array.of(parseDay('2024-01-01')!, far),
    area: Int32Array.of(0, 0),
    devices: Float64Array.of(1, 2),
    line: Int32Array.of(1, 2),
    areaCodes: ['3320'],
    areaNames: [''],
    rejectedRows: 0,
    blankRows: 0,
  });
  const typedFile = tempDir().write('typed.arrow', tableToIPC(typed, 'file'));
  assert.is(await messageOf(readCountsArrow(typedFile)), `${typedFile} row 2 column 1 (date): 3000-01-01 ${OUTSIDE}`);
  const text = tableFromArrays({ date: ['1989-12-31'], area: ['3320'], devices: Float64Array.of(5) });
  const textFile = tempDir().write('text.arrow', tableToIPC(text, 'file'));
  assert.is(await messageOf(readCountsArrow(textFile)), `${textFile} row 1 column 1 (date): 1989-12-31 ${OUTSIDE}`);
});

DateWindowSuite.run();
