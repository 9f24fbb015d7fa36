import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CountColumnsBuilder } from '../../src/count-columns.js';
import { estimate } from '../../src/estimate.js';
import type { Model } from '../../src/model/model.js';

/** mulberry32: a small seeded generator, so the synthetic data is the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// SYNTHETIC: 37 areas × 1 000 days with decimals and 2 % blank cells, so sums round differently
// in every order and any change in summation order between paths would show.
const areaCount = 37;
const dayCount = 1000;
const next = random(7);
const builder = new CountColumnsBuilder('synthetic.csv', 'line');
const byArea: Record<string, number> = {};
for (let area = 0; area < areaCount; area++) {
  const code = String(1000 + area);
  byArea[code] = 500 + Math.round(next() * 3000);
  for (let day = 0; day < dayCount; day++) {
    builder.push(18000 + day, code, '', next() < 0.02 ? NaN : 100 + next() * 5000, area * dayCount + day + 2);
  }
}
const counts = builder.finish();
const model: Model = { name: 'Synthetic', uplift: 0.0637, deductions: { residents: { byArea }, throughTraffic: 1234.5 } };

const PoolMatchesInline = suite('worker pool');

PoolMatchesInline('gives bit-identical daily columns and summaries for 1, 2, 3 and 4 workers', async () => {
  const inline = await estimate(counts, model, { workers: 0, daily: true });
  const expected = JSON.stringify(inline.summary);
  for (const workers of [1, 2, 3, 4]) {
    const pooled = await estimate(counts, model, { workers, daily: true });
    assert.is(JSON.stringify(pooled.summary), expected, `${workers} workers`);
    assert.ok(Buffer.from(pooled.daily!.persons.buffer).equals(Buffer.from(inline.daily!.persons.buffer)), `persons, ${workers} workers`);
    assert.ok(Buffer.from(pooled.daily!.guestNights.buffer).equals(Buffer.from(inline.daily!.guestNights.buffer)), `guest-nights, ${workers} workers`);
    assert.ok(Buffer.from(pooled.grid.devices.buffer).equals(Buffer.from(inline.grid.devices.buffer)), `region sums, ${workers} workers`);
  }
  // The data has incomplete days: the region must have skipped some.
  assert.ok(inline.summary.incompleteDays > 0);
});

PoolMatchesInline.run();
