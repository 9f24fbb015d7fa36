import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { dayOfDate, formatDay, parseDay, yearMonthOfDay } from '../../src/clock/day-number.js';

const ParseDay = suite('parseDay');

ParseDay('counts days from 1970-01-01', () => {
  assert.is(parseDay('1970-01-01'), 0);
  assert.is(parseDay('1970-02-01'), 31);
  // 2024-02-29: 54 years, 13 of them leap (1972 … 2020), plus 31 + 28 days into 2024.
  assert.is(parseDay('2024-02-29'), 54 * 365 + 13 + 31 + 28);
});

ParseDay('refuses dates that do not exist and other formats', () => {
  for (const text of ['2023-02-29', '2023-13-01', '2023-04-31', '2023-00-10', '31.12.2023', '2023/01/01', '2023-1-01', '', ' 2023-01-01']) {
    assert.is(parseDay(text), undefined, text);
  }
});

ParseDay('reads years before 100 as written, not as 19xx', () => {
  // 0050-01-01 is 1 920 years before 1970-01-01: 465 of those years are leap years (Julian-free proleptic Gregorian).
  const leapYears = Array.from({ length: 1920 }, (_, i) => 50 + i).filter((y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0).length;
  assert.is(parseDay('0050-01-01'), -(1920 * 365 + leapYears));
});

ParseDay('formats day numbers back to the same text', () => {
  for (const text of ['1970-01-01', '1999-12-31', '2024-02-29', '2025-03-30']) assert.is(formatDay(parseDay(text)!), text);
});

ParseDay('gives the calendar year and month of a day', () => {
  assert.equal(yearMonthOfDay(parseDay('2024-12-31')!), { year: 2024, month: 12 });
  assert.equal(yearMonthOfDay(parseDay('2025-01-01')!), { year: 2025, month: 1 });
});

ParseDay("gives the day number of a date given as numbers, rolling over past a month's end", () => {
  // 2024-02-29 as counted in the first test; 2023-12-31 is 60 days before it (31 + 29).
  assert.is(dayOfDate(2024, 2, 29), 54 * 365 + 13 + 31 + 28);
  assert.is(dayOfDate(2024, 1, 0), 54 * 365 + 13 + 31 + 28 - 60);
  assert.is(dayOfDate(2023, 13, 1), dayOfDate(2024, 1, 1));
});

ParseDay.run();
