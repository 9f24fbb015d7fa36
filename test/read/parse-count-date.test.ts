import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseCountDate } from '../../src/read/parse-count-date.js';
import { describeBadDate } from '../../src/read/describe-bad-date.js';

const CountDates = suite('a date cell is read as YYYY-MM-DD, DD.MM.YYYY or a timestamp at midnight');

// Day numbers worked out by hand: 2024-02-29 is 54 years and 59 days after 1970-01-01 with 13 leap days: 54 × 365 + 13 + 59 = 19782.
CountDates('reads the three forms of 29 February 2024 as the same day', () => {
  for (const text of [
    '2024-02-29',
    '29.02.2024',
    '29.2.2024',
    '2024-02-29T00:00',
    '2024-02-29T00:00:00',
    '2024-02-29 00:00:00',
    '2024-02-29T00:00:00Z',
    '2024-02-29T00:00:00.000+01:00',
  ])
    assert.is(parseCountDate(text), 19782, text);
  assert.is(parseCountDate('01.01.1970'), 0);
  assert.is(parseCountDate('31.12.2023'), 19722);
});

CountDates('refuses dates that do not exist, month-first dates and times of day', () => {
  for (const text of [
    '29.02.2023',
    '31.04.2024',
    '00.01.2024',
    '01.13.2024',
    '12/31/2023',
    '2024-02-29T03:00',
    '2024-02-29T00:30',
    '1.1.24',
    '2024-02-29T00:00:00 Z',
  ])
    assert.is(parseCountDate(text), undefined, text);
});

CountDates('says why a date is refused: the form, a time of day, or a day that does not exist', () => {
  assert.is(describeBadDate('12/31/2023'), 'expected a date as YYYY-MM-DD or DD.MM.YYYY, got "12/31/2023"');
  assert.is(describeBadDate('29.02.2023'), 'expected a date as YYYY-MM-DD or DD.MM.YYYY, got "29.02.2023", which does not exist in the calendar');
  assert.match(describeBadDate('2024-02-29T03:00'), /a time of day; hourly counts give it in a time column/);
});

CountDates.run();
