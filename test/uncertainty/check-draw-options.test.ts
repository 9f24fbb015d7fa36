import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { estimate } from '../../src/pipeline/estimate.js';
import { tinyCounts } from '../helpers/tiny-counts.js';
import { checkDrawOptions } from '../../src/uncertainty/check-draw-options.js';
import { quantileKey } from '../../src/uncertainty/quantile-key.js';

const Options = suite('the draw options');

const message = (options: { draws: number; seed: number; probabilities: number[] }) => {
  try {
    checkDrawOptions(options);
    return 'passed';
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
};

Options('pass when whole, in range and ascending', () => {
  assert.is(message({ draws: 2, seed: 0, probabilities: [0, 1] }), 'passed');
  assert.is(message({ draws: 1_000_000, seed: 4294967295, probabilities: [0.025, 0.5, 0.975] }), 'passed');
});

Options('refuse a draw count without spread, a fraction, or past the limit', () => {
  for (const draws of [1, 2.5, -3, 1_000_001])
    assert.is(message({ draws, seed: 1, probabilities: [0.05, 0.95] }), `RangeError: options.draws must be a whole number from 2 to 1000000, got ${draws}`);
});

Options('refuse a seed outside 32 bits', () => {
  assert.is(message({ draws: 10, seed: -1, probabilities: [0.05, 0.95] }), 'RangeError: options.seed must be a whole number from 0 to 4294967295, got -1');
});

Options('refuse quantiles out of order, alone, outside [0, 1], or with colliding keys', () => {
  for (const probabilities of [[0.95, 0.05], [0.5], [0.5, 2], [0.05, 0.0500000000000001]]) {
    assert.is(
      message({ draws: 10, seed: 1, probabilities }),
      `RangeError: options.probabilities must be two or more ascending numbers from 0 to 1 with distinct percentages, got [${probabilities.join(', ')}]`,
    );
  }
});

Options('keys quantiles by their percentage, exactly', () => {
  assert.equal([0.05, 0.5, 0.95, 0.025, 0.975, 0.001].map(quantileKey), ['p5', 'p50', 'p95', 'p2.5', 'p97.5', 'p0.1']);
});

Options('are checked by estimate before any work', async () => {
  const model = { name: 'tiny', uplift: 0, deductions: {} };
  try {
    await estimate(tinyCounts(), model, { draws: 100, probabilities: [0.95, 0.05] });
    assert.unreachable('descending quantiles were taken');
  } catch (error) {
    assert.instance(error, RangeError);
  }
});

Options.run();
