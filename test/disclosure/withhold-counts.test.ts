import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseDay } from '../../src/clock/day-number.js';
import { markSmallCounts } from '../../src/disclosure/mark-small-counts.js';
import { minCountOf } from '../../src/disclosure/min-count.js';
import { withheldStatus } from '../../src/disclosure/withheld-status.js';
import { buildSegmentedGrid } from '../../src/grid/segment-grid.js';
import { estimate } from '../../src/pipeline/estimate.js';
import { CountColumnsBuilder } from '../../src/read/count-columns.js';

// The blank way at the source: counts below the threshold are made missing where the grid is
// laid out, before gaps are filled, and the grid's status is read off what was estimated.

const Withhold = suite('withholding small counts');

Withhold('minCountOf takes the option, else the model, else 16; 0 and 1 turn it off; anything else is refused', () => {
  assert.equal([minCountOf(undefined, {}), minCountOf(undefined, { minCount: 5 }), minCountOf(20, { minCount: 5 })], [16, 5, 20]);
  assert.equal([minCountOf(0, {}), minCountOf(1, {}), minCountOf(undefined, { minCount: 0 })], [0, 0, 0]);
  assert.throws(() => minCountOf(-1, {}), /options\.minCount must be a whole number ≥ 0, got -1/);
  assert.throws(() => minCountOf(2.5, {}), /got 2\.5/);
});

Withhold('markSmallCounts with withhold makes the counts it marks missing, and leaves the others', () => {
  const counts = Float64Array.of(120, 3, NaN, 0, 16);
  const status = new Uint8Array(5);
  assert.is(markSmallCounts(counts, 16, status, 0, 5, true), 2);
  assert.equal(
    [[...counts], [...status]],
    [
      [120, NaN, NaN, NaN, 16],
      [0, 1, 0, 1, 0],
    ],
  );
});

Withhold('withheldStatus: primary where a withheld count is missing or filled, secondary where the region is missing only for them', () => {
  // 3 areas × 4 days, then the region (summed: NaN where any area is):
  // day 0: area 0 withheld → region secondary; day 1: area 0 withheld, area 1 blank → region missing, not secondary;
  // day 2: area 2 withheld but filled (fill) → primary, region published; day 3: nothing withheld.
  const withheld = Uint8Array.of(1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0);
  const devices = Float64Array.of(NaN, NaN, 500, 510, 900, NaN, 950, 920, 40, 30, 35, 50, NaN, NaN, 1485, 1480);
  const filled = Uint8Array.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0);
  const { status, primaryCells, secondaryCells, threshold } = withheldStatus(withheld, devices, filled, 3, 4, 16);
  assert.equal([...status], [1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 2, 0, 0, 0]);
  assert.equal([primaryCells, secondaryCells, threshold], [3, 1, 16]);
});

/** Two areas over five days from 1 January 2024, each a home and a visitor segment; `home` and `visitor` per area. */
function segmentedCounts(home: number[][], visitor: number[][]) {
  const builder = new CountColumnsBuilder('segments.csv', 'line', 8, true);
  let line = 2;
  [home, visitor].forEach((segment, s) =>
    segment.forEach((days, area) =>
      days.forEach((devices, day) => builder.push(parseDay('2024-01-01')! + day, `a${area}`, '', devices, line++, s === 0 ? 'home' : 'visitor')),
    ),
  );
  return builder.finish();
}

Withhold('a small segment withholds its cell, which is not counted as a partial observation; fill then imputes it from published days', () => {
  const counts = segmentedCounts(
    [
      [100, 100, 3, 100, 100],
      [200, 200, 200, 200, 200],
    ],
    [
      [50, 70, 500, 90, 110],
      [300, 300, 300, 300, 300],
    ],
  );
  const withheld = buildSegmentedGrid(counts, 0, 'error', 'none', 16);
  assert.equal([...withheld.grid.devices.subarray(0, 5)], [150, 170, NaN, 190, 210]);
  assert.equal([...withheld.withheld!.subarray(0, 5)], [0, 0, 1, 0, 0]);
  assert.is(withheld.partialCells, 0);
  // The small segment alone is imputed, from its published days around (home 100); the visitors' 500 is their own count.
  const filled = buildSegmentedGrid(
    segmentedCounts(
      [
        [100, 100, 3, 100, 100],
        [200, 200, 200, 200, 200],
      ],
      [
        [50, 70, 500, 90, 110],
        [300, 300, 300, 300, 300],
      ],
    ),
    0,
    'error',
    'interpolate',
    16,
  );
  assert.is(filled.grid.devices[2], 600);
  assert.equal([filled.filled[2], filled.withheld![2]], [1, 1]);
});

Withhold('the estimate: a withheld day filled from its neighbours is primary and filled, and the region keeps the day', async () => {
  const builder = new CountColumnsBuilder('fill.csv', 'line');
  [
    [400, 2, 600],
    [1000, 1000, 1000],
  ].forEach((days, area) => days.forEach((devices, day) => builder.push(parseDay('2024-01-01')! + day, `a${area}`, '', devices, area * 3 + day + 2)));
  const model = { name: 'Fill', uplift: 0, deductions: {}, fill: 'interpolate' as const };
  const { grid, disclosure, filled, summary } = await estimate(builder.finish(), model, { workers: 0, daily: true });
  // Day 1 of a0 withheld (2 < 16), then interpolated: (400 + 600) / 2 = 500; the region 1 500, published.
  assert.equal([...grid.devices], [400, 500, 600, 1000, 1000, 1000, 1400, 1500, 1600]);
  assert.equal([...disclosure!.status], [0, 1, 0, 0, 0, 0, 0, 0, 0]);
  assert.equal([filled[1], filled[7]], [1, 1]);
  assert.equal(summary.disclosure, { minCount: 16, primary: 1, secondary: 0 });
  assert.equal([summary.region.days, summary.areas.a0!.withheldDays], [3, 1]);
});

Withhold.run();
