import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { syntheticCounts, syntheticModel } from '../../bench/data-gen.js';
import { estimate } from '../../src/pipeline/estimate.js';
import type { Model } from '../../src/model/model.js';

// SYNTHETIC: 37 areas × 1 000 days with half-unit decimals and ~1 % blank cells, so sums round
// differently in every order and any change in summation order between paths would show.
const counts = syntheticCounts(37, 1000, 7);
const perArea = syntheticModel(37);
// A region-wide deduction as well: areas then have no guest-nights (NaN paths).
const model: Model = { ...perArea, deductions: { ...perArea.deductions, throughTraffic: 1234.5 } };

const PoolMatchesInline = suite('worker pool');

PoolMatchesInline('gives bit-identical daily columns and summaries for 1, 2, 3 and 4 workers', async () => {
  const inline = await estimate(counts, model, { workers: 0, daily: true });
  const expected = JSON.stringify(inline.summary);
  for (const workers of [1, 2, 3, 4]) {
    const pooled = await estimate(counts, model, { workers, daily: true });
    assert.is(JSON.stringify(pooled.summary), expected, `${workers} workers`);
    assert.ok(Buffer.from(pooled.daily.persons.buffer).equals(Buffer.from(inline.daily.persons.buffer)), `persons, ${workers} workers`);
    assert.ok(Buffer.from(pooled.daily.guestNights.buffer).equals(Buffer.from(inline.daily.guestNights.buffer)), `guest-nights, ${workers} workers`);
    assert.ok(
      Buffer.from(pooled.grid.devices.buffer).equals(Buffer.from(inline.grid.devices.buffer)),
      `devices and region sums left as they were, ${workers} workers`,
    );
  }
  // The data has incomplete days: the region must have skipped some.
  assert.ok(inline.summary.incompleteDays > 0);
});

PoolMatchesInline.run();
