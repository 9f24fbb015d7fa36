import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { averageRanks } from '../../src/kernels/average-ranks.js';
import { pearson } from '../../src/kernels/pearson.js';
import { spearman } from '../../src/kernels/spearman.js';

const close = (actual: number, expected: number) => Math.abs(actual - expected) < 1e-12;
const Correlation = suite('pearson, spearman, averageRanks');

Correlation('gives Pearson’s coefficient worked out by hand', () => {
  // x 1 2 3, y 2 4 7: deviations −1 0 1 and −7/3 −1/3 8/3; covariance 5, Σdx² 2, Σdy² (49 + 1 + 64)/9 = 38/3.
  assert.ok(close(pearson(Float64Array.of(1, 2, 3), Float64Array.of(2, 4, 7)), 5 / Math.sqrt(2 * (38 / 3))));
  assert.ok(close(pearson(Float64Array.of(1, 2, 3), Float64Array.of(30, 20, 10)), -1));
});

Correlation('has no coefficient for a constant series or fewer than two pairs', () => {
  assert.ok(Number.isNaN(pearson(Float64Array.of(1, 2, 3), Float64Array.of(5, 5, 5))));
  assert.ok(Number.isNaN(pearson(Float64Array.of(1), Float64Array.of(2))));
});

Correlation('gives tied values the mean of the ranks they span', () => {
  assert.equal([...averageRanks(Float64Array.of(10, 20, 20, 30))], [1, 2.5, 2.5, 4]);
  assert.equal([...averageRanks(Float64Array.of(3, 1, 3, 3, 2))], [4, 1, 4, 4, 2]);
});

Correlation('gives Spearman’s coefficient with ties by hand', () => {
  // Ranks x: 1 2.5 2.5 4; y 5 6 7 8 ranks 1 2 3 4. Deviations from 2.5: −1.5 0 0 1.5 and −1.5 −0.5 0.5 1.5:
  // covariance 4.5, Σdx² 4.5, Σdy² 5 → 4.5 / √22.5.
  assert.ok(close(spearman(Float64Array.of(10, 20, 20, 30), Float64Array.of(5, 6, 7, 8)), 4.5 / Math.sqrt(22.5)));
  // Any increasing function ranks the same: 1.
  assert.ok(close(spearman(Float64Array.of(1, 2, 3, 4), Float64Array.of(1, 8, 27, 1000)), 1));
});

Correlation.run();
