import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { estimateHourly } from '../../src/hourly/estimate-hourly.js';
import { readCounts } from '../../src/read/read-counts.js';
import { readModel } from '../../src/model/read-model.js';
import { repoRoot } from '../helpers/repo-root.js';

const fixture = (name: string) => join(repoRoot, 'fixtures/hourly', name);
const { counts } = await readCounts(fixture('known-truth.csv'));
const { model } = await readModel(fixture('model-known-truth.json'));

/** The generator's truth, summed over the areas per day: overnight guests and day visitors. */
const truth = (() => {
  const rows = readFileSync(fixture('known-truth-truth.csv'), 'utf8')
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));
  const days = [...new Set(rows.map((row) => row[0]!))];
  const sumOf = (day: string, column: number) => rows.filter((row) => row[0] === day).reduce((sum, row) => sum + Number(row[column]), 0);
  return { guests: days.map((day) => sumOf(day, 2)), dayVisitors: days.map((day) => sumOf(day, 3)) };
})();
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** The region's guest-nights per day of a method, and its errors against the truth. */
async function errorsOf(method: 'night-presence' | 'busiest-hour') {
  const result = await estimateHourly(counts, model, { method, daily: true, workers: 0 });
  const { dayCount, areaCodes } = result.grid;
  const estimated = [...result.daily.guestNights.subarray(areaCodes.length * dayCount, (areaCodes.length + 1) * dayCount)];
  const relative = estimated.map((value, day) => (value - truth.guests[day]!) / truth.guests[day]!);
  return {
    result,
    total: (mean(estimated) - mean(truth.guests)) / mean(truth.guests),
    meanDaily: mean(relative.map(Math.abs)),
    worstDaily: Math.max(...relative.map(Math.abs)),
  };
}

const KnownTruth = suite('estimateHourly on the SYNTHETIC known-truth fixture');

KnownTruth('recovers overnight guests within 2 % by night presence, every day and in total', async () => {
  const night = await errorsOf('night-presence');
  assert.is(night.result.summary.hourly?.method, 'night-presence');
  assert.ok(Math.abs(night.total) < 0.02, `total ${night.total}`);
  assert.ok(night.worstDaily < 0.02, `worst day ${night.worstDaily}`);
  // The error is the through-traffic present at night: 10 + 60 + 70 persons on ~15 900 guests.
  assert.ok(night.total > 0);
});

KnownTruth('recovers day visitors within 2 % as busiest hour − night', async () => {
  const { result } = await errorsOf('night-presence');
  const visitors = result.summary.hourly!.region.dayVisitorsPerDay!;
  assert.ok(Math.abs(visitors - mean(truth.dayVisitors)) / mean(truth.dayVisitors) < 0.02, `${visitors} vs ${mean(truth.dayVisitors)}`);
  // Flå by hand: the mean of 150 × f × (1 + 0.2 cos(2πk/7)) over weekdays k (f = 2.5 on k = 5, 6, else 1).
  // Σ f = 10; Σ f cos = 1.5 × (cos(10π/7) + cos(12π/7)), as the seven cosines sum to 0: 150 × 10.1203 / 7 = 216.86.
  const flå = (150 * (10 + 0.2 * 1.5 * (Math.cos((10 * Math.PI) / 7) + Math.cos((12 * Math.PI) / 7)))) / 7;
  assert.ok(
    Math.abs(result.summary.hourly!.areas['3320']!.dayVisitorsPerDay! - flå) < 1,
    `${result.summary.hourly!.areas['3320']!.dayVisitorsPerDay} vs ${flå}`,
  );
});

KnownTruth('applies only residents at night, and says which deductions it left out', async () => {
  const { result } = await errorsOf('night-presence');
  assert.equal(result.summary.hourly!.deductionsNotApplied, ['dayTrippers', 'throughTraffic']);
  assert.equal(Object.keys(result.summary.region.deductionsPerDay), ['residents']);
  assert.is(result.summary.input.rows, 2016);
});

KnownTruth('reports the constant-deduction method’s larger daily error beside it', async () => {
  const night = await errorsOf('night-presence');
  const constant = await errorsOf('busiest-hour');
  assert.is(constant.result.summary.hourly?.method, 'busiest-hour');
  // Weekend day visitors are 2.5 × a weekday's, which a constant cannot follow.
  assert.ok(constant.meanDaily > 2 * night.meanDaily, `constant ${constant.meanDaily}, night ${night.meanDaily}`);
  assert.ok(constant.worstDaily > 0.05, `${constant.worstDaily}`);
});

KnownTruth('gives byte-identical JSON with 0, 1, 2 and 4 workers', async () => {
  const outputs = [];
  for (const workers of [0, 1, 2, 4]) {
    const result = await estimateHourly(counts, model, { workers, daily: true });
    outputs.push(
      JSON.stringify({
        summary: result.summary,
        presence: [...result.reduction.presence],
        peak: [...result.reduction.peakSlot],
        night: [...result.reduction.night],
      }),
    );
  }
  for (const output of outputs.slice(1)) assert.ok(output === outputs[0]);
});

KnownTruth.run();

const Segments = suite('estimateHourly with a home segment');

Segments('deducts the residents present at night, measured, and finds day visitors by hand', async () => {
  // One area, one day (2024-01-15, 24 hours), uplift 0. Home: 100 devices, 90 at 12:00 (some out
  // at work); foreign: 20, and 80 at 12:00 (day visitors on roaming SIMs).
  const lines = ['date,hour,area,segment,devices'];
  for (let hour = 0; hour < 24; hour++)
    lines.push(`2024-01-15,${hour},3320,home,${hour === 12 ? 90 : 100}`, `2024-01-15,${hour},3320,foreign,${hour === 12 ? 80 : 20}`);
  const { tempDir } = await import('../helpers/temp-dir.js');
  const file = tempDir().write('segments.csv', `${lines.join('\n')}\n`);
  const { counts: segmented } = await readCounts(file);
  const segmentModel = { name: 'segments', uplift: 0, deductions: { residents: { segment: 'home' } } };
  const result = await estimateHourly(segmented, segmentModel, { workers: 0 });
  // Night 02–04: 100 home + 20 foreign; residents present at night 100: 20 guest-nights.
  assert.is(result.summary.region.guestNightsPerDay, 20);
  assert.is(result.summary.region.deductionsPerDay.residents, 100);
  // Busiest hour 12:00: 90 + 80 = 170 persons; day visitors 170 − 120 = 50.
  assert.equal(result.summary.hourly!.areas['3320'], { days: 1, busiestHourPersonsPerDay: 170, nightPersonsPerDay: 120, dayVisitorsPerDay: 50 });
});

Segments.run();
