import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { getISODay, getISOWeek } from 'date-fns';
import { MS_PER_DAY, parseDay } from '../../src/clock/day-number.js';
import { isoWeek, isoWeekday } from '../../src/calendar/iso-week.js';

const IsoWeek = suite('isoWeek');

IsoWeek('numbers the weeks around year ends where week 1 or 53 crosses the new year', () => {
  // 2020 began on a Wednesday and was a leap year, so it has 53 weeks, the last ending Sunday 3 January 2021.
  assert.is(isoWeek(parseDay('2020-12-31')!), 53);
  assert.is(isoWeek(parseDay('2021-01-03')!), 53);
  assert.is(isoWeek(parseDay('2021-01-04')!), 1);
  // 1 January 2023 was a Sunday: the last day of 2022's week 52.
  assert.is(isoWeek(parseDay('2023-01-01')!), 52);
  assert.is(isoWeek(parseDay('2023-01-02')!), 1);
  // 30 December 2024 was a Monday, and its week's Thursday is 2 January 2025: week 1.
  assert.is(isoWeek(parseDay('2024-12-29')!), 52);
  assert.is(isoWeek(parseDay('2024-12-30')!), 1);
  // 2024 began on a Monday: week 8 is 19–25 February (1 January + 7 × 7 days).
  assert.is(isoWeek(parseDay('2024-02-18')!), 7);
  assert.is(isoWeek(parseDay('2024-02-19')!), 8);
  assert.is(isoWeek(parseDay('2024-02-25')!), 8);
});

IsoWeek('names weekdays from Monday 1 to Sunday 7, before 1970 too', () => {
  assert.is(isoWeekday(0), 4); // 1970-01-01, a Thursday
  assert.is(isoWeekday(parseDay('2024-02-24')!), 6);
  assert.is(isoWeekday(parseDay('2024-02-25')!), 7);
  assert.is(isoWeekday(parseDay('1969-12-29')!), 1);
});

IsoWeek('agrees with date-fns on every day from 1960 to 2040', () => {
  // date-fns works on local Date objects; the tests run with TZ=UTC, so local midnight is the UTC day.
  for (let day = parseDay('1960-01-01')!; day <= parseDay('2040-12-31')!; day++) {
    const date = new Date(day * MS_PER_DAY);
    if (isoWeek(day) !== getISOWeek(date) || isoWeekday(day) !== getISODay(date)) assert.unreachable(`day ${day}`);
  }
});

IsoWeek.run();
