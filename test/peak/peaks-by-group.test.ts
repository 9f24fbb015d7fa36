import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { peaksByGroup } from '../../src/peak/peaks-by-group.js';
import { percentileOfSorted } from '../../src/kernels/percentile.js';

const PeaksByGroup = suite('peaksByGroup');

PeaksByGroup('gives each group its observed days, maximum and p95, skipping unobserved days', () => {
  // Group 0: 10, 20, 40 → p95: h = 2 × 0.95 = 1.9 → 20 + 0.9 × 20 = 38. Group 1: 30 (the NaN is
  // no observation). Group 2: no day.
  const peaks = peaksByGroup(Float64Array.of(40, 30, 10, NaN, 20), Uint8Array.of(0, 1, 0, 1, 0), 3);
  assert.is(peaks[0]!.days, 3);
  assert.is(peaks[0]!.max, 40);
  assert.ok(Math.abs(peaks[0]!.p95! - 38) < 1e-9);
  assert.equal(peaks[1], { days: 1, max: 30, p95: 30 });
  assert.equal(peaks[2], { days: 0, max: null, p95: null });
});

PeaksByGroup('gives the maximum and p95 a sort of each group gives', () => {
  const days = fc.array(
    fc.tuple(fc.oneof(fc.constant(NaN), fc.double({ min: 0, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 3 })), fc.integer({ min: 0, max: 3 })),
    {
      maxLength: 400,
    },
  );
  fc.assert(
    fc.property(days, (pairs) => {
      const values = Float64Array.from(pairs, ([value]) => value);
      const groups = Uint8Array.from(pairs, ([, group]) => group);
      const peaks = peaksByGroup(values, groups, 4);
      for (let group = 0; group < 4; group++) {
        const sorted = values.filter((value, day) => groups[day] === group && !Number.isNaN(value)).sort();
        const expected =
          sorted.length === 0
            ? { days: 0, max: null, p95: null }
            : { days: sorted.length, max: sorted[sorted.length - 1]!, p95: percentileOfSorted(sorted, 0.95) };
        assert.equal(peaks[group], expected);
      }
    }),
  );
});

PeaksByGroup.run();
