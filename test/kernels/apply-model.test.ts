import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { applyModel, rowColumns } from '../../src/kernels/apply-model.js';
import { GROUP_FIELDS, STAT_DAYS, STAT_DEVICES, STAT_FIELDS, STAT_GUEST_NIGHTS, STAT_NEGATIVE_DAYS, STAT_PERSONS } from '../../src/kernels/stat-fields.js';
import { sumRegionDays } from '../../src/kernels/sum-region-days.js';

const ApplyModel = suite('applyModel');

// Two areas × three days in one month, plus the region row. Worked by hand:
// area 0: devices 100, 200, — ; uplift 0.5 → persons 150, 300; deduction 160 → guest-nights -10, 140
// area 1: devices 40, 0, 10   ;             → persons 60, 0, 15; deduction 20 → 40, -20, -5
function columnsFor(devices: number[], deductions = [160, 160, 160, 20, 20, 20, NaN, NaN, NaN]) {
  const cells = devices.length;
  return {
    devices: Float64Array.from(devices),
    deductions: Float64Array.from(deductions),
    daily: { persons: new Float64Array(cells), guestNights: new Float64Array(cells) },
    stats: new Float64Array(3 * STAT_FIELDS),
    groups: new Float64Array(3 * 2 * GROUP_FIELDS),
  };
}
/** Every day in one season and one day type: each row has two groups. */
const oneGroup = { dayGroup: new Uint16Array(3), seasonCount: 1, dayTypeCount: 1 };
const numbers = {
  dayCount: 3,
  personsPerDevice: 1.5,
  monthStart: Int32Array.of(0, 3),
  ...oneGroup,
};

ApplyModel('computes persons and guest-nights per cell, leaving missing days NaN', () => {
  const columns = columnsFor([100, 200, NaN, 40, 0, 10, NaN, NaN, NaN]);
  applyModel(columns, numbers, 0, 2);
  assert.equal([...columns.daily.persons.subarray(0, 6)], [150, 300, NaN, 60, 0, 15]);
  assert.equal([...columns.daily.guestNights.subarray(0, 6)], [-10, 140, NaN, 40, -20, -5]);
});

ApplyModel('sums days, devices, persons, guest-nights and negative days per row and month', () => {
  const columns = columnsFor([100, 200, NaN, 40, 0, 10, NaN, NaN, NaN]);
  applyModel(columns, numbers, 0, 2);
  const row = (r: number) => [STAT_DAYS, STAT_DEVICES, STAT_PERSONS, STAT_GUEST_NIGHTS, STAT_NEGATIVE_DAYS].map((f) => columns.stats[r * STAT_FIELDS + f]);
  assert.equal(row(0), [2, 300, 450, 130, 1]);
  assert.equal(row(1), [3, 50, 75, 15, 2]);
});

ApplyModel('gives the same cells and sums when rows are split into separate calls', () => {
  const withRegion = [160, 160, 160, 20, 20, 20, 180, 180, 180];
  const whole = columnsFor([100, 200, NaN, 40, 0, 10, 140, 200, NaN], withRegion);
  const split = columnsFor([100, 200, NaN, 40, 0, 10, 140, 200, NaN], withRegion);
  applyModel(whole, numbers, 0, 3);
  applyModel(split, numbers, 2, 3);
  applyModel(split, numbers, 0, 2);
  assert.equal([...split.daily.guestNights], [...whole.daily.guestNights]);
  assert.equal([...split.stats], [...whole.stats]);
});

ApplyModel('gives one row the same cells and sums as a grid of that row alone (rowColumns)', () => {
  const columns = columnsFor([100, 200, NaN, 40, 0, 10, NaN, NaN, NaN]);
  // Area 1's deductions alone (20 a day): its guest-nights 40, -20, -5 as worked above.
  applyModel(rowColumns(columns, Float64Array.of(20, 20, 20), numbers, 1), numbers, 0, 1);
  assert.equal([...columns.daily.guestNights], [0, 0, 0, 40, -20, -5, 0, 0, 0]);
  assert.equal(columns.stats[STAT_FIELDS + STAT_GUEST_NIGHTS], 15);
  assert.equal(columns.stats[STAT_FIELDS + STAT_NEGATIVE_DAYS], 2);
  assert.equal([...columns.stats.subarray(0, STAT_FIELDS)], [0, 0, 0, 0, 0]);
  assert.equal([...columns.groups.subarray(2 * GROUP_FIELDS, 4 * GROUP_FIELDS)], [3, 75, 15, 3, 75, 15]);
});

ApplyModel('computes the same sums without daily outputs', () => {
  const withDaily = columnsFor([100, 200, NaN, 40, 0, 10, NaN, NaN, NaN]);
  const { daily: _, ...withoutDaily } = columnsFor([100, 200, NaN, 40, 0, 10, NaN, NaN, NaN]);
  applyModel(withDaily, numbers, 0, 2);
  applyModel(withoutDaily, numbers, 0, 2);
  assert.equal([...withoutDaily.stats], [...withDaily.stats]);
});

ApplyModel('takes persons as given when segments have uplifts of their own, and deductions per day', () => {
  // 1 row × 3 days: given persons 10, 20, 30 (devices unused but for missing days); deductions 1, 2, 3 → 9, 18, 27
  const columns = { ...columnsFor([5, 5, 5], [1, 2, 3]), present: Float64Array.of(10, 20, 30), stats: new Float64Array(STAT_FIELDS) };
  applyModel(columns, { dayCount: 3, personsPerDevice: 99, monthStart: Int32Array.of(0, 3), ...oneGroup }, 0, 1);
  assert.equal([...columns.daily.guestNights.subarray(0, 3)], [9, 18, 27]);
  assert.is(columns.stats[STAT_PERSONS], 60);
});

ApplyModel('sums days, persons and guest-nights per season and per day type', () => {
  // Area 0 of the hand-worked grid, days in seasons [1, 0, 1] and day types [0, 2, 2] (2 seasons, 3 day types):
  // season 0: day 1 → 1 day, persons 300, guest-nights 140; season 1: day 0 (day 2 missing) → 1, 150, -10;
  // day type 0: day 0 → 1, 150, -10; day type 1: none; day type 2: day 1 → 1, 300, 140.
  const columns = { ...columnsFor([100, 200, NaN, 40, 0, 10, NaN, NaN, NaN]), groups: new Float64Array(3 * 5 * GROUP_FIELDS) };
  const grouped = { ...numbers, dayGroup: Uint16Array.of(1 * 3 + 0, 0 * 3 + 2, 1 * 3 + 2), seasonCount: 2, dayTypeCount: 3 };
  applyModel(columns, grouped, 0, 2);
  assert.equal([...columns.groups.subarray(0, 5 * GROUP_FIELDS)], [1, 300, 140, 1, 150, -10, 1, 150, -10, 0, 0, 0, 1, 300, 140]);
  // Area 1: persons 60, 0, 15 and guest-nights 40, -20, -5 → season 0: 1, 0, -20; season 1: 2, 75, 35; types 1, 60, 40 / 0 / 2, 15, -25.
  assert.equal([...columns.groups.subarray(5 * GROUP_FIELDS, 10 * GROUP_FIELDS)], [1, 0, -20, 2, 75, 35, 1, 60, 40, 0, 0, 0, 2, 15, -25]);
});

ApplyModel('buckets days into their months', () => {
  const columns = { ...columnsFor([1, 2, 3], [0, 0, 0]), stats: new Float64Array(2 * STAT_FIELDS) };
  applyModel(columns, { dayCount: 3, personsPerDevice: 1, monthStart: Int32Array.of(0, 1, 3), ...oneGroup }, 0, 1);
  assert.equal(columns.stats[STAT_DEVICES], 1);
  assert.equal(columns.stats[STAT_FIELDS + STAT_DEVICES], 5);
  assert.equal(columns.stats[STAT_FIELDS + STAT_DAYS], 2);
});

ApplyModel.run();

const SumRegionDays = suite('sumRegionDays');

SumRegionDays('adds the areas per day and leaves a day with any area missing NaN', () => {
  const grid = Float64Array.of(1, 2, NaN, 10, 20, 30, 99, 99, 99);
  sumRegionDays(grid, 2, 3);
  assert.equal([...grid.subarray(6)], [11, 22, NaN]);
});

SumRegionDays.run();
