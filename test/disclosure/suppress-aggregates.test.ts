import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { calendarMonths } from '../../src/calendar/calendar-months.js';
import { parseDay } from '../../src/clock/day-number.js';
import { countSuppressedDays, rangeOfPositions, suppressAggregates, yearOfDay } from '../../src/disclosure/suppress-aggregates.js';
import { suppressedCells } from '../../src/disclosure/suppression-status.js';
import { markSmallCounts } from '../../src/disclosure/mark-small-counts.js';

const SuppressAggregates = suite('suppressAggregates');

SuppressAggregates('suppresses each group of days of a row that holds a suppressed cell', () => {
  // 2 areas and the region × 6 days in 3 groups of 2; area 0 small on day 3, so region day 3 too.
  const status = Uint8Array.of(0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0);
  const [groups] = suppressAggregates(status, 6, [{ groupOfDay: Uint8Array.of(0, 0, 1, 1, 2, 2), groupCount: 3 }]);
  assert.equal([...groups!], [0, 2, 0, 0, 0, 0, 0, 2, 0]);
});

SuppressAggregates('counts the suppressed days of each group, the blank way’s withheld days', () => {
  // Area 0 small on days 2 and 3 (groups 1, 1), area 1 on day 0 (group 0); the region secondary on 0, 2 and 3.
  const status = Uint8Array.of(0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 2, 0, 2, 2, 0, 0);
  const [groups] = countSuppressedDays(status, 6, [{ groupOfDay: Uint8Array.of(0, 0, 1, 1, 2, 2), groupCount: 3 }]);
  assert.equal([...groups!], [0, 2, 0, 1, 0, 0, 1, 2, 0]);
});

SuppressAggregates('suppresses the whole span with one group, and serves several groupings in one call', () => {
  const [span, halves] = suppressAggregates(Uint8Array.of(0, 0, 0, 1), 2, [
    { groupOfDay: new Uint8Array(2), groupCount: 1 },
    { groupOfDay: Uint8Array.of(0, 1), groupCount: 2 },
  ]);
  assert.equal(
    [[...span!], [...halves!]],
    [
      [0, 2],
      [0, 0, 0, 2],
    ],
  );
});

SuppressAggregates('finds suppressed cells past the last whole word of the status', () => {
  // 7 cells: one word of 4, then 3 read one by one.
  assert.equal([...suppressedCells(Uint8Array.of(0, 0, 0, 0, 0, 0, 2))], [6]);
  assert.equal([...suppressedCells(Uint8Array.of(0, 1, 0, 0, 2, 0, 0))], [1, 4]);
  assert.equal([...suppressedCells(new Uint8Array(9).subarray(1))], []);
});

SuppressAggregates.run();

const Ranges = suite('rangeOfPositions and yearOfDay');

Ranges('gives each day its month and its year', () => {
  // 2023-12-30 and 2023-12-31, then all of January and 1 February 2024: 34 days.
  const months = calendarMonths(parseDay('2023-12-30')!, 34);
  const month = rangeOfPositions(months.monthStart);
  assert.equal([month[0], month[1], month[2], month[32], month[33]], [0, 0, 1, 1, 2]);
  const year = yearOfDay(months.monthStart, months.yearOfMonth);
  assert.equal([year[1], year[2], year[33]], [0, 1, 1]);
});

Ranges('gives each hourly slot its day, 23 slots on the spring day', () => {
  const slots = rangeOfPositions(Int32Array.of(0, 24, 47, 71));
  assert.equal([slots[23], slots[24], slots[46], slots[47], slots[70], slots.length], [0, 1, 1, 2, 2, 71]);
});

Ranges('with markSmallCounts, suppresses each day of an hour grid that holds a small hour', () => {
  // One area, two days of 24 hourly slots; 3 devices at 04 on the second day.
  const hours = new Float64Array(48).fill(120);
  hours[24 + 4] = 3;
  const status = new Uint8Array(48);
  assert.is(markSmallCounts(hours, 16, status), 1);
  const [days] = suppressAggregates(status, 48, [{ groupOfDay: rangeOfPositions(Int32Array.of(0, 24, 48)), groupCount: 2 }]);
  assert.equal([...days!], [0, 2]);
});

Ranges.run();
