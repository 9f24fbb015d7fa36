import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { clockHours } from '../../src/simulate/clock-hours.js';
import { buildDayCalendar, PERIOD_EASTER, PERIOD_NONE, PERIOD_WINTER_HOLIDAY } from '../../src/simulate/day-calendar.js';
import { dayOfDate } from '../../src/clock/day-number.js';

const Clock = suite('clockHours');

Clock('has 23 hours (no 02) on the last Sunday of March and 25 (02 twice) on the last Sunday of October', () => {
  assert.equal(clockHours(dayOfDate(2024, 3, 31)), [0, 1, ...Array.from({ length: 21 }, (_, k) => k + 3)]);
  assert.equal(clockHours(dayOfDate(2024, 10, 27)).slice(0, 5), [0, 1, 2, 2, 3]);
  assert.is(clockHours(dayOfDate(2024, 10, 27)).length, 25);
  assert.is(clockHours(dayOfDate(2024, 10, 20)).length, 24);
  assert.is(clockHours(dayOfDate(2025, 3, 30)).length, 23, '2025: 30 March');
});

Clock.run();

const Calendar = suite('buildDayCalendar');

Calendar('marks Easter 2024 from the Saturday before Palm Sunday to Easter Monday, with its public holidays', () => {
  const calendar = buildDayCalendar(dayOfDate(2024, 3, 22), 12); // 22 March to 2 April
  assert.equal(Array.from(calendar.period), [
    PERIOD_NONE,
    PERIOD_EASTER,
    PERIOD_EASTER,
    PERIOD_EASTER,
    PERIOD_EASTER,
    PERIOD_EASTER,
    PERIOD_EASTER,
    PERIOD_EASTER,
    PERIOD_EASTER,
    PERIOD_EASTER,
    PERIOD_EASTER,
    PERIOD_NONE,
  ]);
  // Maundy Thursday 28, Good Friday 29, Easter Sunday 31, Easter Monday 1 April.
  assert.equal(Array.from(calendar.publicHoliday), [0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 0]);
  // Weekend nights: Fri 22, Sat 23, Wed 27 (eve of Thursday), Thu 28, Fri 29, Sat 30, Sun 31 (eve of Monday).
  assert.equal(Array.from(calendar.weekendNight), [1, 1, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0]);
});

Calendar('puts the winter holiday on ISO weeks 8 and 9 and the weekend before', () => {
  // 2024: week 8 starts Monday 19 February; the holiday runs Saturday 17 February to Sunday 3 March.
  const calendar = buildDayCalendar(dayOfDate(2024, 2, 16), 18);
  assert.equal(
    Array.from(calendar.period).map((period) => (period === PERIOD_WINTER_HOLIDAY ? 1 : 0)),
    [0, ...Array(16).fill(1), 0],
  );
});

Calendar.run();
