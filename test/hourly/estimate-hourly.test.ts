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

/**
 * The generator's truth, summed over the areas per day: the guests present on each day (who change
 * at midnight, so they slept there the night that began the evening before) and day visitors.
 */
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

/**
 * The region's guest-nights per day of a method, and its errors against the truth. Night presence
 * dates a night by its evening: the night of day d holds the guests present on day d + 1 (the last
 * evening has no morning in the counts). The busiest hour is day d's own.
 */
async function errorsOf(method: 'night-presence' | 'busiest-hour') {
  const result = await estimateHourly(counts, model, { method, daily: true, workers: 0 });
  const { dayCount, areaCodes } = result.grid;
  const shift = method === 'night-presence' ? 1 : 0;
  const estimated = [...result.daily.guestNights.subarray(areaCodes.length * dayCount, (areaCodes.length + 1) * dayCount)].slice(0, dayCount - shift);
  const truthOf = (day: number) => truth.guests[day + shift]!;
  const relative = estimated.map((value, day) => (value - truthOf(day)) / truthOf(day));
  const truths = estimated.map((_, day) => truthOf(day));
  return {
    result,
    estimated,
    total: (mean(estimated) - mean(truths)) / mean(truths),
    meanDaily: mean(relative.map(Math.abs)),
    worstDaily: Math.max(...relative.map(Math.abs)),
  };
}

const KnownTruth = suite('estimateHourly on the SYNTHETIC known-truth fixture');

KnownTruth('recovers overnight guests within 2 % by night presence, every day and in total', async () => {
  const night = await errorsOf('night-presence');
  assert.is(night.result.summary.hourly?.method, 'night-presence');
  // 27 nights: the last evening, 4 February, has no morning in the counts.
  assert.is(night.estimated.length, 27);
  assert.ok(night.estimated.every((value) => Number.isFinite(value)));
  assert.ok(Number.isNaN(night.result.daily.guestNights[4 * 28 - 1]!), "the region's last night is missing");
  assert.ok(Math.abs(night.total) < 0.02, `total ${night.total}`);
  assert.ok(night.worstDaily < 0.02, `worst day ${night.worstDaily}`);
  // The error is the through-traffic present at night: 10 + 60 + 70 persons on ~15 900 guests.
  assert.ok(night.total > 0);
});

KnownTruth('recovers day visitors within 2 % as busiest hour − night', async () => {
  const { result } = await errorsOf('night-presence');
  // Day visitors are the busiest hour less the night before: every day but the first, which has no night before it.
  const visitors = result.summary.hourly!.region.dayVisitorsPerDay!;
  assert.is(result.summary.hourly!.region.days, 27);
  const truthVisitors = mean(truth.dayVisitors.slice(1));
  assert.ok(Math.abs(visitors - truthVisitors) / truthVisitors < 0.02, `${visitors} vs ${truthVisitors}`);
  // Flå by hand: 150 × f × (1 + 0.2 cos(2πk/7)) over weekdays k (f = 2.5 on k = 5, 6, else 1). Over a week Σ f = 10 and
  // Σ f cos = 1.5 × (cos(10π/7) + cos(12π/7)), as the seven cosines sum to 0: 150 × 10.1203 a week. Four weeks less the
  // first day (a Monday, k = 0: 150 × 1.2 = 180), over 27 days: (4 × 1 518.05 − 180) / 27 = 218.23.
  const flå = (4 * 150 * (10 + 0.2 * 1.5 * (Math.cos((10 * Math.PI) / 7) + Math.cos((12 * Math.PI) / 7))) - 180) / 27;
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
  // One area, two days (2024-01-15 and 16, 24 hours each), uplift 0. Home: 100 devices, 90 at 12:00 (some out at
  // work); foreign: 20, and 80 at 12:00 (day visitors on roaming SIMs).
  const lines = ['date,hour,area,segment,devices'];
  for (const date of ['2024-01-15', '2024-01-16'])
    for (let hour = 0; hour < 24; hour++)
      lines.push(`${date},${hour},3320,home,${hour === 12 ? 90 : 100}`, `${date},${hour},3320,foreign,${hour === 12 ? 80 : 20}`);
  const { tempDir } = await import('../helpers/temp-dir.js');
  const file = tempDir().write('segments.csv', `${lines.join('\n')}\n`);
  const { counts: segmented } = await readCounts(file);
  const segmentModel = { name: 'segments', uplift: 0, deductions: { residents: { segment: 'home' } } };
  const result = await estimateHourly(segmented, segmentModel, { workers: 0, daily: true });
  // The night of 15 to 16 January, read at 02–04 on the 16th: 100 home + 20 foreign; residents present 100: 20
  // guest-nights, dated 15 January. The evening of the 16th has no morning: no night.
  assert.equal([...result.daily.guestNights.subarray(0, 2)], [20, NaN]);
  assert.is(result.summary.region.guestNightsPerDay, 20);
  assert.is(result.summary.region.deductionsPerDay.residents, 100);
  // On the 16th, the busiest hour 12:00 has 90 + 80 = 170 persons; the night before 120: day visitors 50. The 15th has
  // no night before it in the counts.
  assert.equal(result.summary.hourly!.areas['3320'], { days: 1, busiestHourPersonsPerDay: 170, nightPersonsPerDay: 120, dayVisitorsPerDay: 50 });
});

Segments.run();

const Duplicates = suite('estimateHourly with duplicate hours summed');

Duplicates('makes a summed hour with a blank part missing, read as rows or straight into a grid, and a note counts it', async () => {
  // One area, 2024-01-15 and 16, 100 devices every hour; 03:00 on the 16th has a second, blank row.
  const lines = ['date,hour,area,devices'];
  for (const date of ['2024-01-15', '2024-01-16']) for (let hour = 0; hour < 24; hour++) lines.push(`${date},${hour},3320,100`);
  lines.push('2024-01-16,3,3320,');
  const { tempDir } = await import('../helpers/temp-dir.js');
  const dir = tempDir();
  const file = dir.write('hours.csv', `${lines.join('\n')}\n`);
  const hourModel = { name: 'hours', uplift: 0, deductions: {} };
  const note = '1 area-hours summed from duplicate rows had a blank or suppressed part; they count as missing';
  const { counts: hours } = await readCounts(file);
  const fromRows = await estimateHourly(hours, hourModel, { workers: 0, minCount: 0, onDuplicate: 'sum' });
  // Slot 24 + 3 (no clock change in January): 100 + blank is missing, never 100.
  assert.equal([...fromRows.reduction.grid.values.subarray(26, 29)], [100, NaN, 100]);
  assert.is(fromRows.reduction.grid.missingSums, 1);
  assert.ok(fromRows.notes.includes(note), fromRows.notes.join('\n'));
  const { estimateFile } = await import('../../src/pipeline/estimate-file.js');
  const fromGrid = await estimateFile(file, hourModel, { onDuplicate: 'sum', minCount: 0, workers: 0 });
  assert.is(fromGrid.plan.path, 'grid');
  assert.ok(fromGrid.notes.includes(note), fromGrid.notes.join('\n'));
  assert.is(JSON.stringify(fromGrid.result.summary), JSON.stringify(fromRows.summary));
});

Duplicates.run();
