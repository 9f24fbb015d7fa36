import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { estimate } from '../../src/pipeline/estimate.js';
import { readCounts } from '../../src/read/read-counts.js';
import { CountColumnsBuilder, type CountColumns } from '../../src/read/count-columns.js';
import { calendarMonths } from '../../src/calendar/calendar-months.js';
import { codeHistoryOf } from '../../src/areas/recode-to-today.js';
import { readDeductionFiles } from '../../src/model/read-deduction-files.js';
import { findModelProblems } from '../../src/model/model-schema.js';
import { extractRanges } from '../../src/model/extract-ranges.js';
import type { Model } from '../../src/model/model.js';
import { runDrawTask } from '../../src/kernels/draw-tasks.js';
import { estimateUncertainty, type Uncertainty } from '../../src/uncertainty/estimate-uncertainty.js';
import { referenceRun } from './reference/old-draws.js';
import { mulberry32 } from '../helpers/hallingdal-devices.js';
import { repoRoot } from '../helpers/repo-root.js';

// The draws now work from each term's sums per month (and its coefficients on a row's candidate
// busiest days) and select quantiles from a histogram. The old kernel, which kept every term's
// coefficient on every day and used quickselect, is kept in ./reference/old-draws.ts. Both run
// on the same drawn parameters here, and every quantile of every figure must agree to within
// floating-point noise (the sums are added in another order).

const hallingdalCounts = join(repoRoot, 'fixtures/hallingdal/counts.csv');
const everyFormModelFile = join(repoRoot, 'fixtures/every-form/model-hallingdal.json');
const PROBABILITIES = [0.025, 0.05, 0.5, 0.95, 0.975];

/** Both kernels' uncertainty on one estimate: `draws` draws, seed 3, the same laid-out inputs. */
async function bothKernels(counts: CountColumns, written: object, modelFile: string, draws: number): Promise<{ current: Uncertainty; reference: Uncertainty }> {
  assert.equal(findModelProblems(written), []);
  const model = extractRanges(written as Model);
  assert.ok((model.ranges ?? []).length > 0, 'the model has ranges');
  const { grid, deductions } = await estimate(counts, model, { workers: 0, modelFile });
  const months = calendarMonths(grid.firstDay, grid.dayCount);
  const inputs = await readDeductionFiles(model, modelFile, await codeHistoryOf(model, modelFile));
  const areaCount = grid.areaCodes.length;
  const laidOut = { shape: grid, months, deductions, inputs, hasGuestNights: (row: number) => row === areaCount || deductions.regionWide.size === 0 };
  const options = { draws, seed: 3, probabilities: PROBABILITIES };
  const current = await estimateUncertainty(model, laidOut, {
    ...options,
    run: async (columns, numbers) => runDrawTask({ columns, numbers, rowFrom: 0, rowTo: areaCount + 1 }),
  });
  const reference = await estimateUncertainty(model, laidOut, { ...options, run: referenceRun(model, grid, deductions, inputs) });
  return { current, reference };
}

/** Every number of `actual` within 1e-9 relative (1e-7 absolute near 0) of `expected`; nulls and keys the same. Returns how many numbers were compared. */
function assertClose(actual: unknown, expected: unknown, path = ''): number {
  if (typeof expected === 'number') {
    assert.type(actual, 'number', path);
    const tolerance = 1e-7 + 1e-9 * Math.abs(expected);
    assert.ok(Math.abs((actual as number) - expected) <= tolerance, `${path}: ${actual as number} against ${expected}`);
    return 1;
  }
  if (expected === null || typeof expected !== 'object') {
    assert.is(actual, expected, path);
    return 0;
  }
  assert.equal(Object.keys(actual as object), Object.keys(expected), `${path} keys`);
  return Object.entries(expected).reduce((sum, [key, value]) => sum + assertClose((actual as Record<string, unknown>)[key], value, `${path}.${key}`), 0);
}

/** SYNTHETIC counts: `areaCount` areas × `dayCount` days from 2019-11-20, about 2 % blank, one area blank for 40 days. */
function syntheticCounts(areaCount: number, dayCount: number): CountColumns {
  const random = mulberry32(5);
  const builder = new CountColumnsBuilder('synthetic.csv', 'line');
  const firstDay = 18_220; // 2019-11-20
  for (let day = 0; day < dayCount; day++) {
    for (let area = 0; area < areaCount; area++) {
      const blank = random() < 0.02 || (area === 1 && day >= 100 && day < 140);
      builder.push(firstDay + day, String(100 + area), '', blank ? NaN : Math.round(500 + random() * 9000), day * areaCount + area + 2);
    }
  }
  return builder.finish();
}

const triangle = (value: number, low: number, high: number) => ({ value, min: low, max: high });

const Agree = suite('the sufficient sums agree with the per-day kernel they replace');

Agree('on Hallingdal with a ranged uplift, a normal base, a uniform area value and a ranged weekday factor', async () => {
  const { counts } = await readCounts(hallingdalCounts);
  const written = {
    name: 'Hallingdal with ranges',
    uplift: triangle(0.06, 0.04, 0.09),
    deductions: {
      residents: { value: 20000, sd: 1500 },
      externalWorkers: {
        byArea: { '3320': 100, '3322': { value: 200, min: 100, max: 400, dist: 'uniform' }, '3324': 250, '3326': 50, '3328': 200, '3330': 200 },
      },
      throughTraffic: { value: 1000, min: 600, max: 1500, weekday: [1, 1, 1, 1, triangle(1.2, 1, 1.6), 1.3, 1] },
      dayTrippers: 1000,
    },
  };
  const { current, reference } = await bothKernels(counts, written, everyFormModelFile, 3000);
  const compared = assertClose(current, reference);
  assert.ok(compared > 250, `${compared} numbers compared`);
});

Agree('on per-area deductions with ranged area values, month, weekday and period factors, population and file deductions', async () => {
  const { counts } = await readCounts(hallingdalCounts);
  const written = {
    name: 'Hallingdal, every form, per area',
    uplift: triangle(0.06, 0.03, 0.1),
    deductions: {
      residents: {
        population: '../ssb/population-07459.json',
        month: [1, 1, 1, 1, 1, 1, triangle(0.8, 0.6, 0.9), 1, 1, 1, 1, 1],
        periods: [{ from: '2023-12-23', to: '2024-01-01', factor: triangle(0.75, 0.5, 0.9) }],
      },
      externalWorkers: {
        byArea: { '3320': triangle(80, 50, 120), '3322': 200, '3324': triangle(260, 200, 300), '3326': 40, '3328': 150, '3330': 270 },
        weekday: [1.3, 1.3, 1.3, 1.3, triangle(1.1, 1, 1.2), 0.3, 0.2],
      },
      throughTraffic: {
        byArea: { '3320': 250, '3322': 150, '3324': 300, '3326': 50, '3328': 150, '3330': 100 },
        periods: [
          { from: '2023-06-24', to: '2023-08-13', factor: triangle(2, 1.5, 3) },
          { from: '2023-08-01', to: '2023-08-31', factor: 1.5 },
        ],
      },
    },
  };
  const { current, reference } = await bothKernels(counts, written, everyFormModelFile, 2500);
  assert.ok(current.areas['3320']!.guestNightsPerDay !== null, 'areas have guest-nights');
  const compared = assertClose(current, reference);
  assert.ok(compared > 1000, `${compared} numbers compared`);
});

Agree('on SYNTHETIC counts with gaps: a range per area value and per month factor, one area blank for 40 days', async () => {
  const areaCodes = Array.from({ length: 9 }, (_, area) => String(100 + area));
  const written = {
    name: 'SYNTHETIC national shape',
    uplift: triangle(0.06, 0.04, 0.09),
    deductions: {
      residents: { byArea: Object.fromEntries(areaCodes.map((code, area) => [code, triangle(300 + 10 * area, 250, 400)])) },
      throughTraffic: { byArea: Object.fromEntries(areaCodes.map((code) => [code, 120])), month: Array.from({ length: 12 }, () => triangle(1, 0.5, 1.5)) },
    },
  };
  const { current, reference } = await bothKernels(syntheticCounts(areaCodes.length, 800), written, everyFormModelFile, 4000);
  assert.is(current.region.months.length, 27);
  const compared = assertClose(current, reference);
  assert.ok(compared > 2000, `${compared} numbers compared`);
});

Agree.run();
