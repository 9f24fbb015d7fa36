import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { applyModel } from '../../src/kernels/apply-model.js';
import { STAT_DAYS, STAT_DEVICES, STAT_FIELDS, STAT_GUEST_NIGHTS, STAT_NEGATIVE_DAYS, STAT_PERSONS } from '../../src/kernels/stat-fields.js';
import { sumRegionDays } from '../../src/kernels/sum-region-days.js';

const ApplyModel = suite('applyModel');

// Two areas × three days in one month, plus the region row. Worked by hand:
// area 0: devices 100, 200, — ; uplift 0.5 → persons 150, 300; deduction 160 → guest-nights -10, 140
// area 1: devices 40, 0, 10   ;             → persons 60, 0, 15; deduction 20 → 40, -20, -5
function columnsFor(devices: number[]) {
  const cells = devices.length;
  return {
    devices: Float64Array.from(devices),
    daily: { persons: new Float64Array(cells), guestNights: new Float64Array(cells) },
    stats: new Float64Array(3 * STAT_FIELDS),
  };
}
const numbers = {
  dayCount: 3,
  personsPerDevice: 1.5,
  deductionOfRow: Float64Array.of(160, 20, NaN),
  monthStart: Int32Array.of(0, 3),
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
  const whole = columnsFor([100, 200, NaN, 40, 0, 10, 140, 200, NaN]);
  const split = columnsFor([100, 200, NaN, 40, 0, 10, 140, 200, NaN]);
  const withRegion = { ...numbers, deductionOfRow: Float64Array.of(160, 20, 180) };
  applyModel(whole, withRegion, 0, 3);
  applyModel(split, withRegion, 2, 3);
  applyModel(split, withRegion, 0, 2);
  assert.equal([...split.daily.guestNights], [...whole.daily.guestNights]);
  assert.equal([...split.stats], [...whole.stats]);
});

ApplyModel('computes the same sums without daily outputs', () => {
  const withDaily = columnsFor([100, 200, NaN, 40, 0, 10, NaN, NaN, NaN]);
  const { daily: _, ...withoutDaily } = columnsFor([100, 200, NaN, 40, 0, 10, NaN, NaN, NaN]);
  applyModel(withDaily, numbers, 0, 2);
  applyModel(withoutDaily, numbers, 0, 2);
  assert.equal([...withoutDaily.stats], [...withDaily.stats]);
});

ApplyModel('buckets days into their months', () => {
  const columns = { ...columnsFor([1, 2, 3]), stats: new Float64Array(2 * STAT_FIELDS) };
  applyModel(columns, { dayCount: 3, personsPerDevice: 1, deductionOfRow: Float64Array.of(0), monthStart: Int32Array.of(0, 1, 3) }, 0, 1);
  assert.equal(columns.stats[STAT_DEVICES], 1);
  assert.equal(columns.stats[STAT_FIELDS + STAT_DEVICES], 5);
  assert.equal(columns.stats[STAT_FIELDS + STAT_DAYS], 2);
});

ApplyModel.run();

const SumRegionDays = suite('sumRegionDays');

SumRegionDays('adds the areas per day and leaves a day with any area missing NaN', () => {
  const grid = Float64Array.of(1, 2, NaN, 10, 20, 30, 99, 99, 99);
  sumRegionDays(grid, 2, 3, 0, 3);
  assert.equal([...grid.subarray(6)], [11, 22, NaN]);
});

SumRegionDays('touches only the days it is given', () => {
  const grid = Float64Array.of(1, 2, 3, 10, 20, 30, 99, 99, 99);
  sumRegionDays(grid, 2, 3, 1, 2);
  assert.equal([...grid.subarray(6)], [99, 22, 99]);
});

SumRegionDays.run();
