import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { estimate } from '../../src/pipeline/estimate.js';
import { readCounts } from '../../src/read/read-counts.js';
import { calendarMonths } from '../../src/calendar/calendar-months.js';
import { extractRanges } from '../../src/model/extract-ranges.js';
import type { Model } from '../../src/model/model.js';
import { annualOfRow, annualOverDraws } from '../../src/uncertainty/annual-of-row.js';
import { drawInputs } from '../../src/uncertainty/draw-inputs.js';
import { drawParameters } from '../../src/uncertainty/draw-parameters.js';
import { modelTerms } from '../../src/uncertainty/model-terms.js';
import { repoRoot } from '../helpers/repo-root.js';

// The variance shares read the region's guest-nights per year in every draw, worked out column
// by column over all draws (annualOverDraws). Here each draw is worked out again on its own,
// from its parameters, by annualOfRow (the function the tornado calls), and must be the same to
// the bit: a term added out of order, or a product of two parameters taken wrongly, shows up.

const triangle = (value: number, min: number, max: number) => ({ value, min, max });

const AnnualOverDraws = suite('annualOverDraws');

AnnualOverDraws('equals annualOfRow of each draw, to the bit, for every row, with terms of no, one and two parameters', async () => {
  const { counts } = await readCounts(join(repoRoot, 'fixtures/hallingdal/counts.csv'));
  const model = extractRanges({
    name: 'Hallingdal with ranges',
    uplift: triangle(0.06, 0.04, 0.09),
    deductions: {
      // A ranged base × a ranged weekday factor: terms of two parameters.
      residents: { ...triangle(20000, 18000, 23000), weekday: [1, 1, 1, 1, triangle(1.2, 1, 1.6), 1.3, 1] },
      externalWorkers: { byArea: { '3320': 100, '3322': triangle(200, 100, 400), '3324': 250, '3326': 50, '3328': 200, '3330': 200 } },
      dayTrippers: 1000,
    },
  } as unknown as Model);
  const ranges = model.ranges!;
  const { grid, deductions } = await estimate(counts, model, { workers: 0 });
  const months = calendarMonths(grid.firstDay, grid.dayCount);
  const terms = modelTerms(model, grid, deductions, { modelFile: 'model.json' }, months.monthStart);
  assert.ok(
    Array.from({ length: terms.paramStart.length - 1 }, (_, term) => terms.paramStart[term + 1]! - terms.paramStart[term]!).includes(2),
    'some term has two parameters',
  );
  const draws = 300;
  const theta = drawParameters(ranges, draws, 5);
  const { columns, numbers } = drawInputs(terms, months, theta, { draws, parameterCount: ranges.length, lineCount: 4, probabilities: [0.5] });
  const parameters = new Float64Array(ranges.length);
  for (let row = 0; row <= grid.areaCodes.length; row++) {
    const overDraws = annualOverDraws(columns, numbers, row);
    const annual = annualOfRow(columns, numbers, row);
    for (let draw = 0; draw < draws; draw++) {
      ranges.forEach((_, parameter) => (parameters[parameter] = theta[parameter * draws + draw]!));
      assert.ok(Object.is(overDraws[draw], annual(parameters, 0)), `row ${row}, draw ${draw}: ${overDraws[draw]} against ${annual(parameters, 0)}`);
    }
  }
});

AnnualOverDraws.run();
