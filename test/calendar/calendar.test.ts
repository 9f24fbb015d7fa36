import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { formatDay, parseDay } from '../../src/clock/day-number.js';
import { buildCalendar, dayGroups, DAY_TYPES, type Calendar } from '../../src/calendar/calendar.js';
import { ModelError } from '../../src/errors.js';

const BuildCalendar = suite('buildCalendar');

const seasonOn = (calendar: Calendar, date: string) => calendar.seasonNames[calendar.season[parseDay(date)! - calendar.firstDay]!];
const dayTypeOn = (calendar: Calendar, date: string) => DAY_TYPES[calendar.dayType[parseDay(date)! - calendar.firstDay]!];
// 2023 and 2024: 365 + 366 days.
const twoYears = buildCalendar(parseDay('2023-01-01')!, 731);

BuildCalendar("puts the boundary days of Hemsedal's seasons in the low season", () => {
  assert.equal(twoYears.seasonNames, ['low', 'high']);
  for (const year of ['2023', '2024']) {
    const seasons = ['04-14', '04-15', '06-15', '06-16', '10-14', '10-15', '12-15', '12-16'].map((date) => seasonOn(twoYears, `${year}-${date}`));
    assert.equal(seasons, ['high', 'low', 'low', 'high', 'high', 'low', 'low', 'high'], year);
  }
  assert.is(seasonOn(twoYears, '2024-02-29'), 'high');
});

BuildCalendar('counts 124 low-season days a year, leap or not', () => {
  // 15 April–15 June: 16 + 31 + 15 = 62 days; 15 October–15 December: 17 + 30 + 15 = 62 days.
  const lowIn = (year: number) =>
    [...twoYears.season].filter((season, offset) => season === 0 && formatDay(twoYears.firstDay + offset).startsWith(String(year))).length;
  assert.is(lowIn(2023), 124);
  assert.is(lowIn(2024), 124);
});

BuildCalendar('classes the days of Easter 2024 with holidays before weekends', () => {
  // Monday 25 – Monday 1 April: three weekdays, Maundy Thursday, Good Friday, Easter Eve (a
  // Saturday, no public holiday), Easter Sunday (a holiday before a weekend day), Easter Monday.
  const week = ['03-25', '03-26', '03-27', '03-28', '03-29', '03-30', '03-31', '04-01'].map((date) => dayTypeOn(twoYears, `2024-${date}`));
  assert.equal(week, ['weekday', 'weekday', 'weekday', 'holiday', 'holiday', 'weekend', 'holiday', 'holiday']);
});

BuildCalendar('classes 17 May 2024, a Friday, as a holiday and the winter break by ISO week', () => {
  assert.is(dayTypeOn(twoYears, '2024-05-17'), 'holiday');
  // Week 8 of 2024 is 19–25 February, week 9 26 February – 3 March.
  assert.is(dayTypeOn(twoYears, '2024-02-16'), 'weekday');
  assert.is(dayTypeOn(twoYears, '2024-02-19'), 'winterBreak');
  assert.is(dayTypeOn(twoYears, '2024-02-24'), 'weekend');
  assert.is(dayTypeOn(twoYears, '2024-02-29'), 'winterBreak');
  assert.is(dayTypeOn(twoYears, '2024-03-04'), 'weekday');
  // Week 8 of 2023 is 20–26 February (2 January was Monday of week 1).
  assert.is(dayTypeOn(twoYears, '2023-02-19'), 'weekend');
  assert.is(dayTypeOn(twoYears, '2023-02-20'), 'winterBreak');
  assert.is(dayTypeOn(twoYears, '2023-02-25'), 'weekend');
  // 1 January 2023 is a Sunday and a holiday: the holiday wins.
  assert.is(dayTypeOn(twoYears, '2023-01-01'), 'holiday');
});

BuildCalendar('counts the day types of 2024 by hand', () => {
  const counts = DAY_TYPES.map((_, type) => [...twoYears.dayType.subarray(365)].filter((value) => value === type).length);
  // 2024: 366 days from a Monday, so 52 whole weeks + Monday 30 and Tuesday 31 December:
  // 104 weekend days. 12 holidays, of which Easter Sunday (31 March) and Whit Sunday (19 May)
  // fall on Sundays: 104 − 2 = 102 weekend days. Weeks 8 and 9 give 10 weekdays, none a holiday.
  assert.equal(counts, [12, 102, 10, 366 - 12 - 102 - 10]);
  assert.is(twoYears.holidays.length, 24);
});

BuildCalendar('takes seasons that run over the new year and a single winter-break week', () => {
  const calendar = buildCalendar(parseDay('2023-12-30')!, 62, {
    // to 29 February 2024: 2 + 31 + 29 days
    seasons: [{ name: 'winter', ranges: [{ from: '12-31', to: '02-28' }] }],
    default: 'other',
    winterBreakWeeks: [9],
  });
  assert.equal(calendar.seasonNames, ['winter', 'other']);
  assert.is(seasonOn(calendar, '2023-12-30'), 'other');
  assert.is(seasonOn(calendar, '2023-12-31'), 'winter');
  assert.is(seasonOn(calendar, '2024-02-28'), 'winter');
  // 29 February lies after 28 February: outside a range that ends on 02-28.
  assert.is(seasonOn(calendar, '2024-02-29'), 'other');
  assert.is(dayTypeOn(calendar, '2024-02-19'), 'weekday');
  assert.is(dayTypeOn(calendar, '2024-02-26'), 'winterBreak');
  assert.equal(calendar.options.winterBreakWeeks, [9]);
});

BuildCalendar('refuses invalid options with a ModelError naming the path', () => {
  try {
    buildCalendar(0, 1, { seasons: [{ name: 'low', ranges: [{ from: '02-30', to: '03-10' }] }], default: 'high' });
    assert.unreachable('accepted 02-30');
  } catch (error) {
    assert.instance(error, ModelError);
    assert.is((error as Error).message, 'model: calendar.seasons[0].ranges[0].from: must be a day of the year as MM-DD, got "02-30"');
  }
});

BuildCalendar('gives the kernel each day as season × day types + day type', () => {
  const calendar = buildCalendar(parseDay('2024-03-28')!, 4);
  const groups = dayGroups(calendar);
  assert.is(groups.seasonCount, calendar.seasonNames.length);
  assert.is(groups.dayTypeCount, DAY_TYPES.length);
  // Maundy Thursday, Good Friday, Saturday, Easter Sunday in the high season: holiday 0, weekend 1.
  const high = calendar.seasonNames.indexOf('high');
  assert.equal(
    [...groups.dayGroup],
    [0, 0, 1, 0].map((dayType) => high * DAY_TYPES.length + dayType),
  );
});

BuildCalendar.run();
