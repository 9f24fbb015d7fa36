import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { rankHistogram, selectFromHistogram, selectQuantiles, selectRankPairBetween, selectRankPairs } from '../../src/kernels/select-quantiles.js';
import { mulberry32 } from '../helpers/hallingdal-devices.js';

/** Type-7 quantiles by sorting a copy: the independent answer. */
function sortedQuantiles(values: ArrayLike<number>, probabilities: number[]): number[] {
  const sorted = Float64Array.from(values).sort();
  return probabilities.map((p) => {
    const h = (sorted.length - 1) * p;
    const low = Math.floor(h);
    const high = Math.min(low + 1, sorted.length - 1);
    return sorted[low]! + (h - low) * (sorted[high]! - sorted[low]!);
  });
}

const Select = suite('selectQuantiles');

Select('gives 2.5 and 3.7 for the median and p90 of 1, 2, 3, 4', () => {
  const out = new Float64Array(2);
  selectQuantiles(Float64Array.of(4, 1, 3, 2), 0, 4, Float64Array.of(0.5, 0.9), out, 0);
  // h = 1.5 → 2 + 0.5 × (3 − 2); h = 2.7 → 3 + 0.7 × (4 − 3)
  assert.equal([...out], [2.5, 3.7]);
});

Select('equals the sorted type-7 quantiles on columns large enough for the histogram, ties and outliers included', () => {
  let histogramRuns = 0;
  fc.assert(
    fc.property(
      fc.integer({ min: 1024, max: 6000 }),
      fc.integer({ min: 0, max: 1e9 }),
      fc.constantFrom('spread', 'ties', 'outlier', 'constant'),
      (length, seed, shape) => {
        const random = mulberry32(seed);
        const values = Float64Array.from({ length }, () => {
          const u = random();
          if (shape === 'ties') return Math.floor(u * 7);
          if (shape === 'constant') return 42;
          if (shape === 'outlier' && u < 0.001) return 1e12;
          return (u - 0.3) * 1e6;
        });
        const probabilities = [0, 0.025, 0.05, 0.5, 0.5001, 0.95, 1];
        const expected = sortedQuantiles(values, probabilities);
        const out = new Float64Array(probabilities.length);
        selectQuantiles(values, 0, length, Float64Array.from(probabilities), out, 0);
        histogramRuns++;
        assert.equal([...out], expected);
      },
    ),
    { numRuns: 60 },
  );
  assert.is(histogramRuns, 60);
});

Select('falls back to quickselect for NaN-free small columns and gives NaN for none', () => {
  const out = new Float64Array(2);
  selectQuantiles(Float64Array.of(5, -1, 3), 0, 3, Float64Array.of(0.5, 1), out, 0);
  assert.equal([...out], [3, 5]);
  selectQuantiles(new Float64Array(0), 0, 0, Float64Array.of(0.5, 1), out, 0);
  assert.ok(out.every(Number.isNaN));
});

Select.run();

const Histogram = suite('selectFromHistogram');

Histogram('selects from a histogram the caller fills with bounds wider than the values', () => {
  const random = mulberry32(9);
  const values = Float64Array.from({ length: 5000 }, () => 100 + random() * 50);
  const histogram = rankHistogram(values.length, 0, 1000)!;
  values.forEach((value, index) => {
    const bucket = ((value - histogram.least) * histogram.scale) | 0;
    histogram.counts[bucket]!++;
    histogram.next[index] = histogram.head[bucket]!;
    histogram.head[bucket] = index;
  });
  const low = new Float64Array(3);
  const high = new Float64Array(3);
  assert.ok(selectFromHistogram((index) => values[index]!, histogram, Float64Array.of(0.05, 0.5, 0.95), low, high));
  const expected = sortedQuantiles(values, [0.05, 0.5, 0.95]);
  // h = 4999 × p: the fraction of h between low and high.
  [0.05, 0.5, 0.95].forEach((p, index) => {
    const h = 4999 * p;
    assert.is(low[index]! + (h - Math.floor(h)) * (high[index]! - low[index]!), expected[index]);
  });
});

Histogram('declines when a value was left out of the counts, and selectRankPairs still answers', () => {
  const values = Float64Array.from({ length: 2000 }, (_, index) => index);
  const histogram = rankHistogram(values.length, 0, 1999)!;
  values.forEach((value, index) => {
    if (index === 7) return;
    const bucket = ((value - histogram.least) * histogram.scale) | 0;
    histogram.counts[bucket]!++;
    histogram.next[index] = histogram.head[bucket]!;
    histogram.head[bucket] = index;
  });
  const low = new Float64Array(1);
  const high = new Float64Array(1);
  assert.is(
    selectFromHistogram((index) => values[index]!, histogram, Float64Array.of(0.5), low, high),
    false,
  );
  selectRankPairs(values, Float64Array.of(0.5), low, high);
  // h = 1999 × 0.5 = 999.5: ranks 999 and 1000.
  assert.equal([low[0], high[0]], [999, 1000]);
});

Histogram.run();

const Between = suite('selectRankPairBetween');

Between('gives the values of a rank and the next, as a sort does, ties and equal bounds included', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 1e9 }), fc.constantFrom('spread', 'ties', 'constant'), (length, seed, shape) => {
      const random = mulberry32(seed);
      const values = Float64Array.from({ length }, () => (shape === 'constant' ? 7 : shape === 'ties' ? Math.floor(random() * 5) : random() * 1000 - 300));
      const sorted = Float64Array.from(values).sort();
      // Bounds as wide as the values, or wider.
      const [least, greatest] = [sorted[0]! - (seed % 2) * 10, sorted[length - 1]!];
      const before = Float64Array.from(values);
      for (const rank of [0, Math.floor(length / 3), length - 1]) {
        const [low, high] = [new Float64Array(1), new Float64Array(1)];
        selectRankPairBetween(values, length, least, greatest, rank, low, high, 0);
        assert.equal([low[0], high[0]], [sorted[rank], sorted[Math.min(rank + 1, length - 1)]], `rank ${rank} of ${length}`);
      }
      assert.equal(values, before, 'the values are not reordered');
    }),
    { numRuns: 200 },
  );
});

Between.run();
