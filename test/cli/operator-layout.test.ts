import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { teleguest } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { join } from 'node:path';
import { dayOfDate, formatDay } from '../../src/clock/day-number.js';

const OperatorLayout = suite("an operator's own layout: other column names, DD.MM.YYYY, <5 cells and Latin-1 after the first megabyte");

const AREAS: Array<[string, string]> = [
  ['3320', 'Flå'],
  ['3322', 'Nesbyen'],
  ['3324', 'Gol'],
  ['3326', 'Hemsedal'],
  ['3328', 'Ål'],
  ['3330', 'Hol'],
];
const DAYS = 9000;
const MODEL = { uplift: 0.06, deductions: { residents: { byArea: { 3320: 1000, 3322: 3300, 3324: 4600, 3326: 2500, 3328: 4700, 3330: 4500 } } } };

/**
 * The same SYNTHETIC counts twice: in teleguest's layout (UTF-8, ISO dates, a blank where the
 * count is suppressed) and as an operator might deliver them (`dato;kommune;navn;antall`, dates as
 * DD.MM.YYYY, decimal commas, `<5` where suppressed, Latin-1, names only from the second megabyte on).
 */
function counts(): { own: string; operator: Buffer; suppressed: number; firstLatinLine: number } {
  const own = ['date,area,area_name,devices'];
  const operator = ['dato;kommune;navn;antall'];
  let [suppressed, bytes, firstLatinLine] = [0, 0, 0];
  for (let day = 0; day < DAYS; day++) {
    const date = formatDay(dayOfDate(2000, 1, 1) + day);
    const dotted = `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
    for (const [index, [code, name]] of AREAS.entries()) {
      const row = day * AREAS.length + index;
      const small = row % 997 === 13;
      const devices = 1000 + ((row * 37) % 500) + 0.5;
      if (small) suppressed++;
      const named = bytes > 1_048_576;
      if (named && firstLatinLine === 0 && /[^\x00-\x7f]/.test(name)) firstLatinLine = operator.length + 1;
      own.push(`${date},${code},${name},${small ? '' : devices}`);
      const line = `${dotted};${code};${named ? name : ''};${small ? '<5' : String(devices).replace('.', ',')}`;
      operator.push(line);
      bytes += line.length + 1;
    }
  }
  return { own: own.join('\n') + '\n', operator: Buffer.from(operator.join('\n') + '\n', 'latin1'), suppressed, firstLatinLine };
}

OperatorLayout("gives the estimate of the same counts in teleguest's layout, and counts the suppressed cells", () => {
  const { write } = tempDir();
  const data = counts();
  const own = write('own.csv', data.own);
  const operator = write('operator.csv', data.operator);
  const model = write('model.json', JSON.stringify(MODEL));
  assert.ok(data.operator.length > 1_100_000 && data.firstLatinLine > 40_000, `${data.operator.length} bytes, line ${data.firstLatinLine}`);
  const expected = teleguest('estimate', own, '--model', model, '--json');
  assert.is(expected.code, 0, expected.stderr);
  const columns = 'date=dato,area=kommune,area_name=navn,devices=antall';
  const run = teleguest('estimate', operator, '--model', model, '--json', '--columns', columns);
  assert.is(run.code, 0, run.stderr);
  const [mine, theirs] = [JSON.parse(run.stdout), JSON.parse(expected.stdout)];
  assert.equal(mine.region, theirs.region);
  assert.equal(mine.areas, theirs.areas);
  assert.is(mine.areas['3328'].name, 'Ål');
  assert.equal(mine.input, { rows: DAYS * AREAS.length, rejectedRows: 0, blankRows: data.suppressed, duplicateRows: 0, onDuplicate: 'error' });
  assert.is(theirs.input.blankRows, data.suppressed);
  assert.ok(
    run.stderr.includes(`not UTF-8 from line ${data.firstLatinLine} on (ASCII before); read as Windows-1252`),
    `the note names the first line beyond ASCII: ${run.stderr}`,
  );
  assert.ok(run.stderr.includes(`${data.suppressed} devices cells marked as suppressed (<5 ×${data.suppressed}), read as missing`), run.stderr);
});

OperatorLayout('takes the layout from the model, and the command line over it', () => {
  const { write } = tempDir();
  const data = counts();
  const operator = write('operator.csv', data.operator);
  const layout = { columns: { date: 'dato', area: 'kommune', area_name: 'navn', devices: 'antall' }, encoding: 'latin1', suppressed: ['<n'] };
  const model = write('model.json', JSON.stringify({ ...MODEL, counts: layout }));
  const byModel = teleguest('estimate', operator, '--model', model, '--json');
  assert.is(byModel.code, 0, byModel.stderr);
  assert.not.match(byModel.stderr, /not UTF-8/, 'the encoding was given, so nothing is guessed');
  const own = write('own.csv', data.own);
  const plain = write('plain.json', JSON.stringify(MODEL));
  assert.equal(JSON.parse(byModel.stdout).areas, JSON.parse(teleguest('estimate', own, '--model', plain, '--json').stdout).areas);
  const noMarkers = teleguest('estimate', operator, '--model', model, '--suppressed', '');
  assert.is(noMarkers.code, 2);
  const line = 13 + 2; // the first <5 is data row 14, after the header
  assert.is(noMarkers.stderr, `teleguest: ${operator}:${line}:4 (devices): expected a number ≥ 0 with a decimal comma (1234,5) or a blank cell, got "<5"\n`);
});

OperatorLayout('without --columns, says which column is missing and how to name it', () => {
  const { write } = tempDir();
  const operator = write('operator.csv', 'dato;kommune;antall\n01.01.2024;3320;5\n');
  const model = write('model.json', JSON.stringify(MODEL));
  const run = teleguest('estimate', operator, '--model', model);
  assert.is(run.code, 2);
  assert.is(
    run.stderr,
    `teleguest: ${operator}:1: missing column "date"; the header must name date, area and devices, or say which columns are which with --columns date=<name> (found: dato, kommune, antall)\n`,
  );
  assert.match(teleguest('estimate', operator, '--model', model, '--columns', 'date=dato,areal=kommune').stderr, /--columns: unknown column "areal"/);
  assert.match(
    teleguest('estimate', operator, '--model', model, '--encoding', 'ebcdic').stderr,
    /--encoding must be utf-8, latin1, windows-1252, got "ebcdic"/,
  );
});

/** Two days of one area in a plain comma-separated UTF-8 file: `devices` 1000 and `antall` 2000 on each. */
const BOTH_COLUMNS = 'date,area,devices,antall\n2024-01-01,3320,1000,2000\n2024-01-02,3320,1000,2000\n';
const NO_DEDUCTIONS = { uplift: 0.06, deductions: {} };

OperatorLayout('reads the mapped column of a plain comma-separated file, not the column of the same name beside it', () => {
  const { write } = tempDir();
  const counts = write('two.csv', BOTH_COLUMNS);
  const model = write('m.json', JSON.stringify(NO_DEDUCTIONS));
  const run = teleguest('estimate', counts, '--model', model, '--columns', 'devices=antall', '--json');
  assert.is(run.code, 0, run.stderr);
  const { region, areas } = JSON.parse(run.stdout);
  // antall: (2000 + 2000) / 2 = 2000 a day (devices would give 1000); × 1.06 = 2120 guest-nights a day.
  assert.is(region.devicesPerDay, 2000);
  assert.is(areas['3320'].devicesPerDay, 2000);
  assert.is(region.guestNightsPerDay, 2120);
  assert.ok(run.stderr.includes(`${counts}: ignoring column devices\n`), run.stderr);
  assert.not.ok(run.stderr.includes('ignoring column antall'), run.stderr);
});

OperatorLayout("reads the mapped column of a plain comma-separated file by the model's counts.columns", () => {
  const { write } = tempDir();
  const counts = write('two.csv', BOTH_COLUMNS);
  const model = write('m.json', JSON.stringify({ ...NO_DEDUCTIONS, counts: { columns: { devices: 'antall' } } }));
  const run = teleguest('estimate', counts, '--model', model, '--json');
  assert.is(run.code, 0, run.stderr);
  // As above: antall's 2000 on both days, a mean of 2000.
  assert.is(JSON.parse(run.stdout).region.devicesPerDay, 2000);
});

OperatorLayout('peak and convert read the mapped column of a plain comma-separated file too', () => {
  const { dir, write } = tempDir();
  const counts = write('two.csv', BOTH_COLUMNS);
  const model = write('m.json', JSON.stringify(NO_DEDUCTIONS));
  const peak = teleguest('peak', counts, '--model', model, '--columns', 'devices=antall', '--json');
  assert.is(peak.code, 0, peak.stderr);
  // Persons on the peak day: 2000 × 1.06 = 2120 (devices would give 1060).
  assert.is(JSON.parse(peak.stdout).region.peak.persons, 2120);
  const arrow = join(dir, 'two.arrow');
  const convert = teleguest('convert', counts, arrow, '--columns', 'devices=antall');
  assert.is(convert.code, 0, convert.stderr);
  // The Arrow file holds teleguest's columns: antall's counts under devices, read without a mapping.
  const estimate = teleguest('estimate', arrow, '--model', model, '--json');
  assert.is(estimate.code, 0, estimate.stderr);
  assert.is(JSON.parse(estimate.stdout).region.devicesPerDay, 2000);
});

OperatorLayout('refuses a mapped column that is not in the header of a plain comma-separated file, in one line', () => {
  const { write } = tempDir();
  const counts = write('two.csv', BOTH_COLUMNS);
  const model = write('m.json', JSON.stringify(NO_DEDUCTIONS));
  const expected = `teleguest: ${counts}:1: missing column "x", given for date by --columns or the model's counts.columns (found: date, area, devices, antall)\n`;
  for (const command of ['estimate', 'peak']) {
    const run = teleguest(command, counts, '--model', model, '--columns', 'date=x');
    assert.is(run.code, 2, command);
    assert.is(run.stdout, '', command);
    assert.is(run.stderr, expected, command);
  }
  const convert = teleguest('convert', counts, join(tempDir().dir, 'out.arrow'), '--columns', 'date=x');
  assert.is(convert.code, 2);
  assert.is(convert.stderr, expected);
});

OperatorLayout.run();
