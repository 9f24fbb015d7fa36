import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { teleguest } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';
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

OperatorLayout.run();
