import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseDay } from '../../src/clock/day-number.js';
import { formatMonthDay, monthDayOfDay, parseMonthDay } from '../../src/calendar/month-day.js';

const MonthDay = suite('month-day');

MonthDay('numbers the days of a leap year from 0, with 29 February at 59', () => {
  assert.is(parseMonthDay('01-01'), 0);
  assert.is(parseMonthDay('02-29'), 31 + 28);
  assert.is(parseMonthDay('03-01'), 31 + 29);
  assert.is(parseMonthDay('12-31'), 365);
});

MonthDay('refuses days that no year has, and other formats', () => {
  for (const text of ['02-30', '04-31', '13-01', '00-10', '01-00', '2-05', '02-5', '0229', '2024-02-29', '']) assert.is(parseMonthDay(text), undefined, text);
});

MonthDay('gives 1 March the same month-day in common and leap years', () => {
  assert.is(monthDayOfDay(parseDay('2023-03-01')!), 60);
  assert.is(monthDayOfDay(parseDay('2024-03-01')!), 60);
  assert.is(monthDayOfDay(parseDay('2023-02-28')!), 58);
  assert.is(monthDayOfDay(parseDay('2024-02-29')!), 59);
  assert.is(monthDayOfDay(parseDay('2023-12-31')!), 365);
});

MonthDay('writes every month-day back as the MM-DD it came from', () => {
  for (let monthDay = 0; monthDay < 366; monthDay++) assert.is(parseMonthDay(formatMonthDay(monthDay)), monthDay);
  assert.is(formatMonthDay(59), '02-29');
});

MonthDay.run();
