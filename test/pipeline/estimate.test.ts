import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { estimate } from '../../src/pipeline/estimate.js';
import { tinyCounts, tinyModel as perArea } from '../helpers/tiny-counts.js';
import type { Model } from '../../src/model/model.js';

/** Equal within 1e-9 relative (absolute near zero), or both null. */
function close(actual: number | null, expected: number | null, what: string): void {
  if (expected === null || actual === null) return assert.is(actual, expected, what);
  assert.ok(Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)), `${what}: ${actual} ≠ ${expected}`);
}

const Estimate = suite('estimate');

Estimate('computes an area from its observed days (area 1: 100, 200, blank)', async () => {
  const { summary } = await estimate(tinyCounts(), perArea, { workers: 0 });
  const area = summary.areas['1']!;
  // persons 110, 220; deductions 70; guest-nights 40, 150.
  assert.is(area.days, 2);
  close(area.devicesPerDay, 150, 'devices');
  close(area.personsPerDay, 165, 'persons');
  close(area.upliftPerDay, 15, 'uplift');
  assert.equal(area.deductionsPerDay, { residents: 60, workers: 10 });
  close(area.guestNightsPerDay, 95, 'guest-nights per day');
  close(area.guestNightsPerYear, 95 * 365, 'per year');
  assert.is(area.negativeDays, 0);
  assert.is(area.years.length, 1);
  assert.is(area.years[0]!.daysInYear, 366);
  close(area.years[0]!.guestNights, 190, 'year sum');
  close(area.years[0]!.guestNightsExtrapolated, 95 * 366, 'extrapolated');
  assert.equal(
    area.months.map((month) => [month.month, month.days]),
    [
      ['2024-02', 2],
      ['2024-03', 0],
    ],
  );
  close(area.months[0]!.guestNights, 190, 'February');
  assert.is(area.months[1]!.guestNights, null);
  assert.is(area.months[1]!.personsPerDay, null);
});

Estimate('keeps negative days in the sums and counts them (area 2: 50, 0, 30)', async () => {
  const { summary } = await estimate(tinyCounts(), perArea, { workers: 0 });
  const area = summary.areas['2']!;
  // persons 55, 0, 33; deductions 45; guest-nights 10, -45, -12.
  assert.is(area.days, 3);
  close(area.guestNightsPerDay, -47 / 3, 'guest-nights per day');
  assert.is(area.negativeDays, 2);
  close(area.months[0]!.guestNights, -35, 'February');
  close(area.months[0]!.personsPerDay, 27.5, 'February persons');
  close(area.months[1]!.guestNights, -12, 'March');
});

Estimate('counts the region only on days when every area was observed', async () => {
  const { summary } = await estimate(tinyCounts(), perArea, { workers: 0 });
  assert.is(summary.from, '2024-02-28');
  assert.is(summary.to, '2024-03-01');
  assert.is(summary.days, 3);
  assert.is(summary.incompleteDays, 1);
  const region = summary.region;
  // Days 28 and 29: devices 150, 200; persons 165, 220; deductions 100 + 15; guest-nights 50, 105.
  assert.is(region.name, 'Tiny');
  assert.is(region.days, 2);
  close(region.devicesPerDay, 175, 'devices');
  close(region.personsPerDay, 192.5, 'persons');
  assert.equal(region.deductionsPerDay, { residents: 100, workers: 15 });
  close(region.guestNightsPerDay, 77.5, 'guest-nights');
  close(region.years[0]!.guestNightsExtrapolated, 77.5 * 366, 'extrapolated');
});

Estimate('reports no area guest-nights when a deduction is region-wide', async () => {
  const mixed: Model = { ...perArea, deductions: { residents: { byArea: { '1': 60, '2': 40 } }, workers: 15 } };
  const { summary } = await estimate(tinyCounts(), mixed, { workers: 0 });
  const area = summary.areas['1']!;
  close(area.personsPerDay, 165, 'persons still reported');
  assert.equal(area.deductionsPerDay, { residents: 60, workers: null });
  assert.is(area.guestNightsPerDay, null);
  assert.is(area.guestNightsPerYear, null);
  assert.is(area.negativeDays, null);
  assert.is(area.years[0]!.guestNights, null);
  assert.is(area.months[0]!.guestNights, null);
  close(summary.region.guestNightsPerDay, 77.5, 'the region is unchanged');
});

Estimate('refuses a worker count that is not a whole number', async () => {
  try {
    await estimate(tinyCounts(), perArea, { workers: -1 });
    assert.unreachable('accepted');
  } catch (error) {
    assert.is((error as Error).message, "options.workers must be a whole number ≥ 0 or 'auto', got -1");
  }
});

Estimate.run();
