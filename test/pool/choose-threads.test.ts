import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { availableParallelism } from 'node:os';
import { chooseDrawThreads, chooseScanThreads, chooseThreads, maxThreads, workersNote } from '../../src/pool/choose-threads.js';

const ChooseThreads = suite('thread counts are capped at the cores');

ChooseThreads('never asks for more threads than cores, however many workers are asked for', () => {
  const cores = availableParallelism();
  assert.is(maxThreads(), cores);
  assert.is(chooseThreads(100_000, 10), cores);
  assert.is(chooseDrawThreads(100_000, 10), cores);
  assert.is(chooseScanThreads(100_000), cores);
  // Within the cores, as asked.
  assert.is(chooseThreads(1, 10), 1);
  assert.is(chooseThreads(0, 10), 0);
});

ChooseThreads('draws auto in a pool of a thread per core but the calling one, which works beside it', () => {
  const cores = availableParallelism();
  assert.is(chooseDrawThreads('auto', 7 * 10_000), 0);
  assert.is(chooseDrawThreads('auto', 358 * 10_000), Math.min(cores - 1, 8));
});

ChooseThreads('gives a note only when the workers asked for are more than the cores', () => {
  const cores = availableParallelism();
  assert.is(workersNote(100_000), `--workers 100000 is more than the ${cores} cores this machine offers; using ${cores}`);
  assert.is(workersNote(cores), undefined);
  assert.is(workersNote('auto'), undefined);
});

ChooseThreads('refuses a worker count that is not a whole number ≥ 0', () => {
  assert.throws(() => chooseThreads(-1, 10), /options\.workers must be a whole number ≥ 0 or 'auto', got -1/);
  assert.throws(() => chooseDrawThreads(1.5, 10), /got 1\.5/);
});

ChooseThreads.run();
