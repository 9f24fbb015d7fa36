import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseDay } from '../../src/clock/day-number.js';
import { estimate } from '../../src/pipeline/estimate.js';
import { fillGaps } from '../../src/grid/fill-gaps.js';
import { tinyCounts, tinyModel } from '../helpers/tiny-counts.js';

const FillGaps = suite('fillGaps');

FillGaps('interpolates inner gaps on a straight line and leaves the ends missing', () => {
  // One row of 7 days: —, 10, —, —, 40, —, —
  const devices = Float64Array.of(NaN, 10, NaN, NaN, 40, NaN, NaN);
  const filled = new Uint8Array(7);
  assert.is(fillGaps(devices, 1, 7, parseDay('2024-01-01')!, 'interpolate', filled), 2);
  assert.equal([...devices], [NaN, 10, 20, 30, 40, NaN, NaN]);
  assert.equal([...filled], [0, 0, 1, 1, 0, 0, 0]);
});

FillGaps('fills each row on its own', () => {
  const devices = Float64Array.of(1, NaN, 3, 100, NaN, NaN);
  const filled = new Uint8Array(6);
  fillGaps(devices, 2, 3, 0, 'interpolate', filled);
  assert.equal([...devices], [1, 2, 3, 100, NaN, NaN]);
});

FillGaps('weekdayMean takes the same weekday of the same month, and leaves a day without one missing', () => {
  // 2024-01-01 was a Monday. Mondays 1, 8, 15, 22, 29 January, then Monday 5 February.
  const first = parseDay('2024-01-01')!;
  const dayCount = 36; // to 5 February
  const devices = new Float64Array(dayCount).fill(500);
  for (const [day, value] of [
    [0, 100],
    [7, 200],
    [14, NaN],
    [21, 300],
    [28, 400],
    [35, NaN],
  ] as const)
    devices[day] = value;
  devices[1] = NaN; // Tuesday 2 January: the other Tuesdays are 500
  const filled = new Uint8Array(dayCount);
  assert.is(fillGaps(devices, 1, dayCount, first, 'weekdayMean', filled), 2);
  assert.is(devices[14], (100 + 200 + 300 + 400) / 4);
  assert.is(devices[1], 500);
  assert.ok(Number.isNaN(devices[35]!), 'no other Monday in February');
});

FillGaps.run();

const Filled = suite('estimate with fill');

Filled('counts filled days, marks them, and still leaves a gap at the end of a row missing', async () => {
  // tinyCounts: area 1 is 100, 200, blank (its last day: no later value, so interpolation cannot fill it).
  const none = await estimate(tinyCounts(), tinyModel, { workers: 0 });
  assert.is(none.summary.areas['1']!.missingDays, 1);
  assert.equal(none.summary.fill, { method: 'none', filledCells: 0 });
  const interpolated = await estimate(tinyCounts(), { ...tinyModel, fill: 'interpolate' }, { workers: 0 });
  assert.is(interpolated.summary.areas['1']!.missingDays, 1);
  assert.is(interpolated.summary.fill.filledCells, 0);
});

Filled('an inner gap filled by interpolation counts as an observed, filled day for the area and the region', async () => {
  const counts = tinyCounts();
  // Blank area 2 on 29 February (0 devices): between 50 and 30, interpolation gives 40.
  counts.devices[5] = NaN;
  const { summary, filled, grid } = await estimate(counts, { ...tinyModel, fill: 'interpolate' }, { workers: 0, daily: true });
  assert.is(grid.devices[1 * 3 + 1], 40);
  assert.equal([...filled], [0, 0, 0, 0, 1, 0, 0, 1, 0]);
  assert.is(summary.areas['2']!.filledDays, 1);
  assert.is(summary.areas['2']!.missingDays, 0);
  assert.is(summary.region.filledDays, 1);
  assert.is(summary.fill.filledCells, 1);
  // Region on 29 Feb: 200 + 40 devices → 264 persons − 115 = 149 guest-nights; 28 Feb: 50 (as before).
  assert.is(summary.region.days, 2);
  assert.ok(Math.abs(summary.region.guestNightsPerDay! - (50 + 149) / 2) < 1e-9);
});

Filled.run();
