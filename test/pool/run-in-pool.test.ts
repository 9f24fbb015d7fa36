import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PoolError } from '../../src/errors.js';
import { runInPool } from '../../src/pool/run-in-pool.js';
import { splitRange } from '../../src/pool/split-range.js';

const SplitRange = suite('splitRange');

SplitRange('splits into near-equal contiguous ranges, longer ones first', () => {
  assert.equal(splitRange(7, 3), [
    [0, 3],
    [3, 5],
    [5, 7],
  ]);
  assert.equal(splitRange(6, 2), [
    [0, 3],
    [3, 6],
  ]);
});

SplitRange('makes no empty range when there are more parts than items', () => {
  assert.equal(splitRange(2, 5), [
    [0, 1],
    [1, 2],
  ]);
  assert.equal(splitRange(1, 1), [[0, 1]]);
});

SplitRange.run();

const RunInPool = suite('runInPool');

RunInPool('turns a failing worker into a PoolError with the worker error as cause, and returns', async () => {
  const grid = {
    devices: new SharedArrayBuffer(8 * 4),
    deductions: new SharedArrayBuffer(8 * 4),
    stats: new SharedArrayBuffer(8 * 10),
    groups: new SharedArrayBuffer(8 * 12),
  };
  const numbers = { dayCount: 2, personsPerDevice: 1, monthStart: Int32Array.of(0, 2), dayGroup: new Uint16Array(2), seasonCount: 1, dayTypeCount: 1 };
  const workerFile = new URL('../helpers/failing-worker.js', import.meta.url).href;
  try {
    await runInPool(grid, numbers, { rows: 2, threads: 2, workerFile });
    assert.unreachable('no error');
  } catch (error) {
    assert.instance(error, PoolError);
    assert.is((error as PoolError).code, 'E_POOL');
    assert.match((error as Error).message, /^a worker failed in the model step: injected worker fault/);
    assert.is(((error as Error).cause as Error).message, 'injected worker fault');
  }
});

RunInPool('fails with a PoolError, not a crash, when the worker cannot even load', async () => {
  const grid = {
    devices: new SharedArrayBuffer(8 * 4),
    deductions: new SharedArrayBuffer(8 * 4),
    stats: new SharedArrayBuffer(8 * 10),
    groups: new SharedArrayBuffer(8 * 12),
  };
  const numbers = { dayCount: 2, personsPerDevice: 1, monthStart: Int32Array.of(0, 2), dayGroup: new Uint16Array(2), seasonCount: 1, dayTypeCount: 1 };
  const workerFile = new URL('../helpers/no-such-worker.js', import.meta.url).href;
  const error = await runInPool(grid, numbers, { rows: 2, threads: 2, workerFile }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  assert.instance(error, PoolError);
  assert.match((error as Error).message, /^a worker failed in the model step: Cannot find module/);
});

RunInPool.run();
