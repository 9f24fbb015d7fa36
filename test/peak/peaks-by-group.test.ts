import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { peaksByGroup } from '../../src/peak/peaks-by-group.js';

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

PeaksByGroup.run();
