import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { calendarMonths } from '../../src/calendar/calendar-months.js';
import { parseDay } from '../../src/clock/day-number.js';

const CalendarMonths = suite('calendarMonths');

CalendarMonths('splits a span into its calendar months, February 2024 with 29 days', () => {
  // 2024-01-31 + 39 days = 2024-03-10: 1 day of January, 29 of February, 10 of March.
  const months = calendarMonths(parseDay('2024-01-31')!, 40);
  assert.equal(months.labels, ['2024-01', '2024-02', '2024-03']);
  assert.equal([...months.monthStart], [0, 1, 30, 40]);
  assert.equal(months.yearOfMonth, [2024, 2024, 2024]);
});

CalendarMonths('lists the years touched with their lengths', () => {
  const months = calendarMonths(parseDay('2023-12-31')!, 2);
  assert.equal(months.years, [
    { year: 2023, daysInYear: 365 },
    { year: 2024, daysInYear: 366 },
  ]);
  assert.equal(months.labels, ['2023-12', '2024-01']);
});

CalendarMonths.run();
