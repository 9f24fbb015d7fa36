import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOURLY_FIXTURES } from '../../fixtures/hourly/generate.js';
import { CountColumnsBuilder } from '../../src/read/count-columns.js';
import { InputError } from '../../src/errors.js';
import { buildHourGrid } from '../../src/hourly/hour-grid.js';
import { readCounts } from '../../src/read/read-counts.js';
import { readCountsCsv } from '../../src/read/read-counts-csv.js';
import { scanCountsCsv } from '../../src/read/scan-counts-csv.js';
import { reduceHourlyCounts } from '../../src/hourly/reduce-hourly-counts.js';
import { repoRoot } from '../helpers/repo-root.js';

const fixture = (name: string) => join(repoRoot, 'fixtures/hourly', name);
const utcHourOf = (iso: string) => Date.parse(iso) / 3_600_000;

/** Devices summed over each local day's slots, and the number of hours, for one area's row. */
function daySums(grid: ReturnType<typeof buildHourGrid>, area: string): Array<{ hours: number; sum: number }> {
  const row = grid.areaCodes.indexOf(area);
  return Array.from({ length: grid.dayCount }, (_, day) => {
    let sum = 0;
    for (let slot = grid.dayStart[day]!; slot < grid.dayStart[day + 1]!; slot++) sum += grid.values[row * grid.slotCount + slot]!;
    return { hours: grid.dayStart[day + 1]! - grid.dayStart[day]!, sum };
  });
}

const HourlyFixtures = suite('the SYNTHETIC hourly fixtures');

HourlyFixtures('are exactly what their committed generator writes', () => {
  for (const [name, make] of Object.entries(HOURLY_FIXTURES))
    assert.ok(make() === readFileSync(fixture(name), 'utf8'), `${name}: run npm run fixtures and commit the result`);
});

// Devices at hour h on day offset d (Flå, base 1000): 1000 + d + 10 × (h ≤ 14 ? h : 28 − h); the
// second 02:00 of October +5. Over 24 hours Σ 10 × (…) = 10 × (105 + 81) = 1 860.
HourlyFixtures('gives 2024-03-31 23 hours and correct daily sums around it (date,hour layout)', async () => {
  const { counts } = await readCounts(fixture('dst-march-2024.csv'));
  const sums = daySums(buildHourGrid(counts), '3320');
  assert.is(sums.length, 14);
  assert.equal(sums[6], { hours: 24, sum: 24 * 1006 + 1860 });
  // No 02:00 (1007 + 20 devices) that day.
  assert.equal(sums[7], { hours: 23, sum: 24 * 1007 + 1860 - 1027 });
  assert.equal(sums[8], { hours: 24, sum: 24 * 1008 + 1860 });
});

HourlyFixtures('gives 2024-10-27 25 hours, the two 02:00 rows in file order (time layout)', async () => {
  const { counts } = await readCounts(fixture('dst-october-2024.csv'));
  const grid = buildHourGrid(counts);
  const sums = daySums(grid, '3320');
  assert.equal(sums[7], { hours: 25, sum: 24 * 1007 + 1860 + 1032 });
  assert.equal(sums[6], { hours: 24, sum: 24 * 1006 + 1860 });
  // Summer-time 02:00 (00:00Z) holds the first row, 1027; winter-time 02:00 (01:00Z) the second, 1032.
  const row = grid.areaCodes.indexOf('3320') * grid.slotCount;
  assert.is(grid.values[row + utcHourOf('2024-10-27T00:00:00Z') - grid.firstHour], 1027);
  assert.is(grid.values[row + utcHourOf('2024-10-27T01:00:00Z') - grid.firstHour], 1032);
  assert.equal([...grid.localHour.subarray(grid.dayStart[7]!, grid.dayStart[7]! + 5)], [0, 1, 2, 2, 3]);
});

HourlyFixtures('puts each day’s busiest hour at 14:00 local time, whatever the UTC offset', async () => {
  for (const [name, offsets] of [
    ['dst-march-2024.csv', [1, 2]],
    ['dst-october-2024.csv', [2, 1]],
  ] as const) {
    const { counts } = await readCounts(fixture(name));
    const reduced = await reduceHourlyCounts(counts, { uplift: 0.06, workers: 0 });
    const { grid } = reduced;
    for (let row = 0; row <= grid.areaCodes.length; row++) {
      for (let day = 0; day < grid.dayCount; day++) {
        const utcHour = grid.firstHour + reduced.peakSlot[row * grid.dayCount + day]!;
        // Before the change day (day 7) one offset, from it the other.
        const offset = day < 7 ? offsets[0] : offsets[1];
        assert.is(utcHour, (grid.firstDay + day) * 24 + 14 - offset, `${name} row ${row} day ${day}`);
      }
    }
    // Flå on the change day: (1000 + 7 + 140) devices × 1.06 at 14:00.
    assert.is(reduced.presence[grid.areaCodes.indexOf('3320') * grid.dayCount + 7], 1147 * 1.06);
  }
});

HourlyFixtures('means the night window over the hours the clock showed: one in the night to 31 March, three in the night to 27 October', async () => {
  const march = await reduceHourlyCounts((await readCounts(fixture('dst-march-2024.csv'))).counts, { uplift: 0, workers: 0 });
  const october = await reduceHourlyCounts((await readCounts(fixture('dst-october-2024.csv'))).counts, { uplift: 0, workers: 0 });
  const flå = (reduced: typeof march, day: number) => reduced.night[reduced.grid.areaCodes.indexOf('3320') * reduced.grid.dayCount + day];
  // Nights are dated by their evening: night 5 (29 to 30 March) is read on day 6's morning, 02:00 and 03:00.
  assert.is(flå(march, 5), (1026 + 1036) / 2);
  assert.is(flå(march, 6), 1037); // the night of 30 to 31 March: 03:00 only
  assert.is(flå(october, 6), (1027 + 1032 + 1037) / 3); // the night of 26 to 27 October: 02:00 twice and 03:00
  // The last evening (13 days from the first) has no morning in the file.
  assert.ok(Number.isNaN(flå(march, 13)!));
});

HourlyFixtures('are read alike by the byte scanner and csv-parse', async () => {
  for (const name of ['dst-march-2024.csv', 'dst-october-2024.csv', 'known-truth.csv']) {
    const scanned = await scanCountsCsv(fixture(name));
    assert.ok(scanned !== undefined, `${name} took the fast path`);
    const fast = scanned.counts;
    const slow = (await readCountsCsv(fixture(name))).counts;
    assert.equal([...fast.utcHour!], [...slow.utcHour!]);
    assert.equal([...fast.day], [...slow.day]);
    assert.equal([...fast.devices], [...slow.devices]);
  }
});

HourlyFixtures('refuses hourly counts without a row rather than laying out a grid of no span', async () => {
  const empty = new CountColumnsBuilder('empty.csv', 'line', 1, false, true).finish();
  const error = await reduceHourlyCounts(empty, { uplift: 0 }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  assert.instance(error, InputError);
  assert.is((error as InputError).code, 'E_NO_ROWS');
});

HourlyFixtures.run();
