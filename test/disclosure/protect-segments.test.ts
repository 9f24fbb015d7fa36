import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { protectSegments } from '../../src/disclosure/protect-segments.js';

const ProtectSegments = suite('protectSegments');

/** One area × one day per case, region row after: segments given as their area cell. */
function oneCell(...values: number[]) {
  return values.map((value) => Float64Array.of(value, value));
}

ProtectSegments('suppresses a small segment with the largest other, and the cell’s guest-nights', () => {
  // home 3 < 16; adding foreign (900) gives two suppressed summing 903 ≥ 16.
  const { status, guestNights, primaryCells, secondaryCells } = protectSegments(oneCell(3, 40, 900), 1, 1);
  assert.equal(
    status.map((segment) => segment[0]),
    [1, 0, 2],
  );
  assert.equal([...guestNights], [2, 2]);
  assert.equal([primaryCells, secondaryCells], [1, 1]);
});

ProtectSegments('adds a partner when two small segments sum below the threshold', () => {
  // 3 + 4 = 7 < 16: the total less the published 500 would bound each by 7, so 500 goes too.
  assert.equal(
    protectSegments(oneCell(3, 4, 500), 1, 1).status.map((segment) => segment[0]),
    [1, 1, 2],
  );
});

ProtectSegments('adds nothing when the small segments already sum to the threshold', () => {
  // 9 + 8 = 17 ≥ 16: each lies in [0, 17].
  assert.equal(
    protectSegments(oneCell(9, 8, 500), 1, 1).status.map((segment) => segment[0]),
    [1, 1, 0],
  );
});

ProtectSegments('leaves cells whose total is small, or missing, to the grid', () => {
  const { status, guestNights, primaryCells } = protectSegments([Float64Array.of(3, NaN, 3), Float64Array.of(4, 500, 504)], 2, 1);
  assert.equal([status[0]![0], status[0]![1], status[1]![0], status[1]![1]], [0, 0, 0, 0]);
  assert.equal([[...guestNights], primaryCells], [[0, 0, 0], 0]);
});

ProtectSegments('marks the region day of a cell with a suppressed segment, not the other days', () => {
  // 2 areas × 2 days; area 1 day 0 has a small home segment.
  const home = Float64Array.of(100, 120, 6, 90, 106, 210);
  const visitors = Float64Array.of(300, 310, 200, 250, 500, 560);
  assert.equal([...protectSegments([home, visitors], 2, 2).guestNights], [0, 0, 2, 0, 2, 0]);
});

ProtectSegments.run();
