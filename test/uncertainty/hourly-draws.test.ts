import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { estimateHourly } from '../../src/hourly/estimate-hourly.js';
import { readCounts } from '../../src/read/read-counts.js';
import type { Model } from '../../src/model/model.js';
import { extractRanges } from '../../src/model/extract-ranges.js';
import { repoRoot } from '../helpers/repo-root.js';

const HourlyDraws = suite('draws on hourly counts');

const { counts } = await readCounts(join(repoRoot, 'fixtures/hourly/known-truth.csv'));
const written = {
  name: 'SYNTHETIC hourly, ranged',
  uplift: 0.06,
  deductions: {
    residents: { byArea: { '3320': { value: 1100, min: 1000, max: 1300, dist: 'uniform' }, '3326': 2500, '3330': 4500 } },
    dayTrippers: { value: 1500, min: 1000, max: 2000 },
  },
};
const model = extractRanges(written as unknown as Model);

HourlyDraws('night presence draws only the ranges it applies, and its interval follows the residents range', async () => {
  const { summary } = await estimateHourly(counts, model, { draws: 4000, workers: 0 });
  const uncertainty = summary.uncertainty!;
  assert.equal(
    uncertainty.parameters.map((range) => range.name),
    ['deductions.residents.byArea.3320'],
  );
  // Guest-nights per day = (night persons − the other residents) − r, r uniform 1 000–1 300, so
  // its p5 is the point estimate + 1 100 − (1 000 + 0.95 × 300), its p95 + 1 100 − (1 000 + 0.05 × 300).
  const point = summary.region.guestNightsPerDay!;
  const { p5, p95 } = uncertainty.region.guestNightsPerDay!;
  assert.ok(Math.abs(p5! - (point + 1100 - 1285)) < 5, `p5 ${p5} against ${point - 185}`);
  assert.ok(Math.abs(p95! - (point + 1100 - 1015)) < 5, `p95 ${p95} against ${point + 85}`);
  // Hemsedal's residents are a plain number: its interval is a point.
  const hemsedal = uncertainty.areas['3326']!.guestNightsPerDay!;
  assert.ok(Math.abs(hemsedal.p95! - hemsedal.p5!) < 1e-9);
});

HourlyDraws.run();
