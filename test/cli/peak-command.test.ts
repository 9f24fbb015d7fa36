import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/repo-root.js';
import { teleguest } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { holidaysBetween } from '../helpers/norwegian-holidays.js';

const counts = join(repoRoot, 'fixtures/hallingdal/counts.csv');
const model = join(repoRoot, 'fixtures/hallingdal/model.json');

const PeakCommand = suite('teleguest peak');

PeakCommand('gives the busiest day of the fixture as summed from the CSV itself', () => {
  const { code, stdout } = teleguest('peak', counts, '--model', model, '--json', '--capacity', '60000');
  assert.is(code, 0);
  const presence = JSON.parse(stdout);
  // Independently: devices per date from the raw lines, × 1.06, busiest first, earliest of equals.
  const byDate = new Map<string, number>();
  for (const line of readFileSync(counts, 'utf8').trim().split('\n').slice(1)) {
    const [date, , , devices] = line.split(',');
    byDate.set(date!, (byDate.get(date!) ?? 0) + Number(devices));
  }
  const ranked = [...byDate].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  assert.is(presence.region.peak.date, ranked[0]![0]);
  assert.ok(Math.abs(presence.region.peak.persons - ranked[0]![1] * 1.06) < 1e-6);
  assert.equal(
    presence.region.top.map((day: { date: string }) => day.date),
    ranked.slice(0, 10).map(([date]) => date),
  );
  assert.is(presence.region.capacity.daysAbove, ranked.filter(([, devices]) => devices * 1.06 > 60000).length);
  // The region's residents are the model's 20 000.
  assert.ok(Math.abs(presence.region.peakToResidents - (ranked[0]![1] * 1.06) / 20000) < 1e-9);
});

PeakCommand('breaks the fixture down by season and day type as found from the CSV itself', () => {
  const { code, stdout } = teleguest('peak', counts, '--model', model, '--json');
  assert.is(code, 0);
  const presence = JSON.parse(stdout);
  const byDate = new Map<string, number>();
  for (const line of readFileSync(counts, 'utf8').trim().split('\n').slice(1)) {
    const [date, , , devices] = line.split(',');
    byDate.set(date!, (byDate.get(date!) ?? 0) + Number(devices));
  }
  const maxOf = (keep: (date: string) => boolean) => Math.max(...[...byDate].filter(([date]) => keep(date)).map(([, devices]) => devices * 1.06));
  // Hemsedal's low season by comparing MM-DD text; the public holidays of 2023 and 2024 listed by hand.
  const isLow = (date: string) => (date.slice(5) >= '04-15' && date.slice(5) <= '06-15') || (date.slice(5) >= '10-15' && date.slice(5) <= '12-15');
  const holidays = holidaysBetween('2023-01-01', '2024-06-30');
  const [low, high] = presence.region.seasons;
  assert.equal([low.season, high.season, low.days + high.days], ['low', 'high', 547]);
  assert.ok(Math.abs(low.max - maxOf(isLow)) < 1e-6);
  assert.ok(Math.abs(high.max - maxOf((date) => !isLow(date))) < 1e-6);
  const holiday = presence.region.dayTypes[0];
  assert.equal([holiday.dayType, holiday.days], ['holiday', holidays.length]);
  assert.ok(Math.abs(holiday.max - maxOf((date) => holidays.includes(date))) < 1e-6);
  assert.equal(presence.calendar.winterBreakWeeks, [8, 9]);
});

PeakCommand('reads per-area capacities from a CSV and refuses a bad line with its location', () => {
  const { write } = tempDir();
  const good = write('capacity.csv', 'area,capacity\n3326,15000\n3330,20000\n');
  const { code, stdout } = teleguest('peak', counts, '--model', model, '--json', '--capacity', good);
  assert.is(code, 0);
  const presence = JSON.parse(stdout);
  assert.is(presence.areas['3326'].capacity.value, 15000);
  assert.is(presence.areas['3320'].capacity, null);
  const bad = write('bad.csv', 'area,capacity\n3326,15000\n3330,lots\n');
  const refused = teleguest('peak', counts, '--model', model, '--capacity', bad);
  assert.is(refused.code, 2);
  assert.is(refused.stderr, `teleguest: ${bad}:3:2 (capacity): expected a number of persons ≥ 0, got "lots"\n`);
});

PeakCommand('prints a table with the region first and the busiest days', () => {
  const { code, stdout } = teleguest('peak', counts, '--model', model, '--top', '3');
  assert.is(code, 0);
  assert.match(stdout, /\n {2}region {2}Hallingdal {3}547 {2}\d{4}-\d{2}-\d{2}/);
  assert.match(stdout, /Busiest days in the region \(complete days only\)\n {2}1\. .*\n {2}2\. .*\n {2}3\. .*\n\n/);
});

PeakCommand.run();
