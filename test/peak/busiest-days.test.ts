import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { busiestDays } from '../../src/peak/busiest-days.js';
import { percentileOfSorted } from '../../src/kernels/percentile.js';

const PROBABILITIES = Float64Array.of(0.5, 0.9, 0.95, 0.99);

const BusiestDays = suite('busiestDays: the busiest days by selection');

BusiestDays('ranks busiest first and the earlier of equals first, worked by hand', () => {
  const { observed, percentiles, top } = busiestDays(Float64Array.of(5, NaN, 9, 9, 1, 7), 3, Float64Array.of(0.5, 0.9));
  assert.is(observed, 5);
  // Sorted: 1, 5, 7, 9, 9. p50: h = 2, 7; p90: h = 3.6, 9 + 0.6 × 0 = 9.
  assert.equal([...percentiles], [7, 9]);
  assert.equal(top, [2, 3, 5]);
  const none = busiestDays(Float64Array.of(NaN, NaN), 3, Float64Array.of(0.5));
  assert.equal([none.observed, Number.isNaN(none.percentiles[0]!), none.top], [0, true, []]);
});

BusiestDays('gives the days a sort of every day gives, ties and gaps included', () => {
  // Few distinct values, so that ties at the threshold are common.
  const series = fc.array(fc.oneof(fc.constant(NaN), fc.integer({ min: 0, max: 6 })), { maxLength: 60 });
  fc.assert(
    fc.property(series, fc.integer({ min: 1, max: 12 }), (values, top) => {
      const days = values.map((_, day) => day).filter((day) => !Number.isNaN(values[day]!));
      const bySort = days.sort((a, b) => values[b]! - values[a]! || a - b).slice(0, top);
      assert.equal(busiestDays(Float64Array.from(values), top, PROBABILITIES).top, bySort);
    }),
  );
});

BusiestDays('gives the percentiles of the sorted values, on series long enough for the histogram path', () => {
  const series = fc.array(fc.oneof(fc.constant(NaN), fc.double({ min: 0, max: 1e5, noNaN: true }), fc.integer({ min: 0, max: 3 })), {
    minLength: 900,
    maxLength: 3000,
  });
  fc.assert(
    fc.property(series, fc.integer({ min: 1, max: 400 }), (values, top) => {
      const sorted = Float64Array.from(values.filter((value) => !Number.isNaN(value))).sort();
      const { observed, percentiles, top: days } = busiestDays(Float64Array.from(values), top, PROBABILITIES);
      assert.is(observed, sorted.length);
      assert.equal(
        [...percentiles],
        [...PROBABILITIES].map((p) => percentileOfSorted(sorted, p)),
      );
      const bySort = values
        .map((_, day) => day)
        .filter((day) => !Number.isNaN(values[day]!))
        .sort((a, b) => values[b]! - values[a]! || a - b);
      assert.equal(days, bySort.slice(0, top));
    }),
    { numRuns: 60 },
  );
});

BusiestDays.run();
