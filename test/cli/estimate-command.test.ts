import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/repo-root.js';
import { cli, teleguest } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const counts = join(repoRoot, 'fixtures/hallingdal/counts.csv');
const model = join(repoRoot, 'fixtures/hallingdal/model.json');

const EstimateCommand = suite('teleguest estimate');

EstimateCommand('prints the plan’s table for Hallingdal', () => {
  const { code, stdout } = teleguest('estimate', counts, '--model', model);
  assert.is(code, 0);
  // The Hallingdal plan's table: 46 724 × 0.06 = 2 803.44; 46 724 + 2 803.44 − 23 000 = 26 527.44; 26 527 × 365 = 9 682 355.
  const expected: Array<[string, string]> = [
    ['Average devices per day (telecom)', '46 724'],
    ['Plus 6 % (no mobile phone, SIM-card deviations)', '2 803'],
    ['Minus residents', '-20 000'],
    ['Minus external workers', '-1 000'],
    ['Minus through-traffic', '-1 000'],
    ['Minus day-trippers', '-1 000'],
    ['Guest-nights, average per day', '26 527'],
    ['Guest-nights per year (rounded daily × 365)', '9 682 355'],
  ];
  for (const [label, value] of expected) {
    assert.match(stdout, new RegExp(`\\n  ${label.replace(/[()+]/g, '\\$&')} +${value}\\n`), label);
  }
  assert.match(stdout, /JSON output \(--json/);
  // Daily counts of six municipalities: the plan's formula is an upper bound, and the table says so under its title.
  assert.match(
    stdout,
    /\nInput: 3 282 rows\nWarning: daily counts of 6 areas bound the region's guest-nights from above only: .*; hourly counts measure guest-nights\.\n/,
  );
});

EstimateCommand('prints the same JSON for 0, 1, 2 and 4 workers', () => {
  const outputs = ['0', '1', '2', '4'].map((workers) => teleguest('estimate', counts, '--model', model, '--json', '--workers', workers));
  for (const output of outputs) assert.is(output.code, 0);
  for (const output of outputs.slice(1)) assert.is(output.stdout, outputs[0]!.stdout);
  const summary = JSON.parse(outputs[0]!.stdout);
  assert.is(summary.region.devicesPerDay, 46724);
  assert.is(summary.days, 547);
});

EstimateCommand('writes daily.arrow, daily.csv, daily.parquet, summary.csv and summary.json with --out, and nothing else', async () => {
  const { dir } = tempDir();
  const out = join(dir, 'out');
  const { code, stdout } = teleguest('estimate', counts, '--model', model, '--json', '--out', out);
  assert.is(code, 0);
  assert.equal(readdirSync(out).sort(), ['daily.arrow', 'daily.csv', 'daily.parquet', 'summary.csv', 'summary.json']);
  assert.is(readFileSync(join(out, 'summary.json'), 'utf8'), stdout);
  const { tableFromIPC } = await import('apache-arrow');
  const table = tableFromIPC(readFileSync(join(out, 'daily.arrow')));
  // 6 areas + the region, 547 days each.
  assert.is(table.numRows, 7 * 547);
  assert.equal(
    table.schema.fields.map((field) => field.name),
    ['date', 'area', 'devices', 'persons', 'residents', 'externalWorkers', 'throughTraffic', 'dayTrippers', 'guestNights', 'filled', 'suppressed'],
  );
  const csvLines = readFileSync(join(out, 'daily.csv'), 'utf8').trimEnd().split('\n');
  assert.is(csvLines.length, 1 + 7 * 547);
  // The fixture's first row: 2023-01-01, Flå (3320). Its guest-nights are null: deductions are region-wide.
  const firstFla = readFileSync(counts, 'utf8')
    .split('\n')
    .find((line) => line.startsWith('2023-01-01,3320,'))!;
  const devices = Number(firstFla.split(',')[3]);
  // The last column is blank: disclosure control withholds nothing from the fixture's large counts.
  assert.is(csvLines[1], `2023-01-01,3320,${devices},${devices * 1.06},,,,,,false,`);
  assert.is(table.get(0)?.devices, devices);
  assert.is(table.get(0)?.guestNights, null);
  // The region's first day: the sum of the six areas, minus 23 000 after the uplift.
  const firstDay = readFileSync(counts, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('2023-01-01,'));
  const regionDevices = firstDay.reduce((sum, line) => sum + Number(line.split(',')[3]), 0);
  const regionRow = table.get(6 * 547)!;
  assert.is(regionRow.area, 'region');
  assert.is(regionRow.devices, regionDevices);
  assert.ok(Math.abs(regionRow.guestNights - (regionDevices * 1.06 - 23000)) < 1e-9);
});

EstimateCommand('exits 2 with file, line and column for a bad cell, and writes nothing', () => {
  const { dir, write } = tempDir();
  const bad = write('counts.csv', 'date,area,devices\n2024-01-01,3320,5\n2024-01-02,3320,five\n');
  const out = join(dir, 'out');
  const { code, stdout, stderr } = teleguest('estimate', bad, '--model', model, '--out', out);
  assert.is(code, 2);
  assert.is(stdout, '');
  assert.is(stderr, `teleguest: ${bad}:3:3 (devices): expected a number ≥ 0 (1234.5), a blank cell or a suppression marker (<n .. : -), got "five"\n`);
  assert.not.ok(existsSync(out));
});

EstimateCommand('exits 2 for an invalid model, naming the JSON path, and writes nothing', () => {
  const { dir, write } = tempDir();
  const out = join(dir, 'out');
  const badModel = write('model.json', '{ "uplift": 0.06, "deductions": { "residents": -20000 } }');
  const { code, stdout, stderr } = teleguest('estimate', counts, '--model', badModel, '--out', out);
  assert.is(code, 2);
  assert.is(stdout, '');
  assert.is(stderr, `teleguest: ${badModel}: deductions.residents must be ≥ 0, got -20000\n`);
  assert.not.ok(existsSync(out));
});

EstimateCommand('exits 2, not 1, for a folder given as the counts file', () => {
  const { dir } = tempDir();
  const { code, stderr } = teleguest('estimate', dir, '--model', model);
  assert.is(code, 2);
  assert.is(stderr, `teleguest: ${dir}: the counts must be a plain file; this is a folder\n`);
});

EstimateCommand('gives the same JSON in Europe/Oslo as in UTC: dates are UTC day numbers', () => {
  const run = (TZ: string) =>
    spawnSync(process.execPath, [cli, 'estimate', counts, '--model', model, '--json'], { encoding: 'utf8', env: { ...process.env, TZ } }).stdout;
  const utc = run('UTC');
  assert.ok(utc.length > 0);
  assert.is(run('Europe/Oslo'), utc);
  assert.is(run('Pacific/Kiritimati'), utc);
});

EstimateCommand('tells on stderr about an area without any observation', () => {
  const { write } = tempDir();
  const file = write('counts.csv', 'date,area,devices\n2024-01-01,1,50\n2024-01-01,2,\n2024-01-02,1,60\n2024-01-02,2,\n');
  const plain = write('model.json', '{ "uplift": 0, "deductions": {} }');
  const { code, stderr } = teleguest('estimate', file, '--model', plain, '--json');
  assert.is(code, 0);
  assert.is(stderr, 'teleguest: area 2 has no observation at all (every devices cell blank), so the region has no complete day\n');
});

EstimateCommand('exits 2 with usage help for a missing --model or an unknown option', () => {
  const missing = teleguest('estimate', counts);
  assert.is(missing.code, 2);
  assert.is(missing.stderr, 'teleguest: --model <model.json> is required\nRun teleguest --help for usage.\n');
  const unknown = teleguest('estimate', counts, '--model', model, '--wrokers', '2');
  assert.is(unknown.code, 2);
  assert.match(unknown.stderr, 'estimate does not take --wrokers (did you mean --workers?)');
  const workers = teleguest('estimate', counts, '--model', model, '--workers', 'two');
  assert.is(workers.code, 2);
  assert.match(workers.stderr, /--workers must be a whole number ≥ 0, got "two"/);
});

EstimateCommand('prints help and the version', () => {
  const help = teleguest('--help');
  assert.is(help.code, 0);
  assert.match(help.stdout, /^Usage: teleguest estimate/);
  const version = teleguest('--version');
  assert.is(version.stdout, `${JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version}\n`);
});

EstimateCommand('writes daily.csv for Norwegian Excel with --csv-dialect excel-nb, and refuses an unknown dialect', () => {
  const { dir } = tempDir();
  const out = join(dir, 'out');
  const { code } = teleguest('estimate', counts, '--model', model, '--out', out, '--csv-dialect', 'excel-nb');
  assert.is(code, 0);
  const csv = readFileSync(join(out, 'daily.csv'), 'utf8');
  assert.ok(csv.startsWith('\uFEFFdate;area;devices;persons;'));
  // Flå's first day: devices from the fixture, persons × 1.06 to hundredths with a decimal comma, the code as text, filled as 0.
  const devices = Number(
    readFileSync(counts, 'utf8')
      .split('\n')
      .find((line) => line.startsWith('2023-01-01,3320,'))!
      .split(',')[3],
  );
  const comma = (value: number) => String(Math.round(value * 100) / 100).replace('.', ',');
  assert.ok(csv.includes(`\r\n2023-01-01;"=""3320""";${comma(devices)};${comma(devices * 1.06)};;;;;;0;\r\n`));
  const bad = teleguest('estimate', counts, '--model', model, '--csv-dialect', 'excel');
  assert.is(bad.code, 2);
  assert.match(bad.stderr, /--csv-dialect must be default or excel-nb, got "excel"/);
});

EstimateCommand.run();
