import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { estimate } from '../../src/pipeline/estimate.js';
import { estimateFile } from '../../src/pipeline/estimate-file.js';
import { readCounts } from '../../src/read/read-counts.js';
import { readModel } from '../../src/model/read-model.js';
import { dailyCountsWarning } from '../../src/summary/daily-counts-bound.js';
import type { Interval, RowIntervals } from '../../src/uncertainty/estimate-uncertainty.js';
import { repoRoot } from '../helpers/repo-root.js';

const Bound = suite('guest-nights from daily counts, bounded from above only');

const fixture = (name: string) => join(repoRoot, 'fixtures', name);
const DRAWS = { draws: 400, seed: 3, probabilities: [0.05, 0.5, 0.95] };

/** Every guest-night interval of a row, by a path naming it. */
function guestNightIntervals(row: RowIntervals): Array<[string, Interval | null]> {
  return [
    ['perDay', row.guestNightsPerDay],
    ['perYear', row.guestNightsPerYear],
    ['peakDay', row.peakDay],
    ...row.years.flatMap((year): Array<[string, Interval | null]> => [
      [`${year.year}`, year.guestNights],
      [`${year.year} extrapolated`, year.guestNightsExtrapolated],
    ]),
    ...row.months.map((month): [string, Interval | null] => [month.month, month.guestNights]),
  ];
}

Bound('the file: p5 of every guest-night figure 0, p50 and p95 and every other interval the draws’ own, as the rows give them', async () => {
  const counts = fixture('hallingdal/counts.csv');
  const modelFile = fixture('hallingdal/model-ranges.json');
  const { result } = await estimateFile(counts, modelFile, DRAWS);
  const { model } = await readModel(modelFile);
  const raw = (await estimate((await readCounts(counts)).counts, model, { modelFile, ...DRAWS })).summary.uncertainty!;
  const bounded = result.summary.uncertainty!;
  assert.is(bounded.oneSided, true);
  assert.is(raw.oneSided, undefined);
  assert.equal(result.summary.warnings, [dailyCountsWarning(6)]);
  const rawRows = guestNightIntervals(raw.region);
  let checked = 0;
  guestNightIntervals(bounded.region).forEach(([name, interval], index) => {
    const before = rawRows[index]![1];
    if (interval === null || before === null) return assert.is(interval, before, name);
    // The Hallingdal region's guest-nights are positive in every draw, so the lower end becomes 0.
    assert.ok(before.p5! > 0, name);
    assert.equal(interval, { p5: 0, p50: before.p50, p95: before.p95 }, name);
    checked++;
  });
  assert.is(checked, 3 + 4 + 18, 'per day, per year, peak day, two years twice, 18 months');
  // What is not guest-nights keeps the draws' quantiles: the uplift and every deduction.
  assert.equal(bounded.region.upliftPerDay, raw.region.upliftPerDay);
  assert.equal(bounded.region.deductionsPerDay, raw.region.deductionsPerDay);
  assert.equal(bounded.tornado, raw.tornado);
});

Bound('a single daily count (a region’s own) gets the warning for one area; hourly counts get none', async () => {
  assert.match(
    dailyCountsWarning(1),
    /^daily counts bound guest-nights from above only: passers-by and day visitors count, and a day is not a night \(the plan's formula gave 2 times/,
  );
  const { result } = await estimateFile(fixture('hourly/known-truth.csv'), fixture('hourly/model-known-truth.json'), { method: 'night-presence', ...DRAWS });
  assert.is(result.summary.warnings, undefined);
  assert.is(result.summary.uncertainty!.oneSided, undefined);
});

Bound.run();
