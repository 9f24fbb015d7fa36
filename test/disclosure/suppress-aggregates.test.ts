import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { calendarMonths } from '../../src/calendar/calendar-months.js';
import { parseDay } from '../../src/clock/day-number.js';
import { rangeOfPositions, suppressAggregates, yearOfDay } from '../../src/disclosure/suppress-aggregates.js';

const SuppressAggregates = suite('suppressAggregates');

SuppressAggregates('suppresses each group of days of a row that holds a suppressed cell', () => {
  // 2 areas and the region × 6 days in 3 groups of 2; area 0 small on day 3, so region day 3 too.
  const status = Uint8Array.of(0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0);
  const groups = suppressAggregates(status, 6, Uint8Array.of(0, 0, 1, 1, 2, 2), 3);
  assert.equal([...groups], [0, 2, 0, 0, 0, 0, 0, 2, 0]);
});

SuppressAggregates('suppresses the whole span with one group', () => {
  assert.equal([...suppressAggregates(Uint8Array.of(0, 0, 0, 1), 2, new Uint8Array(2), 1)], [0, 2]);
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

Ranges.run();
