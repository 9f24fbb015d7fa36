import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CountColumnsBuilder } from '../src/count-columns.js';
import { parseDay } from '../src/day-number.js';
import { estimate } from '../src/estimate.js';
import { peakPresence } from '../src/peak.js';
import { tinyCounts, tinyModel } from './helpers/tiny-counts.js';

const close = (actual: number | null | undefined, expected: number) => actual !== null && actual !== undefined && Math.abs(actual - expected) < 1e-9;
const PeakPresence = suite('peakPresence');

// By hand (uplift 10 %): area 1 persons 110, 220, —; area 2 persons 55, 0, 33;
// region 165, 220, — (1 March is incomplete). Residents: area 1 60, area 2 40, region 100.
PeakPresence('finds the busiest day, the ranking and the percentiles of persons present', async () => {
  const presence = peakPresence(await estimate(tinyCounts(), tinyModel, { daily: true }), { top: 2 });
  const { region } = presence;
  assert.is(region.days, 2);
  assert.is(region.peak?.date, '2024-02-29');
  assert.ok(close(region.peak?.persons, 220));
  assert.equal(region.top.map((day) => day.date), ['2024-02-29', '2024-02-28']);
  // Two values 165, 220: p50 = 192.5, p90 = 165 + 0.9 × 55 = 214.5.
  assert.ok(close(region.percentiles.p50, 192.5));
  assert.ok(close(region.percentiles.p90, 214.5));
  assert.ok(close(region.peakToResidents, 2.2));
  const area2 = presence.areas['2']!;
  assert.equal(area2.top.map((day) => day.date), ['2024-02-28', '2024-03-01']);
  // 0, 33, 55: p50 = 33; p95: h = 1.9 → 33 + 0.9 × 22 = 52.8.
  assert.ok(close(area2.percentiles.p50, 33));
  assert.ok(close(area2.percentiles.p95, 52.8));
  assert.ok(close(presence.areas['1']!.peakToResidents, 220 / 60));
});

PeakPresence('counts the days above a capacity, for the region and per area', async () => {
  const presence = peakPresence(await estimate(tinyCounts(), tinyModel, { daily: true }), { capacities: { region: 200, byArea: { '2': 40 } } });
  assert.equal(presence.region.capacity, { value: 200, daysAbove: 1, dates: ['2024-02-29'] });
  assert.equal(presence.areas['2']!.capacity, { value: 40, daysAbove: 1, dates: ['2024-02-28'] });
  assert.is(presence.areas['1']!.capacity, null);
});

PeakPresence('breaks presence down by month, with its maximum and p95', async () => {
  const { region } = peakPresence(await estimate(tinyCounts(), tinyModel, { daily: true }));
  // February: 165 and 220; p95 = 165 + 0.95 × 55 = 217.25. March has no complete day.
  assert.equal(region.months.map((month) => [month.month, month.days]), [['2024-02', 2], ['2024-03', 0]]);
  assert.ok(close(region.months[0]!.max, 220));
  assert.ok(close(region.months[0]!.p95, 217.25));
  assert.is(region.months[1]!.max, null);
});

PeakPresence('names the earliest of equally busy days as the peak', async () => {
  const builder = new CountColumnsBuilder('ties.csv', 'line');
  ['2024-05-03', '2024-05-01', '2024-05-02'].forEach((date, index) => builder.push(parseDay(date)!, 'a', '', [9, 5, 9][index]!, index + 2));
  const presence = peakPresence(await estimate(builder.finish(), { name: 'Ties', uplift: 0, deductions: {} }, { daily: true }));
  assert.equal(presence.region.peak, { date: '2024-05-02', persons: 9 });
  assert.equal(presence.region.top.map((day) => day.date), ['2024-05-02', '2024-05-03', '2024-05-01']);
  assert.is(presence.region.peakToResidents, null);
});

PeakPresence.run();
