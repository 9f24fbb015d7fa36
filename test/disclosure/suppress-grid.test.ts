import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { blankSuppressed } from '../../src/disclosure/blank-suppressed.js';
import { markSmallCounts } from '../../src/disclosure/mark-small-counts.js';
import { suppressGrid } from '../../src/disclosure/suppress-grid.js';
import { thresholdOf } from '../../src/disclosure/suppression-status.js';

const MarkSmallCounts = suite('markSmallCounts');

MarkSmallCounts('marks counts below the threshold, zero included, and leaves missing ones alone', () => {
  const status = new Uint8Array(6);
  // 14 < 15 and 0 < 15 are small; 15 is not; NaN is no figure.
  assert.is(markSmallCounts(Float64Array.of(14, 15, 0, NaN, 400, 2.5), 15, status), 3);
  assert.equal([...status], [1, 0, 1, 0, 0, 1]);
});

MarkSmallCounts('reads only the range asked for', () => {
  const status = new Uint8Array(4);
  assert.is(markSmallCounts(Float64Array.of(1, 2, 3, 4), 5, status, 1, 3), 2);
  assert.equal([...status], [0, 1, 1, 0]);
});

MarkSmallCounts.run();

const SuppressGrid = suite('suppressGrid');

// 3 areas × 4 days, then the region's row (sums by hand):
// area 0:  500,   3, 480, 510
// area 1:  900, 950, NaN, 920
// area 2:   40,  12,  60,   7
// region: 1440, 965, NaN, 1437
const grid = Float64Array.of(500, 3, 480, 510, 900, 950, NaN, 920, 40, 12, 60, 7, 1440, 965, NaN, 1437);

SuppressGrid('suppresses small cells and the region days that hold them, and nothing else', () => {
  const { status, primaryCells, secondaryCells, threshold } = suppressGrid(grid, 3, 4);
  assert.equal([...status], [0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 2, 0, 2]);
  // Day 1 holds two small cells (3 and 12) but its region day is counted once.
  assert.equal([primaryCells, secondaryCells, threshold], [3, 2, 16]);
});

SuppressGrid('leaves a missing region day unmarked: it is not published', () => {
  // area 0 small on day 2, where area 1 is missing, so the region has no figure that day.
  const days = Float64Array.of(500, 9, 900, NaN, 1400, NaN);
  assert.equal([...suppressGrid(days, 2, 2).status], [0, 1, 0, 0, 0, 0]);
});

SuppressGrid('marks a small region day primary, with its areas', () => {
  const tiny = Float64Array.of(4, 300, 5, 310, 9, 610);
  assert.equal([...suppressGrid(tiny, 2, 2).status], [1, 0, 1, 0, 1, 0]);
});

SuppressGrid('takes another threshold (Telia’s 5), and refuses one that is not positive', () => {
  assert.equal([...suppressGrid(grid, 3, 4, { threshold: 5 }).status], [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0]);
  assert.throws(() => thresholdOf({ threshold: 0 }), /options.threshold must be a positive number/);
  assert.throws(() => thresholdOf({ threshold: NaN }), /options.threshold must be a positive number/);
});

SuppressGrid('finds nothing to suppress in a grid of large counts', () => {
  const { status, primaryCells, secondaryCells } = suppressGrid(Float64Array.of(100, 200, 300, 400, 400, 600), 2, 2);
  assert.equal([[...status], primaryCells, secondaryCells], [[0, 0, 0, 0, 0, 0], 0, 0]);
});

SuppressGrid.run();

const BlankSuppressed = suite('blankSuppressed');

BlankSuppressed('makes every suppressed cell missing in a copy, and keeps the sharing of the buffer', () => {
  const shared = new Float64Array(new SharedArrayBuffer(grid.byteLength));
  shared.set(grid);
  const blank = blankSuppressed(shared, suppressGrid(shared, 3, 4).status);
  assert.equal([...blank], [500, NaN, 480, 510, 900, 950, NaN, 920, 40, NaN, 60, NaN, 1440, NaN, NaN, NaN]);
  assert.ok(blank.buffer instanceof SharedArrayBuffer);
  assert.is(shared[1], 3, 'the input is left as it was');
});

BlankSuppressed.run();
