import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { repoRoot } from '../helpers/repo-root.js';
import { teleguest } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const fixture = (path: string) => join(repoRoot, path);
const counts = fixture('fixtures/hallingdal/counts.csv');
const model = fixture('fixtures/hallingdal/model.json');
const ssb = fixture('fixtures/ssb/guest-nights-monthly.json');
const regions = fixture('fixtures/ssb/regions.json');
const cabins = fixture('fixtures/ssb/holiday-homes.json');

/** Devices summed per month straight from the CSV lines. */
function devicesByMonth(): Map<string, number> {
  const byMonth = new Map<string, number>();
  for (const line of readFileSync(counts, 'utf8').trim().split('\n').slice(1)) {
    const [date, , , devices] = line.split(',');
    byMonth.set(date!.slice(0, 7), (byMonth.get(date!.slice(0, 7)) ?? 0) + Number(devices));
  }
  return byMonth;
}

const CompareCommand = suite('teleguest compare');

CompareCommand('compares the fixture with SSB’s example figures, by hand from the raw files', () => {
  const { code, stdout, stderr } = teleguest('compare', counts, '--model', model, '--ssb', ssb, '--regions', regions, '--cabins', cabins, '--json');
  assert.is(code, 0);
  // The telecom side is the plan's formula on daily counts of six municipalities: an upper bound, and stderr says so.
  assert.match(stderr, /^teleguest: warning: daily counts of 6 areas bound the region's guest-nights from above only: /m);
  const comparison = JSON.parse(stdout);
  const [unit] = comparison.units;
  assert.is(unit.code, '33102');
  assert.is(unit.name, 'Hallingdal');
  // 2023 by hand: devices × 1.06 − 23 000 a day over 365 days, against the README's 1 245 380.
  const devices2023 = [...devicesByMonth()].filter(([month]) => month.startsWith('2023')).reduce((sum, [, value]) => sum + value, 0);
  const telecom2023 = devices2023 * 1.06 - 23000 * 365;
  const year = unit.years.find((entry: { year: number }) => entry.year === 2023);
  assert.ok(Math.abs(year.telecomGuestNights - telecom2023) < 1e-6);
  assert.is(year.ssbGuestNights, 1245380);
  assert.ok(Math.abs(year.gap - (telecom2023 - 1245380)) < 1e-6);
  // Holiday homes 2023: 1 310 + 2 960 + 3 420 + 2 790 + 4 050 + 6 120 = 20 650.
  assert.is(year.holidayHomes, 20650);
  assert.ok(Math.abs(year.gapPerHolidayHome - (telecom2023 - 1245380) / 20650) < 1e-9);
  // January 2023: 31 days of devices × 1.06 − 23 000 each, against 121 480.
  const january = comparison.months.find((row: { month: string }) => row.month === '2023-01');
  assert.ok(Math.abs(january.ratio - (devicesByMonth().get('2023-01')! * 1.06 - 23000 * 31) / 121480) < 1e-9);
  // The suppressed month is listed, not dropped.
  const june = comparison.months.find((row: { month: string }) => row.month === '2024-06');
  assert.is(june.ssbGuestNights, null);
  assert.is(june.missing, 'SSB: "..": data not available (value[17])');
  assert.is(unit.months, 17);
});

CompareCommand('prints a table with the months, the years, the correlations and what was not compared', () => {
  const { code, stdout } = teleguest('compare', counts, '--model', model, '--ssb', fixture('fixtures/ssb/guest-nights-monthly.csv'), '--regions', regions);
  assert.is(code, 0);
  assert.match(stdout, /^Hallingdal compared with SSB's commercial guest-nights \(.*guest-nights-monthly\.csv\), 2023-01 to 2024-06\n/);
  assert.match(stdout, /\n {2}2023-01 {2}1 037 383 {2}121 480 {3}8\.54 {2}915 903\n/);
  assert.match(stdout, /Correlation of the monthly series: Pearson -?\d\.\d{3}, Spearman -?\d\.\d{3}/);
  assert.match(stdout, /Months not compared \(1\)\n {2}33102 {2}2024-06 {2}SSB: "\.\.": data not available \(line 21, column 4\)\n/);
});

CompareCommand('writes Arrow, CSV and JSON that agree, the Arrow file read back with apache-arrow', () => {
  const { dir } = tempDir();
  const { code, stdout } = teleguest('compare', counts, '--model', model, '--ssb', ssb, '--regions', regions, '--json', '--out', dir);
  assert.is(code, 0);
  const printed = JSON.parse(stdout);
  assert.equal(JSON.parse(readFileSync(join(dir, 'comparison.json'), 'utf8')), printed);
  const table = tableFromIPC(readFileSync(join(dir, 'comparison.arrow')));
  const csvLines = readFileSync(join(dir, 'comparison.csv'), 'utf8').trim().split('\n');
  assert.equal(
    table.schema.fields.map((field) => field.name),
    csvLines[0]!.split(','),
  );
  assert.equal(
    table.schema.fields.map((field) => String(field.type)),
    ['Utf8', 'Utf8', 'Float64', 'Int32', 'Int32', 'Float64', 'Float64', 'Float64', 'Utf8'],
  );
  assert.is(table.numRows, printed.months.length);
  printed.months.forEach((row: Record<string, unknown>, index: number) => {
    assert.equal(table.get(index)!.toJSON(), row);
    const cells = csvLines[index + 1]!.split(',');
    assert.is(cells[6] === '' ? null : Number(cells[6]), row.ratio);
  });
});

CompareCommand('refuses a bad SSB file with exit 2 and its location, and writes nothing', () => {
  const { dir, write } = tempDir();
  const bad = write('bad.csv', '"region";"måned";"Overnattinger"\n"33102";"2023M01";12x\n');
  const { code, stderr } = teleguest('compare', counts, '--model', model, '--ssb', bad, '--out', join(dir, 'out'));
  assert.is(code, 2);
  assert.is(stderr, `teleguest: ${bad}:2:3 (Overnattinger): expected a number ≥ 0 (decimal comma allowed) or an SSB symbol (.. : . ... -), got "12x"\n`);
  assert.is(existsSync(join(dir, 'out')), false);
});

CompareCommand('refuses a mapping to an area the counts do not have, naming its JSON path', () => {
  const mapping = tempDir().write('regions.json', '{ "33102": ["3320", "9999"] }');
  const { code, stderr } = teleguest('compare', counts, '--model', model, '--ssb', ssb, '--regions', mapping);
  assert.is(code, 2);
  assert.is(stderr, `teleguest: ${mapping} at "33102"[1]: area 9999 is not in the counts (3320, 3322, 3324, 3326, 3328, 3330)\n`);
});

CompareCommand('asks for --ssb', () => {
  const { code, stderr } = teleguest('compare', counts, '--model', model);
  assert.is(code, 2);
  assert.match(stderr, /--ssb <guest-nights\.json\|csv> is required/);
});

CompareCommand.run();
