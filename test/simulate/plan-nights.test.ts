import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { inferHomes } from '../../src/simulate/plan-nights.js';
import type { PersistentUnits } from '../../src/simulate/population.js';

const InferHomes = suite('inferHomes');

InferHomes('takes a unit for a resident where it spends more than half the nights of the month', () => {
  // Three units in a 30-night month: 16 nights at base 2 (home 2); 15 at base 2 (no home);
  // a night-shift worker with base 0 and work 1: 20 nights at work, 10 at home (home 1).
  const days = 30;
  const units = { count: 3, base: Int16Array.of(2, 2, 0), work: Int16Array.of(-1, -1, 1) } as PersistentUnits;
  const nightLoc = new Int16Array(3 * (days + 1)).fill(-1);
  for (let k = 0; k < 16; k++) nightLoc[0 * (days + 1) + 1 + k] = 2;
  for (let k = 0; k < 15; k++) nightLoc[1 * (days + 1) + 1 + k] = 2;
  for (let k = 0; k < days; k++) nightLoc[2 * (days + 1) + 1 + k] = k < 20 ? 1 : 0;
  const home = new Int16Array(3);
  inferHomes(units, nightLoc, days, 0.5, home);
  assert.equal(Array.from(home), [2, -1, 1]);
});

InferHomes('does not count the night before the month (column 0)', () => {
  const days = 2;
  const units = { count: 1, base: Int16Array.of(0), work: Int16Array.of(-1) } as PersistentUnits;
  // Before the month: at base; the month's two nights: 1 at base. 1 of 2 is not more than half.
  const home = new Int16Array(1);
  inferHomes(units, Int16Array.of(0, 0, -1), days, 0.5, home);
  assert.equal(Array.from(home), [-1]);
});

InferHomes.run();
