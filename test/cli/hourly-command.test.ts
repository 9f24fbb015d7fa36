import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../helpers/repo-root.js';
import { cli, teleguest } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const fixture = (name: string) => join(repoRoot, 'fixtures/hourly', name);
const knownTruth = [fixture('known-truth.csv'), '--model', fixture('model-known-truth.json')];

const HourlyCommand = suite('teleguest on hourly counts');

HourlyCommand('estimate says it used the night-presence method, in the table and the JSON', () => {
  const table = teleguest('estimate', ...knownTruth);
  assert.is(table.code, 0);
  assert.ok(table.stdout.includes('Method: night presence (hourly counts): persons present 02:00–04:00 (mean of its hours) − residents present at night'));
  assert.ok(table.stdout.includes('not applied at night (daytime presence): dayTrippers, throughTraffic'));
  const json = JSON.parse(teleguest('estimate', ...knownTruth, '--json').stdout);
  assert.is(json.hourly.method, 'night-presence');
  assert.equal(json.hourly.nightWindow, { from: '02:00', to: '04:00' });
});

HourlyCommand('estimate takes another night window and the busiest-hour method', () => {
  const json = JSON.parse(teleguest('estimate', ...knownTruth, '--json', '--night', '01-05', '--method', 'busiest-hour').stdout);
  assert.is(json.hourly.method, 'busiest-hour');
  assert.equal(json.hourly.nightWindow, { from: '01:00', to: '05:00' });
  assert.equal(json.hourly.deductionsNotApplied, []);
});

HourlyCommand('refuses --method on daily counts and a night window that runs backwards', () => {
  const daily = teleguest(
    'estimate',
    join(repoRoot, 'fixtures/hallingdal/counts.csv'),
    '--model',
    join(repoRoot, 'fixtures/hallingdal/model.json'),
    '--method',
    'night-presence',
  );
  assert.is(daily.code, 2);
  assert.ok(daily.stderr.includes('--method is for hourly counts'), daily.stderr);
  const backwards = teleguest('estimate', ...knownTruth, '--night', '04-02');
  assert.is(backwards.code, 2);
  assert.ok(backwards.stderr.startsWith('teleguest: --night must be two local clock hours'), backwards.stderr);
});

HourlyCommand('peak reports the busiest hour in local time with its offset', () => {
  const json = JSON.parse(teleguest('peak', fixture('dst-march-2024.csv'), '--model', fixture('model.json'), '--json').stdout);
  // The last day (offset 13) is the busiest: Hol 5 000 + 13 + 140 devices × 1.06 at 14:00 summer time.
  assert.equal(json.areas['3330'].peakHour, { date: '2024-04-06', hour: '14:00', utcOffset: '+02:00', time: '2024-04-06T14:00+02:00', persons: 5153 * 1.06 });
  // The region: all three areas at 14:00, (1 013 + 3 013 + 5 013 + 3 × 140) × 1.06.
  assert.is(json.region.peakHour.persons, (1013 + 3013 + 5013 + 420) * 1.06);
  const table = teleguest('peak', fixture('dst-october-2024.csv'), '--model', fixture('model.json'));
  assert.ok(table.stdout.includes('Busiest hour (local time'), table.stdout);
});

HourlyCommand('gives the same JSON whatever the machine’s time zone', () => {
  const run = (tz: string) =>
    spawnSync(process.execPath, [cli, 'estimate', fixture('dst-october-2024.csv'), '--model', fixture('model.json'), '--json'], {
      encoding: 'utf8',
      env: { ...process.env, TZ: tz },
    }).stdout;
  const utc = run('UTC');
  assert.ok(utc.length > 0);
  assert.is(run('Europe/Oslo'), utc);
  assert.is(run('America/New_York'), utc);
});

HourlyCommand('counts a third October 02:00 as a duplicate that --on-duplicate sum adds', () => {
  const counts = join(repoRoot, 'test/fixtures/bad/hour-autumn-three-times.csv');
  const run = teleguest('estimate', counts, '--model', join(repoRoot, 'test/fixtures/bad/model.json'), '--on-duplicate', 'sum', '--json', '--quiet');
  assert.is(run.code, 0, run.stderr);
  const json = JSON.parse(run.stdout);
  assert.equal(json.input, { rows: 4, rejectedRows: 0, blankRows: 0, duplicateRows: 1, onDuplicate: 'sum' });
});

HourlyCommand('convert keeps hourly counts’ instants, so the Arrow cache estimates to the same JSON', () => {
  const { dir } = tempDir();
  const arrow = join(dir, 'october.arrow');
  assert.is(teleguest('convert', fixture('dst-october-2024.csv'), arrow).code, 0);
  const fromArrow = teleguest('estimate', arrow, '--model', fixture('model.json'), '--json');
  const fromCsv = teleguest('estimate', fixture('dst-october-2024.csv'), '--model', fixture('model.json'), '--json');
  assert.is(fromArrow.code, 0);
  assert.is(fromArrow.stdout, fromCsv.stdout);
});

HourlyCommand('report draws hourly counts without error', () => {
  const { dir } = tempDir();
  const run = teleguest('report', ...knownTruth, '--html', join(dir, 'report.html'), '--lang', 'en');
  assert.is(run.code, 0, run.stderr);
});

HourlyCommand.run();
