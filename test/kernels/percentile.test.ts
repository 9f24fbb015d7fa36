import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { percentileOfSorted } from '../../src/kernels/percentile.js';

/**
 * A second method: type 7 is the straight line through the points ((k − 1)/(n − 1), x_k) of the
 * sorted values; find the segment that holds p and interpolate along it.
 */
function byEmpiricalPoints(values: number[], p: number): number {
  const x = [...values].sort((a, b) => a - b);
  const n = x.length;
  if (n === 1) return x[0]!;
  for (let k = 1; k < n; k++) {
    const [left, right] = [(k - 1) / (n - 1), k / (n - 1)];
    if (p <= right) return x[k - 1]! + ((p - left) / (right - left)) * (x[k]! - x[k - 1]!);
  }
  return x[n - 1]!;
}

const Percentile = suite('percentileOfSorted');

Percentile('matches hand-worked type-7 values', () => {
  // numpy's documented example: np.percentile([15, 20, 35, 40, 50], 40) == 29.
  const values = Float64Array.of(15, 20, 35, 40, 50);
  assert.is(percentileOfSorted(values, 0.4), 29);
  assert.is(percentileOfSorted(values, 0.5), 35);
  // h = 4 × 0.9 = 3.6: 40 + 0.6 × 10 = 46.
  assert.ok(Math.abs(percentileOfSorted(values, 0.9) - 46) < 1e-12);
  assert.is(percentileOfSorted(values, 1), 50);
  assert.is(percentileOfSorted(values, 0), 15);
  assert.ok(Number.isNaN(percentileOfSorted(new Float64Array(0), 0.5)));
  assert.is(percentileOfSorted(Float64Array.of(7), 0.99), 7);
});

Percentile('agrees with interpolation along the empirical points on random data', () => {
  let seed = 12345;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 1e5;
  for (let trial = 0; trial < 200; trial++) {
    const values = Array.from({ length: 1 + (trial % 37) }, next);
    const sorted = Float64Array.from(values).sort();
    for (const p of [0.5, 0.9, 0.95, 0.99, 0.123]) {
      const expected = byEmpiricalPoints(values, p);
      assert.ok(Math.abs(percentileOfSorted(sorted, p) - expected) <= 1e-9 * Math.max(1, Math.abs(expected)), `${values.length} values, p ${p}`);
    }
  }
});

Percentile.run();
