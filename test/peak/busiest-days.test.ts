import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { busiestDays } from '../../src/peak/busiest-days.js';

const BusiestDays = suite('busiestDays: the busiest days by selection');

BusiestDays('ranks busiest first and the earlier of equals first, worked by hand', () => {
  const { observed, sorted, top } = busiestDays(Float64Array.of(5, NaN, 9, 9, 1, 7), 3);
  assert.is(observed, 5);
  assert.equal([...sorted], [1, 5, 7, 9, 9]);
  assert.equal(top, [2, 3, 5]);
  assert.equal(busiestDays(Float64Array.of(NaN, NaN), 3), { observed: 0, sorted: new Float64Array(0), top: [] });
});

BusiestDays('gives the days a sort of every day gives, ties and gaps included', () => {
  // Few distinct values, so that ties at the threshold are common.
  const series = fc.array(fc.oneof(fc.constant(NaN), fc.integer({ min: 0, max: 6 })), { maxLength: 60 });
  fc.assert(
    fc.property(series, fc.integer({ min: 1, max: 12 }), (values, top) => {
      const days = values.map((_, day) => day).filter((day) => !Number.isNaN(values[day]!));
      const bySort = days.sort((a, b) => values[b]! - values[a]! || a - b).slice(0, top);
      assert.equal(busiestDays(Float64Array.from(values), top).top, bySort);
    }),
  );
});

BusiestDays.run();
