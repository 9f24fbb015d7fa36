import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { teleguest } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const plainModel = '{ "name": "Test", "uplift": 0, "deductions": {} }';
const LenientInput = suite('lenient input');

LenientInput('--rejects skips bad rows, lists each with line and reason, and counts them', () => {
  const { dir, write } = tempDir();
  const counts = write(
    'counts.csv',
    ['date,area,devices', '2024-01-01,3320,100', '2024-01-02,3320,-5', '2024-01-03,3320,200', '2024-02-30,3320,7', '=1+1,3320,5', '2024-01-05,3320', ''].join(
      '\n',
    ),
  );
  const rejects = join(dir, 'rejects.csv');
  const { code, stdout, stderr } = teleguest('estimate', counts, '--model', write('model.json', plainModel), '--json', '--rejects', rejects);
  assert.is(code, 0, stderr);
  assert.is(stderr, `teleguest: 4 rows rejected, listed in ${rejects}\n`);
  const summary = JSON.parse(stdout);
  assert.equal(summary.input, { rows: 2, rejectedRows: 4, blankRows: 0, duplicateRows: 0, onDuplicate: 'error' });
  // Days 1 and 3 remain: (100 + 200) / 2.
  assert.is(summary.region.devicesPerDay, 150);
  const listed = parse(readFileSync(rejects, 'utf8'), { columns: true }) as Array<Record<string, string>>;
  assert.equal(
    listed.map((row) => [row.line, row.column, row.field]),
    [
      ['3', '3', 'devices'],
      ['5', '1', 'date'],
      ['6', '1', 'date'],
      ['7', '3', ''],
    ],
  );
  assert.is(listed[0]!.reason, 'a device count cannot be negative, got "-5"');
  assert.is(listed[3]!.reason, 'expected 3 fields as in the header, got 2');
  // A row that would start a formula in a spreadsheet is neutralised with an apostrophe.
  assert.is(listed[2]!.row, "'=1+1,3320,5");
  assert.match(readFileSync(rejects, 'utf8'), /\n6,1,date,"expected a date as YYYY-MM-DD or DD.MM.YYYY, got ""=1\+1""","'=1\+1,3320,5"\n/);
  // In the run's CSV dialect: the same rows for Norwegian Excel.
  const excel = join(dir, 'rejects-excel.csv');
  teleguest('estimate', counts, '--model', write('model.json', plainModel), '--rejects', excel, '--csv-dialect', 'excel-nb');
  const excelText = readFileSync(excel, 'utf8');
  assert.ok(excelText.startsWith('\uFEFFline;column;field;reason;row\r\n3;3;devices;'), excelText);
  assert.equal(parse(excelText, { columns: true, delimiter: ';', bom: true }), listed);
});

LenientInput('--on-duplicate sum adds a re-exported day instead of stopping, and says so', () => {
  const { write } = tempDir();
  const counts = write('counts.csv', 'date,area,devices\n2024-01-01,1,100\n2024-01-02,1,50\n2024-01-01,1,20\n');
  const model = write('model.json', plainModel);
  const strict = teleguest('estimate', counts, '--model', model, '--json');
  assert.is(strict.code, 2);
  const summed = teleguest('estimate', counts, '--model', model, '--json', '--on-duplicate', 'sum');
  assert.is(summed.code, 0);
  assert.is(summed.stderr, 'teleguest: 1 duplicate rows added to the first\n');
  // (100 + 20 + 50) / 2 days.
  assert.is(JSON.parse(summed.stdout).region.devicesPerDay, 85);
  const last = teleguest('estimate', counts, '--model', model, '--json', '--on-duplicate', 'last');
  assert.is(JSON.parse(last.stdout).region.devicesPerDay, 35);
});

LenientInput('reads a Latin-1 file, names included, as Windows-1252, and says it did', () => {
  const { write } = tempDir();
  const text = 'date;area;area_name;devices\n2024-01-01;3328;Ål;100,5\n2024-01-01;3320;Flå;200\n';
  const counts = write('counts.csv', Buffer.from(text, 'latin1'));
  const { code, stdout, stderr } = teleguest('estimate', counts, '--model', write('model.json', plainModel), '--json');
  assert.is(code, 0);
  assert.is(stderr, `teleguest: ${counts}: not UTF-8; read as Windows-1252 (Latin-1); say --encoding utf-8, latin1 or windows-1252 if that is wrong\n`);
  const summary = JSON.parse(stdout);
  assert.equal([summary.areas['3328'].name, summary.areas['3320'].name], ['Ål', 'Flå']);
  assert.is(summary.region.devicesPerDay, 300.5);
});

LenientInput('refuses a --rejects file that would overwrite an input or an output', () => {
  const { dir, write } = tempDir();
  const counts = write('counts.csv', 'date,area,devices\n2024-01-01,1,x\n2024-01-02,1,5\n');
  const model = write('model.json', plainModel);
  const onInput = teleguest('estimate', counts, '--model', model, '--rejects', counts);
  assert.is(onInput.code, 2);
  assert.is(
    onInput.stderr,
    `teleguest: the output --rejects (${counts}) is the input counts (${counts}): writing it would destroy the input; choose another output path\nRun teleguest --help for usage.\n`,
  );
  assert.is(readFileSync(counts, 'utf8'), 'date,area,devices\n2024-01-01,1,x\n2024-01-02,1,5\n');
  const out = join(dir, 'out');
  const onOutput = teleguest('estimate', counts, '--model', model, '--out', out, '--rejects', join(out, 'daily.csv'));
  assert.is(onOutput.code, 2);
  // Two outputs that are one file: found when the files are known, before any is written.
  assert.match(onOutput.stderr, `are one file; choose different paths`);
  assert.not.ok(existsSync(join(out, 'daily.csv')));
});

LenientInput('notes a file whose last line has no line ending, which may be cut off', () => {
  const { write } = tempDir();
  const counts = write('counts.csv', 'date,area,devices\n2024-01-01,1,50\n2024-01-02,1,140');
  const { code, stderr } = teleguest('estimate', counts, '--model', write('model.json', plainModel), '--json');
  assert.is(code, 0);
  assert.is(stderr, `teleguest: ${counts}: the last line has no line ending; check that the file is complete\n`);
});

LenientInput.run();
