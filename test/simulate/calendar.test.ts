import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { clockHours } from '../../src/simulate/clock-hours.js';
import { buildDayCalendar, PERIOD_EASTER, PERIOD_NONE, PERIOD_WINTER_HOLIDAY } from '../../src/simulate/day-calendar.js';
import { civilOfDay, dayOfCivil, formatIsoDay, parseIsoDay, weekdayOf } from '../../src/simulate/day-number.js';
import { easterSunday } from '../../src/simulate/easter-sunday.js';

const DayNumbers = suite('day numbers');

DayNumbers('agree with the calendar around leap days and before 1970', () => {
  assert.is(dayOfCivil(1970, 1, 1), 0);
  assert.is(dayOfCivil(2024, 2, 29), 19_782);
  assert.equal(civilOfDay(19_782), { year: 2024, month: 2, day: 29 });
  assert.equal(civilOfDay(-1), { year: 1969, month: 12, day: 31 });
  assert.is(parseIsoDay('2023-02-29'), undefined);
  assert.is(formatIsoDay(parseIsoDay('2000-12-31')!), '2000-12-31');
  assert.is(weekdayOf(dayOfCivil(2024, 3, 31)), 6, 'a Sunday');
});

DayNumbers.run();

const Easter = suite('easterSunday');

Easter('gives the Easter Sundays of the almanac', () => {
  // Norwegian almanac: 31 March 2024, 20 April 2025, 9 April 2023, 5 April 2026.
  assert.equal([2023, 2024, 2025, 2026].map((year) => formatIsoDay(easterSunday(year))), ['2023-04-09', '2024-03-31', '2025-04-20', '2026-04-05']);
});

Easter.run();

const Clock = suite('clockHours');

Clock('has 23 hours (no 02) on the last Sunday of March and 25 (02 twice) on the last Sunday of October', () => {
  assert.equal(clockHours(dayOfCivil(2024, 3, 31)), [0, 1, ...Array.from({ length: 21 }, (_, k) => k + 3)]);
  assert.equal(clockHours(dayOfCivil(2024, 10, 27)).slice(0, 5), [0, 1, 2, 2, 3]);
  assert.is(clockHours(dayOfCivil(2024, 10, 27)).length, 25);
  assert.is(clockHours(dayOfCivil(2024, 10, 20)).length, 24);
  assert.is(clockHours(dayOfCivil(2025, 3, 30)).length, 23, '2025: 30 March');
});

Clock.run();

const Calendar = suite('buildDayCalendar');

Calendar('marks Easter 2024 from the Saturday before Palm Sunday to Easter Monday, with its public holidays', () => {
  const calendar = buildDayCalendar(dayOfCivil(2024, 3, 22), 12); // 22 March to 2 April
  assert.equal(Array.from(calendar.period), [PERIOD_NONE, PERIOD_EASTER, PERIOD_EASTER, PERIOD_EASTER, PERIOD_EASTER, PERIOD_EASTER, PERIOD_EASTER, PERIOD_EASTER, PERIOD_EASTER, PERIOD_EASTER, PERIOD_EASTER, PERIOD_NONE]);
  // Maundy Thursday 28, Good Friday 29, Easter Sunday 31, Easter Monday 1 April.
  assert.equal(Array.from(calendar.publicHoliday), [0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 0]);
  // Weekend nights: Fri 22, Sat 23, Wed 27 (eve of Thursday), Thu 28, Fri 29, Sat 30, Sun 31 (eve of Monday).
  assert.equal(Array.from(calendar.weekendNight), [1, 1, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0]);
});

Calendar('puts the winter holiday on ISO weeks 8 and 9 and the weekend before', () => {
  // 2024: week 8 starts Monday 19 February; the holiday runs Saturday 17 February to Sunday 3 March.
  const calendar = buildDayCalendar(dayOfCivil(2024, 2, 16), 18);
  assert.equal(Array.from(calendar.period).map((period) => (period === PERIOD_WINTER_HOLIDAY ? 1 : 0)), [0, ...Array(16).fill(1), 0]);
});

Calendar.run();
